package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lookingbeyond.funding.FundingFixture.APPLIED;
import static org.lookingbeyond.funding.FundingFixture.consultationInKenya;
import static org.lookingbeyond.funding.FundingFixture.day;
import static org.lookingbeyond.funding.FundingFixture.eligibleRlo;
import static org.lookingbeyond.funding.FundingFixture.meeting;
import static org.lookingbeyond.funding.FundingFixture.rloApplyingAfterCnd68;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicySet;
import org.lookingbeyond.rules.RuleKind;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/**
 * The scores S1-S6 (weights 30, 15, 10, 20, 10, 15) and advisories A1-A2 of the default policy, computed
 * by hand. The default application earns 45: S1 30 (no CSO of Eastern Africa besides the applicant works on
 * drug treatment and care, so it is a gap) and S6 15 (no consultation there in the last 12 months); nothing else.
 */
class DefaultPolicyScoresTest {

  private static final double BASELINE = 45.0;
  private static final double EPSILON = 1e-9;

  private static void assertScore(Decision d, String rule, Status status, double credit, double points) {
    RuleOutcome o = d.outcome(rule);
    assertAll(o.toString(),
        () -> assertEquals(RuleKind.SCORE, o.kind(), "kind"),
        () -> assertEquals(status, o.status(), "status"),
        () -> assertEquals(credit, o.credit(), EPSILON, "credit"),
        () -> assertEquals(points, o.points(), EPSILON, "points"));
  }

  private static Organization kampalaCso() {
    return eligibleRlo("ORG-KAMPALA", "UG").toBuilder().thematicAreas(List.of("anti-corruption")).build();
  }

  @Test
  void defaultApplicationScoresTheGapAndTheQuietRegionOnly() {
    Decision d = rloApplyingAfterCnd68().decision();
    assertScore(d, "S1", Status.PASS, 1.0, 30);
    assertScore(d, "S2", Status.FAIL, 0, 0);
    assertScore(d, "S3", Status.FAIL, 0, 0);
    assertScore(d, "S4", Status.FAIL, 0, 0);
    assertScore(d, "S5", Status.FAIL, 0, 0);
    assertScore(d, "S6", Status.PASS, 1.0, 15);
    assertEquals(BASELINE, d.score());
    assertEquals(List.of(30, 15, 10, 20, 10, 15), DefaultFundingPolicy.policy().rules().stream()
        .filter(r -> r.kind() == RuleKind.SCORE).map(r -> r.weight()).toList());
  }

  // ---------------------------------------------------------------- S1 coverage gaps

  /** Another Kenyan CSO working on drug treatment and care. */
  private static Organization mombasaTreatmentCso() {
    return eligibleRlo("ORG-MOMBASA", "KE").toBuilder().thematicAreas(List.of("drug-treatment-care")).build();
  }

  @Test
  void gapShareIsTheShareOfFocusAreasWithoutAnotherCsoOfTheRegion() {
    Organization ministry = eligibleRlo("GOV-KE-HEALTH", "KE").toBuilder().type(OrganisationType.GOVERNMENT)
        .thematicAreas(List.of("drug-prevention")).build();
    Organization parisNgo = eligibleRlo("ORG-PARIS", "FR").toBuilder().thematicAreas(List.of("drug-prevention")).build();
    Organization kampalaHiv = eligibleRlo("ORG-KAMPALA", "UG").toBuilder().thematicAreas(List.of("hiv-aids-prevention")).build();
    // drug-prevention: only a ministry (not a CSO), a French NGO and the applicant itself -> gap;
    // treatment (Mombasa) and HIV (Kampala) have another CSO of the region -> 1 gap of 3 areas
    Decision d = rloApplyingAfterCnd68().workingOn("drug-prevention", "drug-treatment-care")
        .focusingOn("drug-prevention", "drug-treatment-care", "hiv-aids-prevention")
        .with(ministry).with(parisNgo).with(kampalaHiv).with(mombasaTreatmentCso()).decision();
    assertScore(d, "S1", Status.PASS, 1.0 / 3, 10);
    assertEquals(Optional.of("0.3333333333333333"), d.outcome("S1").actual());
    assertEquals(25.0, d.score());
  }

  @Test
  void applicantsOwnWorkDoesNotFillTheGapItWouldReach() {
    Decision d = rloApplyingAfterCnd68().workingOn("drug-treatment-care").decision();
    assertScore(d, "S1", Status.PASS, 1.0, 30);
    assertEquals(BASELINE, d.score());
  }

  @Test
  void regionCoveredByAnotherCsoInEveryFocusAreaEarnsNoGapCredit() {
    Decision d = rloApplyingAfterCnd68().with(mombasaTreatmentCso()).decision();
    assertScore(d, "S1", Status.FAIL, 0, 0);
    assertEquals(15.0, d.score());
  }

  @Test
  void raisingTheGapThresholdToTwoMakesSingleCsoAreasGaps() {
    Policy policy = DefaultFundingPolicy.policy().toBuilder()
        .replaceParameter(Parameter.integer(FundingFacts.GAP_THRESHOLD, 2, "CSOs below which an area is a gap"))
        .build();
    FundingFixture fixture = rloApplyingAfterCnd68().with(mombasaTreatmentCso());
    assertScore(fixture.decision(), "S1", Status.FAIL, 0, 0);
    Decision d = fixture.decision(SeedFunding.of(PolicySet.of(policy)));
    assertScore(d, "S1", Status.PASS, 1.0, 30);
    assertEquals(BASELINE, d.score());
  }

  // ---------------------------------------------------------------- S2 ECOSOC status

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      "GENERAL, ACTIVE, GENERAL, 1.0, 15, 60",
      "SPECIAL, ACTIVE, SPECIAL, 0.75, 11.25, 56.25",
      "ROSTER, ACTIVE, ROSTER, 0.5, 7.5, 52.5",
      "GENERAL, SUSPENDED, NONE, 0, 0, 45",
      "SPECIAL, WITHDRAWN, NONE, 0, 0, 45"})
  void ecosocStatusEarnsItsGradeAndASuspendedOneCountsAsNone(EcosocStatus.Category category,
      EcosocStatus.State state, String counted, double credit, double points, double score) {
    Decision d = rloApplyingAfterCnd68().ecosoc(category, state).decision();
    assertScore(d, "S2", credit > 0 ? Status.PASS : Status.FAIL, credit, points);
    assertEquals(counted, d.outcome("S2").factsUsed().get("applicant.ecosocStatus"));
    assertEquals(score, d.score());
    assertEquals(Verdict.ELIGIBLE, d.verdict());
  }

  // ---------------------------------------------------------------- S3 network membership

  @Test
  void memberOfTheViennaNgoCommitteeEarnsTheNetworkPoints() {
    Decision d = rloApplyingAfterCnd68().memberOf("VNGOC", day(2019, 1, 1)).decision();
    assertScore(d, "S3", Status.PASS, 1, 10);
    assertEquals(55.0, d.score());
  }

  @Test
  void membershipEndedBeforeApplyingEarnsNothing() {
    Decision d = rloApplyingAfterCnd68().applicant(o -> o.toBuilder().networkMemberships(List.of(NetworkMembership.builder()
        .networkId("VNGOC").since(day(2015, 1, 1)).until(APPLIED.minusDays(1)).build())).build()).decision();
    assertScore(d, "S3", Status.FAIL, 0, 0);
    assertEquals(BASELINE, d.score());
  }

  @Test
  void membershipStartingAfterApplyingEarnsNothing() {
    Decision d = rloApplyingAfterCnd68().memberOf("UNCAC-COALITION", APPLIED.plusDays(1)).decision();
    assertScore(d, "S3", Status.FAIL, 0, 0);
  }

  // ---------------------------------------------------------------- S4 engagement tier

  @Test
  void prospectEarnsNoEngagementPoints() {
    Decision d = rloApplyingAfterCnd68().decision();
    assertScore(d, "S4", Status.FAIL, 0, 0);
    assertEquals("PROSPECT", d.outcome("S4").factsUsed().get("applicant.engagementTier"));
  }

  @Test
  void lapsedParticipantOfCnd60EarnsOneFifth() {
    Decision d = rloApplyingAfterCnd68().participatedIn("CND-60", ParticipationKind.ATTENDED).decision();
    assertScore(d, "S4", Status.PASS, 0.2, 4);
    assertEquals("LAPSED", d.outcome("S4").factsUsed().get("applicant.engagementTier"));
    assertEquals(49.0, d.score());
  }

  @Test
  void activeParticipantOfCnd68EarnsSixTenths() {
    Decision d = rloApplyingAfterCnd68().participatedIn("CND-68", ParticipationKind.ATTENDED).decision();
    assertScore(d, "S4", Status.PASS, 0.6, 12);
    assertEquals("ACTIVE", d.outcome("S4").factsUsed().get("applicant.engagementTier"));
    assertEquals(57.0, d.score());
  }

  @Test
  void threeSessionsInTwoYearsWithAStatementMakeACoreParticipant() {
    Decision d = rloApplyingAfterCnd68().participatedIn("CND-67", ParticipationKind.ATTENDED)
        .participatedIn("CCPCJ-33", ParticipationKind.ATTENDED)
        .participatedIn("CND-68", ParticipationKind.ORAL_STATEMENT).decision();
    assertScore(d, "S4", Status.PASS, 1.0, 20);
    assertEquals("CORE", d.outcome("S4").factsUsed().get("applicant.engagementTier"));
    assertEquals(65.0, d.score());
  }

  @Test
  void threeSessionsWithoutAStatementRemainActive() {
    Decision d = rloApplyingAfterCnd68().participatedIn("CND-67", ParticipationKind.ATTENDED)
        .participatedIn("CCPCJ-33", ParticipationKind.ATTENDED)
        .participatedIn("CND-68", ParticipationKind.ATTENDED).decision();
    assertEquals("ACTIVE", d.outcome("S4").factsUsed().get("applicant.engagementTier"));
    assertScore(d, "S4", Status.PASS, 0.6, 12);
  }

  // ---------------------------------------------------------------- S5 co-host from another country

  @Test
  void ugandanCoHostOfAKenyanRloEarnsTheCoHostPoints() {
    Decision d = rloApplyingAfterCnd68().coHostedBy(kampalaCso()).decision();
    assertScore(d, "S5", Status.PASS, 1, 10);
    assertEquals(55.0, d.score());
  }

  @Test
  void coHostFromTheApplicantsOwnCountryEarnsNothing() {
    Decision d = rloApplyingAfterCnd68().coHostedBy(eligibleRlo("ORG-MOMBASA", "KE")).decision();
    assertScore(d, "S5", Status.FAIL, 0, 0);
  }

  @Test
  void coHostHeadquarteredOutsideTheRegionEarnsNothingEvenIfItOperatesThere() {
    Organization paris = eligibleRlo("ORG-PARIS", "FR").toBuilder().operatingCountries(List.of("FR", "TZ")).build();
    Decision d = rloApplyingAfterCnd68().coHostedBy(paris).decision();
    assertScore(d, "S5", Status.FAIL, 0, 0);
  }

  @Test
  void coHostWithoutHeadquartersCountsByItsOperatingCountries() {
    Organization dodoma = eligibleRlo("ORG-DODOMA", "TZ").toBuilder().headquartersCountry(Optional.empty()).build();
    Decision d = rloApplyingAfterCnd68().coHostedBy(dodoma).decision();
    assertScore(d, "S5", Status.PASS, 1, 10);
  }

  // ---------------------------------------------------------------- S6 no recent consultation

  @Test
  void consultationHeldInTheRegionSixMonthsBeforeApplyingCostsTheQuietRegionPoints() {
    Decision d = rloApplyingAfterCnd68().with(consultationInKenya("CON-2024", ConsultationStatus.HELD,
        APPLIED.minusMonths(6).minusDays(2), APPLIED.minusMonths(6))).decision();
    assertScore(d, "S6", Status.FAIL, 0, 0);
    assertEquals(Optional.of("1"), d.outcome("S6").actual());
    assertEquals(30.0, d.score());
  }

  @Test
  void consultationHeldThirteenMonthsBeforeApplyingIsNotRecent() {
    Decision d = rloApplyingAfterCnd68().with(consultationInKenya("CON-2024", ConsultationStatus.HELD,
        APPLIED.minusMonths(13).minusDays(2), APPLIED.minusMonths(13))).decision();
    assertScore(d, "S6", Status.PASS, 1, 15);
    assertEquals(BASELINE, d.score());
  }

  @Test
  void consultationHeldInNigeriaDoesNotCountForEasternAfrica() {
    Decision d = rloApplyingAfterCnd68().with(consultationInKenya("CON-LAGOS", ConsultationStatus.HELD,
        APPLIED.minusMonths(6).minusDays(2), APPLIED.minusMonths(6)).toBuilder().region(RegionRef.country("NG")).build()).decision();
    assertScore(d, "S6", Status.PASS, 1, 15);
  }

  @Test
  void cancelledConsultationWasNotHeld() {
    Decision d = rloApplyingAfterCnd68().with(consultationInKenya("CON-2024", ConsultationStatus.CANCELLED,
        APPLIED.minusMonths(6).minusDays(2), APPLIED.minusMonths(6))).decision();
    assertScore(d, "S6", Status.PASS, 1, 15);
  }

  // ---------------------------------------------------------------- a total computed by hand

  @Test
  void totalScoreIsTheSumOfEveryCreditTimesItsWeight() {
    // S1 focus {drug-treatment-care, hiv-aids-prevention}; the co-host covers treatment, nobody else HIV: 0.5 x 30
    // S2 SPECIAL 0.75 x 15 = 11.25; S3 VNGOC 10; S4 ACTIVE (CND-68) 0.6 x 20 = 12; S5 Ugandan co-host 10
    // S6 a consultation held in Kenya 6 months before: 0. Total 58.25
    Decision d = rloApplyingAfterCnd68().workingOn("drug-treatment-care")
        .focusingOn("drug-treatment-care", "hiv-aids-prevention")
        .ecosoc(EcosocStatus.Category.SPECIAL, EcosocStatus.State.ACTIVE).memberOf("VNGOC", day(2019, 1, 1))
        .participatedIn("CND-68", ParticipationKind.ATTENDED)
        .coHostedBy(kampalaCso().toBuilder().thematicAreas(List.of("drug-treatment-care")).build())
        .with(consultationInKenya("CON-2024", ConsultationStatus.HELD, day(2024, 9, 10), day(2024, 9, 12)))
        .decision();
    assertScore(d, "S1", Status.PASS, 0.5, 15);
    assertScore(d, "S2", Status.PASS, 0.75, 11.25);
    assertScore(d, "S3", Status.PASS, 1, 10);
    assertScore(d, "S4", Status.PASS, 0.6, 12);
    assertScore(d, "S5", Status.PASS, 1, 10);
    assertScore(d, "S6", Status.FAIL, 0, 0);
    assertEquals(58.25, d.score());
    assertEquals(Verdict.ELIGIBLE, d.verdict());
  }

  @Test
  void gatesAndAdvisoriesEarnNoPoints() {
    Decision d = rloApplyingAfterCnd68().decision();
    d.outcomes().stream().filter(o -> o.kind() != RuleKind.SCORE)
        .forEach(o -> assertEquals(0.0, o.points(), o::toString));
  }

  // ---------------------------------------------------------------- advisories

  @Test
  void consultationWithoutOverlapOrNearbySessionRaisesNoWarning() {
    Decision d = rloApplyingAfterCnd68().decision();
    assertEquals(Status.PASS, d.outcome("A1").status());
    assertEquals(Optional.of("0"), d.outcome("A1").actual());
    assertEquals(Status.PASS, d.outcome("A2").status());
    // ends 2025-04-15; CND-69 has no day, so its earliest first day is 1 March 2026
    assertEquals(Optional.of("320"), d.outcome("A2").actual());
  }

  @Test
  void theApplicantsOwnPlannedConsultationIsNoConflict() {
    Decision d = rloApplyingAfterCnd68().with(consultationInKenya("CON-OWN", ConsultationStatus.PLANNED,
        day(2025, 4, 10), day(2025, 4, 13))).decision();
    assertEquals(Status.PASS, d.outcome("A1").status(), d.outcome("A1").toString());
  }

  @Test
  void overlappingAnotherPlannedConsultationOfTheRegionWarnsWithoutChangingTheDecision() {
    FundingFixture fixture = rloApplyingAfterCnd68();
    Decision quiet = fixture.decision();
    // planned 2025-04-13 to 2025-04-15; the other one 2025-04-10 to 2025-04-13 shares a day
    // led by another organization: the applicant's own planned consultation is not a conflict
    Decision d = fixture.with(FundingFixture.eligibleRlo("ORG-KISUMU", "KE"))
        .with(consultationInKenya("CON-PLANNED", ConsultationStatus.PLANNED, day(2025, 4, 10), day(2025, 4, 13))
            .toBuilder().leadOrganizationId("ORG-KISUMU").build()).decision();

    RuleOutcome a1 = d.outcome("A1");
    assertAll(a1.toString(),
        () -> assertEquals(RuleKind.ADVISORY, a1.kind()),
        () -> assertEquals(Status.FAIL, a1.status()),
        () -> assertEquals("atMost.FAIL", a1.reasonCode()),
        () -> assertEquals(Optional.of("1"), a1.actual()),
        () -> assertEquals(Optional.of("<= 0 (maxOverlappingConsultations)"), a1.limit()));
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals(quiet.score(), d.score());
  }

  @Test
  void plannedConsultationInAnotherRegionDoesNotOverlap() {
    Decision d = rloApplyingAfterCnd68().with(consultationInKenya("CON-DELHI", ConsultationStatus.PLANNED,
        day(2025, 4, 13), day(2025, 4, 15)).toBuilder().region(RegionRef.country("IN")).build()).decision();
    assertEquals(Status.PASS, d.outcome("A1").status());
  }

  @Test
  void endingTenDaysBeforeTheNextCndMeetingWarnsWithoutChangingTheDecision() {
    FundingFixture fixture = rloApplyingAfterCnd68().plannedFrom(day(2025, 6, 10), day(2025, 6, 16));
    Decision before = fixture.decision();
    Decision d = fixture.with(meeting("CND-68-I1", "CND", 68, day(2025, 6, 26))).decision();
    RuleOutcome a2 = d.outcome("A2");
    assertAll(a2.toString(),
        () -> assertEquals(RuleKind.ADVISORY, a2.kind()),
        () -> assertEquals(Status.FAIL, a2.status()),
        () -> assertEquals("atLeast.FAIL", a2.reasonCode()),
        () -> assertEquals(Optional.of("10"), a2.actual()),
        () -> assertEquals(Optional.of(">= 30 (minDaysBeforeNextSession)"), a2.limit()));
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals(before.score(), d.score());
    assertEquals(Status.PASS, before.outcome("A2").status());
  }

  @Test
  void endingThirtyDaysBeforeTheNextMeetingRaisesNoWarning() {
    Decision d = rloApplyingAfterCnd68().plannedFrom(day(2025, 6, 10), day(2025, 6, 16))
        .with(meeting("CND-68-I1", "CND", 68, day(2025, 7, 16))).decision();
    assertEquals(Status.PASS, d.outcome("A2").status());
    assertEquals(Optional.of("30"), d.outcome("A2").actual());
  }
}
