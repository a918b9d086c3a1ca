package org.lookingbeyond.reference;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a reference table comes from: its name, source and as-of date, as its header states them.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TableInfo {

  TableInfo() {}

  /**
   * Returns a builder of table descriptions.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link TableInfo} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTableInfo.Builder {
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
   * The table's name, such as {@code "countries.csv"} or the name an integrator gave when reading it.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The source the table names.
   *
   * @return the source, or empty if the table names none
   * @since 0.1.0
   */
  public abstract Optional<String> source();

  /**
   * The as-of date (or period) the table names.
   *
   * @return the as-of text, or empty if the table names none
   * @since 0.1.0
   */
  public abstract Optional<String> asOf();

  /**
   * The licence of the data, where the table names one.
   *
   * @return the licence, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> licence();

  @Override
  public String toString() {
    return name() + " (source: " + source().orElse("not stated") + "; as of " + asOf().orElse("not stated") + ")";
  }
}
