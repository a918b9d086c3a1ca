package org.lookingbeyond.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.registry.Registry;

/**
 * The outcome of reading a registry document without throwing: either the document, or every problem
 * that kept it from being read. Never both, never neither. It is to
 * {@link LookingBeyondJson#readRegistry(java.nio.file.Path)} what
 * {@link org.lookingbeyond.registry.Validation} is to {@link Registry.Builder#build()}.
 *
 * <pre>{@code
 * RegistryReading reading = json.tryReadRegistry(Path.of("registry.json"));
 * if (reading.isValid()) {
 *   Registry registry = reading.registry().orElseThrow();
 * } else {
 *   reading.problems().forEach(p -> log.warn("{}", p));   // 12:7 /organizations/3/id DUPLICATE_ID: ...
 * }
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class RegistryReading {
  private final String documentName;
  private final Optional<RegistryDocument> document;
  private final List<JsonProblem> problems;
  private final @Nullable Throwable cause;

  private RegistryReading(String documentName, Optional<RegistryDocument> document, List<JsonProblem> problems,
      @Nullable Throwable cause) {
    this.documentName = documentName;
    this.document = document;
    this.problems = List.copyOf(problems);
    this.cause = cause;
  }

  static RegistryReading of(String documentName, RegistryDocument document) {
    return new RegistryReading(documentName, Optional.of(document), List.of(), null);
  }

  static RegistryReading failed(String documentName, List<JsonProblem> problems, @Nullable Throwable cause) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed reading has at least one problem");
    }
    return new RegistryReading(documentName, Optional.empty(), problems, cause);
  }

  /**
   * Whether the document was read.
   *
   * @return true if there is a document
   * @since 0.1.0
   */
  public boolean isValid() {
    return document.isPresent();
  }

  /**
   * The problems, in document order: by line, column, pointer, then code.
   *
   * @return the problems; empty when the document was read
   * @since 0.1.0
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * The document read, with the unknown members kept.
   *
   * @return the document, or empty when there are problems
   * @since 0.1.0
   */
  public Optional<RegistryDocument> document() {
    return document;
  }

  /**
   * The registry read.
   *
   * @return the registry, or empty when there are problems
   * @since 0.1.0
   */
  public Optional<Registry> registry() {
    return document.map(RegistryDocument::registry);
  }

  /**
   * The name of the document, such as its file name, as messages give it.
   *
   * @return the name
   * @since 0.1.0
   */
  public String documentName() {
    return documentName;
  }

  /**
   * The document, or the exception {@link LookingBeyondJson#readRegistry(java.nio.file.Path)} would have
   * thrown.
   *
   * @return the document
   * @throws JsonDocumentException listing every problem, with the I/O failure as its cause for a document
   *     that could not be read
   * @since 0.1.0
   */
  public RegistryDocument orElseThrow() {
    return document.orElseThrow(() -> new JsonDocumentException(documentName, problems, cause));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryReading && documentName.equals(((RegistryReading) o).documentName)
        && document.equals(((RegistryReading) o).document) && problems.equals(((RegistryReading) o).problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentName, document, problems);
  }

  @Override
  public String toString() {
    return "RegistryReading[" + documentName + ", "
        + document.map(d -> d.registry().toString()).orElse(problems.size() + " problems") + "]";
  }
}
