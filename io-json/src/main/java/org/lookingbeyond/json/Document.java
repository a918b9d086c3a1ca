package org.lookingbeyond.json;

import java.util.Objects;

/**
 * A value as a JSON document holds it: the value, and the members its format does not define that were
 * kept when it was read (see {@link UnknownFields}), so that writing it back loses nothing.
 *
 * @param <T> the value's type
 * @since 0.1.0
 */
public final class Document<T> {
  private final T value;
  private final UnknownFields unknownFields;

  private Document(T value, UnknownFields unknownFields) {
    this.value = Objects.requireNonNull(value, "value");
    this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
  }

  /**
   * A document holding a value and no unknown members.
   *
   * @param <T> the value's type
   * @param value the value
   * @return the document
   * @since 0.1.0
   */
  public static <T> Document<T> of(T value) {
    return new Document<>(value, UnknownFields.none());
  }

  /**
   * A document holding a value and unknown members to write back with it.
   *
   * @param <T> the value's type
   * @param value the value
   * @param unknownFields the unknown members
   * @return the document
   * @since 0.1.0
   */
  public static <T> Document<T> of(T value, UnknownFields unknownFields) {
    return new Document<>(value, unknownFields);
  }

  /**
   * The value.
   *
   * @return the value
   * @since 0.1.0
   */
  public T value() {
    return value;
  }

  /**
   * The members the format does not define, kept from the document read.
   *
   * @return the unknown members
   * @since 0.1.0
   */
  public UnknownFields unknownFields() {
    return unknownFields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document && value.equals(((Document<?>) o).value)
        && unknownFields.equals(((Document<?>) o).unknownFields);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unknownFields.hashCode();
  }

  @Override
  public String toString() {
    return "Document[" + value + ", " + unknownFields + "]";
  }
}
