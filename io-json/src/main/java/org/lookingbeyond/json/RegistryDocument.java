package org.lookingbeyond.json;

import java.util.Objects;
import org.lookingbeyond.registry.Registry;

/**
 * A registry as a JSON document holds it: the registry, and the members the format does not define
 * that were kept when the document was read (see {@link UnknownFields}).
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class RegistryDocument {
  private final Registry registry;
  private final UnknownFields unknownFields;

  private RegistryDocument(Registry registry, UnknownFields unknownFields) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
  }

  /**
   * A document holding a registry and no unknown members.
   *
   * @param registry the registry
   * @return the document
   * @since 0.1.0
   */
  public static RegistryDocument of(Registry registry) {
    return new RegistryDocument(registry, UnknownFields.none());
  }

  /**
   * A document holding a registry and unknown members to write back with it.
   *
   * @param registry the registry
   * @param unknownFields the unknown members, usually from an earlier read
   * @return the document
   * @since 0.1.0
   */
  public static RegistryDocument of(Registry registry, UnknownFields unknownFields) {
    return new RegistryDocument(registry, unknownFields);
  }

  /**
   * The registry.
   *
   * @return the registry
   * @since 0.1.0
   */
  public Registry registry() {
    return registry;
  }

  /**
   * The members the format does not define, kept from the document read.
   *
   * @return the unknown members; empty for a document read in strict mode or built in Java
   * @since 0.1.0
   */
  public UnknownFields unknownFields() {
    return unknownFields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryDocument && registry.equals(((RegistryDocument) o).registry)
        && unknownFields.equals(((RegistryDocument) o).unknownFields);
  }

  @Override
  public int hashCode() {
    return registry.hashCode() * 31 + unknownFields.hashCode();
  }

  @Override
  public String toString() {
    return "RegistryDocument[" + registry + ", " + unknownFields + "]";
  }
}
