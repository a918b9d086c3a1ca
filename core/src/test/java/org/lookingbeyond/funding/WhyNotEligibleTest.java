package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lookingbeyond.funding.FundingFixture.rloApplyingAfterCnd68;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Verdict;

/** "Why not eligible" in one call, under the default policy, as the README shows it. */
class WhyNotEligibleTest {

  private static List<String> lines(Decision d) {
    return d.blockers().stream().map(o -> o.ruleId() + " " + o.status() + ": " + o.message())
        .collect(Collectors.toList());
  }

  @Test
  void aLateConsultationWithTobaccoTiesNotYetAssessedIsBlockedByG4AndG8() {
    Decision d = rloApplyingAfterCnd68().startingDaysAfterSession(159).dueDiligence(Flag.UNKNOWN, Flag.NO)
        .decision();
    assertEquals(Verdict.INELIGIBLE, d.verdict());
    assertEquals(List.of(
        "G4 FAIL: 159 days from session.end (2025-03-14) to application.plannedStart (2025-08-20), outside [7, 120]"
            + " days (minDaysAfterSession, maxDaysAfterSession)",
        "G8 UNKNOWN: missing: applicant.tobaccoIndustryTies"), lines(d));
  }

  @Test
  void onlyTheUndecidedGateBlocksAnApplicationSentToReview() {
    Decision d = rloApplyingAfterCnd68().dueDiligence(Flag.UNKNOWN, Flag.NO).decision();
    assertEquals(Verdict.NEEDS_REVIEW, d.verdict());
    assertEquals(List.of("G8 UNKNOWN: missing: applicant.tobaccoIndustryTies"), lines(d));
  }

  @Test
  void anEligibleApplicationHasNoBlockers() {
    Decision d = rloApplyingAfterCnd68().decision();
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals(List.of(), d.blockers());
  }
}
