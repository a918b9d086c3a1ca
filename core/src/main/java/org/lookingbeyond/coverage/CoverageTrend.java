package org.lookingbeyond.coverage;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Two coverage reports compared cell by cell: which cells gained or lost all their CSOs, which grew
 * or shrank, which stayed, and the organizations that moved.
 *
 * <pre>{@code
 * CoverageTrend trend = CoverageTrend.between(
 *     CoverageAnalyzer.of(CoverageSettings.defaults(LocalDate.of(2024, 6, 30))).analyze(registry),
 *     CoverageAnalyzer.of(CoverageSettings.defaults(LocalDate.of(2026, 6, 30))).analyze(registry));
 * trend.counts().get(TrendKind.LOST);   // cells that had CSOs two years ago and have none now
 * }</pre>
 *
 * <p>Cells are matched by row and column id. A cell that only one report has counts as 0 on the other
 * side (with an empty status there), so two registries over different groupings still compare.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CoverageTrend {

  CoverageTrend() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CoverageTrend} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageTrend.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Compares two reports cell by cell.
   *
   * @param baseline the earlier report (or that of the other registry)
   * @param current the later report
   * @return the trend, its cells in the current report's order, then the baseline's cells it lacks
   * @throws org.lookingbeyond.InvalidValueException if the reports have different geography or theme levels
   * @since 0.1.0
   */
  public static CoverageTrend between(CoverageReport baseline, CoverageReport current) {
    return Trends.compare(baseline, current);
  }

  /**
   * The baseline report's as-of date.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate baselineAsOf();

  /**
   * The current report's as-of date.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate currentAsOf();

  /**
   * The geography level both reports share.
   *
   * @return the level
   * @since 0.1.0
   */
  public abstract GeographyLevel geographyLevel();

  /**
   * The theme level both reports share.
   *
   * @return the level
   * @since 0.1.0
   */
  public abstract ThemeLevel themeLevel();

  /**
   * Every cell's change.
   *
   * @return the changes
   * @since 0.1.0
   */
  public abstract List<CellTrend> cells();

  /**
   * The number of cells of each kind, every kind present.
   *
   * @return the counts, in the order of {@link TrendKind}
   * @since 0.1.0
   */
  public Map<TrendKind, Integer> counts() {
    EnumMap<TrendKind, Integer> counts = new EnumMap<>(TrendKind.class);
    for (TrendKind k : TrendKind.values()) {
      counts.put(k, 0);
    }
    cells().forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Whether every cell is {@link TrendKind#UNCHANGED} with no organization entering or leaving.
   *
   * @return true if nothing changed
   * @since 0.1.0
   */
  public boolean isUnchanged() {
    return cells().stream().allMatch(c -> c.kind() == TrendKind.UNCHANGED && c.entered().isEmpty()
        && c.left().isEmpty());
  }
}
