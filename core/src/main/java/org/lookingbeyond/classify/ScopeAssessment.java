package org.lookingbeyond.classify;

import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.model.GeographicScope;

/**
 * An organization's geographic scope, derived from its operating countries through the M49 hierarchy,
 * and how it compares with the scope the organization declares: a contradiction is reported, never
 * silently fixed (the derived scope is the one the rules read).
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ScopeAssessment {

  ScopeAssessment() {}

  /**
   * Returns a builder, for readers of stored scope assessments (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ScopeAssessment} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableScopeAssessment.Builder {
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
   * The derived scope.
   *
   * @return the scope; UNKNOWN when the organization lists no operating country
   * @since 0.1.0
   */
  public abstract Scope scope();

  /**
   * How the scope was derived (rule {@code scope.m49}): the countries, the M49 regions and sub-regions
   * they lie in, the countries M49 places in no region, and the missing fact for UNKNOWN.
   *
   * @return the finding
   * @since 0.1.0
   */
  public abstract Finding finding();

  /**
   * The scope the organization declares.
   *
   * @return the declared scope, or empty
   * @since 0.1.0
   */
  public abstract Optional<GeographicScope> declared();

  /**
   * Whether the declared scope contradicts the derived one (both known and different).
   *
   * @return true for a conflict
   * @since 0.1.0
   */
  public abstract boolean conflict();

  /**
   * The comparison of the declared and the derived scope (rule {@code scope.declared}): value CONFLICT,
   * CONSISTENT, NOT_DECLARED, or UNCHECKED when the derived scope is UNKNOWN.
   *
   * @return the finding
   * @since 0.1.0
   */
  public abstract Finding declaredCheck();

  @Value.Check
  void check() {
    Checks.require(!conflict() || declared().isPresent() && scope() != Scope.UNKNOWN
        && !scope().asGeographicScope().equals(declared()), "ScopeAssessment", null, "conflict",
        "needs a declared scope that differs from a known derived one: declared %s, derived %s", declared(),
        scope());
  }
}
