package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.lookingbeyond.internal.Checks;

/**
 * A named, typed fact that rules read, such as {@code applicant.registrationDate}. A fact may be
 * missing for a subject; a criterion that needs a missing fact is {@link Status#UNKNOWN} and names it.
 *
 * @param <T> the Java type of the fact's values
 * @since 0.1.0
 */
public final class Fact<T> {
  private final String name;
  private final FactType type;
  private final String description;

  private Fact(String name, FactType type, String description) {
    Checks.require(name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*"), "Fact", null, "name",
        "must be dotted lower-camel-case words such as applicant.registrationDate: '%s'", name);
    Checks.nonBlank(description, "Fact", name, "description");
    this.name = name;
    this.type = type;
    this.description = description;
  }

  /**
   * A true-or-false fact.
   *
   * @param name the name, such as {@code applicant.isCso}
   * @param description what it means, for explanations and documentation
   * @return the fact
   * @since 0.1.0
   */
  public static Fact<Boolean> bool(String name, String description) {
    return new Fact<>(name, FactType.BOOLEAN, description);
  }

  /**
   * A numeric fact.
   *
   * @param name the name
   * @param description what it means
   * @return the fact
   * @since 0.1.0
   */
  public static Fact<Double> number(String name, String description) {
    return new Fact<>(name, FactType.NUMBER, description);
  }

  /**
   * A date fact.
   *
   * @param name the name
   * @param description what it means
   * @return the fact
   * @since 0.1.0
   */
  public static Fact<LocalDate> date(String name, String description) {
    return new Fact<>(name, FactType.DATE, description);
  }

  /**
   * A text fact.
   *
   * @param name the name
   * @param description what it means
   * @return the fact
   * @since 0.1.0
   */
  public static Fact<String> text(String name, String description) {
    return new Fact<>(name, FactType.TEXT, description);
  }

  /**
   * A fact whose value is a set of texts.
   *
   * @param name the name
   * @param description what it means
   * @return the fact
   * @since 0.1.0
   */
  public static Fact<Set<String>> textSet(String name, String description) {
    return new Fact<>(name, FactType.TEXT_SET, description);
  }

  /**
   * The name.
   *
   * @return the name
   * @since 0.1.0
   */
  public String name() {
    return name;
  }

  /**
   * The type.
   *
   * @return the type
   * @since 0.1.0
   */
  public FactType type() {
    return type;
  }

  /**
   * What the fact means.
   *
   * @return the description
   * @since 0.1.0
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact && name.equals(((Fact<?>) o).name) && type == ((Fact<?>) o).type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }

  /**
   * The name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
