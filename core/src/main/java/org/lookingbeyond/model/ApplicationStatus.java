package org.lookingbeyond.model;

/**
 * Where a seed-funding application stands.
 *
 * @since 0.1.0
 */
public enum ApplicationStatus {
  /** Submitted and not yet decided: pending. */
  SUBMITTED,
  /** Approved: a grant follows. */
  APPROVED,
  /** Rejected. */
  REJECTED,
  /** Withdrawn by the applicant. */
  WITHDRAWN;

  /**
   * Whether the application awaits a decision.
   *
   * @return true for {@link #SUBMITTED}
   * @since 0.1.0
   */
  public boolean isPending() {
    return this == SUBMITTED;
  }
}
