package org.lookingbeyond.reference;

import java.util.List;

/**
 * The rows of a reference table read from CSV, with where they come from.
 *
 * @param <T> the row type
 * @param info where the rows come from
 * @param rows the rows, in the order of the file
 * @since 0.1.0
 */
public record Table<T>(TableInfo info, List<T> rows) {

  /**
   * Creates a table; the rows are copied.
   *
   * @param info where the rows come from
   * @param rows the rows
   * @since 0.1.0
   */
  public Table {
    rows = List.copyOf(rows);
  }

  /**
   * Creates a table.
   *
   * @param <T> the row type
   * @param info where the rows come from
   * @param rows the rows
   * @return the table
   * @since 0.1.0
   */
  public static <T> Table<T> of(TableInfo info, List<T> rows) {
    return new Table<>(info, rows);
  }
}
