package org.lookingbeyond.coverage;

import java.util.List;
import org.lookingbeyond.internal.TextEscapes;

/**
 * The SVG heat map; see {@link CoverageRenderer#svg()}. Coordinates are whole pixels and text widths
 * are estimated from character counts, so the output depends on the report alone.
 */
final class SvgRenderer implements CoverageRenderer {
  static final SvgRenderer INSTANCE = new SvgRenderer();

  /** The lowest count of each colour bucket, and the bucket's colour (a yellow-green-blue ramp). */
  static final int[] BUCKET_FLOORS = {0, 1, 2, 3, 5, 10, 20, 50};
  static final String[] BUCKET_COLOURS =
      {"#f0f0f0", "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"};
  static final String GAP_COLOUR = "#c62828";
  static final String WEAK_COLOUR = "#ef6c00";
  /** From this bucket on the fill is dark enough to need white text. */
  private static final int FIRST_DARK_BUCKET = 5;

  private static final int PAD = 16;
  private static final int CHAR = 7;
  private static final int CELL_W = 52;
  private static final int CELL_H = 26;
  private static final int SWATCH_STEP = 80;
  private static final String NL = "\n";

  private SvgRenderer() {}

  @Override
  public String mediaType() {
    return "image/svg+xml";
  }

  @Override
  public String fileExtension() {
    return "svg";
  }

  static int bucket(int count) {
    int b = 0;
    for (int i = 0; i < BUCKET_FLOORS.length; i++) {
      if (count >= BUCKET_FLOORS[i]) {
        b = i;
      }
    }
    return b;
  }

  static String bucketLabel(int b) {
    if (b == BUCKET_FLOORS.length - 1) {
      return BUCKET_FLOORS[b] + "+";
    }
    int low = BUCKET_FLOORS[b];
    int high = BUCKET_FLOORS[b + 1] - 1;
    return low == high ? Integer.toString(low) : low + "-" + high;
  }

  @Override
  public String render(CoverageReport report) {
    List<CoverageRow> rows = report.rows();
    List<CoverageColumn> columns = report.columns();
    int labelChars = "Total (distinct)".length();
    for (CoverageRow r : rows) {
      labelChars = Math.max(labelChars, r.label().length());
    }
    int columnChars = "Total".length();
    for (CoverageColumn c : columns) {
      columnChars = Math.max(columnChars, c.name().length());
    }
    String title = Render.title(report);
    String subtitle = Render.thresholds(report.settings()) + "; colour by count; hatched red = GAP, dashed orange = WEAK";
    String counting = "Counting: " + Render.filters(report);
    // Column labels run up and to the right at 45 degrees: their extent is length x cos 45.
    int header = (int) Math.ceil(columnChars * CHAR * Math.sqrt(0.5)) + 16;
    int x0 = PAD + labelChars * CHAR + 8;
    int y0 = 92 + header;
    int gridRight = x0 + columns.size() * CELL_W;
    int totalX = gridRight + 8;
    int legendY = y0 + rows.size() * CELL_H + 44;
    int width = totalX + CELL_W + PAD;
    for (int c = 0; c <= columns.size(); c++) {
      String label = c < columns.size() ? columns.get(c).name() : "Total";
      int anchor = c < columns.size() ? x0 + c * CELL_W + CELL_W / 2 : totalX + CELL_W / 2;
      width = Math.max(width, anchor + (int) Math.ceil(label.length() * CHAR * Math.sqrt(0.5)) + PAD);
    }
    width = Math.max(width, PAD * 2 + title.length() * 9);
    width = Math.max(width, PAD * 2 + Math.max(subtitle.length(), counting.length()) * CHAR);
    width = Math.max(width, PAD * 2 + (BUCKET_FLOORS.length + 1) * SWATCH_STEP);
    int height = legendY + 70;

    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(NL);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\"")
        .append(" aria-labelledby=\"heatmap-title\">").append(NL);
    out.append("<title id=\"heatmap-title\">").append(TextEscapes.xml(title)).append("</title>").append(NL);
    out.append("<desc>").append(TextEscapes.xml(Render.coverage(report) + ". " + Render.organizations(report) + "."))
        .append("</desc>").append(NL);
    out.append("<defs><pattern id=\"gap-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"")
        .append(" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
        .append(GAP_COLOUR).append("\" stroke-width=\"2\" stroke-opacity=\"0.55\"/></pattern></defs>").append(NL);
    out.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"#ffffff\"/>").append(NL);
    text(out, PAD, 28, "start", "font-size=\"16\" font-weight=\"bold\"", title);
    text(out, PAD, 50, "start", "", subtitle);
    text(out, PAD, 68, "start", "fill=\"#555555\"", counting);

    for (int c = 0; c < columns.size(); c++) {
      columnLabel(out, x0 + c * CELL_W + CELL_W / 2, y0 - 8, columns.get(c).name());
    }
    columnLabel(out, totalX + CELL_W / 2, y0 - 8, "Total");
    for (int r = 0; r < rows.size(); r++) {
      int y = y0 + r * CELL_H;
      text(out, x0 - 8, y + CELL_H / 2 + 4, "end", "", rows.get(r).label());
      for (int c = 0; c < columns.size(); c++) {
        cell(out, report.cells().get(r * columns.size() + c), rows.get(r), columns.get(c), x0 + c * CELL_W, y);
      }
      text(out, totalX + CELL_W / 2, y + CELL_H / 2 + 4, "middle", "font-weight=\"bold\"",
          Integer.toString(rows.get(r).organizationCount()));
    }
    int totalsY = y0 + rows.size() * CELL_H + 18;
    text(out, x0 - 8, totalsY, "end", "font-weight=\"bold\"", "Total (distinct)");
    for (int c = 0; c < columns.size(); c++) {
      text(out, x0 + c * CELL_W + CELL_W / 2, totalsY, "middle", "font-weight=\"bold\"",
          Integer.toString(columns.get(c).organizationCount()));
    }
    text(out, totalX + CELL_W / 2, totalsY, "middle", "font-weight=\"bold\"",
        Integer.toString(report.placedOrganizations()));
    legend(out, legendY, report.settings());
    out.append("</svg>").append(NL);
    return out.toString();
  }

  private static void cell(StringBuilder out, CoverageCell cell, CoverageRow row, CoverageColumn column, int x,
      int y) {
    int b = bucket(cell.csoCount());
    out.append("<g>");
    out.append("<title>").append(TextEscapes.xml(row.label() + " x " + column.name() + ": " + cell.status() + ", "
        + cell.statusReason() + "; engaged " + cell.engagedCount() + ", RLOs " + cell.rloCount()
        + ", participations " + cell.participations())).append("</title>");
    rect(out, x, y, CELL_W, CELL_H, BUCKET_COLOURS[b], "stroke=\"#ffffff\" stroke-width=\"1\"");
    if (cell.status() == CellStatus.GAP) {
      rect(out, x + 1, y + 1, CELL_W - 2, CELL_H - 2, "url(#gap-hatch)",
          "stroke=\"" + GAP_COLOUR + "\" stroke-width=\"2\"");
    } else if (cell.status() == CellStatus.WEAK) {
      rect(out, x + 1, y + 1, CELL_W - 2, CELL_H - 2, "none",
          "stroke=\"" + WEAK_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"4 2\"");
    }
    text(out, x + CELL_W / 2, y + CELL_H / 2 + 4, "middle",
        b >= FIRST_DARK_BUCKET ? "fill=\"#ffffff\"" : "fill=\"#1a1a1a\"", Integer.toString(cell.csoCount()));
    out.setLength(out.length() - NL.length());
    out.append("</g>").append(NL);
  }

  private static void legend(StringBuilder out, int y, CoverageSettings settings) {
    text(out, PAD, y - 8, "start", "font-weight=\"bold\"", "Distinct CSOs per cell");
    for (int b = 0; b < BUCKET_FLOORS.length; b++) {
      int x = PAD + b * SWATCH_STEP;
      rect(out, x, y, 28, 16, BUCKET_COLOURS[b], "stroke=\"#999999\" stroke-width=\"1\"");
      out.setLength(out.length() - NL.length());
      out.append(NL);
      text(out, x + 34, y + 12, "start", "", bucketLabel(b));
    }
    int markers = y + 26;
    rect(out, PAD, markers, 28, 16, "url(#gap-hatch)", "stroke=\"" + GAP_COLOUR + "\" stroke-width=\"2\"");
    text(out, PAD + 34, markers + 12, "start", "", "GAP: fewer than " + Analysis.csos(settings.gapBelow()));
    int weakX = PAD + 3 * SWATCH_STEP;
    rect(out, weakX, markers, 28, 16, "none",
        "stroke=\"" + WEAK_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"4 2\"");
    text(out, weakX + 34, markers + 12, "start", "", "WEAK: fewer than " + Analysis.csos(settings.weakBelow()));
  }

  private static void columnLabel(StringBuilder out, int x, int y, String label) {
    out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" transform=\"rotate(-45 ").append(x)
        .append(' ').append(y).append(")\">").append(TextEscapes.xml(label)).append("</text>").append(NL);
  }

  private static void rect(StringBuilder out, int x, int y, int w, int h, String fill, String extra) {
    out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" fill=\"").append(fill).append('"');
    if (!extra.isEmpty()) {
      out.append(' ').append(extra);
    }
    out.append("/>").append(NL);
  }

  private static void text(StringBuilder out, int x, int y, String anchor, String extra, String content) {
    out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (!"start".equals(anchor)) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    if (!extra.isEmpty()) {
      out.append(' ').append(extra);
    }
    out.append('>').append(TextEscapes.xml(content)).append("</text>").append(NL);
  }
}
