package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The type of a fact, which fixes the criteria that may read it.
 *
 * @since 0.1.0
 */
public enum FactType {
  /** True or false ({@link Boolean}). */
  BOOLEAN(Boolean.class),
  /** A number ({@link Double}). */
  NUMBER(Double.class),
  /** A calendar day ({@link LocalDate}). */
  DATE(LocalDate.class),
  /** A text such as a code ({@link String}). */
  TEXT(String.class),
  /** A set of texts such as thematic area ids ({@link Set} of {@link String}). */
  TEXT_SET(Set.class);

  private final Class<?> javaType;

  FactType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /**
   * The Java type of values of this fact type.
   *
   * @return the class
   * @since 0.1.0
   */
  public Class<?> javaType() {
    return javaType;
  }
}
