package org.lookingbeyond.coverage;

import java.util.List;
import org.lookingbeyond.internal.CsvOut;

/** One RFC 4180 record per cell; see {@link CoverageRenderer#csv()}. */
final class CsvRenderer implements CoverageRenderer {
  static final CsvRenderer INSTANCE = new CsvRenderer();
  static final List<String> HEADER = List.of("row_id", "row_name", "column_id", "column_name", "pillar_id", "csos",
      "engaged_csos", "rlos", "participations", "status", "threshold_name", "threshold", "organization_ids");

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
    CsvOut.record(out, HEADER);
    int columns = report.columns().size();
    for (int i = 0; i < report.cells().size(); i++) {
      CoverageCell cell = report.cells().get(i);
      CoverageRow row = report.rows().get(i / columns);
      CoverageColumn column = report.columns().get(i % columns);
      CsvOut.record(out, List.of(row.id(), row.name(), column.id(), column.name(), column.pillarId(),
          Integer.toString(cell.csoCount()), Integer.toString(cell.engagedCount()), Integer.toString(cell.rloCount()),
          Integer.toString(cell.participations()), cell.status().name(), cell.thresholdName(),
          Integer.toString(cell.threshold()), String.join(";", cell.organizationIds())));
    }
    return out.toString();
  }
}
