package org.lookingbeyond;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The base of every exception the library throws for a reason of its own: input that cannot be read
 * or does not fit together, a value that breaks an invariant of its type, an id that the reference
 * data or the registry does not know. Catching it catches them all; {@link #problems()} says what is
 * wrong, where and why, one {@link Problem} each.
 *
 * <p>Messages stay bounded: an exception lists at most {@value #MAX_LISTED_PROBLEMS} problems in its
 * message, then how many more there are; {@link #problems()} always holds every one.
 *
 * <p>What stays outside the family: {@link NullPointerException} for a {@code null} argument,
 * {@link IllegalStateException} from a generated value builder when a required attribute was not set, and
 * {@link java.io.UncheckedIOException} when writing to a file or stream fails. Reading is inside it: a file
 * or stream that cannot be read is one problem naming the file and why, with the
 * {@link java.io.IOException} as the cause.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JSpecify's @Nullable, a compile-time-only module, is in signatures
public abstract class LookingBeyondException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems an exception's message lists; {@link #problems()} holds them all. */
  public static final int MAX_LISTED_PROBLEMS = 20;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, where and why
   * @since 0.1.0
   */
  protected LookingBeyondException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what is wrong, where and why
   * @param cause the underlying failure, such as an {@link java.io.IOException}, or null
   * @since 0.1.0
   */
  protected LookingBeyondException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Every problem found, in a stable order (each subclass says which); never empty.
   *
   * @return the problems
   * @since 0.1.0
   */
  public abstract List<? extends Problem> problems();

  /**
   * A bounded listing of problems for a message: {@code "3 problems in the registry:"} followed by one
   * indented line per problem, at most {@value #MAX_LISTED_PROBLEMS} of them, then
   * {@code "... and K more"}.
   *
   * @param subject what the problems are in, such as {@code "the registry"}
   * @param problems the problems; each is listed by its {@code toString()}
   * @return the text
   * @since 0.1.0
   */
  protected static String listing(String subject, List<? extends Problem> problems) {
    StringBuilder sb = new StringBuilder().append(problems.size())
        .append(problems.size() == 1 ? " problem in " : " problems in ").append(subject).append(':');
    int listed = Math.min(problems.size(), MAX_LISTED_PROBLEMS);
    for (int i = 0; i < listed; i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > listed) {
      sb.append("\n  ... and ").append(problems.size() - listed).append(" more (see problems())");
    }
    return sb.toString();
  }
}
