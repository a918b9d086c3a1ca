package org.lookingbeyond.tabular;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading spreadsheet files without throwing: either the document or every problem found.
 *
 * @param source the folder or file read, as messages name it
 * @param document the document, present when there is no problem
 * @param problems every problem in the order of the files and their rows; empty when the document is present
 * @since 0.1.0
 */
public record TabularReading(String source, Optional<TabularDocument> document, List<TabularProblem> problems) {

  /**
   * Copies the problems and checks that exactly one of document and problems is given.
   *
   * @param source the folder or file read
   * @param document the document, when there is no problem
   * @param problems every problem
   * @since 0.1.0
   */
  public TabularReading {
    problems = List.copyOf(problems);
    if (document.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a reading holds either a document or problems");
    }
  }

  /**
   * Whether the files made a valid registry.
   *
   * @return true when there is no problem
   * @since 0.1.0
   */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * The document, or an exception listing every problem.
   *
   * @return the document
   * @throws TabularException when there are problems
   * @since 0.1.0
   */
  public TabularDocument orElseThrow() {
    return document.orElseThrow(() -> new TabularException(source, problems));
  }
}
