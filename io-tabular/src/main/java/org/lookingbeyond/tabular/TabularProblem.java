package org.lookingbeyond.tabular;

import java.util.Objects;
import java.util.Optional;
import org.lookingbeyond.Problem;
import org.lookingbeyond.registry.RegistryProblem;

/**
 * A problem found in a spreadsheet, located as a person finds it: the file, the row number as the
 * spreadsheet shows it (the header is row 1), the column letter and its header, and an escaped excerpt of
 * the value (never the value of a contact column).
 *
 * <p>A file-level problem (a file that cannot be read) has row 0 and an empty column; a problem with the
 * header row has row 1.
 *
 * @param code the kind of problem
 * @param file the file name, such as {@code organizations.csv}
 * @param row the row number as the spreadsheet shows it, 1 for the header, 0 for the whole file
 * @param column the column letter, such as {@code C}, or empty for a whole row or file
 * @param header the column's header, or empty for a whole row or file
 * @param value an escaped excerpt of the cell's value, or empty
 * @param registryCode the registry's own code when the registry's validation found the problem
 * @param message what is wrong and why
 * @since 0.1.0
 */
public record TabularProblem(Code code, String file, int row, String column, String header, String value,
    Optional<RegistryProblem.Code> registryCode, String message) implements Problem {

  /**
   * The kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Code {
    /** The file cannot be read, or is not valid CSV. */
    UNREADABLE_FILE,
    /** The folder holds none of the expected files. */
    NO_RECORD_FILE,
    /** A required column is not in the header row. */
    MISSING_COLUMN,
    /** A header appears twice in one file. */
    DUPLICATE_COLUMN,
    /** A column no record type defines, refused in strict mode. */
    UNKNOWN_COLUMN,
    /** A required cell is empty. */
    MISSING_VALUE,
    /** A cell's text is not a value of its column's type. */
    INVALID_VALUE,
    /** A row's cells are each valid but together do not make a record. */
    INVALID_RECORD,
    /** The registry's validation found the problem (see {@link TabularProblem#registryCode()}). */
    REGISTRY
  }

  /**
   * Checks that no component is null.
   *
   * @param code the kind of problem
   * @param file the file name
   * @param row the row number as the spreadsheet shows it
   * @param column the column letter, or empty
   * @param header the column's header, or empty
   * @param value an escaped excerpt of the value, or empty
   * @param registryCode the registry's code, when its validation found the problem
   * @param message what is wrong and why
   * @since 0.1.0
   */
  public TabularProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(registryCode, "registryCode");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The file, row and column: {@code organizations.csv row 3, column D (type)}.
   *
   * @return the location
   * @since 0.1.0
   */
  @Override
  public String location() {
    StringBuilder sb = new StringBuilder(file);
    if (row > 0) {
      sb.append(" row ").append(row);
    }
    if (!column.isEmpty()) {
      sb.append(", column ").append(column).append(" (").append(header).append(')');
    }
    return sb.toString();
  }

  /**
   * The location, the value when there is one, and the message.
   *
   * @return the text
   * @since 0.1.0
   */
  @Override
  public String toString() {
    String shown = value.isEmpty() ? "" : " '" + value + "'";
    return code + " at " + location() + shown + ": " + message;
  }
}
