package org.lookingbeyond.reference;

import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.Problem;

/**
 * One problem found in reference data: which table, where in it (line and column, or the record's id
 * and field for a problem between tables), and why.
 *
 * @since 0.1.0
 */
@Value.Immutable
// Problem#code() is covariantly overridden: copying from a plain Problem cannot take the code.
@SuppressWarnings({"exports", "immutables:from"})
public abstract class TableProblem implements Problem {

  TableProblem() {}

  /**
   * The kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Code {
    /** The table cannot be read at all: no such file, access denied, an I/O error. */
    UNREADABLE,
    /** The text is not well-formed CSV (an unclosed quote, for example). */
    SYNTAX,
    /** The header lacks a column the table needs; no row is read. */
    MISSING_COLUMN,
    /** A required value is empty. */
    MISSING_VALUE,
    /** A value has not the form its column needs, or breaks an invariant of the record it builds. */
    INVALID_VALUE,
    /** An id given on two rows of a table. */
    DUPLICATE_ID,
    /** Tables that do not fit together: a record names one no other table has, or clashes with one. */
    INCONSISTENT
  }

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
   * The kind of problem; {@link Code#INVALID_VALUE} unless set.
   *
   * @return the code
   * @since 0.1.0
   */
  @Override
  @Value.Default
  public Code code() {
    return Code.INVALID_VALUE;
  }

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
  @Override
  public abstract String message();

  /**
   * Where the problem is: {@code table:line:column [record id] field}, leaving out what is absent.
   *
   * @return the location
   * @since 0.1.0
   */
  @Override
  public String location() {
    StringBuilder sb = new StringBuilder(table());
    if (line() > 0) {
      sb.append(':').append(line());
      if (column() > 0) {
        sb.append(':').append(column());
      }
    }
    recordId().ifPresent(id -> sb.append(" [").append(id).append(']'));
    field().ifPresent(f -> sb.append(' ').append(f));
    return sb.toString();
  }

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
