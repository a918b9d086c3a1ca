package org.lookingbeyond.rules;

import java.util.List;
import org.lookingbeyond.LookingBeyondException;

/**
 * Thrown when a policy cannot be built; carries every problem found, each naming the rule concerned.
 *
 * @since 0.1.0
 */
public final class PolicyException extends LookingBeyondException {
  private static final long serialVersionUID = 1L;

  /** The policy's id and version. */
  private final String policy;

  /** The problems. */
  private final transient List<PolicyProblem> problems;

  /**
   * Creates the exception.
   *
   * @param policy the policy's id and version, for the message
   * @param problems the problems; at least one
   * @since 0.1.0
   */
  public PolicyException(String policy, List<PolicyProblem> problems) {
    super(listing("policy " + policy, problems));
    this.policy = policy;
    this.problems = List.copyOf(problems);
  }

  /**
   * The policy's id and version, as the message names it.
   *
   * @return the policy
   * @since 0.1.0
   */
  public String policy() {
    return policy;
  }

  /**
   * Every problem found, in rule order.
   *
   * @return the problems
   * @since 0.1.0
   */
  @Override
  public List<PolicyProblem> problems() {
    return problems;
  }
}
