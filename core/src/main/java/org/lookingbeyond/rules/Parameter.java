package org.lookingbeyond.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.lookingbeyond.internal.Checks;

/**
 * A named, typed value of a policy, such as {@code maxAmount = 20000}. Every number a policy uses is a
 * parameter, so that changing it is a new policy version, not a code change.
 *
 * @since 0.1.0
 */
public final class Parameter {
  private final String name;
  private final ParameterType type;
  private final Object value;
  private final String description;

  private Parameter(String name, ParameterType type, Object value, String description) {
    Checks.require(name.matches("[a-z][A-Za-z0-9]*"), "Parameter", null, "name", "must be a lower-camel-case word: '%s'",
        name);
    Checks.nonBlank(description, "Parameter", name, "description");
    this.name = name;
    this.type = type;
    this.value = value;
    this.description = description;
  }

  /**
   * A numeric parameter.
   *
   * @param name the name, such as {@code maxAmount}
   * @param value the value; finite
   * @param description what it means
   * @return the parameter
   * @throws org.lookingbeyond.InvalidValueException if the value is not finite
   * @since 0.1.0
   */
  public static Parameter number(String name, double value, String description) {
    Checks.require(Double.isFinite(value), "Parameter", name, "value", "must be finite: %s", value);
    return new Parameter(name, ParameterType.NUMBER, value == 0 ? 0.0 : value, description);
  }

  /**
   * A whole-number parameter.
   *
   * @param name the name, such as {@code minDaysAfterSession}
   * @param value the value
   * @param description what it means
   * @return the parameter
   * @since 0.1.0
   */
  public static Parameter integer(String name, int value, String description) {
    return new Parameter(name, ParameterType.INTEGER, value, description);
  }

  /**
   * A text parameter.
   *
   * @param name the name, such as {@code currency}
   * @param value the value
   * @param description what it means
   * @return the parameter
   * @since 0.1.0
   */
  public static Parameter text(String name, String value, String description) {
    return new Parameter(name, ParameterType.TEXT, value, description);
  }

  /**
   * A table of credits, from a text to a number between 0 and 1.
   *
   * @param name the name, such as {@code ecosocGrades}
   * @param grades the credit of each text
   * @param description what it means
   * @return the parameter
   * @throws org.lookingbeyond.InvalidValueException if a credit is outside [0, 1]
   * @since 0.1.0
   */
  public static Parameter grades(String name, Map<String, Double> grades, String description) {
    grades.forEach((k, v) -> Checks.require(v >= 0 && v <= 1, "Parameter", name, "value",
        "the credit of %s must be in [0, 1]: %s", k, v));
    return new Parameter(name, ParameterType.GRADES, Collections.unmodifiableMap(new TreeMap<>(grades)), description);
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
  public ParameterType type() {
    return type;
  }

  /**
   * The value: a {@link Double}, {@link Integer}, {@link String} or {@code Map<String, Double>} by type.
   *
   * @return the value
   * @since 0.1.0
   */
  public Object value() {
    return value;
  }

  /**
   * What the parameter means.
   *
   * @return the description
   * @since 0.1.0
   */
  public String description() {
    return description;
  }

  /**
   * The value as a number (for NUMBER and INTEGER parameters).
   *
   * @return the value
   * @throws IllegalStateException for a TEXT or GRADES parameter
   * @since 0.1.0
   */
  public double asNumber() {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    throw new IllegalStateException("parameter " + name + " is " + type + ", not a number");
  }

  /**
   * The value in its canonical text form: numbers without trailing zeros, grades as {@code {A=1, B=0.5}}.
   *
   * @return the text
   * @since 0.1.0
   */
  public String valueText() {
    return Criteria.format(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter && name.equals(((Parameter) o).name) && type == ((Parameter) o).type
        && value.equals(((Parameter) o).value) && description.equals(((Parameter) o).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, value);
  }

  @Override
  public String toString() {
    return name + " = " + valueText();
  }
}
