package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header, a dashed rule, then the rows. Columns whose
 * header ends with {@code '>'} are right-aligned (for counts); the marker is not printed.
 *
 * <pre>{@code
 * TextTable t = new TextTable("Code", "Region", "Organizations>");
 * t.row("002", "Africa", 5);
 * t.print(out);
 * }</pre>
 */
final class TextTable {
  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = new String[headers.length];
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].endsWith(">");
      this.headers[i] = right[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i];
    }
  }

  /**
   * Adds a row; each cell is shown with {@link String#valueOf(Object)}.
   *
   * @param cells one value per column
   * @return this table
   */
  TextTable row(Object... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells for " + headers.length + " columns");
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
    return this;
  }

  int size() {
    return rows.size();
  }

  void print(PrintWriter out) {
    int[] width = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      width[i] = headers[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    line(out, headers, width);
    String[] rule = new String[headers.length];
    for (int i = 0; i < headers.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(out, rule, width);
    rows.forEach(r -> line(out, r, width));
  }

  private void line(PrintWriter out, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder(INDENT);
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(width[i] - cells[i].length());
      sb.append(i == 0 ? "" : GAP).append(right[i] ? pad + cells[i] : cells[i] + pad);
    }
    out.println(sb.toString().stripTrailing());
  }

  /**
   * Shortens a text to at most {@code max} characters, ending it with "..." when cut.
   *
   * @param text the text
   * @param max the largest length, 4 or more
   * @return the text or its shortened form
   */
  static String abbreviate(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3).stripTrailing() + "...";
  }

  /**
   * Prints a section heading: the title, underlined.
   *
   * @param out where to print
   * @param title the title
   */
  static void heading(PrintWriter out, String title) {
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }

  /**
   * Prints a sub-heading.
   *
   * @param out where to print
   * @param title the title
   */
  static void subheading(PrintWriter out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }
}
