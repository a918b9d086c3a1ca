package org.lookingbeyond.model;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * An umbrella network of civil society organizations, such as the Vienna NGO Committee on Drugs.
 * Networks are data: the library ships three defaults and an integrator may add others.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Network {

  Network() {}

  /**
   * Returns a builder of networks.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Network} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The network's id, such as {@code "VNGOC"}.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The network's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The acronym.
   *
   * @return the acronym, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> acronym();

  /**
   * The ids of the pillars or thematic areas the network's work concerns.
   *
   * @return the ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> focus();

  /**
   * The network's web site.
   *
   * @return the address, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> website();

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Network", "id");
    Checks.nonBlank(name(), "Network", id(), "name");
  }
}
