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

  private static final class Parser {
    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;
    private final List<Problem> problems = new ArrayList<>();

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
        problems.add(new Problem(line, 1, "the table has no header row"));
        return new Table(metadata, List.of(), line, List.of(), problems);
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
        int problemsBefore = problems.size();
        List<Field> fields = record();
        if (problems.size() > problemsBefore) {
          continue;
        }
        if (fields.size() != header.size()) {
          problems.add(new Problem(rowLine, 1, "expected " + header.size() + " fields as in the header, found "
              + fields.size()));
        } else {
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
      }
      return new Table(metadata, List.copyOf(header), headerLine, rows, problems);
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
            problems.add(new Problem(startLine, startColumn, "a quoted field is not closed"));
            return new Field(value.toString(), startLine, startColumn);
          }
          char c = text.charAt(pos);
          if (c == '"') {
            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
              value.append('"');
              pos += 2;
              column += 2;
              continue;
            }
            pos++;
            column++;
            break;
          }
          value.append(c);
          pos++;
          if (c == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        if (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
          problems.add(new Problem(line, column, "unexpected text after a closing quote"));
          while (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
            pos++;
            column++;
          }
        }
        return new Field(value.toString(), startLine, startColumn);
      }
      while (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
        char c = text.charAt(pos);
        if (c == '"') {
          problems.add(new Problem(line, column, "a quote inside an unquoted field; quote the whole field"));
        }
        value.append(c);
        pos++;
        column++;
      }
      return new Field(value.toString(), startLine, startColumn);
    }
  }
}
