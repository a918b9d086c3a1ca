package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.funding.FundingFixture.APPLICATION;
import static org.lookingbeyond.funding.FundingFixture.APPLIED;
import static org.lookingbeyond.funding.FundingFixture.AS_OF;
import static org.lookingbeyond.funding.FundingFixture.CND_68_END;
import static org.lookingbeyond.funding.FundingFixture.EASTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.SUB_SAHARAN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.WESTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.day;
import static org.lookingbeyond.funding.FundingFixture.grantEnding;
import static org.lookingbeyond.funding.FundingFixture.rloApplyingAfterCnd68;
import static org.lookingbeyond.funding.GateAssertions.assertGate;
import static org.lookingbeyond.funding.GateAssertions.assertUnknownNaming;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Fact;
import org.lookingbeyond.rules.FactRecord;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.RuleKind;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/**
 * Each gate G1-G8 of the default policy at PASS, FAIL and UNKNOWN, with the boundaries of DOMAIN.md;
 * G9 and G10 are in {@link InvitationFieldOfficeAndFocusGatesTest}.
 */
class DefaultPolicyGatesTest {

  private static final String G4_LIMIT = "[7, 120] days (minDaysAfterSession, maxDaysAfterSession)";
  private static final String CND_MANDATE =
      "[alternative-development, drug-prevention, drug-treatment-care, hiv-aids-prevention, rehabilitation-reintegration]";

  /** The default application's facts with one fact left missing, as an integrator's own extractor might give. */
  private static Decision assessWithout(Fact<?> missing) {
    FundingFixture fixture = rloApplyingAfterCnd68();
    Policy policy = DefaultFundingPolicy.policy();
    FactRecord full = SeedFunding.withDefaultPolicy().facts(fixture.registry(), fixture.application(), policy);
    FactRecord.Builder b = FactRecord.builder(FundingFacts.SCHEMA);
    for (Fact<?> f : FundingFacts.SCHEMA.facts()) {
      if (!f.equals(missing)) {
        copy(b, full, f);
      }
    }
    return policy.evaluator().evaluate(APPLICATION, b.build(), AS_OF);
  }

  private static <T> void copy(FactRecord.Builder b, FactRecord from, Fact<T> fact) {
    b.set(fact, from.get(fact));
  }

  // ---------------------------------------------------------------- the default application

  @Test
  void rloMeetingEveryConditionIsEligibleWithEveryGatePassed() {
    Decision d = rloApplyingAfterCnd68().decision();
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals(List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10"),
        d.outcomes(RuleKind.GATE).stream().map(RuleOutcome::ruleId).toList());
    d.outcomes(RuleKind.GATE).forEach(g -> assertEquals(Status.PASS, g.status(), g::toString));
    assertEquals(DefaultFundingPolicy.ID, d.policyId());
    assertEquals(DefaultFundingPolicy.VERSION, d.policyVersion());
    assertEquals(DefaultFundingPolicy.policy().contentHash(), d.policyHash());
    assertEquals(AS_OF, d.asOf());
    assertEquals(APPLICATION, d.subjectId());
  }

  // ---------------------------------------------------------------- G1 a CSO

  @Test
  void nationalNgoIsACivilSocietyOrganization() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().decision(), Verdict.ELIGIBLE, "G1", Status.PASS,
        "isTrue.PASS", "true", "true");
    assertEquals("true", o.factsUsed().get(FundingFacts.IS_CSO.name()));
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationType.class, names = {"GOVERNMENT", "PRIVATE_SECTOR", "MULTILATERAL"})
  void governmentAndCompaniesAreNotCsosAndAreIneligible(OrganisationType type) {
    assertGate(rloApplyingAfterCnd68().ofType(type).decision(), Verdict.INELIGIBLE, "G1", Status.FAIL,
        "isTrue.FAIL", "false", "true");
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationType.class, names = {"FOUNDATION", "ACADEMIC", "INTERNATIONAL_NGO", "OTHER"})
  void foundationsAcademiaAndInternationalNgosAreCsos(OrganisationType type) {
    assertGate(rloApplyingAfterCnd68().ofType(type).decision(), Verdict.ELIGIBLE, "G1", Status.PASS,
        "isTrue.PASS", "true", "true");
  }

  @Test
  void applicantWhoseTypeIsNotGivenNeedsReview() {
    assertUnknownNaming(assessWithout(FundingFacts.IS_CSO), "G1", "applicant.isCso");
  }

  // ---------------------------------------------------------------- G2 an active RLO designation

  @Test
  void rloDesignatedForEasternAfricaOnTheStartDatePasses() {
    assertGate(rloApplyingAfterCnd68().decision(), Verdict.ELIGIBLE, "G2", Status.PASS, "isTrue.PASS", "true",
        "true");
  }

  @Test
  void designationEndingOnTheStartDayStillHolds() {
    assertGate(rloApplyingAfterCnd68().designatedFor(EASTERN_AFRICA, day(2023, 1, 1), CND_68_END.plusDays(30))
        .decision(), Verdict.ELIGIBLE, "G2", Status.PASS, "isTrue.PASS", "true", "true");
  }

  @Test
  void rloWhoseDesignationEndedBeforeTheStartIsIneligible() {
    assertGate(rloApplyingAfterCnd68().designatedFor(EASTERN_AFRICA, day(2023, 1, 1), CND_68_END.plusDays(29))
        .decision(), Verdict.INELIGIBLE, "G2", Status.FAIL, "isTrue.FAIL", "false", "true");
  }

  @Test
  void designationStartingAfterTheConsultationStartsDoesNotHold() {
    assertGate(rloApplyingAfterCnd68().designatedFor(EASTERN_AFRICA, CND_68_END.plusDays(31), day(2027, 12, 31))
        .decision(), Verdict.INELIGIBLE, "G2", Status.FAIL, "isTrue.FAIL", "false", "true");
  }

  @Test
  void designationForSubSaharanAfricaCoversItsEasternAfricanPart() {
    assertGate(rloApplyingAfterCnd68().designatedFor(SUB_SAHARAN_AFRICA, day(2024, 1, 1), day(2026, 12, 31))
        .decision(), Verdict.ELIGIBLE, "G2", Status.PASS, "isTrue.PASS", "true", "true");
  }

  @Test
  void designationForEasternAfricaCoversTheNairobiOfficeArea() {
    assertGate(rloApplyingAfterCnd68().targeting(RegionRef.grouping("ROEA")).decision(), Verdict.ELIGIBLE, "G2",
        Status.PASS, "isTrue.PASS", "true", "true");
  }

  @Test
  void designationForKenyaAloneDoesNotCoverEasternAfrica() {
    assertGate(rloApplyingAfterCnd68().designatedFor(RegionRef.country("KE"), day(2024, 1, 1), day(2026, 12, 31))
        .decision(), Verdict.INELIGIBLE, "G2", Status.FAIL, "isTrue.FAIL", "false", "true");
  }

  @Test
  void designationForWesternAfricaDoesNotCoverEasternAfrica() {
    assertGate(rloApplyingAfterCnd68().designatedFor(WESTERN_AFRICA, day(2024, 1, 1), day(2026, 12, 31))
        .decision(), Verdict.INELIGIBLE, "G2", Status.FAIL, "isTrue.FAIL", "false", "true");
  }

  @Test
  void applicantNeverDesignatedRloIsIneligible() {
    assertGate(rloApplyingAfterCnd68().neverDesignated().decision(), Verdict.INELIGIBLE, "G2", Status.FAIL,
        "isTrue.FAIL", "false", "true");
  }

  @Test
  void applicationWithoutPlannedDatesCannotBeCheckedForAnActiveDesignation() {
    Decision d = rloApplyingAfterCnd68()
        .application(a -> a.toBuilder().plannedStart(Optional.empty()).plannedEnd(Optional.empty()).build()).decision();
    assertUnknownNaming(d, "G2", "applicant.activeRloForTargetRegion");
    assertUnknownNaming(d, "G4", "application.plannedStart");
  }

  // ---------------------------------------------------------------- G3 registered two years before

  @Test
  void registeredExactlyTwoYearsBeforeApplyingPasses() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().registeredOn(APPLIED.minusYears(2)).decision(),
        Verdict.ELIGIBLE, "G3", Status.PASS, "yearsBefore.PASS", "2023-03-17", "on or before 2023-03-17");
    assertEquals("2023-03-17", o.factsUsed().get("applicant.registrationDate"));
    assertEquals("2025-03-17", o.factsUsed().get("application.date"));
  }

  @Test
  void registeredOneDayLessThanTwoYearsBeforeApplyingIsIneligible() {
    assertGate(rloApplyingAfterCnd68().registeredOn(APPLIED.minusYears(2).plusDays(1)).decision(),
        Verdict.INELIGIBLE, "G3", Status.FAIL, "yearsBefore.FAIL", "2023-03-18", "on or before 2023-03-17");
  }

  @Test
  void applicantWithoutRegistrationDateNeedsReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().withoutRegistrationDate().decision(), "G3",
        "applicant.registrationDate");
  }

  // ---------------------------------------------------------------- G4 7 to 120 days after the session

  @ParameterizedTest(name = "{0} days after CND-68 ends: {1}")
  @CsvSource({"7, PASS", "30, PASS", "120, PASS", "6, FAIL", "121, FAIL", "0, FAIL"})
  void consultationStartsSevenToOneHundredTwentyDaysAfterTheSession(int days, Status status) {
    Decision d = rloApplyingAfterCnd68().startingDaysAfterSession(days).decision();
    RuleOutcome o = assertGate(d, status == Status.PASS ? Verdict.ELIGIBLE : Verdict.INELIGIBLE, "G4", status,
        "daysBetween." + status, Integer.toString(days), G4_LIMIT);
    assertEquals("2025-03-14", o.factsUsed().get("session.end"));
    assertEquals(CND_68_END.plusDays(days).toString(), o.factsUsed().get("application.plannedStart"));
  }

  @Test
  void consultationAfterCnd69WhoseDatesAreUnknownNeedsReview() {
    Decision d = rloApplyingAfterCnd68().following("CND-69").appliedOn(day(2026, 3, 30))
        .plannedFrom(day(2026, 4, 20), day(2026, 4, 22)).decision();
    assertUnknownNaming(d, "G4", "session.end");
    assertEquals("2026-04-20", d.outcome("G4").factsUsed().get("application.plannedStart"));
  }

  // ---------------------------------------------------------------- G5 operates in the region

  @Test
  void rloOperatingInKenyaAndUgandaOperatesInEasternAfrica() {
    assertGate(rloApplyingAfterCnd68().decision(), Verdict.ELIGIBLE, "G5", Status.PASS, "isTrue.PASS", "true",
        "true");
  }

  @Test
  void rloOperatingOnlyInAustriaDoesNotOperateInEasternAfrica() {
    assertGate(rloApplyingAfterCnd68().operatingIn("AT").decision(), Verdict.INELIGIBLE, "G5", Status.FAIL,
        "isTrue.FAIL", "false", "true");
  }

  @Test
  void rloOperatingInTanzaniaOnlyStillOperatesInTheRegion() {
    assertGate(rloApplyingAfterCnd68().operatingIn("TZ").decision(), Verdict.ELIGIBLE, "G5", Status.PASS,
        "isTrue.PASS", "true", "true");
  }

  @Test
  void rloWithoutOperatingCountriesNeedsReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().operatingIn().decision(), "G5", "applicant.operatesInTargetRegion");
  }

  // ---------------------------------------------------------------- G6 amount within the ceiling

  @Test
  void amountEqualToTheCeilingPasses() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().asking("20000", "USD").decision(), Verdict.ELIGIBLE, "G6",
        Status.PASS, "all.PASS", null, null);
    assertEquals("20000", o.factsUsed().get("application.amount"));
    assertEquals("USD", o.factsUsed().get("application.currency"));
  }

  @Test
  void oneCentAboveTheCeilingIsIneligible() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().asking("20000.01", "USD").decision(), Verdict.INELIGIBLE,
        "G6", Status.FAIL, "atMost.FAIL", "20000.01", "<= 20000 (maxAmount)");
    assertTrue(o.message().contains("20000.01"), o::message);
  }

  @Test
  void zeroAmountIsIneligible() {
    assertGate(rloApplyingAfterCnd68().asking("0", "USD").notRecordedInRegistry().decision(), Verdict.INELIGIBLE,
        "G6", Status.FAIL, "positive.FAIL", "0", "> 0");
  }

  @Test
  void amountInEurosIsIneligibleUnderAPolicyInDollars() {
    assertGate(rloApplyingAfterCnd68().asking("15000", "EUR").decision(), Verdict.INELIGIBLE, "G6", Status.FAIL,
        "textEquals.FAIL", "EUR", "USD");
  }

  @Test
  void applicationWithoutAmountNeedsReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().askingNoAmount().decision(), "G6", "application.amount",
        "application.currency");
  }

  // ---------------------------------------------------------------- G7 no overdue report

  @Test
  void applyingOnTheDayAReportIsDueIsNotOverdue() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().with(grantEnding("GR-1", APPLIED.minusDays(30))).decision(),
        Verdict.ELIGIBLE, "G7", Status.PASS, "atMost.PASS", "0", "<= 0 (maxOverdueReports)");
    assertEquals("0", o.factsUsed().get("applicant.overdueReports"));
  }

  @Test
  void rloWithOverdueReportIsIneligible() {
    assertGate(rloApplyingAfterCnd68().with(grantEnding("GR-1", APPLIED.minusDays(31))).decision(),
        Verdict.INELIGIBLE, "G7", Status.FAIL, "atMost.FAIL", "1", "<= 0 (maxOverdueReports)");
  }

  @Test
  void reportSubmittedLateButBeforeApplyingIsNotOverdue() {
    assertGate(rloApplyingAfterCnd68().with(grantEnding("GR-1", APPLIED.minusDays(90))
        .toBuilder().reportSubmitted(APPLIED.minusDays(10)).build()).decision(), Verdict.ELIGIBLE, "G7", Status.PASS, "atMost.PASS",
        "0", "<= 0 (maxOverdueReports)");
  }

  @Test
  void reportSubmittedOnlyAfterApplyingWasOverdueWhenApplying() {
    assertGate(rloApplyingAfterCnd68().with(grantEnding("GR-1", APPLIED.minusDays(90))
        .toBuilder().reportSubmitted(APPLIED.plusDays(1)).build()).decision(), Verdict.INELIGIBLE, "G7", Status.FAIL, "atMost.FAIL",
        "1", "<= 0 (maxOverdueReports)");
  }

  @Test
  void anExplicitDueDateReplacesTheThirtyDays() {
    assertGate(rloApplyingAfterCnd68().with(grantEnding("GR-1", APPLIED.minusDays(20))
        .toBuilder().reportDue(APPLIED.minusDays(1)).build()).decision(), Verdict.INELIGIBLE, "G7", Status.FAIL, "atMost.FAIL", "1",
        "<= 0 (maxOverdueReports)");
  }

  @Test
  void twoOverdueReportsAreCounted() {
    assertGate(rloApplyingAfterCnd68().with(grantEnding("GR-1", APPLIED.minusDays(400)))
        .with(grantEnding("GR-2", APPLIED.minusDays(60))).decision(), Verdict.INELIGIBLE, "G7", Status.FAIL,
        "atMost.FAIL", "2", "<= 0 (maxOverdueReports)");
  }

  @Test
  void overdueReportsThatCannotBeCountedNeedReview() {
    assertUnknownNaming(assessWithout(FundingFacts.OVERDUE_REPORTS), "G7", "applicant.overdueReports");
  }

  // ---------------------------------------------------------------- G8 due diligence

  @Test
  void cleanDueDiligencePasses() {
    RuleOutcome o = assertGate(rloApplyingAfterCnd68().decision(), Verdict.ELIGIBLE, "G8", Status.PASS, "all.PASS",
        null, null);
    assertEquals("false", o.factsUsed().get("applicant.tobaccoIndustryTies"));
    assertEquals("false", o.factsUsed().get("applicant.sanctionsListed"));
  }

  @Test
  void rloWithTobaccoIndustryTiesIsIneligible() {
    assertGate(rloApplyingAfterCnd68().dueDiligence(Flag.YES, Flag.NO).decision(), Verdict.INELIGIBLE, "G8",
        Status.FAIL, "isFalse.FAIL", "true", "false");
  }

  @Test
  void rloOnASanctionsListIsIneligible() {
    assertGate(rloApplyingAfterCnd68().dueDiligence(Flag.NO, Flag.YES).decision(), Verdict.INELIGIBLE, "G8",
        Status.FAIL, "isFalse.FAIL", "true", "false");
  }

  @Test
  void tobaccoTiesNotYetAssessedNeedReview() {
    assertUnknownNaming(rloApplyingAfterCnd68().dueDiligence(Flag.UNKNOWN, Flag.NO).decision(), "G8",
        "applicant.tobaccoIndustryTies");
  }

  @Test
  void dueDiligenceNeverDoneNeedsReviewNamingBothFindings() {
    assertUnknownNaming(rloApplyingAfterCnd68().dueDiligence(Flag.UNKNOWN, Flag.UNKNOWN).decision(), "G8",
        "applicant.sanctionsListed", "applicant.tobaccoIndustryTies");
  }

  @Test
  void aSanctionsListingDecidesEvenWhenTobaccoTiesAreUnknown() {
    assertGate(rloApplyingAfterCnd68().dueDiligence(Flag.UNKNOWN, Flag.YES).decision(), Verdict.INELIGIBLE, "G8",
        Status.FAIL, "isFalse.FAIL", "true", "false");
  }

  // ---------------------------------------------------------------- verdicts

  @Test
  void aFailedGateOutweighsAnUnknownOne() {
    Decision d = rloApplyingAfterCnd68().withoutRegistrationDate().asking("20000.01", "USD").decision();
    assertEquals(Verdict.INELIGIBLE, d.verdict());
    assertEquals(Status.UNKNOWN, d.outcome("G3").status());
    assertEquals(Status.FAIL, d.outcome("G6").status());
  }

  @Test
  void everyGateIsEvaluatedEvenAfterOneFails() {
    Decision d = rloApplyingAfterCnd68().ofType(OrganisationType.GOVERNMENT).inviting("FR").decision();
    assertEquals(DefaultFundingPolicy.policy().rules().size(), d.outcomes().size());
    assertEquals(List.of("G1", "G9"), d.outcomes(Status.FAIL).stream().map(RuleOutcome::ruleId)
        .filter(id -> id.startsWith("G")).toList());
  }

  @Test
  void csoWithoutEcosocStatusCanBeEligible() {
    Decision d = rloApplyingAfterCnd68().decision();
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals("NONE", d.outcome("S2").factsUsed().get("applicant.ecosocStatus"));
    d.outcomes(RuleKind.GATE).forEach(g -> assertTrue(!g.factsUsed().containsKey("applicant.ecosocStatus"),
        () -> g.ruleId() + " reads the ECOSOC status"));
  }

  @Test
  void suspendedEcosocStatusDoesNotMakeAnRloIneligible() {
    Decision d = rloApplyingAfterCnd68().ecosoc(EcosocStatus.Category.SPECIAL, EcosocStatus.State.SUSPENDED)
        .decision();
    assertEquals(Verdict.ELIGIBLE, d.verdict());
  }
}
