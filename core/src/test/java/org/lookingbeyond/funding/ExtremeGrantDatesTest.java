package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lookingbeyond.funding.FundingFixture.APPLICANT;
import static org.lookingbeyond.funding.FundingFixture.rloApplyingAfterCnd68;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.rules.Decision;

/** Grants at the edges of what a {@code LocalDate} holds: the assessment counts them and does not throw. */
class ExtremeGrantDatesTest {

  private static Grant grantEndingOnTheLastDayJavaKnows(boolean withReportDue) {
    Grant.Builder b = Grant.builder().id("GR-FAR").organizationId(APPLICANT).amount(Money.of("12000", "USD"))
        .consultationStart(LocalDate.MAX.minusDays(2)).consultationEnd(LocalDate.MAX);
    if (withReportDue) {
      b.reportDue(LocalDate.MAX);
    }
    return b.build();
  }

  @Test
  void aGrantEndingOnTheLastDayWithItsReportDueThenIsNotOverdue() {
    Decision d = rloApplyingAfterCnd68().with(grantEndingOnTheLastDayJavaKnows(true)).decision();
    assertEquals("0", d.outcome("G7").factsUsed().get("applicant.overdueReports"));
  }

  @Test
  void aGrantEndingOnTheLastDayWithNoReportDueIsNotOverdueAndTheDueDayDoesNotOverflow() {
    Decision d = rloApplyingAfterCnd68().with(grantEndingOnTheLastDayJavaKnows(false)).decision();
    assertEquals("0", d.outcome("G7").factsUsed().get("applicant.overdueReports"));
  }
}
