package org.lookingbeyond.coverage;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A gap or weak cell ranked for attention, with every fact behind its rank and the organizations that
 * could fill it.
 *
 * <p>{@code score = regionWeight x themeWeight x severity}, where
 * {@code severity = (weakBelow - csoCount) / weakBelow}: 1 for a cell without any CSO, falling linearly
 * to {@code 1 / weakBelow} for a cell one CSO short of covered. Gaps rank by score (highest first), then
 * severity (highest first), then the order of the rows and of the columns in the report. Cells with a
 * score of 0 (a weight of 0) are not ranked.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class PriorityGap {

  PriorityGap() {}

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
   * A builder of {@link PriorityGap} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePriorityGap.Builder {
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
   * The gap's rank, from 1.
   *
   * @return the rank
   * @since 0.1.0
   */
  public abstract int rank();

  /**
   * The id of the cell's row.
   *
   * @return the row id
   * @since 0.1.0
   */
  public abstract String rowId();

  /**
   * The id of the cell's column.
   *
   * @return the column id
   * @since 0.1.0
   */
  public abstract String columnId();

  /**
   * The cell's status, GAP or WEAK.
   *
   * @return the status
   * @since 0.1.0
   */
  public abstract CellStatus status();

  /**
   * The cell's count of distinct CSOs.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int csoCount();

  /**
   * The {@link CoverageSettings#weakBelow()} threshold the severity is measured against.
   *
   * @return the threshold
   * @since 0.1.0
   */
  public abstract int weakBelow();

  /**
   * {@code (weakBelow - csoCount) / weakBelow}.
   *
   * @return the severity, in {@code (0, 1]}
   * @since 0.1.0
   */
  public abstract double severity();

  /**
   * The row's weight.
   *
   * @return the weight
   * @since 0.1.0
   */
  public abstract double regionWeight();

  /**
   * The key of {@link CoverageSettings#regionWeights()} the weight came from: the row's id or an M49
   * ancestor's code.
   *
   * @return the key, or empty for the default weight 1.0
   * @since 0.1.0
   */
  public abstract Optional<String> regionWeightKey();

  /**
   * The column's weight.
   *
   * @return the weight
   * @since 0.1.0
   */
  public abstract double themeWeight();

  /**
   * The key of {@link CoverageSettings#themeWeights()} the weight came from: the column's id or its
   * pillar's id.
   *
   * @return the key, or empty for the default weight 1.0
   * @since 0.1.0
   */
  public abstract Optional<String> themeWeightKey();

  /**
   * {@code regionWeight x themeWeight x severity}.
   *
   * @return the score, above 0
   * @since 0.1.0
   */
  public abstract double score();

  /**
   * The rank's facts in one sentence, such as {@code "GAP with 0 CSOs; severity = (3 - 0) / 3 = 1.000;
   * score = region weight 1.500 (from 002) x theme weight 1.000 (default) x severity 1.000 = 1.500"}.
   *
   * @return the explanation
   * @since 0.1.0
   */
  public abstract String explanation();

  /**
   * Organizations that could fill the gap, best first, at most
   * {@link CoverageSettings#maxCandidatesPerGap()}.
   *
   * @return the candidates
   * @since 0.1.0
   */
  public abstract List<GapCandidate> candidates();

  @Value.Check
  void check() {
    String cell = rowId() + "/" + columnId();
    Checks.require(rank() >= 1, "PriorityGap", cell, "rank", "must be 1 or more: %d", rank());
    Checks.require(status() != CellStatus.COVERED, "PriorityGap", cell, "status", "a covered cell is no gap");
    Checks.require(score() > 0, "PriorityGap", cell, "score", "must be above 0");
  }
}
