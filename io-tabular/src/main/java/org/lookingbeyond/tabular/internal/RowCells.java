package org.lookingbeyond.tabular.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.lookingbeyond.Problem;
import org.lookingbeyond.tabular.TabularProblem;
import org.lookingbeyond.tabular.TabularProblem.Code;

/**
 * The cells of one data row, read by header: each accessor parses its cell and, when the text is not a
 * value of the column's type, records a located problem and returns an empty or placeholder value; the row
 * then makes no record ({@link #failed()}).
 */
public final class RowCells {
  private final Sheet sheet;
  private final int row;
  private final Map<String, Integer> index;
  private final List<String> values;
  private final Countries countries;
  private final List<TabularProblem> problems;
  private boolean failed;

  RowCells(Sheet sheet, int row, Map<String, Integer> index, List<String> values, Countries countries,
      List<TabularProblem> problems) {
    this.sheet = sheet;
    this.row = row;
    this.index = index;
    this.values = values;
    this.countries = countries;
    this.problems = problems;
  }

  /** The row number as the spreadsheet shows it. */
  public int row() {
    return row;
  }

  /** Whether a cell of this row had a problem. */
  public boolean failed() {
    return failed;
  }

  /** The raw text of a column, neutralisation undone and stripped; empty for an empty cell. */
  String raw(String header) {
    Integer i = index.get(header);
    if (i == null || i >= values.size()) {
      return "";
    }
    return Cells.unneutralise(values.get(i)).strip();
  }

  Optional<String> text(String header) {
    String t = raw(header);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  String required(String header) {
    String t = raw(header);
    if (t.isEmpty()) {
      problem(Code.MISSING_VALUE, header, "the column is required: the cell must not be empty");
      return "?";
    }
    return t;
  }

  Optional<LocalDate> date(String header) {
    return text(header).flatMap(t -> parse(header, t, Cells::date, "a date (" + Cells.DATE_FORMS_TEXT + ")"));
  }

  LocalDate requiredDate(String header) {
    String t = required(header);
    return failedCell(header) ? LocalDate.EPOCH
        : parse(header, t, Cells::date, "a date (" + Cells.DATE_FORMS_TEXT + ")").orElse(LocalDate.EPOCH);
  }

  <E extends Enum<E>> Optional<E> enumeration(String header, Class<E> type) {
    return text(header).flatMap(t -> parse(header, t, s -> Enum.valueOf(type, constant(s)),
        "one of " + List.of(type.getEnumConstants())));
  }

  <E extends Enum<E>> E requiredEnumeration(String header, Class<E> type, E placeholder) {
    String t = required(header);
    return failedCell(header) ? placeholder : parse(header, t, s -> Enum.valueOf(type, constant(s)),
        "one of " + List.of(type.getEnumConstants())).orElse(placeholder);
  }

  OptionalInt integer(String header) {
    Optional<Integer> n = text(header).flatMap(t -> parse(header, t, Integer::valueOf, "a whole number"));
    return n.isPresent() ? OptionalInt.of(n.get()) : OptionalInt.empty();
  }

  Optional<BigDecimal> decimal(String header) {
    return text(header).flatMap(t -> parse(header, t, BigDecimal::new, "a decimal number such as 5000.50"));
  }

  boolean bool(String header) {
    return text(header).flatMap(t -> parse(header, t, RowCells::parseBool, "TRUE or FALSE")).orElse(false);
  }

  Optional<String> country(String header) {
    return text(header).flatMap(t -> countryOf(header, t));
  }

  SortedSet<String> countries(String header) {
    SortedSet<String> codes = new TreeSet<>();
    String t = raw(header);
    if (!t.equals(Cells.NONE)) {
      // a whole cell naming one country whose name holds a comma ("Korea, Republic of") is one item
      Optional<String> whole = t.isEmpty() ? Optional.empty() : countries.resolve(t);
      if (whole.isPresent()) {
        codes.add(whole.get());
      } else {
        Cells.split(t).forEach(item -> countryOf(header, item).ifPresent(codes::add));
      }
    }
    return codes;
  }

  SortedSet<String> list(String header) {
    String t = raw(header);
    return t.equals(Cells.NONE) ? new TreeSet<>() : new TreeSet<>(Cells.split(t));
  }

  /** Whether the cell is filled at all: empty means not stated, {@code -} means stated as none. */
  boolean stated(String header) {
    return !raw(header).isEmpty();
  }

  /** Records a problem with the record this row makes, on a column or (empty header) the whole row. */
  public void recordProblem(String header, Problem cause) {
    problem(Code.INVALID_RECORD, header, cause.message());
  }

  private Optional<String> countryOf(String header, String item) {
    Optional<String> code = countries.resolve(item);
    if (code.isEmpty()) {
      problem(Code.INVALID_VALUE, header, item,
          "not a country: expected an ISO 3166 code (KE, KEN, 404) or an unambiguous name (Kenya)");
    }
    return code;
  }

  private <T> Optional<T> parse(String header, String text, Function<String, T> parser, String expected) {
    try {
      return Optional.of(parser.apply(text));
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      problem(Code.INVALID_VALUE, header, text, "expected " + expected);
      return Optional.empty();
    }
  }

  private boolean failedCell(String header) {
    return raw(header).isEmpty();
  }

  private static String constant(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  private static Boolean parseBool(String text) {
    switch (text.toUpperCase(Locale.ROOT)) {
      case "TRUE": case "YES": case "1":
        return true;
      case "FALSE": case "NO": case "0":
        return false;
      default:
        throw new IllegalArgumentException(text);
    }
  }

  private void problem(Code code, String header, String message) {
    problem(code, header, raw(header), message);
  }

  private void problem(Code code, String header, String value, String message) {
    failed = true;
    problems.add(Problems.at(sheet, row, index, header, value, message, code));
  }
}
