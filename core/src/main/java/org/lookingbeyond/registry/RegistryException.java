package org.lookingbeyond.registry;

import java.util.List;
import org.lookingbeyond.LookingBeyondException;

/**
 * Thrown by {@link Registry.Builder#build()} when records do not form a valid registry. It carries
 * every problem found, each naming the record and field; the message lists the first
 * {@value LookingBeyondException#MAX_LISTED_PROBLEMS}.
 *
 * @since 0.1.0
 */
public final class RegistryException extends LookingBeyondException {
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
    super(listing("the registry", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, by record kind, record id, field and code.
   *
   * @return the problems
   * @since 0.1.0
   */
  @Override
  public List<RegistryProblem> problems() {
    return problems;
  }
}
