package org.lookingbeyond.coverage;

import java.util.List;

/** One RFC 4180 record per cell; see {@link CoverageRenderer#csv()}. */
final class CsvRenderer implements CoverageRenderer {
  static final CsvRenderer INSTANCE = new CsvRenderer();
  static final List<String> HEADER = List.of("row_id", "row_name", "column_id", "column_name", "pillar_id", "csos",
      "engaged_csos", "rlos", "participations", "status", "threshold_name", "threshold", "organization_ids");
  private static final String CRLF = "\r\n";
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private CsvRenderer() {}

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String render(CoverageReport report) {
    StringBuilder out = new StringBuilder();
    record(out, HEADER);
    int columns = report.columns().size();
    for (int i = 0; i < report.cells().size(); i++) {
      CoverageCell cell = report.cells().get(i);
      CoverageRow row = report.rows().get(i / columns);
      CoverageColumn column = report.columns().get(i % columns);
      record(out, List.of(row.id(), row.name(), column.id(), column.name(), column.pillarId(),
          Integer.toString(cell.csoCount()), Integer.toString(cell.engagedCount()), Integer.toString(cell.rloCount()),
          Integer.toString(cell.participations()), cell.status().name(), cell.thresholdName(),
          Integer.toString(cell.threshold()), String.join(";", cell.organizationIds())));
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

  /**
   * Quotes a field that holds a comma, a quote or a line break, doubling its quotes (RFC 4180, 2.6-2.7).
   * A text field starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
   * would be run as a formula by a spreadsheet: it is prefixed with {@code '} and quoted, as OWASP
   * recommends against CSV injection. Numbers (such as {@code -2} or {@code -0.5}) are left as they are.
   */
  static String field(String value) {
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
    String text = formula ? "'" + value : value;
    boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
