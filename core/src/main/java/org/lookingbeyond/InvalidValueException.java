package org.lookingbeyond;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value breaks an invariant of its type: a blank name, a malformed country code, an
 * amount that is not a number, a period that ends before it starts, settings that contradict each
 * other. Each problem names the type, the field and, where the value has one, its id
 * ({@code Organization[org-1].operatingCountries: must be an ISO 3166-1 alpha-2 code ...}).
 *
 * <p>Value types check their invariants when they are built ({@code X.builder()...build()},
 * {@code X.of(...)}); builders of whole data sets ({@code Geography}, {@code Taxonomy}) report every
 * problem they find in one exception.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JSpecify's @Nullable, a compile-time-only module, is in signatures
public final class InvalidValueException extends LookingBeyondException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  private final transient List<ValueProblem> problems;

  /**
   * Creates the exception for one problem.
   *
   * @param problem the problem
   * @since 0.1.0
   */
  public InvalidValueException(ValueProblem problem) {
    this(problem, null);
  }

  /**
   * Creates the exception for one problem with its cause (such as a {@link NumberFormatException}).
   *
   * @param problem the problem
   * @param cause the underlying failure, or null
   * @since 0.1.0
   */
  public InvalidValueException(ValueProblem problem, @Nullable Throwable cause) {
    super(problem.toString(), cause);
    this.problems = List.of(problem);
  }

  /**
   * Creates the exception for several problems of one value or data set.
   *
   * @param subject what the problems are in, such as {@code "the geography"}, for the message
   * @param problems the problems; at least one
   * @throws IllegalArgumentException if there is no problem
   * @since 0.1.0
   */
  public InvalidValueException(String subject, List<ValueProblem> problems) {
    super(listing(subject, requireSome(problems)));
    this.problems = List.copyOf(problems);
  }

  private static List<ValueProblem> requireSome(List<ValueProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one problem");
    }
    return problems;
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems, at least one
   * @since 0.1.0
   */
  @Override
  public List<ValueProblem> problems() {
    return problems;
  }
}
