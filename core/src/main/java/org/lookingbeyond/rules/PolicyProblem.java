package org.lookingbeyond.rules;

import org.lookingbeyond.Problem;

/**
 * One problem that keeps a policy from being built.
 *
 * @param code the kind of problem
 * @param ruleId the rule concerned, or {@code "-"} for the policy as a whole
 * @param message what is wrong and why
 * @since 0.1.0
 */
public record PolicyProblem(Code code, String ruleId, String message) implements Problem {

  /**
   * The kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Code {
    /** Two rules share an id. */
    DUPLICATE_RULE_ID,
    /** Two parameters share a name. */
    DUPLICATE_PARAMETER,
    /** A criterion names a fact the schema does not have. */
    UNKNOWN_FACT,
    /** A criterion reads a fact of the wrong type. */
    FACT_TYPE_MISMATCH,
    /** A criterion names a parameter the policy does not have. */
    UNKNOWN_PARAMETER,
    /** A parameter has the wrong type for where it is used. */
    PARAMETER_TYPE_MISMATCH,
    /** A parameter's value is outside the range where it is used (such as years beyond 1000). */
    PARAMETER_OUT_OF_RANGE,
    /** A parameter the schema's domain needs (for fact extraction or allocation) is missing. */
    MISSING_PARAMETER,
    /** A parameter that no rule and nothing in the schema's domain uses. */
    UNUSED_PARAMETER,
    /** A rule repeats an earlier rule of the same kind, so it can never change a decision. */
    SHADOWED_RULE,
    /** A rule can never pass (or never apply): contradictory criteria or an empty range. */
    UNREACHABLE_RULE,
    /** Score weights are not positive or do not add up to 100, or a gate or advisory has a weight. */
    SCORE_WEIGHTS,
    /** A criterion kind used where it has no meaning (credits outside SCORE rules, an empty composite). */
    MISPLACED_CRITERION,
    /** The effective period ends before it starts. */
    INVALID_PERIOD
  }

  /**
   * Where the problem is: {@code rule G4}, or {@code policy} for the policy as a whole.
   *
   * @return the location
   * @since 0.1.0
   */
  @Override
  public String location() {
    return ruleId.equals("-") ? "policy" : "rule " + ruleId;
  }

  /**
   * The problem in one line: {@code CODE ruleId: message}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return code + " " + ruleId + ": " + message;
  }
}
