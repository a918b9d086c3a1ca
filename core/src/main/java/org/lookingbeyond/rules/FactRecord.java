package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.internal.Checks;

/**
 * The facts of one subject (such as one application), by the facts of a schema. A fact not set is
 * missing. Immutable once built.
 *
 * @since 0.1.0
 */
public final class FactRecord {
  private final FactSchema schema;
  private final Object[] values;

  private FactRecord(FactSchema schema, Object[] values) {
    this.schema = schema;
    this.values = values;
  }

  /**
   * Returns a builder over a schema.
   *
   * @param schema the schema
   * @return a new builder with every fact missing
   * @since 0.1.0
   */
  public static Builder builder(FactSchema schema) {
    return new Builder(schema);
  }

  /**
   * The schema.
   *
   * @return the schema
   * @since 0.1.0
   */
  public FactSchema schema() {
    return schema;
  }

  /**
   * The value of a fact.
   *
   * @param <T> the fact's Java type
   * @param fact the fact
   * @return the value, or empty if missing
   * @throws org.lookingbeyond.UnknownIdException if the schema has no such fact
   * @since 0.1.0
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(Fact<T> fact) {
    return Optional.ofNullable((T) values[schema.indexOf(fact.name())]);
  }

  Object[] values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactRecord && schema == ((FactRecord) o).schema
        && Arrays.equals(values, ((FactRecord) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /**
   * The facts set, by name; may include personal data only if the schema's facts do (the library's do not).
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FactRecord[");
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        sb.append(schema.facts().get(i).name()).append('=').append(Criteria.format(values[i])).append(' ');
      }
    }
    return sb.toString().strip() + "]";
  }

  /**
   * Sets facts one by one.
   *
   * @since 0.1.0
   */
  @SuppressWarnings("exports")
  public static final class Builder {
    private final FactSchema schema;
    private final Object[] values;

    private Builder(FactSchema schema) {
      this.schema = schema;
      this.values = new Object[schema.facts().size()];
    }

    /**
     * Sets a fact; an empty value leaves it missing.
     *
     * @param <T> the fact's Java type
     * @param fact the fact
     * @param value the value
     * @return this builder
     * @throws org.lookingbeyond.UnknownIdException if the schema has no such fact
     * @throws org.lookingbeyond.InvalidValueException if a number is not finite
     * @since 0.1.0
     */
    public <T> Builder set(Fact<T> fact, Optional<T> value) {
      return set(fact, value.orElse(null));
    }

    /**
     * Sets a fact; {@code null} leaves it missing.
     *
     * @param <T> the fact's Java type
     * @param fact the fact
     * @param value the value, or null for missing
     * @return this builder
     * @throws org.lookingbeyond.UnknownIdException if the schema has no such fact
     * @throws org.lookingbeyond.InvalidValueException if the fact has another type in the schema, or a number is not finite
     * @since 0.1.0
     */
    public <T> Builder set(Fact<T> fact, @org.jspecify.annotations.Nullable T value) {
      int i = schema.indexOf(fact.name());
      Checks.require(schema.facts().get(i).type() == fact.type(), "FactRecord", null, fact.name(),
          "is a %s in schema %s, not a %s", schema.facts().get(i).type(), schema.name(), fact.type());
      if (value instanceof Double) {
        Checks.require(Double.isFinite((Double) value), "FactRecord", null, fact.name(), "must be finite: %s", value);
      }
      values[i] = value instanceof Set ? sorted((Set<?>) value) : value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @since 0.1.0
     */
    public FactRecord build() {
      return new FactRecord(schema, values.clone());
    }
  }

  /** A set in a stable (sorted) order, so that facts read the same on every run. */
  static java.util.SortedSet<String> sorted(Set<?> values) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    values.forEach(v -> out.add(String.valueOf(v)));
    return java.util.Collections.unmodifiableSortedSet(out);
  }
}
