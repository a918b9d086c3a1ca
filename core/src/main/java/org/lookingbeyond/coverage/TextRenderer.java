package org.lookingbeyond.coverage;

import java.util.ArrayList;
import java.util.List;

/** The aligned plain-text table; see {@link CoverageRenderer#text()}. */
final class TextRenderer implements CoverageRenderer {
  static final TextRenderer INSTANCE = new TextRenderer();
  private static final String NL = "\n";

  private TextRenderer() {}

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public String render(CoverageReport report) {
    StringBuilder out = new StringBuilder();
    out.append(Render.title(report)).append(NL);
    out.append("Counting: ").append(Render.filters(report)).append(NL);
    out.append("Cells: distinct CSOs; ! = GAP, ~ = WEAK (").append(Render.thresholds(report.settings())).append(')')
        .append(NL).append(NL);
    table(report, out);
    out.append(NL).append("Columns:").append(NL);
    List<String> codes = Render.shortCodes(report.columns());
    for (int c = 0; c < codes.size(); c++) {
      CoverageColumn column = report.columns().get(c);
      out.append("  ").append(pad(codes.get(c), width(codes))).append("  ").append(column.id()).append(": ")
          .append(column.name()).append(NL);
    }
    out.append(NL).append("Coverage: ").append(Render.coverage(report)).append(NL);
    out.append("Organizations: ").append(Render.organizations(report)).append(NL);
    out.append("Concentration of row totals across rows: ").append(Render.concentration(report.overallConcentration()))
        .append(NL);
    priorityGaps(report, out);
    if (!report.unplaceable().isEmpty()) {
      out.append(NL).append("Unplaceable organizations (").append(report.unplaceable().size()).append("):").append(NL);
      report.unplaceable().forEach(u -> out.append("  ").append(u.organizationId()).append(": ").append(u.message())
          .append(NL));
    }
    if (!report.countriesOutsideRows().isEmpty()) {
      out.append(NL).append("Countries outside every row: ").append(String.join(" ", report.countriesOutsideRows()))
          .append(NL);
    }
    if (!report.warnings().isEmpty()) {
      out.append(NL).append("Warnings:").append(NL);
      report.warnings().forEach(w -> out.append("  ").append(w).append(NL));
    }
    return out.toString();
  }

  private static void table(CoverageReport report, StringBuilder out) {
    List<String> codes = Render.shortCodes(report.columns());
    int columns = codes.size();
    List<String> labels = new ArrayList<>();
    report.rows().forEach(r -> labels.add(r.label()));
    String totalLabel = "Total (distinct)";
    int labelWidth = Math.max(Math.max(width(labels), totalLabel.length()), "Gini".length());
    // One character beyond the widest code, count or measure ("0.500") holds the gap and weak markers.
    int widest = Math.max(width(codes), 5) + 1;
    for (CoverageColumn c : report.columns()) {
      widest = Math.max(widest, Integer.toString(c.organizationCount()).length() + 1);
    }
    int cellWidth = widest;
    int totalWidth = Math.max("Total".length(), Integer.toString(report.placedOrganizations()).length());
    StringBuilder header = new StringBuilder(pad("", labelWidth));
    codes.forEach(code -> header.append(' ').append(alignRight(code + " ", cellWidth)));
    header.append(" | ").append(alignRight("Total", totalWidth));
    out.append(trimEnd(header)).append(NL);
    for (int r = 0; r < report.rows().size(); r++) {
      StringBuilder line = new StringBuilder(pad(labels.get(r), labelWidth));
      for (int c = 0; c < columns; c++) {
        CoverageCell cell = report.cells().get(r * columns + c);
        String marker = Render.marker(cell.status());
        // Counts align on their last digit; a marker takes the one character after it.
        line.append(' ').append(alignRight(cell.csoCount() + (marker.isEmpty() ? " " : marker), cellWidth));
      }
      line.append(" | ").append(alignRight(Integer.toString(report.rows().get(r).organizationCount()), totalWidth));
      out.append(line).append(NL);
    }
    StringBuilder rule = new StringBuilder();
    rule.append("-".repeat(labelWidth + columns * (cellWidth + 1) + 3 + totalWidth));
    out.append(rule).append(NL);
    StringBuilder totals = new StringBuilder(pad(totalLabel, labelWidth));
    report.columns().forEach(c -> totals.append(' ').append(alignRight(c.organizationCount() + " ", cellWidth)));
    totals.append(" | ").append(alignRight(Integer.toString(report.placedOrganizations()), totalWidth));
    out.append(totals).append(NL);
    StringBuilder hhi = new StringBuilder(pad("HHI", labelWidth));
    StringBuilder gini = new StringBuilder(pad("Gini", labelWidth));
    report.columns().forEach(c -> {
      hhi.append(' ').append(alignRight(measure(c.concentration(), c.concentration().hhi()), cellWidth));
      gini.append(' ').append(alignRight(measure(c.concentration(), c.concentration().gini()), cellWidth));
    });
    out.append(trimEnd(hhi)).append(NL).append(trimEnd(gini)).append(NL);
  }

  private static void priorityGaps(CoverageReport report, StringBuilder out) {
    out.append(NL).append("Priority gaps (").append(report.priorityGaps().size()).append(" of ")
        .append(report.priorityGapCount()).append(" listed; score = region weight x theme weight x severity):")
        .append(NL);
    for (PriorityGap g : report.priorityGaps()) {
      out.append(String.format(java.util.Locale.ROOT, "%3d. ", g.rank())).append(report.row(g.rowId()).label())
          .append(" x ").append(g.columnId()).append(": ").append(g.status()).append(", ")
          .append(Analysis.csos(g.csoCount())).append(", score ").append(Render.decimal(g.score())).append(NL);
      out.append("     ").append(g.explanation()).append(NL);
      if (g.candidates().isEmpty()) {
        out.append("     no candidate nearby").append(NL);
      }
      for (GapCandidate c : g.candidates()) {
        out.append("     candidate ").append(c.rank()).append(": ").append(Render.candidate(c)).append(NL);
      }
    }
  }

  private static String measure(Concentration c, double value) {
    return (c.empty() ? "-" : Render.decimal(value)) + " ";
  }

  private static int width(List<String> texts) {
    int w = 0;
    for (String t : texts) {
      w = Math.max(w, t.length());
    }
    return w;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String alignRight(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  private static String trimEnd(CharSequence text) {
    String s = text.toString();
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
