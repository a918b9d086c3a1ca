package org.lookingbeyond.rules;

/**
 * The type of a policy parameter.
 *
 * @since 0.1.0
 */
public enum ParameterType {
  /** A number ({@link Double}), such as an amount ceiling. */
  NUMBER,
  /** A whole number ({@link Integer}), such as a number of days. */
  INTEGER,
  /** A text ({@link String}), such as a currency code. */
  TEXT,
  /** A table from texts to credits between 0 and 1 ({@code Map<String, Double>}), for graded scores. */
  GRADES
}
