package org.lookingbeyond.classify;

/**
 * How engaged an organization is, from its participation in sessions as of a date.
 *
 * @since 0.1.0
 */
public enum EngagementTier {
  /** Took part often and recently, with a statement or side event (by default 3 participations in 24 months). */
  CORE,
  /** Took part recently (by default at least one session in 24 months). */
  ACTIVE,
  /** Took part, but not recently. */
  LAPSED,
  /** Never took part. */
  PROSPECT
}
