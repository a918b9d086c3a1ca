package org.lookingbeyond.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy cannot be built; carries every problem found.
 *
 * @since 0.1.0
 */
public final class PolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

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
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in policy " + policy + ":\n  "
        + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems
   * @since 0.1.0
   */
  public List<PolicyProblem> problems() {
    return problems;
  }
}
