package org.lookingbeyond.classify;

import java.util.List;

/** One RFC 4180 record per organization; see {@link ClassificationRenderer#csv()}. */
final class CsvOutput implements ClassificationRenderer {
  static final CsvOutput INSTANCE = new CsvOutput();
  private static final String CRLF = "\r\n";

  private CsvOutput() {}

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String render(Classification c) {
    StringBuilder out = new StringBuilder();
    record(out, Rows.HEADER);
    for (int i = 0; i < c.size(); i++) {
      record(out, Rows.fields(c, i));
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  /** Quotes a field that holds a comma, a quote or a line break, doubling its quotes (RFC 4180, 2.6-2.7). */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
