package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.coverage.Fixtures.ANTI_CORRUPTION;
import static org.lookingbeyond.coverage.Fixtures.DRUG_PREVENTION;
import static org.lookingbeyond.coverage.Fixtures.HIV;
import static org.lookingbeyond.coverage.Fixtures.analyze;
import static org.lookingbeyond.coverage.Fixtures.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.registry.Registry;

/** Two reports compared cell by cell. */
class CoverageTrendTest {
  private static final GeographyLevel SUB_REGIONS = GeographyLevel.m49(RegionLevel.SUB_REGION);

  /** Baseline and current registries that differ in one cell of each kind. */
  private static final Registry BASELINE = Fixtures.registry(
      org("a").in("KE").on(DRUG_PREVENTION), org("b").in("KE").on(DRUG_PREVENTION),
      org("c").in("EG").on(DRUG_PREVENTION),
      org("g").in("JO").on(DRUG_PREVENTION), org("h").in("JO").on(DRUG_PREVENTION),
      org("i").in("RU").on(HIV));
  private static final Registry CURRENT = Fixtures.registry(
      org("a").in("KE").on(DRUG_PREVENTION), org("d").in("KE").on(DRUG_PREVENTION),
      org("e").in("KE").on(DRUG_PREVENTION),
      org("f").in("FR").on(ANTI_CORRUPTION),
      org("g").in("JO").on(DRUG_PREVENTION),
      org("j").in("RU").on(HIV));

  @Test
  void eachCellSaysHowItChangedAndWhoMoved() {
    CoverageTrend trend = CoverageTrend.between(analyze(BASELINE, SUB_REGIONS), analyze(CURRENT, SUB_REGIONS));
    CellTrend grew = find(trend, "202", DRUG_PREVENTION);
    assertEquals(TrendKind.GREW, grew.kind());
    assertEquals(List.of("d", "e"), grew.entered());
    assertEquals(List.of("b"), grew.left());
    assertEquals(1, grew.delta());
    assertEquals(Optional.of(CellStatus.WEAK), grew.baselineStatus());
    assertEquals(Optional.of(CellStatus.COVERED), grew.currentStatus());
    CellTrend lost = find(trend, "015", DRUG_PREVENTION);
    assertEquals(TrendKind.LOST, lost.kind());
    assertEquals(List.of("c"), lost.left());
    CellTrend gained = find(trend, "155", ANTI_CORRUPTION);
    assertEquals(TrendKind.GAINED, gained.kind());
    assertEquals(List.of("f"), gained.entered());
    CellTrend shrank = find(trend, "145", DRUG_PREVENTION);
    assertEquals(TrendKind.SHRANK, shrank.kind());
    assertEquals(List.of("h"), shrank.left());
    CellTrend turnover = find(trend, "151", HIV);
    assertEquals(TrendKind.UNCHANGED, turnover.kind(), "same count, other organization");
    assertEquals(List.of("j"), turnover.entered());
    assertEquals(List.of("i"), turnover.left());
    Map<TrendKind, Integer> counts = trend.counts();
    assertEquals(1, counts.get(TrendKind.GAINED));
    assertEquals(1, counts.get(TrendKind.LOST));
    assertEquals(1, counts.get(TrendKind.GREW));
    assertEquals(1, counts.get(TrendKind.SHRANK));
    assertEquals(trend.cells().size() - 4, counts.get(TrendKind.UNCHANGED));
    assertFalse(trend.isUnchanged());
  }

  @Test
  void aReportComparedWithItselfIsUnchanged() {
    CoverageReport r = analyze(CURRENT, SUB_REGIONS);
    CoverageTrend trend = CoverageTrend.between(r, r);
    assertTrue(trend.isUnchanged());
    assertEquals(r.cells().size(), trend.counts().get(TrendKind.UNCHANGED));
  }

  @Test
  void oneRegistryAtTwoDatesShowsWhatWasRegisteredSince() {
    Registry registry = Fixtures.registry(org("old").in("KE").on(DRUG_PREVENTION),
        org("new").in("KE", "EG").on(DRUG_PREVENTION).registered(LocalDate.of(2025, 1, 15)));
    CoverageTrend trend = CoverageTrend.between(
        analyze(registry, CoverageSettings.defaults(LocalDate.of(2024, 6, 30))),
        analyze(registry, CoverageSettings.defaults(LocalDate.of(2025, 6, 30))));
    assertEquals(TrendKind.GREW, find(trend, "202", DRUG_PREVENTION).kind());
    assertEquals(TrendKind.GAINED, find(trend, "015", DRUG_PREVENTION).kind());
    assertEquals(List.of("new"), find(trend, "015", DRUG_PREVENTION).entered());
    assertEquals(LocalDate.of(2024, 6, 30), trend.baselineAsOf());
    assertEquals(LocalDate.of(2025, 6, 30), trend.currentAsOf());
  }

  @Test
  void onlyReportsOfTheSameLevelsCompare() {
    CoverageReport bySubRegion = analyze(CURRENT, SUB_REGIONS);
    assertThrows(InvalidValueException.class,
        () -> CoverageTrend.between(bySubRegion, analyze(CURRENT, GeographyLevel.m49(RegionLevel.REGION))));
    assertThrows(InvalidValueException.class, () -> CoverageTrend.between(bySubRegion,
        analyze(CURRENT, CoverageSettings.builder().asOf(Fixtures.AS_OF).themeLevel(ThemeLevel.PILLAR).build())));
  }

  @Test
  void kindsFollowTheCounts() {
    assertEquals(TrendKind.UNCHANGED, Trends.kind(0, 0));
    assertEquals(TrendKind.GAINED, Trends.kind(0, 2));
    assertEquals(TrendKind.LOST, Trends.kind(3, 0));
    assertEquals(TrendKind.GREW, Trends.kind(1, 2));
    assertEquals(TrendKind.SHRANK, Trends.kind(2, 1));
  }

  private static CellTrend find(CoverageTrend trend, String rowId, String columnId) {
    return trend.cells().stream().filter(c -> c.rowId().equals(rowId) && c.columnId().equals(columnId)).findFirst()
        .orElseThrow();
  }
}
