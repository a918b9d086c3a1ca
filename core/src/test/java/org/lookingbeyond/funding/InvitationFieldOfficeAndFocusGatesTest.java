package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.funding.FundingFixture.AS_OF;
import static org.lookingbeyond.funding.FundingFixture.rloApplyingAfterCnd68;
import static org.lookingbeyond.funding.GateAssertions.assertGate;
import static org.lookingbeyond.funding.GateAssertions.assertUnknownNaming;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.rules.BulkResult;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/**
 * Gates G9 (invites a Member State of the region and involves the field office covering it) and G10
 * (focus areas overlap the body's mandate) for each of the four ways an application can state the fact:
 * not at all (UNKNOWN, the decision needs review), as none (FAIL), wrongly (FAIL) and rightly (PASS).
 * Inviting nobody is never treated better than inviting the wrong State.
 */
class InvitationFieldOfficeAndFocusGatesTest {

  private static final String CND_MANDATE =
      "[alternative-development, drug-prevention, drug-treatment-care, hiv-aids-prevention, rehabilitation-reintegration]";
  private static final String INVITES = "application.invitesMemberStateOfRegion";
  private static final String INVOLVES = "application.involvesCoveringFieldOffice";

  // ---------------------------------------------------------------- G9 Member States

  @Test
  void invitingKenyaAndInvolvingTheNairobiOfficePasses() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().decision(), Verdict.ELIGIBLE, "G9", Status.PASS, "all.PASS",
        null, null);
    assertEquals("true", o.factsUsed().get(INVITES));
    assertEquals("true", o.factsUsed().get(INVOLVES));
  }

  @Test
  void invitingOnlyFranceInvitesNoMemberStateOfTheRegion() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().inviting("FR").decision(), Verdict.INELIGIBLE, "G9",
        Status.FAIL, "isTrue.FAIL", "false", "true");
    assertEquals("false", o.factsUsed().get(INVITES));
  }

  @Test
  void invitingOnlyNigeriaOfWesternAfricaFailsAnEasternAfricanConsultation() {
    assertGate(rloApplyingAfterCnd68().inviting("NG").decision(), Verdict.INELIGIBLE, "G9", Status.FAIL,
        "isTrue.FAIL", "false", "true");
  }

  @Test
  void invitingOnlyTerritoriesThatAreNotMemberStatesFailsG9() {
    // Reunion and Mayotte are in M49 014 Eastern Africa but are not UN Member States
    assertGate(rloApplyingAfterCnd68().inviting("RE", "YT").decision(), Verdict.INELIGIBLE, "G9", Status.FAIL,
        "isTrue.FAIL", "false", "true");
  }

  @Test
  void anApplicationStatingThatItInvitesNoMemberStateFails() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().inviting().decision(), Verdict.INELIGIBLE, "G9",
        Status.FAIL, "isTrue.FAIL", "false", "true");
    assertEquals("false", o.factsUsed().get(INVITES));
    assertTrue(o.message().contains(INVITES), o::message);
  }

  @Test
  void anApplicationNotSayingWhomItInvitesNeedsReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().notStatingInvitedMemberStates().decision(), "G9", INVITES);
  }

  @Test
  void invitingNobodyIsNotTreatedBetterThanInvitingAStateOfAnotherRegion() {
    Decision nobody = rloApplyingAfterCnd68().inviting().decision();
    Decision elsewhere = rloApplyingAfterCnd68().inviting("NG").decision();
    assertEquals(elsewhere.verdict(), nobody.verdict());
    assertEquals(elsewhere.outcome("G9").status(), nobody.outcome("G9").status());
  }

  // ---------------------------------------------------------------- G9 field office

  @Test
  void involvingTheSouthAsiaOfficeDoesNotInvolveTheOfficeCoveringEasternAfrica() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().involvingFieldOffice("ROSA").decision(), Verdict.INELIGIBLE,
        "G9", Status.FAIL, "isTrue.FAIL", "false", "true");
    assertEquals("false", o.factsUsed().get(INVOLVES));
  }

  @Test
  void anApplicationStatingThatNoFieldOfficeIsInvolvedFails() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().involvingNoFieldOffice().decision(), Verdict.INELIGIBLE,
        "G9", Status.FAIL, "isTrue.FAIL", "false", "true");
    assertEquals("false", o.factsUsed().get(INVOLVES));
    assertEquals("true", o.factsUsed().get(INVITES));
  }

  @Test
  void anApplicationNotSayingWhichFieldOfficeIsInvolvedNeedsReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().notStatingFieldOffice().decision(), "G9", INVOLVES);
  }

  @Test
  void notSayingEitherNamesBothMissingFacts() {
    assertUnknownNaming(rloApplyingAfterCnd68().notStatingInvitedMemberStates().notStatingFieldOffice().decision(),
        "G9", INVITES, INVOLVES);
  }

  @Test
  void aStatedNoneDecidesG9EvenWhenTheOtherHalfIsNotStated() {
    Decision d = rloApplyingAfterCnd68().inviting().notStatingFieldOffice().decision();
    assertEquals(Verdict.INELIGIBLE, d.verdict());
    assertEquals(Status.FAIL, d.outcome("G9").status(), d.outcome("G9")::toString);
  }

  // ---------------------------------------------------------------- G10 focus within the mandate

  @Test
  void drugTreatmentAfterCndIsWithinItsMandate() {
    assertGate(rloApplyingAfterCnd68().decision(), Verdict.ELIGIBLE, "G10", Status.PASS, "intersects.PASS",
        "[drug-treatment-care]", CND_MANDATE);
  }

  @Test
  void alternativeDevelopmentAfterCndIsWithinItsMandate() {
    assertGate(rloApplyingAfterCnd68().focusingOn("alternative-development").decision(), Verdict.ELIGIBLE, "G10",
        Status.PASS, "intersects.PASS", "[alternative-development]", CND_MANDATE);
  }

  @Test
  void anticorruptionAfterCndIsOutsideItsMandate() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().focusingOn("anti-corruption").decision(), Verdict.INELIGIBLE,
        "G10", Status.FAIL, "intersects.FAIL", "[anti-corruption]", CND_MANDATE);
    assertTrue(o.message().contains("nothing"), o::message);
  }

  @Test
  void anApplicationStatingThatItHasNoFocusAreaFails() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().focusingOn().decision(), Verdict.INELIGIBLE, "G10",
        Status.FAIL, "intersects.FAIL", "[]", CND_MANDATE);
    assertTrue(o.message().contains("application.focusAreas []"), o::message);
  }

  @Test
  void anApplicationNotSayingItsFocusAreasNeedsReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().notStatingFocusAreas().decision(), "G10", "application.focusAreas");
  }

  // ---------------------------------------------------------------- the bulk path agrees

  @Test
  void bulkAssessmentTellsStatedNoneFromNotStatedAsOneByOneDoes() {
    List<FundingFixture> cases = List.of(rloApplyingAfterCnd68().inviting(),
        rloApplyingAfterCnd68().notStatingInvitedMemberStates(), rloApplyingAfterCnd68().involvingNoFieldOffice(),
        rloApplyingAfterCnd68().notStatingFieldOffice(), rloApplyingAfterCnd68().focusingOn(),
        rloApplyingAfterCnd68().notStatingFocusAreas());
    List<Verdict> expected = List.of(Verdict.INELIGIBLE, Verdict.NEEDS_REVIEW, Verdict.INELIGIBLE,
        Verdict.NEEDS_REVIEW, Verdict.INELIGIBLE, Verdict.NEEDS_REVIEW);
    SeedFunding funding = SeedFunding.withDefaultPolicy();
    for (int i = 0; i < cases.size(); i++) {
      FundingFixture f = cases.get(i);
      BulkResult bulk = funding.assessBulk(f.registry(), List.of(f.application()), DefaultFundingPolicy.policy(),
          AS_OF);
      assertEquals(expected.get(i), bulk.verdict(0), "case " + i);
      assertEquals(f.decision(), bulk.decision(0), "case " + i);
    }
  }
}
