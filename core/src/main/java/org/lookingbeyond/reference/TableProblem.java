package org.lookingbeyond.reference;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in reference data: which table, where in it (line and column, or the record's id
 * and field for a problem between tables), and why.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TableProblem {

  TableProblem() {}

  /**
   * Returns a builder of problems.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link TableProblem} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTableProblem.Builder {
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
   * The table's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String table();

  /**
   * The 1-based line, for a problem in a table's text.
   *
   * @return the line, or 0 for a problem between tables
   * @since 0.1.0
   */
  @Value.Default
  public int line() {
    return 0;
  }

  /**
   * The 1-based column, for a problem in a table's text.
   *
   * @return the column, or 0 where there is none
   * @since 0.1.0
   */
  @Value.Default
  public int column() {
    return 0;
  }

  /**
   * The id of the record concerned.
   *
   * @return the id, or empty where the record has none yet
   * @since 0.1.0
   */
  public abstract Optional<String> recordId();

  /**
   * The column or field concerned.
   *
   * @return the field's name, or empty for a problem with the whole row
   * @since 0.1.0
   */
  public abstract Optional<String> field();

  /**
   * What is wrong and why.
   *
   * @return the message
   * @since 0.1.0
   */
  public abstract String message();

  /**
   * The problem in one line: {@code table:line:column: [record id] field: message}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(table());
    if (line() > 0) {
      sb.append(':').append(line());
      if (column() > 0) {
        sb.append(':').append(column());
      }
    }
    sb.append(": ");
    recordId().ifPresent(id -> sb.append('[').append(id).append("] "));
    field().ifPresent(f -> sb.append(f).append(": "));
    return sb.append(message()).toString();
  }
}
