package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.coverage.Fixtures.ANTI_CORRUPTION;
import static org.lookingbeyond.coverage.Fixtures.DRUG_PREVENTION;
import static org.lookingbeyond.coverage.Fixtures.DRUG_TREATMENT;
import static org.lookingbeyond.coverage.Fixtures.analyze;
import static org.lookingbeyond.coverage.Fixtures.org;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/**
 * Hand-computed reports of one small registry at every geography level. The registry: an organization
 * in Kenya, Uganda and Tanzania (all three in 014 Eastern Africa) on drug prevention; one in Egypt (015
 * Northern Africa) on drug prevention and treatment; one in Jordan (145 Western Asia) on drug
 * prevention; one in France (155 Western Europe) on anti-corruption.
 */
class CoverageLevelsTest {
  private static final Registry REGISTRY = Fixtures.registry(
      org("ke-multi").in("KE", "UG", "TZ").on(DRUG_PREVENTION),
      org("eg-cairo").in("EG").on(DRUG_PREVENTION, DRUG_TREATMENT),
      org("jo-amman").in("JO").on(DRUG_PREVENTION),
      org("fr-paris").in("FR").on(ANTI_CORRUPTION));

  @Test
  void anOrganizationInThreeCountriesOfOneSubRegionCountsOnceThere() {
    CoverageReport bySubRegion = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.SUB_REGION));
    assertEquals(List.of("ke-multi"), bySubRegion.cell("202", DRUG_PREVENTION).organizationIds());
    assertEquals(1, bySubRegion.cell("202", DRUG_PREVENTION).csoCount());
    assertEquals(1, bySubRegion.row("202").organizationCount());
    CoverageReport byCountry = analyze(REGISTRY, GeographyLevel.country());
    for (String country : List.of("KE", "UG", "TZ")) {
      assertEquals(1, byCountry.cell(country, DRUG_PREVENTION).csoCount(), country);
    }
    assertEquals(0, byCountry.cell("ET", DRUG_PREVENTION).csoCount());
    int sumOfCells = byCountry.cells().stream().filter(c -> c.columnId().equals(DRUG_PREVENTION))
        .mapToInt(CoverageCell::csoCount).sum();
    assertEquals(5, sumOfCells);
    assertEquals(3, byCountry.column(DRUG_PREVENTION).organizationCount(),
        "ke-multi, eg-cairo and jo-amman: the column total is distinct, not the sum of the cells");
  }

  @Test
  void subRegionLevelMatchesTheHandCount() {
    CoverageReport r = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.SUB_REGION));
    assertEquals(1, r.cell("015", DRUG_PREVENTION).csoCount());
    assertEquals(1, r.cell("015", DRUG_TREATMENT).csoCount());
    assertEquals(1, r.cell("145", DRUG_PREVENTION).csoCount());
    assertEquals(1, r.cell("155", ANTI_CORRUPTION).csoCount());
    assertEquals(0, r.cell("155", DRUG_PREVENTION).csoCount());
    assertEquals(1, r.row("015").organizationCount(), "eg-cairo on two areas counts once in its row");
    assertEquals(3, r.column(DRUG_PREVENTION).organizationCount());
    assertEquals(4, r.placedOrganizations());
    assertEquals(r.rows().size() * r.columns().size(), r.cells().size(), "every cell, empty ones included");
    assertEquals(CellStatus.WEAK, r.cell("015", DRUG_PREVENTION).status());
    assertEquals(CellStatus.GAP, r.cell("155", DRUG_PREVENTION).status());
    assertEquals(5, r.count(CellStatus.WEAK));
    assertEquals(0, r.count(CellStatus.COVERED));
  }

  @Test
  void regionLevelMergesNorthernAndSubSaharanAfrica() {
    CoverageReport r = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.REGION));
    assertEquals(List.of("eg-cairo", "ke-multi"), r.cell("002", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("jo-amman"), r.cell("142", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("fr-paris"), r.cell("150", ANTI_CORRUPTION).organizationIds());
    assertEquals(List.of("002", "009", "019", "142", "150"), ids(r), "regions by M49 code");
  }

  @Test
  void intermediateLevelUsesTheSubRegionWhereM49AssignsNoIntermediateRegion() {
    CoverageReport r = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION));
    assertEquals(List.of("ke-multi"), r.cell("014", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("eg-cairo"), r.cell("015", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("fr-paris"), r.cell("155", ANTI_CORRUPTION).organizationIds());
    assertTrue(ids(r).containsAll(List.of("011", "014", "017", "018", "015", "145", "155")), ids(r).toString());
    assertTrue(!ids(r).contains("202"), "202 Sub-Saharan Africa is fully split into intermediate regions");
    assertEquals(List.of("011", "017", "018"), List.copyOf(r.row("014").neighbourIds()),
        "neighbours share the parent 202");
  }

  @Test
  void fieldOfficeAreasCutAcrossM49Regions() {
    CoverageReport r = analyze(REGISTRY, GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA));
    // ROMENA holds Egypt (002 Africa) and Jordan (142 Asia): one row here, two M49 regions elsewhere.
    ReferenceData ref = REGISTRY.reference();
    Set<String> regions = new TreeSet<>();
    r.row("ROMENA").countries().forEach(c -> regions.add(ref.geography().area(c).regionCode().orElseThrow()));
    assertEquals(Set.of("002", "142"), regions);
    assertEquals(List.of("eg-cairo", "jo-amman"), r.cell("ROMENA", DRUG_PREVENTION).organizationIds());
    assertEquals(2, r.row("ROMENA").organizationCount());
    CoverageReport byRegion = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.REGION));
    assertEquals(2, byRegion.cell("002", DRUG_PREVENTION).csoCount());
    assertEquals(1, byRegion.cell("142", DRUG_PREVENTION).csoCount());
    assertEquals("142", r.row("ROMENA").parentId().orElseThrow(), "12 of its 18 countries are in Asia");
    // Office areas overlap: Tanzania is in both ROEA and ROSAF, so ke-multi counts in each, once.
    assertEquals(List.of("ke-multi"), r.cell("ROEA", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("ke-multi"), r.cell("ROSAF", DRUG_PREVENTION).organizationIds());
    assertTrue(r.row("ROEA").neighbourIds().contains("ROSAF"), "they share countries");
    // No field office covers France: its organization is reported, not dropped.
    assertEquals(List.of("fr-paris"), r.unplaceable().stream().map(UnplaceableOrganization::organizationId).toList());
    assertEquals(List.of(UnplaceableOrganization.Reason.COUNTRIES_OUTSIDE_EVERY_ROW), r.unplaceable().get(0).reasons());
    assertTrue(r.countriesOutsideRows().contains("FR"));
    assertEquals(3, r.placedOrganizations());
  }

  @Test
  void unRegionalGroupsPutEgyptAndKenyaTogether() {
    CoverageReport r = analyze(REGISTRY, GeographyLevel.groupings(GroupingKind.UN_REGIONAL_GROUP));
    assertEquals(List.of("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN",
        "WESTERN_EUROPEAN_OTHERS"), ids(r));
    assertEquals(List.of("eg-cairo", "ke-multi"), r.cell("AFRICAN", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("jo-amman"), r.cell("ASIA_PACIFIC", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("fr-paris"), r.cell("WESTERN_EUROPEAN_OTHERS", ANTI_CORRUPTION).organizationIds());
  }

  @Test
  void aNamedSetOfCustomGroupingsGivesOneRowEach() {
    ReferenceData ref = ReferenceData.defaults().toBuilder()
        .addGrouping(Grouping.builder().id("HORN").name("Horn of Africa").kind(GroupingKind.CUSTOM)
            .addMembers("DJ", "ER", "ET", "SO", "KE").build())
        .addGrouping(Grouping.builder().id("NILE").name("Nile basin").kind(GroupingKind.CUSTOM)
            .addMembers("EG", "SD", "SS", "UG", "KE", "TZ").build())
        .build();
    Registry registry = Fixtures.registry(ref, List.of(org("ke-multi").in("KE", "UG", "TZ").on(DRUG_PREVENTION),
        org("eg-cairo").in("EG").on(DRUG_PREVENTION)), List.of(), List.of());
    CoverageReport r = analyze(registry, GeographyLevel.groupings("East African basins", List.of("NILE", "HORN")));
    assertEquals(List.of("HORN", "NILE"), ids(r));
    assertEquals(List.of("ke-multi"), r.cell("HORN", DRUG_PREVENTION).organizationIds());
    assertEquals(List.of("eg-cairo", "ke-multi"), r.cell("NILE", DRUG_PREVENTION).organizationIds());
    assertEquals(Set.of("NILE"), r.row("HORN").neighbourIds(), "they share Kenya");
    assertEquals("East African basins", r.settings().geographyLevel().description());
    assertThrows(UnknownCodeException.class,
        () -> analyze(registry, GeographyLevel.groupings("typo", List.of("NILE", "HORNN"))));
  }

  @Test
  void pillarLevelCountsAnOrganizationOnceAcrossTheAreasOfAPillar() {
    CoverageReport r = analyze(REGISTRY, CoverageSettings.builder().asOf(Fixtures.AS_OF)
        .themeLevel(ThemeLevel.PILLAR).build());
    assertEquals(List.of("corruption-justice-integrity", "health-human-development", "trafficking-crime-terrorism"),
        r.columns().stream().map(CoverageColumn::id).toList());
    assertEquals(List.of("eg-cairo"), r.cell("015", Fixtures.HEALTH).organizationIds());
    assertEquals(3, r.column(Fixtures.HEALTH).organizationCount());
    assertEquals(4, r.column(Fixtures.HEALTH).areaIds().size());
  }

  @Test
  void rowsAtCountryLevelAreEveryCountryAndNeighboursShareTheFinestM49Region() {
    CoverageReport r = analyze(REGISTRY, GeographyLevel.country());
    assertEquals(REGISTRY.reference().geography().areas().size(), r.rows().size());
    assertTrue(r.row("KE").neighbourIds().containsAll(Set.of("UG", "TZ", "ET")));
    assertTrue(!r.row("KE").neighbourIds().contains("EG"));
    assertEquals("014", r.row("KE").parentId().orElseThrow());
    assertTrue(r.row("AQ").neighbourIds().isEmpty(), "Antarctica has no M49 region");
  }

  @Test
  void regionsHaveNoNeighboursAndSubRegionsShareTheirRegion() {
    assertTrue(analyze(REGISTRY, GeographyLevel.m49(RegionLevel.REGION)).row("002").neighbourIds().isEmpty());
    assertEquals(Set.of("202"), analyze(REGISTRY, GeographyLevel.m49(RegionLevel.SUB_REGION)).row("015")
        .neighbourIds());
  }

  private static List<String> ids(CoverageReport r) {
    return r.rows().stream().map(CoverageRow::id).toList();
  }
}
