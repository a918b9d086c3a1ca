package org.lookingbeyond.reference;

import java.util.List;
import org.immutables.value.Value;

/**
 * The rows of a reference table read from CSV, with where they come from.
 *
 * @param <T> the row type
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Table<T> {

  Table() {}

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
    return ImmutableTable.of(info, rows);
  }

  /**
   * Where the rows come from.
   *
   * @return the table's description
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract TableInfo info();

  /**
   * The rows, in the order of the file.
   *
   * @return the rows
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract List<T> rows();
}
