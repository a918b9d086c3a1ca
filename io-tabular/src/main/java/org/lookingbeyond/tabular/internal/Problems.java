package org.lookingbeyond.tabular.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.tabular.TabularProblem;

/** Builds located problems, capping and escaping the value and never echoing contact data. */
public final class Problems {
  private static final int MAX_ECHO = 40;

  private Problems() {}

  /** A problem at a cell; an empty header locates the whole row. */
  public static TabularProblem at(Sheet sheet, int row, Map<String, Integer> index, String header, String value,
      String message, TabularProblem.Code code) {
    Integer i = header.isEmpty() ? null : index.get(header);
    boolean personal = sheet.column(header).map(Column::personal).orElse(false);
    return new TabularProblem(code, sheet.fileName(), row, i == null ? "" : Cells.letter(i),
        i == null ? "" : header, personal ? "" : excerpt(value), Optional.empty(), message);
  }

  /** A registry problem placed on a file, row and column. */
  public static TabularProblem registry(Sheet sheet, int row, Map<String, Integer> index, String header,
      String value, RegistryProblem p) {
    Integer i = index.get(header);
    boolean personal = sheet.column(header).map(Column::personal).orElse(false);
    return new TabularProblem(TabularProblem.Code.REGISTRY, sheet.fileName(), row,
        i == null ? "" : Cells.letter(i), i == null ? "" : header, personal ? "" : excerpt(value),
        Optional.of(p.code()), p.code().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + p.message());
  }

  /** A problem with a whole file or its header row. */
  public static TabularProblem file(String file, int row, String column, String header,
      TabularProblem.Code code, String message) {
    return new TabularProblem(code, file, row, column, header, "", Optional.empty(), message);
  }

  /** At most {@value #MAX_ECHO} characters, control characters escaped. */
  static String excerpt(String value) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < value.length() && sb.length() < MAX_ECHO; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < value.length() ? sb + "..." : sb.toString();
  }
}
