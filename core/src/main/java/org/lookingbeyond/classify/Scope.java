package org.lookingbeyond.classify;

import java.util.Optional;
import org.lookingbeyond.model.GeographicScope;

/**
 * The geographic scope a classification derives from an organization's operating countries through the
 * UN M49 hierarchy, or UNKNOWN when it lists none.
 *
 * @since 0.1.0
 */
public enum Scope {
  /** One country or area. */
  NATIONAL,
  /** Several countries, all (those M49 places in a region) in one M49 sub-region. */
  SUBREGIONAL,
  /** Several M49 sub-regions of one M49 region. */
  REGIONAL,
  /** Several M49 regions. */
  INTERNATIONAL,
  /**
   * No scope can be derived: the organization lists no operating country (or, in an integrator's
   * geography, none of its several countries lies in an M49 region).
   */
  UNKNOWN;

  /**
   * The scope as the model's {@link GeographicScope}, to compare with a declared one.
   *
   * @return the scope, or empty for {@link #UNKNOWN}
   * @since 0.1.0
   */
  public Optional<GeographicScope> asGeographicScope() {
    return this == UNKNOWN ? Optional.empty() : Optional.of(GeographicScope.valueOf(name()));
  }

  /**
   * The scope as a number, 1 for NATIONAL to 4 for INTERNATIONAL (the fact
   * {@link ClassificationFacts#SCOPE_LEVEL}).
   *
   * @return the level, or empty for {@link #UNKNOWN}
   * @since 0.1.0
   */
  public java.util.OptionalInt level() {
    return this == UNKNOWN ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(ordinal() + 1);
  }
}
