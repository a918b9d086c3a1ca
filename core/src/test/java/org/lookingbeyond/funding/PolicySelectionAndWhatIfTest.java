package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.funding.FundingFixture.APPLICANT;
import static org.lookingbeyond.funding.FundingFixture.AS_OF;
import static org.lookingbeyond.funding.FundingFixture.EASTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.day;
import static org.lookingbeyond.funding.FundingFixture.designation;
import static org.lookingbeyond.funding.FundingFixture.eligibleApplication;
import static org.lookingbeyond.funding.FundingFixture.eligibleRlo;
import static org.lookingbeyond.funding.FundingFixture.rloApplyingAfterCnd68;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicyException;
import org.lookingbeyond.rules.PolicySet;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/**
 * Two versions of the seed-funding policy: 1.0 in force until 31 December 2026 with a ceiling of 20,000
 * USD, and 2.0 from 1 January 2027 with a ceiling of 25,000 USD.
 */
class PolicySelectionAndWhatIfTest {

  private static final LocalDate LAST_DAY_OF_V1 = day(2026, 12, 31);
  private static final LocalDate FIRST_DAY_OF_V2 = day(2027, 1, 1);
  private static final Policy V1 = DefaultFundingPolicy.policy().toBuilder().effectiveUntil(LAST_DAY_OF_V1).build();
  private static final Parameter CEILING_25000 = Parameter.number("maxAmount", 25_000,
      "ceiling of a grant in the policy's currency (UN small-grant schemes: 15,000 to 50,000)");
  private static final Policy V2 = newVersion(V1, "2.0", FIRST_DAY_OF_V2).replaceParameter(CEILING_25000).build();
  private static final SeedFunding FUNDING = SeedFunding.of(PolicySet.of(V1, V2));

  /**
   * A copy of a policy under another version string. {@code toBuilder()} keeps the version it was made
   * from and has no way to change it, so the copy is made through the public builder.
   */
  private static Policy.Builder newVersion(Policy base, String version, LocalDate from) {
    Policy.Builder b = Policy.builder(base.id(), version, base.schema()).description(base.description())
        .effectiveFrom(from);
    base.parameters().values().forEach(b::parameter);
    base.rules().forEach(b::rule);
    return b;
  }

  // ---------------------------------------------------------------- selection by application date

  @Test
  void applicationOfTheLastDayOfVersionOneIsJudgedUnderVersionOne() {
    Decision d = rloApplyingAfterCnd68().appliedOn(LAST_DAY_OF_V1).asking("22000", "USD").decision(FUNDING);
    assertEquals("1.0", d.policyVersion());
    assertEquals(V1.contentHash(), d.policyHash());
    assertEquals(Status.FAIL, d.outcome("G6").status());
    assertEquals(Optional.of("<= 20000 (maxAmount)"), d.outcome("G6").limit());
  }

  @Test
  void applicationOfTheFirstDayOfVersionTwoIsJudgedUnderVersionTwo() {
    Decision d = rloApplyingAfterCnd68().appliedOn(FIRST_DAY_OF_V2).asking("22000", "USD").decision(FUNDING);
    assertEquals("2.0", d.policyVersion());
    assertEquals(V2.contentHash(), d.policyHash());
    assertEquals(Status.PASS, d.outcome("G6").status());
    assertEquals(Optional.of("22000"), Optional.ofNullable(d.outcome("G6").factsUsed().get("application.amount")));
  }

  @Test
  void versionsHaveDifferentHashesAndTheSameId() {
    assertNotEquals(V1.contentHash(), V2.contentHash());
    assertNotEquals(DefaultFundingPolicy.policy().contentHash(), V1.contentHash(), "the period is content too");
    assertEquals(V1.id(), V2.id());
    assertEquals(List.of(V1, V2), FUNDING.policies().versions());
  }

  @Test
  void applicationDatedBeforeEveryVersionIsRefusedNamingTheDate() {
    SeedFundingApplication early = rloApplyingAfterCnd68().appliedOn(day(2007, 12, 31)).application();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FUNDING.assess(rloApplyingAfterCnd68().registry(), early, AS_OF));
    assertTrue(e.getMessage().contains("2007-12-31"), e::getMessage);
    assertTrue(e.getMessage().contains(early.id()), e::getMessage);
  }

  @Test
  void applicationDatedWhenOnlyALaterVersionExistsIsRefused() {
    SeedFunding onlyV2 = SeedFunding.of(PolicySet.of(V2));
    SeedFundingApplication lastYear = rloApplyingAfterCnd68().appliedOn(LAST_DAY_OF_V1).application();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> onlyV2.policyFor(lastYear));
    assertTrue(e.getMessage().contains("2026-12-31"), e::getMessage);
  }

  @Test
  void overlappingVersionsAreRefused() {
    Policy alsoIn2026 = newVersion(V1, "2.0", day(2026, 6, 1)).replaceParameter(CEILING_25000).build();
    PolicyException e = assertThrows(PolicyException.class, () -> PolicySet.of(V1, alsoIn2026));
    assertTrue(e.getMessage().contains("2026-06-01"), e::getMessage);
  }

  @Test
  void replacingTheCeilingTakesTheNewParameterWhole() {
    Parameter before = DefaultFundingPolicy.policy().parameter("maxAmount");
    Policy raised = DefaultFundingPolicy.policy().toBuilder().version("2027.1")
        .replaceParameter(Parameter.number("maxAmount", 25_000, "raised in 2027")).build();
    Parameter after = raised.parameter("maxAmount");
    assertEquals(25_000.0, after.asNumber());
    assertEquals(before.type(), after.type());
    assertEquals("raised in 2027", after.description(), "the new parameter is taken whole, as documented");
    assertEquals("2027.1", raised.version());
  }

  @Test
  void twoVersionsWithOneNameAreRefused() {
    Policy v1 = DefaultFundingPolicy.policy().toBuilder().effectiveUntil(day(2024, 12, 31)).build();
    Policy sameName = DefaultFundingPolicy.policy().toBuilder().effectiveFrom(day(2025, 1, 1)).build();
    org.lookingbeyond.rules.PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.lookingbeyond.rules.PolicyException.class, () -> PolicySet.of(v1, sameName));
    assertTrue(e.getMessage().contains("both called 1.0"), e::getMessage);
  }

  // ---------------------------------------------------------------- what-if

  private static final class Round {
    final Registry registry;
    final List<SeedFundingApplication> applications;

    Round() {
      SeedFundingApplication raised = eligibleApplication("APP-RAISED", APPLICANT, EASTERN_AFRICA, "KE", "ROEA")
          .toBuilder().amountRequested(Money.of("22000", "USD")).build();
      SeedFundingApplication small = eligibleApplication("APP-SMALL", APPLICANT, EASTERN_AFRICA, "UG", "ROEA");
      SeedFundingApplication tooBig = eligibleApplication("APP-TOO-BIG", APPLICANT, EASTERN_AFRICA, "KE", "ROEA")
          .toBuilder().amountRequested(Money.of("26000", "USD")).build();
      SeedFundingApplication young = eligibleApplication("APP-YOUNG", "ORG-YOUNG", EASTERN_AFRICA, "TZ", "ROEA")
          .toBuilder().amountRequested(Money.of("22000", "USD")).build();
      SeedFundingApplication review = eligibleApplication("APP-REVIEW", APPLICANT, EASTERN_AFRICA, "KE", "ROEA")
          .toBuilder().amountRequested(Money.of("22000", "USD")).fieldOfficeId(Optional.empty()).build();
      applications = List.of(raised, small, tooBig, young, review);
      FundingFixture fixture = rloApplyingAfterCnd68()
          .with(eligibleRlo("ORG-YOUNG", "TZ").toBuilder().registrationDate(day(2024, 1, 15)).build())
          .with(designation("RLO-YOUNG", "ORG-YOUNG", EASTERN_AFRICA));
      applications.forEach(fixture::with);
      registry = fixture.registry();
    }
  }

  @Test
  void raisingTheCeilingChangesExactlyTheDecisionsItUnblocks() {
    Round round = new Round();
    WhatIf w = FUNDING.whatIf(round.registry, round.applications, V1, V2, AS_OF);
    assertEquals("seed-funding 1.0", w.before());
    assertEquals("seed-funding 2.0", w.after());
    assertEquals(List.of("APP-RAISED", "APP-REVIEW"), w.changes().stream().map(WhatIf.Change::applicationId)
        .toList());
    assertEquals(3, w.unchanged(), "APP-SMALL, APP-TOO-BIG (above 25000) and APP-YOUNG (registered in 2024)");

    WhatIf.Change raised = w.changes().get(0);
    assertAll(raised.toString(),
        () -> assertEquals(Verdict.INELIGIBLE, raised.verdictBefore()),
        () -> assertEquals(Verdict.ELIGIBLE, raised.verdictAfter()),
        () -> assertEquals(raised.scoreBefore(), raised.scoreAfter()),
        () -> assertEquals(List.of("G6"), raised.ruleChanges().stream().map(WhatIf.RuleChange::ruleId).toList()));
    WhatIf.RuleChange g6 = raised.ruleChanges().get(0);
    assertEquals(Optional.of(Status.FAIL), g6.before());
    assertEquals(Optional.of(Status.PASS), g6.after());
    assertTrue(g6.beforeMessage().contains("22000") && g6.beforeMessage().contains("20000"), g6::beforeMessage);
    assertTrue(g6.afterMessage().contains("25000"), g6::afterMessage);

    WhatIf.Change review = w.changes().get(1);
    assertEquals(Verdict.INELIGIBLE, review.verdictBefore());
    assertEquals(Verdict.NEEDS_REVIEW, review.verdictAfter());
    assertEquals(List.of("G6"), review.ruleChanges().stream().map(WhatIf.RuleChange::ruleId).toList());
  }

  @Test
  void comparingAVersionWithItselfChangesNothing() {
    Round round = new Round();
    WhatIf w = FUNDING.whatIf(round.registry, round.applications, V1, V1, AS_OF);
    assertEquals(List.of(), w.changes());
    assertEquals(round.applications.size(), w.unchanged());
  }

  @Test
  void loweringTheCeilingReversesTheChange() {
    Round round = new Round();
    WhatIf w = FUNDING.whatIf(round.registry, round.applications, V2, V1, AS_OF);
    assertEquals(List.of("APP-RAISED", "APP-REVIEW"), w.changes().stream().map(WhatIf.Change::applicationId)
        .toList());
    assertEquals(Verdict.ELIGIBLE, w.changes().get(0).verdictBefore());
    assertEquals(Verdict.INELIGIBLE, w.changes().get(0).verdictAfter());
    assertEquals(Optional.of(Status.PASS), w.changes().get(0).ruleChanges().get(0).before());
  }

  @Test
  void aScoreWeightChangeListsTheScoreRulesWhoseCreditChanged() {
    Policy generousToRoster = newVersion(V1, "2.0", FIRST_DAY_OF_V2).replaceParameter(Parameter.grades("ecosocGrades",
        Map.of("GENERAL", 1.0, "SPECIAL", 1.0, "ROSTER", 1.0, "NONE", 0.0), "credit of each status"))
        .build();
    FundingFixture fixture = rloApplyingAfterCnd68().ecosoc(EcosocStatus.Category.ROSTER,
        EcosocStatus.State.ACTIVE);
    WhatIf w = FUNDING.whatIf(fixture.registry(), List.of(fixture.application()), V1, generousToRoster, AS_OF);
    assertEquals(1, w.changes().size());
    WhatIf.Change c = w.changes().get(0);
    assertEquals(52.5, c.scoreBefore());
    assertEquals(60.0, c.scoreAfter());
    assertEquals(Verdict.ELIGIBLE, c.verdictAfter());
    assertEquals(List.of("S2"), c.ruleChanges().stream().map(WhatIf.RuleChange::ruleId).toList());
  }
}
