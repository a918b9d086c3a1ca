package org.lookingbeyond.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.LookingBeyondException;

/**
 * Thrown when reference data cannot be read or does not fit together. It carries every problem found,
 * each with its table and location, not just the first; a table that cannot be read at all carries one
 * {@link TableProblem.Code#UNREADABLE} problem saying why, with the {@link java.io.IOException} as the
 * cause.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JSpecify's @Nullable, a compile-time-only module, is in signatures
public final class ReferenceDataException extends LookingBeyondException {
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
    this(problems, null);
  }

  /**
   * Creates the exception with a cause, such as the {@link java.io.IOException} that kept a table from
   * being read.
   *
   * @param problems the problems found; at least one
   * @param cause the underlying failure, or null
   * @since 0.1.0
   */
  public ReferenceDataException(List<TableProblem> problems, @Nullable Throwable cause) {
    super(listing("reference data", problems), cause);
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems
   * @since 0.1.0
   */
  @Override
  public List<TableProblem> problems() {
    return problems;
  }
}
