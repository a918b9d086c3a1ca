package org.lookingbeyond.rules;

/**
 * What a rule's outcome does to a decision.
 *
 * @since 0.1.0
 */
public enum RuleKind {
  /** Must pass: a failure makes the subject ineligible; an unknown outcome sends it to review. */
  GATE,
  /** Earns points towards the score (0-100) by its weight; ranks eligible subjects. */
  SCORE,
  /** A warning only: never changes the verdict or the score. */
  ADVISORY,
  /**
   * Decides a named attribute of the subject (such as a stakeholder's power): the outcome itself is the
   * result (PASS holds, FAIL does not, UNKNOWN names the missing facts), read by the domain that owns
   * the policy; it never changes the verdict or the score.
   */
  ATTRIBUTE
}
