package org.lookingbeyond.coverage;

import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * An organization that passed every filter but fits in no cell of the matrix, with why: it is reported,
 * never silently dropped.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class UnplaceableOrganization {

  UnplaceableOrganization() {}

  /**
   * Why an organization fits in no cell.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** It names no country it operates in. */
    NO_COUNTRIES,
    /** It names no thematic area it works on. */
    NO_THEMATIC_AREAS,
    /** None of its countries belongs to any row (such as Antarctica, or a country no field office covers). */
    COUNTRIES_OUTSIDE_EVERY_ROW
  }

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
   * A builder of {@link UnplaceableOrganization} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableUnplaceableOrganization.Builder {
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
   * The organization's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String organizationId();

  /**
   * The organization's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String organizationName();

  /**
   * Every reason that applies, in the order of {@link Reason}.
   *
   * @return the reasons, at least one
   * @since 0.1.0
   */
  public abstract List<Reason> reasons();

  /**
   * The organization's countries that no row holds, sorted.
   *
   * @return the alpha-2 codes; empty unless {@link Reason#COUNTRIES_OUTSIDE_EVERY_ROW} applies
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> countriesOutsideRows();

  /**
   * The reasons in one sentence, such as {@code "operates only in AQ, which no M49 sub-region holds"}.
   *
   * @return the explanation
   * @since 0.1.0
   */
  public abstract String message();

  @Value.Check
  void check() {
    Checks.nonBlank(organizationId(), "UnplaceableOrganization", "organizationId");
    Checks.require(!reasons().isEmpty(), "UnplaceableOrganization", organizationId(), "reasons", "must not be empty");
  }
}
