package org.lookingbeyond.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the reference tables: comment lines starting with {@code #} before the
 * header (lines of the form {@code # key: value} become metadata), a header row, then data rows. It
 * keeps the line and column of every field so that errors can point at them, and it collects every
 * malformed row instead of stopping at the first.
 *
 * @since 0.1.0
 */
public final class Csv {

  /**
   * One field of a row with its position.
   *
   * @param value the unquoted text
   * @param line the 1-based line the field starts on
   * @param column the 1-based column the field starts at
   * @since 0.1.0
   */
  public record Field(String value, int line, int column) {}

  /**
   * A data row: its fields and the line it starts on.
   *
   * @param line the 1-based line
   * @param fields the fields
   * @since 0.1.0
   */
  public record Row(int line, List<Field> fields) {}

  /**
   * A problem in the text itself (not in a value): an unterminated quote or a wrong field count.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message what is wrong
   * @since 0.1.0
   */
  public record Problem(int line, int column, String message) {}

  /**
   * A parsed table.
   *
   * @param metadata the {@code # key: value} lines, first occurrence of each key
   * @param header the column names
   * @param headerLine the 1-based line of the header
   * @param rows the data rows with the header's field count
   * @param problems problems found in the text
   * @since 0.1.0
   */
  public record Table(Map<String, String> metadata, List<String> header, int headerLine, List<Row> rows,
      List<Problem> problems) {}

  private Csv() {}

  /**
   * Reads a whole table.
   *
   * @param in the text; read to its end, not closed
   * @return the table, with every textual problem found
   * @throws UncheckedIOException if reading fails
   * @since 0.1.0
   */
  public static Table read(Reader in) {
    String text;
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      text = sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Parser(text).parse();
  }

  /** The longest field read, in characters, as the JSON reader's default string limit. */
  public static final int MAX_FIELD_LENGTH = 1_000_000;
  /** The most data rows read; past it, reading stops with a problem. */
  public static final int MAX_ROWS = 1_000_000;
  /** The most problems listed; past it, they are counted in one last problem. */
  public static final int MAX_PROBLEMS = 1_000;

  private static final class Parser {
    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;
    private final List<Problem> problems = new ArrayList<>();
    private long dropped;
    private int droppedLine;
    private int droppedColumn;

    /** Records a problem, or only counts it past {@link #MAX_PROBLEMS}. */
    private void problem(int atLine, int atColumn, String message) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new Problem(atLine, atColumn, message));
      } else if (dropped++ == 0) {
        droppedLine = atLine;
        droppedColumn = atColumn;
      }
    }

    private long problemCount() {
      return problems.size() + dropped;
    }

    private List<Problem> allProblems() {
      if (dropped > 0) {
        problems.add(new Problem(droppedLine, droppedColumn, "and " + dropped + " more " + (dropped == 1 ? "problem"
            : "problems") + " not listed: reading stops listing problems after " + MAX_PROBLEMS));
        dropped = 0;
      }
      return problems;
    }

    Parser(String text) {
      this.text = text;
    }

    Table parse() {
      Map<String, String> metadata = new LinkedHashMap<>();
      while (pos < text.length() && (text.charAt(pos) == '#' || atLineEnd())) {
        int lineStart = pos;
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
          pos++;
        }
        String comment = text.substring(lineStart, pos);
        int colon = comment.indexOf(':');
        if (comment.startsWith("# ") && colon > 2) {
          metadata.putIfAbsent(comment.substring(2, colon).strip(), comment.substring(colon + 1).strip());
        }
        skipLineEnd();
      }
      if (pos >= text.length()) {
        problem(line, 1, "the table has no header row");
        return new Table(metadata, List.of(), line, List.of(), allProblems());
      }
      int headerLine = line;
      List<String> header = new ArrayList<>();
      for (Field f : record()) {
        header.add(f.value().strip());
      }
      List<Row> rows = new ArrayList<>();
      while (pos < text.length()) {
        if (atLineEnd()) {
          skipLineEnd();
          continue;
        }
        int rowLine = line;
        if (rows.size() >= MAX_ROWS) {
          problem(rowLine, 1, "the table has more than " + MAX_ROWS + " rows; reading stops here");
          break;
        }
        long problemsBefore = problemCount();
        List<Field> fields = record();
        if (problemCount() > problemsBefore) {
          continue;
        }
        if (fields.size() != header.size()) {
          problem(rowLine, 1, "expected " + header.size() + " fields as in the header, found " + fields.size());
        } else {
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
      }
      return new Table(metadata, List.copyOf(header), headerLine, rows, allProblems());
    }

    private boolean atLineEnd() {
      char c = text.charAt(pos);
      return c == '\n' || c == '\r';
    }

    private void skipLineEnd() {
      if (pos < text.length() && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
      column = 1;
    }

    private List<Field> record() {
      List<Field> fields = new ArrayList<>();
      while (true) {
        fields.add(field());
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          column++;
          continue;
        }
        skipLineEnd();
        return fields;
      }
    }

    private Field field() {
      int startLine = line;
      int startColumn = column;
      StringBuilder value = new StringBuilder();
      if (pos < text.length() && text.charAt(pos) == '"') {
        pos++;
        column++;
        while (true) {
          if (pos >= text.length()) {
            problem(startLine, startColumn, "a quoted field is not closed");
            return new Field(value.toString(), startLine, startColumn);
          }
          char c = text.charAt(pos);
          if (c == '"') {
            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
              append(value, '"', startLine, startColumn);
              pos += 2;
              column += 2;
              continue;
            }
            pos++;
            column++;
            break;
          }
          append(value, c, startLine, startColumn);
          pos++;
          if (c == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        if (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
          problem(line, column, "unexpected text after a closing quote");
          while (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
            pos++;
            column++;
          }
        }
        return new Field(value.toString(), startLine, startColumn);
      }
      boolean quoteReported = false;
      while (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
        char c = text.charAt(pos);
        if (c == '"' && !quoteReported) {
          // once per field: a field of a million quotes gives one problem, not a million
          problem(line, column, "a quote inside an unquoted field; quote the whole field");
          quoteReported = true;
        }
        append(value, c, startLine, startColumn);
        pos++;
        column++;
      }
      return new Field(value.toString(), startLine, startColumn);
    }

    /** Appends a character to a field, up to {@link #MAX_FIELD_LENGTH}; the first one past it is a problem. */
    private void append(StringBuilder value, char c, int startLine, int startColumn) {
      if (value.length() < MAX_FIELD_LENGTH) {
        value.append(c);
      } else if (value.length() == MAX_FIELD_LENGTH) {
        problem(startLine, startColumn, "the field is longer than " + MAX_FIELD_LENGTH + " characters");
        value.append('\u2026'); // marks the field as cut, so that the problem is reported once
      }
    }
  }
}
