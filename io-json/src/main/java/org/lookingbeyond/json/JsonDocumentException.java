package org.lookingbeyond.json;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.LookingBeyondException;

/**
 * Thrown when a JSON document cannot be read: it carries every problem found, each with its JSON
 * pointer, line, column, code and message. Nothing read from the document is returned alongside it.
 * A document that cannot be read at all (no such file, access denied, a directory, an I/O error) gives
 * one {@link JsonProblem.Code#UNREADABLE} problem naming the file and the reason, with the
 * {@link java.io.IOException} as the cause.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JSpecify's @Nullable, a compile-time-only module, is in signatures
public final class JsonDocumentException extends LookingBeyondException {
  private static final long serialVersionUID = 1L;

  /** The document's name, such as a file name, for messages. */
  private final String document;

  /** The problems, in document order. */
  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param document the document's name, such as a file name
   * @param problems the problems; at least one
   * @since 0.1.0
   */
  public JsonDocumentException(String document, List<JsonProblem> problems) {
    this(document, problems, null);
  }

  /**
   * Creates the exception with a cause, such as the {@link java.io.IOException} that kept the document
   * from being read.
   *
   * @param document the document's name, such as a file name
   * @param problems the problems; at least one
   * @param cause the underlying failure, or null
   * @since 0.1.0
   */
  public JsonDocumentException(String document, List<JsonProblem> problems, @Nullable Throwable cause) {
    super(listing(document, problems), cause);
    this.document = document;
    this.problems = List.copyOf(problems);
  }

  /**
   * The name of the document.
   *
   * @return the name
   * @since 0.1.0
   */
  public String document() {
    return document;
  }

  /**
   * Every problem found, in document order.
   *
   * @return the problems
   * @since 0.1.0
   */
  @Override
  public List<JsonProblem> problems() {
    return problems;
  }
}
