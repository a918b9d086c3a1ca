package org.lookingbeyond.registry;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of validating records: either a registry, or every problem that kept them from forming
 * one. Never both, never neither.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Validation {

  Validation() {}

  /**
   * The registry, when the records are valid.
   *
   * @return the registry, or empty when there are problems
   * @since 0.1.0
   */
  public abstract Optional<Registry> registry();

  /**
   * The problems, in a stable order: by record kind, record id, field and code.
   *
   * @return the problems; empty when valid
   * @since 0.1.0
   */
  public abstract List<RegistryProblem> problems();

  /**
   * Whether the records are valid.
   *
   * @return true if there is a registry
   * @since 0.1.0
   */
  public boolean isValid() {
    return registry().isPresent();
  }

  /**
   * The registry, or an exception listing every problem.
   *
   * @return the registry
   * @throws RegistryException if there are problems
   * @since 0.1.0
   */
  public Registry orElseThrow() {
    return registry().orElseThrow(() -> new RegistryException(problems()));
  }

  @Value.Check
  void check() {
    if (registry().isPresent() == !problems().isEmpty()) {
      throw new IllegalStateException("a validation holds a registry or problems, exactly one of them");
    }
  }
}
