package org.lookingbeyond.model;

/**
 * How an organization took part in a session, or that it registered to take part in one.
 *
 * @since 0.1.0
 */
public enum ParticipationKind {
  /** Attended. */
  ATTENDED,
  /** Delivered an oral statement. */
  ORAL_STATEMENT,
  /** Submitted a written statement. */
  WRITTEN_STATEMENT,
  /** Organized a side event. */
  SIDE_EVENT,
  /**
   * Registered (pre-registered or accredited) to take part; attendance is not recorded (yet). A
   * registration is not a participation: engagement tiers and coverage do not count it; stakeholder
   * urgency reads it for sessions about to start.
   */
  REGISTERED;

  /**
   * Whether this kind records taking part: attending, a statement or a side event; not a registration.
   *
   * @return false for {@link #REGISTERED} only
   * @since 0.1.0
   */
  public boolean tookPart() {
    return this != REGISTERED;
  }

  /**
   * Whether this kind is a contribution beyond attending: a statement or a side event.
   *
   * @return true for a statement or a side event
   * @since 0.1.0
   */
  public boolean isContribution() {
    return this == ORAL_STATEMENT || this == WRITTEN_STATEMENT || this == SIDE_EVENT;
  }
}
