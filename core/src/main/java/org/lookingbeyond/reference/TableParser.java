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
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.internal.Csv;
import org.lookingbeyond.internal.Io;

/** Typed access to the fields of one CSV table, collecting a located problem for every bad value. */
final class TableParser {
  private final String name;
  private final Csv.Table table;
  private final List<TableProblem> problems = new ArrayList<>();
  private final java.util.Map<String, Integer> firstLineOfId = new java.util.HashMap<>();

  TableParser(Reader in, String name, List<String> columns) {
    this.name = name;
    this.table = read(in, name);
    for (Csv.Problem p : table.problems()) {
      problems.add(TableProblem.builder().code(TableProblem.Code.SYNTAX).table(name).line(p.line())
          .column(p.column()).message(p.message()).build());
    }
    if (!table.header().isEmpty()) {
      for (String column : columns) {
        if (!table.header().contains(column)) {
          problems.add(TableProblem.builder().code(TableProblem.Code.MISSING_COLUMN).table(name)
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
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
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
      return text.map(Integer::valueOf);
    } catch (NumberFormatException e) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not a whole number");
      return Optional.empty();
    }
  }

  Optional<LocalDate> date(Csv.Row row, String column) {
    Optional<String> text = optional(row, column);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not an ISO-8601 date (YYYY-MM-DD)");
      return Optional.empty();
    }
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
      return Optional.of(Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      problem(row, column, "'" + Checks.excerpt(text.get()) + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
      return Optional.empty();
    }
  }

  /** Builds a row's value if no problem was recorded for the row, turning a failed check into a problem. */
  <T> Optional<T> build(Csv.Row row, int problemsBefore, Supplier<T> constructor) {
    if (problems.size() > problemsBefore) {
      return Optional.empty();
    }
    try {
      return Optional.of(constructor.get());
    } catch (InvalidValueException e) {
      e.problems().forEach(p -> problems.add(TableProblem.builder().table(name).line(row.line()).column(1)
          .recordId(p.id()).field(p.field()).message(p.message()).build()));
      return Optional.empty();
    } catch (IllegalStateException e) {
      problems.add(TableProblem.builder().table(name).line(row.line()).column(1).message(e.getMessage()).build());
      return Optional.empty();
    }
  }

  /** Reports an id that an earlier row of the table already has; returns the id. */
  Optional<String> unique(Csv.Row row, String column, Optional<String> id) {
    id.ifPresent(value -> {
      Integer first = firstLineOfId.putIfAbsent(value, row.line());
      if (first != null) {
        problem(TableProblem.Code.DUPLICATE_ID, row, column, "'" + Checks.excerpt(value)
            + "' is already the id of the row on line " + first);
      }
    });
    return id;
  }

  int problemCount() {
    return problems.size();
  }

  void problem(Csv.Row row, String column, String message) {
    problem(TableProblem.Code.INVALID_VALUE, row, column, message);
  }

  void problem(TableProblem.Code code, Csv.Row row, String column, String message) {
    Csv.Field f = field(row, column);
    problems.add(TableProblem.builder().code(code).table(name).line(f.line()).column(f.column()).field(column)
        .message(message).build());
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
  }

  private Csv.Field field(Csv.Row row, String column) {
    return row.fields().get(table.header().indexOf(column));
  }
}
