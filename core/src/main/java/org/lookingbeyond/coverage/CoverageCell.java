package org.lookingbeyond.coverage;

import java.util.List;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * One cell of a coverage matrix: the organizations that operate in at least one country of the row and
 * work on the column's theme, each counted once, with their status and the facts behind it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CoverageCell {

  CoverageCell() {}

  /**
   * Returns a builder of cells.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CoverageCell} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageCell.Builder {
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
   * The ids of the distinct organizations counted in the cell, sorted.
   *
   * @return the organization ids
   * @since 0.1.0
   */
  public abstract List<String> organizationIds();

  /**
   * The ids of the counted organizations whose engagement tier on the as-of date is one of
   * {@link CoverageSettings#engagedTiers()}, sorted.
   *
   * @return the engaged organizations' ids
   * @since 0.1.0
   */
  public abstract List<String> engagedOrganizationIds();

  /**
   * The ids of the counted organizations that are Regional Lead Organizations here, sorted: each holds an
   * RLO designation active on the as-of date for a region that shares at least one country with the
   * row. (Being counted, it also operates in the row and works on the theme.)
   *
   * @return the RLOs' ids
   * @since 0.1.0
   */
  public abstract List<String> rloOrganizationIds();

  /**
   * The number of distinct CSOs (organizations that passed the filters) counted in the cell.
   *
   * @return the count
   * @since 0.1.0
   */
  public int csoCount() {
    return organizationIds().size();
  }

  /**
   * The number of engaged CSOs in the cell.
   *
   * @return the count, at most {@link #csoCount()}
   * @since 0.1.0
   */
  public int engagedCount() {
    return engagedOrganizationIds().size();
  }

  /**
   * The number of Regional Lead Organizations in the cell.
   *
   * @return the count, at most {@link #csoCount()}
   * @since 0.1.0
   */
  public int rloCount() {
    return rloOrganizationIds().size();
  }

  /**
   * The participations of the cell's organizations in sessions within the participation period: each
   * organization's distinct sessions, summed over the organizations. Participations carry no theme, so
   * an organization's sessions count in each of its cells.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int participations();

  /**
   * The cell's status.
   *
   * @return the status
   * @since 0.1.0
   */
  public abstract CellStatus status();

  /**
   * The name of the setting the count was compared with: {@code "gapBelow"} for a gap,
   * {@code "weakBelow"} otherwise.
   *
   * @return the threshold's name
   * @since 0.1.0
   */
  public abstract String thresholdName();

  /**
   * The value of the threshold the count was compared with.
   *
   * @return the threshold
   * @since 0.1.0
   */
  public abstract int threshold();

  /**
   * Why the cell has its status, with the numbers compared, such as
   * {@code "2 CSOs: fewer than weakBelow = 3, not fewer than gapBelow = 1"}.
   *
   * @return the explanation
   * @since 0.1.0
   */
  public abstract String statusReason();

  @Value.Check
  void check() {
    Checks.nonBlank(rowId(), "CoverageCell", "rowId");
    Checks.nonBlank(columnId(), "CoverageCell", "columnId");
    String cell = rowId() + "/" + columnId();
    Checks.require(organizationIds().containsAll(engagedOrganizationIds()), "CoverageCell", cell,
        "engagedOrganizationIds", "engaged organizations must be counted organizations");
    Checks.require(organizationIds().containsAll(rloOrganizationIds()), "CoverageCell", cell, "rloOrganizationIds",
        "RLOs must be counted organizations");
    Checks.require(participations() >= 0, "CoverageCell", cell, "participations", "must be 0 or more");
    switch (status()) {
      case GAP:
        Checks.require(csoCount() < threshold(), "CoverageCell", cell, "status",
            "a GAP has fewer CSOs than its threshold");
        break;
      case WEAK:
        Checks.require(csoCount() < threshold(), "CoverageCell", cell, "status",
            "a WEAK cell has fewer CSOs than its threshold");
        break;
      default:
        Checks.require(csoCount() >= threshold(), "CoverageCell", cell, "status",
            "a COVERED cell reaches its threshold");
    }
  }

  @Override
  public String toString() {
    return "CoverageCell[" + rowId() + " x " + columnId() + ": " + csoCount() + " " + status() + "]";
  }
}
