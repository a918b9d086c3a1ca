package org.lookingbeyond.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 records for the library's CSV renderers, safe to open in a spreadsheet.
 *
 * @since 0.1.0
 */
public final class CsvOut {
  private static final String CRLF = "\r\n";
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private CsvOut() {}

  /**
   * Appends one record: its fields, each through {@link #field(String)}, separated by commas and ended by
   * CRLF.
   *
   * @param out where to append
   * @param fields the record's fields
   * @since 0.1.0
   */
  public static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  /**
   * Quotes a field that holds a comma, a quote or a line break, doubling its quotes (RFC 4180, 2.6-2.7).
   * A text field starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
   * would be run as a formula by a spreadsheet: it is prefixed with {@code '} and quoted, as OWASP
   * recommends against CSV injection. Numbers (such as {@code -2} or {@code -0.5}) are left as they are.
   *
   * @param value the field's text
   * @return the field as written
   * @since 0.1.0
   */
  public static String field(String value) {
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
    String text = formula ? "'" + value : value;
    boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
