package org.lookingbeyond.registry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Registry.Builder#build()} when records do not form a valid registry. It carries
 * every problem found, each naming the record and field.
 *
 * @since 0.1.0
 */
public final class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in a stable order. */
  private final transient List<RegistryProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems; at least one
   * @since 0.1.0
   */
  public RegistryException(List<RegistryProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the registry:\n  "
        + problems.stream().map(RegistryProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems
   * @since 0.1.0
   */
  public List<RegistryProblem> problems() {
    return problems;
  }
}
