package org.lookingbeyond.reference;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when reference data cannot be read or does not fit together. It carries every problem found,
 * each with its table and location, not just the first.
 *
 * @since 0.1.0
 */
public final class ReferenceDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  private final transient List<TableProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found; at least one
   * @since 0.1.0
   */
  public ReferenceDataException(List<TableProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in reference data:\n  "
        + problems.stream().map(TableProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems
   * @since 0.1.0
   */
  public List<TableProblem> problems() {
    return problems;
  }
}
