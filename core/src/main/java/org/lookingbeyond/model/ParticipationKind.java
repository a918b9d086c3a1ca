package org.lookingbeyond.model;

/**
 * How an organization took part in a session.
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
  SIDE_EVENT;

  /**
   * Whether this kind is a contribution beyond attending: a statement or a side event.
   *
   * @return true for a statement or a side event
   * @since 0.1.0
   */
  public boolean isContribution() {
    return this != ATTENDED;
  }
}
