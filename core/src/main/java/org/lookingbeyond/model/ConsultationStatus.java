package org.lookingbeyond.model;

/**
 * Where a regional consultation stands.
 *
 * @since 0.1.0
 */
public enum ConsultationStatus {
  /** Planned, not yet held. */
  PLANNED,
  /** Held. */
  HELD,
  /** Cancelled. */
  CANCELLED
}
