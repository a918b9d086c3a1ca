package org.lookingbeyond.reference;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.SupportedDates;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.internal.Csv;
import org.lookingbeyond.internal.Io;

/** Typed access to the fields of one CSV table, collecting a located problem for every bad value. */
final class TableParser {
  private final String name;
  private final Csv.Table table;
  private static final java.util.regex.Pattern ASCII_INTEGER = java.util.regex.Pattern.compile("[+-]?[0-9]{1,10}");
  private final List<TableProblem> problems = new ArrayList<>();
  private long dropped;
  private @org.jspecify.annotations.Nullable TableProblem firstDropped;
  private final java.util.Map<String, Integer> firstLineOfId = new java.util.HashMap<>();

  TableParser(Reader in, String name, List<String> columns) {
    this.name = name;
    this.table = read(in, name);
    for (Csv.Problem p : table.problems()) {
      // at most Csv.MAX_PROBLEMS + 1, the last counting the rest: kept as they are
      problems.add(TableProblem.builder().code(TableProblem.Code.SYNTAX).table(name).line(p.line())
          .column(p.column()).message(p.message()).build());
    }
    if (!table.header().isEmpty()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < table.header().size(); i++) {
        String column = table.header().get(i);
        if (!column.isEmpty() && !seen.add(column)) {
          add(TableProblem.builder().code(TableProblem.Code.SYNTAX).table(name).line(table.headerLine())
              .column(1).field(Checks.excerpt(column)).message("the header names the column '" + Checks.excerpt(column)
                  + "' twice (columns " + (table.header().indexOf(column) + 1) + " and " + (i + 1) + ")").build());
        }
      }
      for (String column : columns) {
        if (!table.header().contains(column)) {
          add(TableProblem.builder().code(TableProblem.Code.MISSING_COLUMN).table(name)
              .line(table.headerLine()).column(1).field(column).message("the header has no column '" + column + "'; expected columns " + columns).build());
        }
      }
    }
  }

  /** Reads the whole text; a reader that fails is a table that cannot be read. */
  private static Csv.Table read(Reader in, String name) {
    try {
      return Csv.read(in);
    } catch (UncheckedIOException e) {
      throw new ReferenceDataException(List.of(TableProblem.builder().code(TableProblem.Code.UNREADABLE).table(name)
          .message("the table cannot be read: " + Io.why(e.getCause())).build()), e.getCause());
    }
  }

  TableInfo info() {
    return TableInfo.builder()
        .name(name)
        .source(Optional.ofNullable(table.metadata().get("source")))
        .asOf(Optional.ofNullable(table.metadata().get("as-of")))
        .licence(Optional.ofNullable(table.metadata().get("licence")))
        .build();
  }

  /** The data rows; none when the header lacks a column, so that no row is read half-understood. */
  List<Csv.Row> rows() {
    return problems.stream().anyMatch(p -> p.line() == table.headerLine()) ? List.of() : table.rows();
  }

  Optional<String> optional(Csv.Row row, String column) {
    String value = field(row, column).value().strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    invisible(value).ifPresent(why -> problem(row, column, "'" + Checks.excerpt(value) + "' " + why));
    return Optional.of(value);
  }

  /**
   * Why a value holds a character that has no place in reference data (a control character, a byte
   * order mark, an unpaired surrogate), or empty. The row is refused, not read with the character.
   */
  private static Optional<String> invisible(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isISOControl(c) || c == '\uFEFF' || Character.isSurrogate(c)) {
        return Optional.of(String.format(Locale.ROOT, "holds the character U+%04X at position %d; reference data"
            + " holds no control characters, byte order marks or unpaired surrogates", (int) c, i + 1));
      }
    }
    return Optional.empty();
  }

  Optional<String> required(Csv.Row row, String column) {
    Optional<String> value = optional(row, column);
    if (value.isEmpty()) {
      problem(TableProblem.Code.MISSING_VALUE, row, column, "a value is required");
    }
    return value;
  }

  List<String> words(Csv.Row row, String column) {
    return optional(row, column).map(v -> Arrays.asList(v.split("\\s+"))).orElse(List.of());
  }

  Optional<Integer> integer(Csv.Row row, String column, boolean required) {
    Optional<String> text = required ? required(row, column) : optional(row, column);
    try {
      // ASCII digits only: Integer.valueOf would also read fullwidth or Arabic-Indic digits
      if (text.isPresent() && !ASCII_INTEGER.matcher(text.get()).matches()) {
        throw new NumberFormatException();
      }
      return text.map(Integer::valueOf);
    } catch (NumberFormatException e) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not a whole number");
      return Optional.empty();
    }
  }

  Optional<LocalDate> date(Csv.Row row, String column) {
    Optional<String> text = optional(row, column);
    Optional<LocalDate> day;
    try {
      day = text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not an ISO-8601 date (YYYY-MM-DD)");
      return Optional.empty();
    }
    if (day.isPresent() && !SupportedDates.contains(day.get())) {
      problem(row, column, day.get() + " is outside the supported dates, " + SupportedDates.range());
      return Optional.empty();
    }
    return day;
  }

  Optional<Boolean> bool(Csv.Row row, String column) {
    Optional<String> text = required(row, column);
    if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not true or false");
      return Optional.empty();
    }
    return text.map(Boolean::valueOf);
  }

  <E extends Enum<E>> Optional<E> enumValue(Csv.Row row, String column, Class<E> type, boolean required) {
    Optional<String> text = required ? required(row, column) : optional(row, column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      // ASCII only before case-folding: "regıonal" (dotless i) must not become REGIONAL
      if (!text.get().chars().allMatch(c -> c < 0x80)) {
        throw new IllegalArgumentException();
      }
      return Optional.of(Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
      return Optional.empty();
    }
  }

  /** Builds a row's value if no problem was recorded for the row, turning a failed check into a problem. */
  <T> Optional<T> build(Csv.Row row, int problemsBefore, Supplier<T> constructor) {
    if (problemCount() > problemsBefore) {
      return Optional.empty();
    }
    try {
      return Optional.of(constructor.get());
    } catch (InvalidValueException e) {
      e.problems().forEach(p -> add(TableProblem.builder().table(name).line(row.line()).column(1)
          .recordId(p.id()).field(p.field()).message(p.message()).build()));
      return Optional.empty();
    } catch (IllegalStateException e) {
      add(TableProblem.builder().table(name).line(row.line()).column(1).message(e.getMessage()).build());
      return Optional.empty();
    }
  }

  /** Reports an id that an earlier row of the table already has; returns the id. */
  Optional<String> unique(Csv.Row row, String column, Optional<String> id) {
    id.ifPresent(value -> {
      Integer first = firstLineOfId.putIfAbsent(column + "\u0000" + value, row.line());
      if (first != null) {
        problem(TableProblem.Code.DUPLICATE_ID, row, column, "'" + Checks.excerpt(value)
            + "' is already the id of the row on line " + first);
      }
    });
    return id;
  }

  int problemCount() {
    return (int) Math.min(Integer.MAX_VALUE, problems.size() + dropped);
  }

  /** Keeps a problem, or past {@link Csv#MAX_PROBLEMS} only counts it, so that memory stays bounded. */
  private void add(TableProblem p) {
    if (problems.size() < Csv.MAX_PROBLEMS) {
      problems.add(p);
    } else if (dropped++ == 0) {
      firstDropped = p;
    }
  }

  void problem(Csv.Row row, String column, String message) {
    problem(TableProblem.Code.INVALID_VALUE, row, column, message);
  }

  void problem(TableProblem.Code code, Csv.Row row, String column, String message) {
    Csv.Field f = field(row, column);
    add(TableProblem.builder().code(code).table(name).line(f.line()).column(f.column()).field(column)
        .message(message).build());
  }

  void throwIfProblems() {
    if (dropped > 0 && firstDropped != null) {
      problems.add(TableProblem.builder().code(firstDropped.code()).table(name).line(firstDropped.line())
          .column(firstDropped.column()).message("and " + dropped + " more " + (dropped == 1 ? "problem" : "problems")
              + " not listed: reading stops listing problems after " + Csv.MAX_PROBLEMS).build());
      dropped = 0;
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
  }

  private Csv.Field field(Csv.Row row, String column) {
    return row.fields().get(table.header().indexOf(column));
  }
}
