package org.lookingbeyond.classify;

import java.util.ArrayList;
import java.util.List;

/** The plain-text summary and table; see {@link ClassificationRenderer#text()}. */
final class TextOutput implements ClassificationRenderer {
  static final TextOutput INSTANCE = new TextOutput();
  static final List<String> COLUMNS = List.of("Id", "Name", "CSO", "Scope", "Class", "Group", "Power>", "Interest>",
      "Quadrant", "Tier", "RLO candidate for");
  private static final int NAME_WIDTH = 36;
  private static final String NL = "\n";

  private TextOutput() {}

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  /** The cells of one organization's line, shared with the Markdown table. */
  static List<String> cells(Classification c, int row) {
    List<String> f = Rows.fields(c, row);
    String name = f.get(1).replaceAll("\\p{Cntrl}", " ");
    if (name.length() > NAME_WIDTH) {
      name = name.substring(0, NAME_WIDTH - 3) + "...";
    }
    return List.of(f.get(0), name, c.isCso(row) ? "yes" : "no", f.get(4), f.get(12), f.get(13), f.get(14), f.get(15),
        f.get(16), f.get(17), f.get(18).replace(";", " "));
  }

  @Override
  public String render(Classification c) {
    Portfolio p = c.portfolio();
    StringBuilder out = new StringBuilder();
    out.append(Rows.title(c)).append(NL);
    out.append(p.organizations()).append(" organizations, ").append(p.csos()).append(" CSOs").append(NL).append(NL);
    for (List<String> line : Rows.counts(p)) {
      out.append(pad(line.get(0) + ":", 17)).append(String.join(", ", line.subList(1, line.size()))).append(NL);
    }
    out.append(NL);
    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS);
    for (int i = 0; i < c.size(); i++) {
      rows.add(cells(c, i));
    }
    table(rows, out);
    out.append(NL).append("Definitive stakeholders (").append(p.definitive().size()).append("): ")
        .append(p.definitive().isEmpty() ? "none" : String.join(", ", p.definitive())).append(NL);
    out.append("Dormant stakeholders, power only (").append(p.dormant().size()).append("): ")
        .append(p.dormant().isEmpty() ? "none" : String.join(", ", p.dormant())).append(NL);
    out.append("Regions without an active RLO (").append(p.regionsWithoutRlo().size()).append("):").append(NL);
    p.regionsWithoutRlo().forEach(n -> out.append("  ").append(Rows.needs(n)).append(NL));
    return out.toString();
  }

  /** Aligns a table: columns whose header ends with {@code >} align right (the marker is dropped). */
  private static void table(List<List<String>> rows, StringBuilder out) {
    List<String> header = rows.get(0);
    int[] widths = new int[header.size()];
    for (List<String> r : rows) {
      for (int k = 0; k < r.size(); k++) {
        widths[k] = Math.max(widths[k], label(r.get(k), r == header).length());
      }
    }
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < r.size(); k++) {
        String cell = label(r.get(k), r == header);
        boolean right = header.get(k).endsWith(">");
        line.append(k == 0 ? "" : "  ").append(right ? alignRight(cell, widths[k]) : pad(cell, widths[k]));
      }
      out.append(line.toString().stripTrailing()).append(NL);
    }
  }

  private static String label(String cell, boolean header) {
    return header && cell.endsWith(">") ? cell.substring(0, cell.length() - 1) : cell;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String alignRight(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
