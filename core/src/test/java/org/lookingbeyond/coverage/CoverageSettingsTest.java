package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.coverage.Fixtures.AS_OF;
import static org.lookingbeyond.coverage.Fixtures.DRUG_PREVENTION;
import static org.lookingbeyond.coverage.Fixtures.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.registry.Registry;

/** Settings: their documented defaults, their checks, and the analyzer's immutability. */
class CoverageSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    CoverageSettings s = CoverageSettings.defaults(AS_OF);
    assertEquals(GeographyLevel.m49(RegionLevel.SUB_REGION), s.geographyLevel());
    assertEquals(ThemeLevel.AREA, s.themeLevel());
    assertEquals(EnumSet.of(OrganisationType.INTERNATIONAL_NGO, OrganisationType.NATIONAL_NGO,
        OrganisationType.REGIONAL_NGO, OrganisationType.PARTNER_COUNTRY_BASED_NGO, OrganisationType.FOUNDATION,
        OrganisationType.ACADEMIC, OrganisationType.OTHER), s.organizationTypes());
    assertTrue(s.requireRegisteredByAsOf());
    assertTrue(s.networks().isEmpty());
    assertEquals(EnumSet.allOf(EngagementTier.class), s.engagementTiers());
    assertEquals(EngagementRule.defaults(), s.engagementRule());
    assertEquals(EnumSet.of(EngagementTier.CORE, EngagementTier.ACTIVE), s.engagedTiers());
    assertEquals(1, s.gapBelow());
    assertEquals(3, s.weakBelow());
    assertTrue(s.regionWeights().isEmpty() && s.themeWeights().isEmpty());
    assertEquals(LocalDate.of(2024, 7, 1), s.participationStart());
    assertEquals(AS_OF, s.participationEnd());
    assertTrue(s.prioritizeWeakCells());
    assertEquals(50, s.maxPriorityGaps());
    assertEquals(5, s.maxCandidatesPerGap());
  }

  @Test
  void badSettingsAreRefusedWithTheFieldNamed() {
    InvalidValueException weak = assertThrows(InvalidValueException.class,
        () -> CoverageSettings.builder().asOf(AS_OF).gapBelow(3).weakBelow(2).build());
    assertTrue(weak.getMessage().contains("weakBelow: (2) must be at least gapBelow (3)"), weak.getMessage());
    assertThrows(InvalidValueException.class, () -> CoverageSettings.builder().asOf(AS_OF).gapBelow(-1).build());
    InvalidValueException weight = assertThrows(InvalidValueException.class,
        () -> CoverageSettings.builder().asOf(AS_OF).putRegionWeights("002", -0.5).build());
    assertTrue(weight.getMessage().contains("regionWeights[002]"), weight.getMessage());
    assertThrows(InvalidValueException.class,
        () -> CoverageSettings.builder().asOf(AS_OF).putThemeWeights("drug-prevention", Double.NaN).build());
    assertThrows(InvalidValueException.class, () -> CoverageSettings.builder().asOf(AS_OF)
        .participationStart(AS_OF.plusDays(1)).build());
    assertThrows(InvalidValueException.class, () -> CoverageSettings.builder().asOf(AS_OF)
        .organizationTypes(Set.of()).build());
    assertThrows(InvalidValueException.class, () -> CoverageSettings.builder().asOf(AS_OF)
        .engagementTiers(Set.of()).build());
    assertThrows(InvalidValueException.class, () -> CoverageSettings.builder().asOf(AS_OF).maxPriorityGaps(-1)
        .build());
    assertThrows(IllegalStateException.class, () -> CoverageSettings.builder().build(), "no as-of date");
  }

  @Test
  void geographyLevelsDescribeThemselves() {
    assertEquals("country", GeographyLevel.country().description());
    assertEquals("M49 intermediate region", GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION).description());
    assertEquals("M49 region", GeographyLevel.m49(RegionLevel.REGION).description());
    assertEquals("field office area", GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA).description());
    assertEquals("UN regional group", GeographyLevel.groupings(GroupingKind.UN_REGIONAL_GROUP).description());
    assertEquals("GROUPING_KIND:FIELD_OFFICE_AREA", GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)
        .toString());
    assertEquals("GROUPINGS:[HORN, SAHEL]", GeographyLevel.groupings("mine", List.of("SAHEL", "HORN")).toString());
    assertEquals(Optional.of(RegionLevel.SUB_REGION), GeographyLevel.m49(RegionLevel.SUB_REGION).regionLevel());
    assertEquals(Optional.empty(), GeographyLevel.country().regionLevel());
    assertThrows(InvalidValueException.class, () -> GeographyLevel.groupings("empty", List.of()));
    assertThrows(InvalidValueException.class, () -> GeographyLevel.groupings(" ", List.of("SAHEL")));
  }

  @Test
  void oneAnalyzerServesManyThreadsWithEqualReports() throws Exception {
    Registry registry = Fixtures.registry(org("a").in("KE", "EG").on(DRUG_PREVENTION),
        org("b").in("FR").on(DRUG_PREVENTION));
    CoverageAnalyzer analyzer = CoverageAnalyzer.of(CoverageSettings.defaults(AS_OF));
    CoverageReport expected = analyzer.analyze(registry);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CoverageReport>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> analyzer.analyze(registry)));
      }
      for (Future<CoverageReport> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(expected.hashCode(), analyzer.analyze(registry).hashCode());
  }

  @Test
  void reportsCannotBeChangedAfterTheFact() {
    CoverageReport r = CoverageAnalyzer.of(CoverageSettings.defaults(AS_OF))
        .analyze(Fixtures.registry(org("a").in("KE").on(DRUG_PREVENTION)));
    assertThrows(UnsupportedOperationException.class, () -> r.cells().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.cell("202", DRUG_PREVENTION).organizationIds().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.rows().get(0).countries().clear());
    assertThrows(UnknownIdException.class, () -> r.cell("999", DRUG_PREVENTION), "no such row");
    assertThrows(UnknownIdException.class, () -> r.column("terrorism"), "no such column");
    assertFalse(r.toString().isEmpty());
  }
}
