package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.coverage.Fixtures.AS_OF;
import static org.lookingbeyond.coverage.Fixtures.DRUG_PREVENTION;
import static org.lookingbeyond.coverage.Fixtures.DRUG_TREATMENT;
import static org.lookingbeyond.coverage.Fixtures.HIV;
import static org.lookingbeyond.coverage.Fixtures.analyze;
import static org.lookingbeyond.coverage.Fixtures.org;
import static org.lookingbeyond.coverage.Fixtures.rlo;
import static org.lookingbeyond.coverage.Fixtures.took;
import static org.lookingbeyond.model.ParticipationKind.ATTENDED;
import static org.lookingbeyond.model.ParticipationKind.ORAL_STATEMENT;
import static org.lookingbeyond.model.ParticipationKind.REGISTERED;
import static org.lookingbeyond.model.ParticipationKind.SIDE_EVENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/** What a cell counts: filters, engaged CSOs, RLOs, participations, thresholds, unplaceable organizations. */
class CoverageCountsTest {

  /**
   * Four CSOs in 014 Eastern Africa on drug prevention, one per engagement tier as of 30 June 2025;
   * core-org also works in Egypt and is an RLO for ROEA; active-org's RLO designation for 014 ended in
   * 2024; a government body in Kenya holds an RLO designation too.
   */
  private static Registry engagementRegistry() {
    return Fixtures.registry(ReferenceData.defaults(), List.of(
            org("core-org").in("KE", "EG").on(DRUG_PREVENTION),
            org("active-org").in("UG").on(DRUG_PREVENTION),
            org("lapsed-org").in("TZ").on(DRUG_PREVENTION),
            org("prospect-org").in("ET").on(DRUG_PREVENTION),
            org("ministry").in("KE").on(DRUG_PREVENTION).type(OrganisationType.GOVERNMENT)),
        List.of(took("core-org", "CND-67", ATTENDED), took("core-org", "CCPCJ-33", ATTENDED),
            took("core-org", "CND-68", SIDE_EVENT), took("core-org", "CND-68", ATTENDED),
            took("active-org", "CCPCJ-34", ORAL_STATEMENT), took("lapsed-org", "CND-60", ATTENDED)),
        List.of(rlo("d-roea", "core-org", RegionRef.grouping("ROEA"), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
            rlo("d-old", "active-org", RegionRef.m49("014"), LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)),
            rlo("d-gov", "ministry", RegionRef.grouping("ROEA"), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))));
  }

  @Test
  void engagedCsosAreCoreOrActiveAsOfTheDate() {
    CoverageCell cell = analyze(engagementRegistry(), GeographyLevel.m49(RegionLevel.SUB_REGION))
        .cell("202", DRUG_PREVENTION);
    assertEquals(List.of("active-org", "core-org", "lapsed-org", "prospect-org"), cell.organizationIds());
    assertEquals(List.of("active-org", "core-org"), cell.engagedOrganizationIds());
    assertEquals(CellStatus.COVERED, cell.status());
    CoverageCell coreOnly = analyze(engagementRegistry(), CoverageSettings.builder().asOf(AS_OF)
        .engagedTiers(EnumSet.of(EngagementTier.CORE)).build()).cell("202", DRUG_PREVENTION);
    assertEquals(List.of("core-org"), coreOnly.engagedOrganizationIds());
  }

  @Test
  void theEngagementRuleIsASetting() {
    // With a 2-month window (May and June 2025) CCPCJ-34 still counts but CND-68 (March) does not.
    CoverageSettings shortWindow = CoverageSettings.builder().asOf(AS_OF)
        .engagementRule(EngagementRule.builder().windowMonths(2).build()).build();
    CoverageCell cell = analyze(engagementRegistry(), shortWindow).cell("202", DRUG_PREVENTION);
    assertEquals(List.of("active-org"), cell.engagedOrganizationIds());
    CoverageCell asOf2015 = analyze(engagementRegistry(), CoverageSettings.builder().asOf(LocalDate.of(2015, 6, 30))
        .requireRegisteredByAsOf(false).build()).cell("202", DRUG_PREVENTION);
    assertEquals(List.of(), asOf2015.engagedOrganizationIds(), "no participation before 2015");
  }

  @Test
  void theTierFilterLeavesOutLapsedAndProspectOrganizations() {
    CoverageReport r = analyze(engagementRegistry(), CoverageSettings.builder().asOf(AS_OF)
        .engagementTiers(EnumSet.of(EngagementTier.CORE, EngagementTier.ACTIVE)).build());
    assertEquals(List.of("active-org", "core-org"), r.cell("202", DRUG_PREVENTION).organizationIds());
    assertEquals(2, r.exclusions().get(Exclusion.ENGAGEMENT_TIER));
    assertEquals(1, r.exclusions().get(Exclusion.ORGANIZATION_TYPE), "the ministry");
  }

  @Test
  void participationsCountDistinctSessionsInThePeriod() {
    CoverageReport r = analyze(engagementRegistry(), GeographyLevel.m49(RegionLevel.SUB_REGION));
    // From 1 July 2024 to 30 June 2025: core-org took part in CND-68 (twice, one session) and
    // active-org in CCPCJ-34; CND-67, CCPCJ-33 and CND-60 are earlier.
    assertEquals(2, r.cell("202", DRUG_PREVENTION).participations());
    assertEquals(1, r.cell("015", DRUG_PREVENTION).participations(), "core-org's session counts in Egypt too");
    CoverageReport wider = analyze(engagementRegistry(), CoverageSettings.builder().asOf(AS_OF)
        .participationStart(LocalDate.of(2024, 1, 1)).build());
    assertEquals(4, wider.cell("202", DRUG_PREVENTION).participations(), "CND-67 and CCPCJ-33 join");
  }

  @Test
  void aRegistrationIsNotAParticipation() {
    Registry r = Fixtures.registry(ReferenceData.defaults(), List.of(org("registered").in("KE").on(DRUG_PREVENTION)),
        List.of(took("registered", "CND-68", REGISTERED), took("registered", "CCPCJ-34", REGISTERED)), List.of());
    CoverageReport report = analyze(r, GeographyLevel.m49(RegionLevel.SUB_REGION));
    assertEquals(0, report.cell("202", DRUG_PREVENTION).participations());
    assertEquals(List.of(), report.cell("202", DRUG_PREVENTION).engagedOrganizationIds(), "still a PROSPECT");
  }

  @Test
  void anRloCountsWhereItsRegionOverlapsTheRowAndItOperates() {
    CoverageReport r = analyze(engagementRegistry(), GeographyLevel.m49(RegionLevel.SUB_REGION));
    assertEquals(List.of("core-org"), r.cell("202", DRUG_PREVENTION).rloOrganizationIds(),
        "ROEA overlaps 202; active-org's designation ended; the ministry is not a CSO");
    assertEquals(List.of(), r.cell("015", DRUG_PREVENTION).rloOrganizationIds(),
        "core-org operates in Egypt, but ROEA holds no country of 015");
    assertEquals(List.of(), r.cell("202", HIV).rloOrganizationIds(), "core-org does not work on HIV");
    CoverageReport beforeEnd = analyze(engagementRegistry(), CoverageSettings.defaults(LocalDate.of(2024, 6, 30)));
    assertEquals(List.of("active-org", "core-org"), beforeEnd.cell("202", DRUG_PREVENTION).rloOrganizationIds());
    CoverageReport byOffice = analyze(engagementRegistry(), GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA));
    assertEquals(List.of("core-org"), byOffice.cell("ROEA", DRUG_PREVENTION).rloOrganizationIds());
    assertEquals(List.of("core-org"), byOffice.cell("ROMENA", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of(), byOffice.cell("ROMENA", DRUG_PREVENTION).rloOrganizationIds(),
        "counted in ROMENA through Egypt, but designated for ROEA only");
  }

  @Test
  void nonCsosAreLeftOutUnlessConfigured() {
    Registry registry = engagementRegistry();
    assertEquals(1, analyze(registry, GeographyLevel.country()).exclusions().get(Exclusion.ORGANIZATION_TYPE));
    CoverageReport withGovernment = analyze(registry, CoverageSettings.builder().asOf(AS_OF)
        .geographyLevel(GeographyLevel.country()).addAllOrganizationTypes(CoverageSettings.csoTypes())
        .addOrganizationTypes(OrganisationType.GOVERNMENT).build());
    assertEquals(List.of("core-org", "ministry"), withGovernment.cell("KE", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("core-org", "ministry"), withGovernment.cell("KE", DRUG_PREVENTION).rloOrganizationIds());
    assertEquals(0, withGovernment.exclusions().get(Exclusion.ORGANIZATION_TYPE));
  }

  @Test
  void organizationsRegisteredAfterTheAsOfDateAndOutsideTheNetworksAreLeftOut() {
    Registry registry = Fixtures.registry(
        org("old").in("KE").on(DRUG_PREVENTION).registered(LocalDate.of(2010, 1, 1))
            .memberOf("VNGOC", LocalDate.of(2020, 1, 1)),
        org("new").in("KE").on(DRUG_PREVENTION).registered(LocalDate.of(2025, 7, 1)),
        org("undated").in("KE").on(DRUG_PREVENTION).memberOf("VNGOC", LocalDate.of(2025, 7, 1)));
    CoverageReport all = analyze(registry, GeographyLevel.country());
    assertEquals(List.of("old", "undated"), all.cell("KE", DRUG_PREVENTION).organizationIds());
    assertEquals(1, all.exclusions().get(Exclusion.NOT_YET_REGISTERED));
    CoverageReport vngoc = analyze(registry, CoverageSettings.builder().asOf(AS_OF)
        .geographyLevel(GeographyLevel.country()).addNetworks("VNGOC").build());
    assertEquals(List.of("old"), vngoc.cell("KE", DRUG_PREVENTION).organizationIds(),
        "undated joins VNGOC only after the as-of date");
    assertEquals(1, vngoc.exclusions().get(Exclusion.NETWORK));
    assertEquals(Map.of(Exclusion.ORGANIZATION_TYPE, 0, Exclusion.NOT_YET_REGISTERED, 1, Exclusion.NETWORK, 1,
        Exclusion.ENGAGEMENT_TIER, 0), vngoc.exclusions());
  }

  @Test
  void unplaceableOrganizationsAreReportedWithWhy() {
    Registry registry = Fixtures.registry(
        org("nowhere").on(DRUG_PREVENTION),
        org("no-theme").in("KE"),
        org("antarctic").in("AQ").on(DRUG_PREVENTION),
        org("bare"),
        org("ke-and-aq").in("KE", "AQ").on(DRUG_PREVENTION));
    CoverageReport r = analyze(registry, GeographyLevel.m49(RegionLevel.SUB_REGION));
    assertEquals(List.of("antarctic", "bare", "no-theme", "nowhere"),
        r.unplaceable().stream().map(UnplaceableOrganization::organizationId).toList());
    UnplaceableOrganization antarctic = r.unplaceable().get(0);
    assertEquals(List.of(UnplaceableOrganization.Reason.COUNTRIES_OUTSIDE_EVERY_ROW), antarctic.reasons());
    assertEquals(Set.of("AQ"), antarctic.countriesOutsideRows());
    assertEquals("operates only in AQ, which no M49 sub-region holds", antarctic.message());
    assertEquals(List.of(UnplaceableOrganization.Reason.NO_COUNTRIES, UnplaceableOrganization.Reason.NO_THEMATIC_AREAS),
        r.unplaceable().get(1).reasons());
    assertEquals(List.of(UnplaceableOrganization.Reason.NO_THEMATIC_AREAS), r.unplaceable().get(2).reasons());
    assertEquals(List.of(UnplaceableOrganization.Reason.NO_COUNTRIES), r.unplaceable().get(3).reasons());
    assertEquals(List.of("ke-and-aq"), r.cell("202", DRUG_PREVENTION).organizationIds());
    assertEquals(Set.of("AQ"), r.countriesOutsideRows());
    assertEquals(1, r.placedOrganizations());
    assertEquals(List.of("antarctic", "ke-and-aq"), analyze(registry, GeographyLevel.country())
        .cell("AQ", DRUG_PREVENTION).organizationIds(), "at the country level Antarctica is a row");
  }

  @Test
  void thresholdsAreSettingsAndEveryStatusSaysWhichThresholdAndCount() {
    CoverageReport r = analyze(engagementRegistry(), CoverageSettings.builder().asOf(AS_OF).gapBelow(2).weakBelow(5)
        .build());
    CoverageCell four = r.cell("202", DRUG_PREVENTION);
    assertEquals(CellStatus.WEAK, four.status());
    assertEquals("weakBelow", four.thresholdName());
    assertEquals(5, four.threshold());
    assertEquals("4 CSOs: fewer than weakBelow = 5, not fewer than gapBelow = 2", four.statusReason());
    CoverageCell one = r.cell("015", DRUG_PREVENTION);
    assertEquals(CellStatus.GAP, one.status());
    assertEquals("gapBelow", one.thresholdName());
    assertEquals("1 CSO: fewer than gapBelow = 2", one.statusReason());
    CoverageCell covered = analyze(engagementRegistry(), GeographyLevel.m49(RegionLevel.SUB_REGION))
        .cell("202", DRUG_PREVENTION);
    assertEquals("4 CSOs: not fewer than weakBelow = 3", covered.statusReason());
  }

  @Test
  void columnTotalsCountDistinctOrganizationsOnTheTheme() {
    Registry registry = Fixtures.registry(
        org("a").in("KE", "EG", "FR").on(DRUG_PREVENTION, DRUG_TREATMENT),
        org("b").in("KE").on(DRUG_PREVENTION),
        org("c").in("BR").on(DRUG_TREATMENT));
    CoverageReport r = analyze(registry, GeographyLevel.m49(RegionLevel.SUB_REGION));
    assertEquals(2, r.column(DRUG_PREVENTION).organizationCount(), "a in three rows counts once");
    assertEquals(2, r.column(DRUG_TREATMENT).organizationCount());
    assertEquals(0, r.column(HIV).organizationCount());
    assertEquals(2, r.row("202").organizationCount());
    assertEquals(1, r.row("155").organizationCount());
    assertEquals(3, r.placedOrganizations());
  }

  @Test
  void concentrationMatchesTheHandComputation() {
    Registry registry = Fixtures.registry(
        org("a").in("KE").on(DRUG_PREVENTION), org("b").in("UG").on(DRUG_PREVENTION),
        org("c").in("EG").on(DRUG_PREVENTION), org("d").in("FR").on(DRUG_PREVENTION));
    CoverageReport r = analyze(registry, GeographyLevel.m49(RegionLevel.SUB_REGION));
    Concentration c = r.column(DRUG_PREVENTION).concentration();
    int m = r.rows().size();
    // Counts: 202 -> 2, 015 -> 1, 155 -> 1, the rest 0. HHI = (4 + 1 + 1) / 16.
    assertEquals(0.375, c.hhi(), 1e-15);
    assertEquals(3, c.nonEmptyRows());
    assertEquals(4, c.total());
    assertEquals(m, c.rows());
    // Sorted ascending: m - 3 zeros, then 1, 1, 2 at ranks m - 2, m - 1, m.
    double weighted = (2.0 * (m - 2) - m - 1) + (2.0 * (m - 1) - m - 1) + 2 * (2.0 * m - m - 1);
    assertEquals(weighted / (m * 4.0), c.gini(), 1e-15);
    assertEquals(1 / 0.375, c.effectiveRows(), 1e-12);
    Concentration empty = r.column(HIV).concentration();
    assertTrue(empty.empty());
    assertEquals(0, empty.hhi());
    assertEquals(0, empty.gini());
    assertEquals(0, empty.effectiveRows());
    Concentration overall = r.overallConcentration();
    assertEquals(0.375, overall.hhi(), 1e-15, "row totals are the same counts here");
  }
}
