package org.lookingbeyond.model;

/**
 * A due-diligence finding that may be unknown: unknown is not the same as no, and rules that read a
 * flag report an unknown one as missing data rather than as a pass.
 *
 * @since 0.1.0
 */
public enum Flag {
  /** Known to hold. */
  YES,
  /** Known not to hold. */
  NO,
  /** Not assessed or not known. */
  UNKNOWN;

  /**
   * Whether the finding is known.
   *
   * @return true for {@link #YES} and {@link #NO}
   * @since 0.1.0
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
