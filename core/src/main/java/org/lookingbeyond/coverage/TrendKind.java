package org.lookingbeyond.coverage;

/**
 * How the count of distinct CSOs of one cell changed from a baseline report to a current one.
 *
 * @since 0.1.0
 */
public enum TrendKind {
  /** No CSO in the baseline, at least one now. */
  GAINED,
  /** At least one CSO in the baseline, none now. */
  LOST,
  /** More CSOs now than in the baseline, which had at least one. */
  GREW,
  /** Fewer CSOs now than in the baseline, and at least one left. */
  SHRANK,
  /** The same count (organizations may still have entered and left in equal numbers). */
  UNCHANGED
}
