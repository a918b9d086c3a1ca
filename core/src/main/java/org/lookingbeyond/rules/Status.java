package org.lookingbeyond.rules;

/**
 * The outcome of one rule for one subject.
 *
 * @since 0.1.0
 */
public enum Status {
  /** The criterion holds. */
  PASS,
  /** The criterion does not hold. */
  FAIL,
  /** A fact the criterion needs is missing; the outcome names it. */
  UNKNOWN,
  /** The rule's applicability condition does not hold, so the rule was not applied. */
  NOT_APPLICABLE;

  static final byte P = 0;
  static final byte F = 1;
  static final byte U = 2;
  static final byte NA = 3;

  static Status of(byte code) {
    return values()[code];
  }
}
