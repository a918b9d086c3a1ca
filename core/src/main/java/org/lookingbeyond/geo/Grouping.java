package org.lookingbeyond.geo;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A named set of countries outside the M49 hierarchy, such as the area of a UNODC field office or a UN
 * regional group. Groupings may overlap each other and cut across M49 regions.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Grouping {

  Grouping() {}

  /**
   * Returns a builder of groupings.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Grouping} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGrouping.Builder {
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
   * The grouping's identifier, unique among all groupings of a geography, such as {@code "ROEA"} or
   * {@code "UNRG-AFRICAN"}.
   *
   * @return the identifier
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * What the grouping stands for.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract GroupingKind kind();

  /**
   * The ISO 3166-1 alpha-2 codes of the member countries, in code order. May be empty (a liaison office
   * covers no country).
   *
   * @return the members' alpha-2 codes
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> members();

  /**
   * Where the membership comes from.
   *
   * @return the source, or empty for a grouping without one
   * @since 0.1.0
   */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Grouping", "id");
    Checks.nonBlank(name(), "Grouping", "name");
    members().forEach(m -> Checks.alpha2(m, "Grouping", id(), "members"));
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }
}
