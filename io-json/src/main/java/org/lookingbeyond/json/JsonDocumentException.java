package org.lookingbeyond.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read: it carries every problem found, each with its JSON
 * pointer, line, column, code and message. Nothing read from the document is returned alongside it.
 *
 * @since 0.1.0
 */
public final class JsonDocumentException extends RuntimeException {
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
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + document + ":\n  "
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n  ")));
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
  public List<JsonProblem> problems() {
    return problems;
  }
}
