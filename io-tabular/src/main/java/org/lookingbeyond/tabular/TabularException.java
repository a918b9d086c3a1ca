package org.lookingbeyond.tabular;

import java.util.List;
import org.lookingbeyond.LookingBeyondException;

/**
 * Spreadsheet files that do not make a valid registry; {@link #problems()} holds every problem, each
 * located by file, row and column.
 *
 * @since 0.1.0
 */
public final class TabularException extends LookingBeyondException {
  private static final long serialVersionUID = 1L;

  /** The problems; an immutable list of records. */
  @SuppressWarnings("serial") // List.copyOf is serializable; the records are not, and need not be
  private final List<TabularProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source the folder or file read, as the message names it
   * @param problems every problem, not empty
   * @since 0.1.0
   */
  public TabularException(String source, List<TabularProblem> problems) {
    super(listing(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a TabularException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem, in the order of the files and their rows.
   *
   * @return the problems
   * @since 0.1.0
   */
  @Override
  public List<TabularProblem> problems() {
    return problems;
  }
}
