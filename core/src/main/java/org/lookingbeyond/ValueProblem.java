package org.lookingbeyond;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem with a value given to the library: a value that breaks an invariant of its type (a blank
 * name, a malformed country code, a period that ends before it starts), or an id that the reference
 * data or the registry does not know.
 *
 * @param code the kind of problem
 * @param type the value's type, such as {@code "Organization"}, or the kind of id, such as
 *     {@code "thematic area"}
 * @param id the id of the value (or the unknown id), where there is one
 * @param field the field concerned, where there is one
 * @param message what is wrong and why
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JSpecify's @Nullable, a compile-time-only module, is in signatures
public record ValueProblem(Code code, String type, Optional<String> id, Optional<String> field, String message)
    implements Problem {

  /**
   * The kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Code {
    /** A value breaks an invariant of its type: blank, malformed, out of range, or inconsistent. */
    INVALID_VALUE,
    /** An id that the reference data or the registry does not know. */
    UNKNOWN_ID
  }

  /**
   * Checks the components.
   *
   * @param code the kind of problem
   * @param type the value's type or the kind of id
   * @param id the id, where there is one
   * @param field the field, where there is one
   * @param message what is wrong and why
   * @since 0.1.0
   */
  public ValueProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A value that breaks an invariant of its type.
   *
   * @param type the value's type, such as {@code "Organization"}
   * @param id the value's id, or null for a value without one
   * @param field the field concerned, such as {@code "operatingCountries"}
   * @param message what is wrong and why
   * @return the problem
   * @since 0.1.0
   */
  public static ValueProblem invalid(String type, @Nullable String id, String field, String message) {
    return new ValueProblem(Code.INVALID_VALUE, type, Optional.ofNullable(id), Optional.of(field), message);
  }

  /**
   * Where the value is: {@code type[id].field}, leaving out what is absent.
   *
   * @return the location
   * @since 0.1.0
   */
  @Override
  public String location() {
    return type + id.map(i -> "[" + i + "]").orElse("") + field.map(f -> "." + f).orElse("");
  }

  /**
   * The problem in one line: {@code location: message}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
