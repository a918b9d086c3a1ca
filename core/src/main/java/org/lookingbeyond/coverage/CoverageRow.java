package org.lookingbeyond.coverage;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A row of a coverage matrix: a country, an M49 region or a grouping, with the countries it stands
 * for, its neighbours and its total of distinct organizations.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CoverageRow {

  CoverageRow() {}

  /**
   * Returns a builder of rows.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CoverageRow} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageRow.Builder {
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
   * The row's id: an alpha-2 code, an M49 code or a grouping id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The row's name, such as {@code "Sub-Saharan Africa"}.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The id and the name, as renderers label the row, such as {@code "202 Sub-Saharan Africa"}.
   *
   * @return the label
   * @since 0.1.0
   */
  public String label() {
    return id() + " " + name();
  }

  /**
   * The alpha-2 codes of the countries and areas the row stands for, sorted. A grouping may have none
   * (a liaison office covering no country); its cells are then always empty.
   *
   * @return the countries
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> countries();

  /**
   * The M49 region that decides the row's neighbours: for a country its intermediate region (else its
   * sub-region), for an M49 row the region one level up, for a grouping the M49 region holding most of
   * its countries (the lowest code on a tie).
   *
   * @return the code, or empty (an M49 region, Antarctica, a grouping without countries)
   * @since 0.1.0
   */
  public abstract Optional<String> parentId();

  /**
   * The ids of the neighbouring rows, sorted: the other rows with the same {@link #parentId()}, and for
   * groupings also those sharing a country. Candidates for a gap are sought there.
   *
   * @return the neighbours' ids
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> neighbourIds();

  /**
   * The number of distinct organizations counted in at least one cell of the row: an organization on
   * several themes counts once.
   *
   * @return the row total
   * @since 0.1.0
   */
  public abstract int organizationCount();

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "CoverageRow", "id");
    Checks.nonBlank(name(), "CoverageRow", id(), "name");
    Checks.require(organizationCount() >= 0, "CoverageRow", id(), "organizationCount", "must be 0 or more");
    Checks.require(!neighbourIds().contains(id()), "CoverageRow", id(), "neighbourIds", "must not hold the row itself");
  }

  @Override
  public String toString() {
    return "CoverageRow[" + label() + ", " + organizationCount() + " organizations]";
  }
}
