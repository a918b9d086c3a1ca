package org.lookingbeyond.coverage;

import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A column of a coverage matrix: a thematic area or a pillar, with its total of distinct organizations
 * and how concentrated they are across the rows.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CoverageColumn {

  CoverageColumn() {}

  /**
   * Returns a builder of columns.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CoverageColumn} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageColumn.Builder {
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
   * The column's id: a thematic area id or a pillar id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The column's name, such as {@code "Drug prevention"}.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The pillar the column belongs to: the area's pillar, or the pillar itself.
   *
   * @return the pillar's id
   * @since 0.1.0
   */
  public abstract String pillarId();

  /**
   * The thematic areas the column stands for, sorted: the area itself, or the pillar's areas.
   *
   * @return the area ids
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> areaIds();

  /**
   * The number of distinct organizations counted in at least one cell of the column: the organizations
   * on this theme, an organization in several rows counting once.
   *
   * @return the column total
   * @since 0.1.0
   */
  public abstract int organizationCount();

  /**
   * How concentrated the column's counts are across the rows.
   *
   * @return the concentration
   * @since 0.1.0
   */
  public abstract Concentration concentration();

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "CoverageColumn", "id");
    Checks.nonBlank(name(), "CoverageColumn", id(), "name");
    Checks.require(organizationCount() >= 0, "CoverageColumn", id(), "organizationCount", "must be 0 or more");
  }

  @Override
  public String toString() {
    return "CoverageColumn[" + id() + ", " + organizationCount() + " organizations]";
  }
}
