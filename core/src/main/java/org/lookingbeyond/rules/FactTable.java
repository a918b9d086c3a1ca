package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.lookingbeyond.internal.Checks;

/**
 * The facts of many subjects, stored by column (one primitive array per fact), for the bulk path of
 * {@link Evaluator#evaluateAll(FactTable, java.time.LocalDate)}: each rule then runs as one tight loop over a column. Missing
 * values are kept as a marker per type. Filled once, then read-only.
 *
 * @since 0.1.0
 */
public final class FactTable {
  static final byte MISSING = 2;
  static final long NO_DATE = Long.MIN_VALUE;

  private final FactSchema schema;
  private final String[] subjectIds;
  private final Object[] columns;

  private FactTable(FactSchema schema, int rows) {
    this.schema = schema;
    this.subjectIds = new String[rows];
    this.columns = new Object[schema.facts().size()];
    for (int i = 0; i < columns.length; i++) {
      switch (schema.facts().get(i).type()) {
        case BOOLEAN: {
          byte[] c = new byte[rows];
          Arrays.fill(c, MISSING);
          columns[i] = c;
          break;
        }
        case NUMBER: {
          double[] c = new double[rows];
          Arrays.fill(c, Double.NaN);
          columns[i] = c;
          break;
        }
        case DATE: {
          long[] c = new long[rows];
          Arrays.fill(c, NO_DATE);
          columns[i] = c;
          break;
        }
        case TEXT:
          columns[i] = new String[rows];
          break;
        default:
          columns[i] = new Object[rows];
      }
    }
  }

  /**
   * Creates a table of records, in order.
   *
   * @param schema the schema every record follows
   * @param subjectIds the subjects' ids, one per record
   * @param records the records
   * @return the table
   * @throws org.lookingbeyond.InvalidValueException if the lists differ in size or a record has another schema
   * @since 0.1.0
   */
  public static FactTable of(FactSchema schema, List<String> subjectIds, List<FactRecord> records) {
    Checks.require(subjectIds.size() == records.size(), "FactTable", null, "subjectIds",
        "%d subject ids for %d records", subjectIds.size(), records.size());
    FactTable t = new FactTable(schema, records.size());
    for (int row = 0; row < records.size(); row++) {
      FactRecord r = records.get(row);
      Checks.require(r.schema() == schema, "FactTable", null, "records", "record %d follows schema %s, not %s", row,
          r.schema().name(), schema.name());
      t.subjectIds[row] = subjectIds.get(row);
      Object[] v = r.values();
      for (int f = 0; f < v.length; f++) {
        t.put(f, row, v[f]);
      }
    }
    return t;
  }

  private void put(int fact, int row, Object value) {
    if (value == null) {
      return;
    }
    Object c = columns[fact];
    if (c instanceof byte[]) {
      ((byte[]) c)[row] = ((Boolean) value) ? (byte) 1 : (byte) 0;
    } else if (c instanceof double[]) {
      ((double[]) c)[row] = (Double) value;
    } else if (c instanceof long[]) {
      ((long[]) c)[row] = ((LocalDate) value).toEpochDay();
    } else {
      ((Object[]) c)[row] = value;
    }
  }

  /**
   * The number of rows.
   *
   * @return the rows
   * @since 0.1.0
   */
  public int size() {
    return subjectIds.length;
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
   * The subject id of a row.
   *
   * @param row the row
   * @return the id
   * @since 0.1.0
   */
  public String subjectId(int row) {
    return subjectIds[row];
  }

  /**
   * The facts of one row as a record.
   *
   * @param row the row
   * @return the record
   * @since 0.1.0
   */
  public FactRecord record(int row) {
    FactRecord.Builder b = FactRecord.builder(schema);
    for (int f = 0; f < columns.length; f++) {
      set(b, schema.facts().get(f), valueAt(f, row));
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void set(FactRecord.Builder b, Fact<T> fact, Object value) {
    b.set(fact, (T) value);
  }

  private Object valueAt(int fact, int row) {
    Object c = columns[fact];
    if (c instanceof byte[]) {
      byte x = ((byte[]) c)[row];
      return x == MISSING ? null : x == 1;
    }
    if (c instanceof double[]) {
      double x = ((double[]) c)[row];
      return Double.isNaN(x) ? null : x;
    }
    if (c instanceof long[]) {
      long x = ((long[]) c)[row];
      return x == NO_DATE ? null : LocalDate.ofEpochDay(x);
    }
    Object x = ((Object[]) c)[row];
    return x instanceof Set ? FactRecord.sorted((Set<?>) x) : x;
  }

  byte[] booleans(int fact) {
    return (byte[]) columns[fact];
  }

  double[] numbers(int fact) {
    return (double[]) columns[fact];
  }

  long[] dates(int fact) {
    return (long[]) columns[fact];
  }

  String[] texts(int fact) {
    return (String[]) columns[fact];
  }

  Object[] sets(int fact) {
    return (Object[]) columns[fact];
  }
}
