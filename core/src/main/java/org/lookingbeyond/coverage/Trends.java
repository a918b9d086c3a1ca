package org.lookingbeyond.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.internal.Checks;

/** Compares two reports cell by cell. */
final class Trends {
  private Trends() {}

  static CoverageTrend compare(CoverageReport baseline, CoverageReport current) {
    Checks.require(baseline.settings().geographyLevel().equals(current.settings().geographyLevel()), "CoverageReport",
        null, "geographyLevel", "cannot compare reports by %s and by %s: compare reports of the same geography level",
        baseline.settings().geographyLevel(), current.settings().geographyLevel());
    Checks.require(baseline.settings().themeLevel() == current.settings().themeLevel(), "CoverageReport", null,
        "themeLevel", "cannot compare reports by %s and by %s: compare reports of the same theme level",
        baseline.settings().themeLevel(), current.settings().themeLevel());
    // Insertion order: the current report's cells first, then cells only the baseline has.
    Map<String, CoverageCell> before = new LinkedHashMap<>();
    baseline.cells().forEach(c -> before.put(key(c), c));
    List<CellTrend> trends = new ArrayList<>();
    for (CoverageCell now : current.cells()) {
      trends.add(trend(now.rowId(), now.columnId(), Optional.ofNullable(before.remove(key(now))), Optional.of(now)));
    }
    before.values().forEach(old -> trends.add(trend(old.rowId(), old.columnId(), Optional.of(old), Optional.empty())));
    return CoverageTrend.builder().baselineAsOf(baseline.settings().asOf()).currentAsOf(current.settings().asOf())
        .geographyLevel(current.settings().geographyLevel()).themeLevel(current.settings().themeLevel())
        .cells(trends).build();
  }

  private static String key(CoverageCell c) {
    return c.rowId() + '\u0000' + c.columnId();
  }

  private static CellTrend trend(String rowId, String columnId, Optional<CoverageCell> before,
      Optional<CoverageCell> now) {
    List<String> was = before.map(CoverageCell::organizationIds).orElse(List.of());
    List<String> is = now.map(CoverageCell::organizationIds).orElse(List.of());
    Set<String> wasSet = new HashSet<>(was);
    Set<String> isSet = new HashSet<>(is);
    // Filtering the sorted lists keeps entered and left sorted without re-sorting.
    List<String> entered = new ArrayList<>();
    is.stream().filter(id -> !wasSet.contains(id)).forEach(entered::add);
    List<String> left = new ArrayList<>();
    was.stream().filter(id -> !isSet.contains(id)).forEach(left::add);
    return CellTrend.builder().rowId(rowId).columnId(columnId).kind(kind(was.size(), is.size()))
        .baselineCount(was.size()).currentCount(is.size())
        .baselineStatus(before.map(CoverageCell::status)).currentStatus(now.map(CoverageCell::status))
        .entered(entered).left(left).build();
  }

  static TrendKind kind(int before, int now) {
    if (before == now) {
      return TrendKind.UNCHANGED;
    }
    if (before == 0) {
      return TrendKind.GAINED;
    }
    if (now == 0) {
      return TrendKind.LOST;
    }
    return now > before ? TrendKind.GREW : TrendKind.SHRANK;
  }
}
