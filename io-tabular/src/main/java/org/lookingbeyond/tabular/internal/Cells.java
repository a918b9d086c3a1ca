package org.lookingbeyond.tabular.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text rules shared by reading and writing: dates, lists, formula neutralisation, column letters. */
public final class Cells {
  /** The text date forms accepted, after ISO {@code 2025-03-01}. */
  private static final List<DateTimeFormatter> DATE_FORMS = List.of(
      DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
      DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

  /** What {@link #date} accepts, for messages and documentation. */
  public static final String DATE_FORMS_TEXT =
      "2025-03-01, 2025/3/1, 1.3.2025 (day first), 1 March 2025 or 1 Mar 2025";

  /** The cell text that states an empty set, as opposed to an empty cell (not stated). */
  public static final String NONE = "-";

  private Cells() {}

  /** Parses a text date in one of the accepted forms; an ISO date-time keeps its date. */
  static LocalDate date(String text) {
    String t = text.strip();
    try {
      return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      for (DateTimeFormatter f : DATE_FORMS) {
        try {
          return LocalDate.parse(t, f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
      throw e;
    }
  }

  /**
   * Splits a multi-valued cell: on {@code ;} when the cell has one, else on {@code ,}; blank items are
   * dropped.
   */
  static List<String> split(String text) {
    String separator = text.indexOf(';') >= 0 ? ";" : ",";
    List<String> items = new ArrayList<>();
    for (String item : text.split(separator, -1)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  /** The letters of a zero-based column index: 0 is A, 26 is AA. */
  public static String letter(int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      sb.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return sb.toString();
  }

  /**
   * Text a spreadsheet program would take for a formula ({@code = + - @} first) gets a leading apostrophe,
   * and so does text that already starts with an apostrophe before one of those, so that reading undoes
   * exactly what writing did.
   */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    boolean risky = "=+-@".indexOf(text.charAt(0)) >= 0
        || text.charAt(0) == '\'' && text.length() > 1 && "=+-@'".indexOf(text.charAt(1)) >= 0;
    return risky ? "'" + text : text;
  }

  /** Undoes {@link #neutralise}: one leading apostrophe before {@code = + - @ '} is dropped. */
  static String unneutralise(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && "=+-@'".indexOf(text.charAt(1)) >= 0
        ? text.substring(1) : text;
  }
}
