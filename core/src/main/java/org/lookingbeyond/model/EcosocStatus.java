package org.lookingbeyond.model;

import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * Consultative status with the UN Economic and Social Council (resolution 1996/31): its category, its
 * state and the year it was granted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class EcosocStatus {

  EcosocStatus() {}

  /**
   * The category of consultative status.
   *
   * @since 0.1.0
   */
  public enum Category {
    /** General consultative status (formerly Category I); the only one that may address meetings. */
    GENERAL,
    /** Special consultative status (formerly Category II). */
    SPECIAL,
    /** Roster status. */
    ROSTER
  }

  /**
   * The state of the status (resolution 2008/4: a missed quadrennial report brings a suspension, then
   * withdrawal).
   *
   * @since 0.1.0
   */
  public enum State {
    /** In force. */
    ACTIVE,
    /** Suspended, usually for one year after a missed quadrennial report. */
    SUSPENDED,
    /** Withdrawn. */
    WITHDRAWN
  }

  /**
   * Creates a status.
   *
   * @param category the category
   * @param state the state
   * @param yearGranted the year the status was granted (1946 or later)
   * @return the status
   * @throws org.lookingbeyond.InvalidValueException if the year is before 1946
   * @since 0.1.0
   */
  public static EcosocStatus of(Category category, State state, int yearGranted) {
    return ImmutableEcosocStatus.of(category, state, yearGranted);
  }

  /**
   * The category.
   *
   * @return the category
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract Category category();

  /**
   * The state.
   *
   * @return the state
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract State state();

  /**
   * The year the status was granted.
   *
   * @return the year
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract int yearGranted();

  /**
   * Whether the status is in force.
   *
   * @return true if the state is {@link State#ACTIVE}
   * @since 0.1.0
   */
  public boolean isActive() {
    return state() == State.ACTIVE;
  }

  @Value.Check
  void check() {
    Checks.require(yearGranted() >= 1946, "EcosocStatus", null, "yearGranted", "must be 1946 or later: %d",
        yearGranted());
  }
}
