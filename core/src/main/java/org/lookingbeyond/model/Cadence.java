package org.lookingbeyond.model;

import java.time.Month;
import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * How often a governing body meets: every {@link #intervalYears()} years in {@link #month()}, in odd,
 * even or any years, with a reconvened session in {@link #reconvenedMonth()} where there is one. Used to
 * project future sessions, which are marked projected and carry a month but no invented dates.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Cadence {

  Cadence() {}

  /**
   * Which years a body meets in.
   *
   * @since 0.1.0
   */
  public enum YearParity {
    /** Every interval from the last session, whatever the year. */
    ANY,
    /** Odd years only. */
    ODD,
    /** Even years only. */
    EVEN;

    /**
     * Whether a year has this parity.
     *
     * @param year the year
     * @return true if the year qualifies
     * @since 0.1.0
     */
    public boolean admits(int year) {
      return this == ANY || (year % 2 != 0) == (this == ODD);
    }
  }

  /**
   * Returns a builder of cadences.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Cadence} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCadence.Builder {
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
   * Years between two regular sessions (1 for annual).
   *
   * @return the interval, from 1 to 100
   * @since 0.1.0
   */
  public abstract int intervalYears();

  /**
   * The month of the regular session.
   *
   * @return the month
   * @since 0.1.0
   */
  public abstract Month month();

  /**
   * Which years the body meets in.
   *
   * @return the parity; {@link YearParity#ANY} by default
   * @since 0.1.0
   */
  @Value.Default
  public YearParity yearParity() {
    return YearParity.ANY;
  }

  /**
   * The month of the reconvened session, for bodies that reconvene (CND and CCPCJ in December).
   *
   * @return the month, or empty
   * @since 0.1.0
   */
  public abstract Optional<Month> reconvenedMonth();

  @Value.Check
  void check() {
    Checks.require(intervalYears() >= 1 && intervalYears() <= 100, "Cadence", null, "intervalYears",
        "must be from 1 to 100: %d", intervalYears());
    Checks.require(yearParity() == YearParity.ANY || intervalYears() % 2 == 0, "Cadence", null, "yearParity",
        "a year parity of %s needs an even interval, not %d", yearParity(), intervalYears());
  }
}
