package org.lookingbeyond.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.internal.Csv;
import org.lookingbeyond.internal.Io;
import org.lookingbeyond.model.Cadence;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;

/**
 * Readers of the reference tables in the CSV form the library ships them in, so that an integrator can
 * replace a table with an updated file of the same form.
 *
 * <p>Each file is UTF-8 CSV (RFC 4180): comment lines starting with {@code #} first, of which
 * {@code # source: ...}, {@code # as-of: ...} and {@code # licence: ...} describe the table; then a
 * header row naming the columns (in any order; extra columns are ignored); then one row per record.
 * The shipped files are the examples of each form: {@link #shipped(TableName)} opens one, so that a
 * replacement can start from a copy of it.
 *
 * <pre>{@code
 * Table<FieldOffice> offices = ReferenceTables.read(Path.of("offices-2027.csv"), ReferenceTables::readFieldOffices);
 * }</pre>
 *
 * <p>Every reader collects every problem of its table (including an id given on two rows) and throws one
 * {@link ReferenceDataException} that lists them, each with line, column, column name and reason;
 * nothing is returned half-read. A reader that fails while the table is read gives one
 * {@link TableProblem.Code#UNREADABLE} problem saying why, with the {@link java.io.IOException} as the
 * exception's cause.
 *
 * @since 0.1.0
 */
public final class ReferenceTables {
  private ReferenceTables() {}

  /**
   * Reads a table from a file (UTF-8) with the reader of its form, naming the table after the file:
   * {@code ReferenceTables.read(path, ReferenceTables::readFieldOffices)}, or for groupings
   * {@code ReferenceTables.read(path, (in, name) -> ReferenceTables.readGroupings(in, name, kind))}.
   *
   * @param <T> what the reader returns
   * @param file the file
   * @param reader the reader of the table's form, given the text and the file's name
   * @return what the reader returns
   * @throws ReferenceDataException listing every problem of the table; for a file that cannot be read (no
   *     such file, access denied, a directory, an I/O error), one {@link TableProblem.Code#UNREADABLE}
   *     problem naming the file and why, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public static <T> T read(Path file, BiFunction<Reader, String, T> reader) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      if (Files.isDirectory(file)) {
        throw new IOException("is a directory");
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return reader.apply(in, name);
      }
    } catch (IOException e) {
      throw new ReferenceDataException(List.of(TableProblem.builder().code(TableProblem.Code.UNREADABLE)
          .table(name).message("cannot read " + file + ": " + Io.why(file, e)).build()), e);
    }
  }

  /**
   * Opens a table the core module ships, as UTF-8 text. Use it to read the shipped table with the
   * reader of its form, or to copy it as the start of a replacement:
   *
   * <pre>{@code
   * try (Reader in = ReferenceTables.shipped(TableName.FIELD_OFFICES);
   *     Writer out = Files.newBufferedWriter(Path.of("offices-2027.csv"))) {
   *   in.transferTo(out);
   * }
   * }</pre>
   *
   * <p>This works wherever the core module runs, also for a consumer on the module path, which cannot
   * read the jar's resources under {@code org/lookingbeyond/reference/} itself.
   *
   * @param table the table
   * @return the table's text; the caller closes it
   * @throws ReferenceDataException if the table is missing from the core jar (a packaging error)
   * @since 0.1.0
   */
  public static Reader shipped(TableName table) {
    return ShippedTables.open(table);
  }

  /**
   * Reads a countries table: columns {@code alpha2, alpha3, numeric, name, region_code, region_name,
   * sub_region_code, sub_region_name, intermediate_region_code, intermediate_region_name}.
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name, used in problems and in {@link TableInfo}
   * @return the countries and the M49 regions they name
   * @throws ReferenceDataException listing every problem of the table
   * @since 0.1.0
   */
  public static CountryTable readCountries(Reader in, String name) {
    String[] levels = {"region", "sub_region", "intermediate_region"};
    List<String> columns = new ArrayList<>(List.of("alpha2", "alpha3", "numeric", "name"));
    for (String level : levels) {
      columns.add(level + "_code");
      columns.add(level + "_name");
    }
    TableParser p = new TableParser(in, name, columns);
    List<Area> areas = new ArrayList<>();
    Map<String, M49Region> regions = new TreeMap<>();
    for (Csv.Row row : p.rows()) {
      int before = p.problemCount();
      // duplicates are reported here, on their rows, not later by the geography with no line
      Optional<String> alpha2 = p.unique(row, "alpha2", p.required(row, "alpha2"));
      Optional<String> alpha3 = p.unique(row, "alpha3", p.required(row, "alpha3"));
      Optional<String> numeric = p.unique(row, "numeric", p.required(row, "numeric"));
      Optional<String> areaName = p.required(row, "name");
      List<Optional<String>> codes = new ArrayList<>();
      Optional<String> parent = Optional.empty();
      for (int i = 0; i < levels.length; i++) {
        Optional<String> code = p.optional(row, levels[i] + "_code");
        Optional<String> regionName = p.optional(row, levels[i] + "_name");
        codes.add(code);
        if (code.isPresent() != regionName.isPresent()) {
          p.problem(row, levels[i] + "_name", "a region code and its name go together");
        } else if (code.isPresent()) {
          RegionLevel level = RegionLevel.values()[i];
          Optional<String> parentCode = parent;
          p.build(row, before, () -> M49Region.builder().code(code.get()).name(regionName.get())
              .level(level).parentCode(parentCode).build())
              .ifPresent(r -> {
                M49Region known = regions.putIfAbsent(r.code(), r);
                if (known != null && !known.equals(r)) {
                  p.problem(row, levels[level.ordinal()] + "_code", "region " + r.code()
                      + " is named or placed differently than on an earlier row (" + known.name() + ")");
                }
              });
          parent = code;
        }
      }
      p.build(row, before, () -> Area.builder()
          .alpha2(alpha2.orElseThrow()).alpha3(alpha3.orElseThrow()).numeric(numeric.orElseThrow())
          .name(areaName.orElseThrow())
          .regionCode(codes.get(0)).subRegionCode(codes.get(1)).intermediateRegionCode(codes.get(2))
          .build()).ifPresent(areas::add);
    }
    p.throwIfProblems();
    return new ImmutableCountryTable.Builder().info(p.info()).areas(areas).regions(regions.values()).build();
  }

  /**
   * Reads a groupings table with one row per member: columns {@code group_id, group_name, alpha2}.
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name
   * @param kind the kind of the groupings
   * @return the groupings, in the order their ids first appear
   * @throws ReferenceDataException listing every problem of the table
   * @since 0.1.0
   */
  public static Table<Grouping> readGroupings(Reader in, String name, GroupingKind kind) {
    TableParser p = new TableParser(in, name, List.of("group_id", "group_name", "alpha2"));
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, TreeSet<String>> members = new LinkedHashMap<>();
    for (Csv.Row row : p.rows()) {
      Optional<String> id = p.required(row, "group_id");
      Optional<String> groupName = p.required(row, "group_name");
      Optional<String> alpha2 = p.required(row, "alpha2");
      if (id.isEmpty() || groupName.isEmpty() || alpha2.isEmpty()) {
        continue;
      }
      String known = names.putIfAbsent(id.get(), groupName.get());
      if (known != null && !known.equals(groupName.get())) {
        p.problem(row, "group_name", "grouping " + id.get() + " was named '" + known + "' on an earlier row");
      }
      if (!members.computeIfAbsent(id.get(), k -> new TreeSet<>()).add(alpha2.get())) {
        p.problem(row, "alpha2", alpha2.get() + " is listed twice in grouping " + id.get());
      }
    }
    TableInfo info = p.info();
    List<Grouping> groupings = new ArrayList<>();
    if (p.problemCount() == 0) {
      try {
        names.forEach((id, groupName) -> groupings.add(Grouping.builder().id(id).name(groupName).kind(kind)
            .members(members.get(id)).source(info.source()).build()));
      } catch (InvalidValueException e) {
        throw new ReferenceDataException(e.problems().stream().map(v -> TableProblem.builder().table(name)
            .recordId(v.id()).field(v.field()).message(v.message()).build()).collect(Collectors.toList()));
      }
    }
    p.throwIfProblems();
    return Table.of(info, groupings);
  }

  /**
   * Reads a taxonomy table: columns {@code kind} (PILLAR or AREA), {@code id}, {@code name} and
   * {@code pillar} (empty for a pillar).
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name
   * @return the pillars and areas
   * @throws ReferenceDataException listing every problem of the table
   * @since 0.1.0
   */
  public static TaxonomyTable readTaxonomy(Reader in, String name) {
    TableParser p = new TableParser(in, name, List.of("kind", "id", "name", "pillar"));
    List<Pillar> pillars = new ArrayList<>();
    List<ThematicArea> areas = new ArrayList<>();
    for (Csv.Row row : p.rows()) {
      int before = p.problemCount();
      Optional<String> kind = p.required(row, "kind");
      Optional<String> id = p.unique(row, "id", p.required(row, "id"));
      Optional<String> label = p.required(row, "name");
      Optional<String> pillar = p.optional(row, "pillar");
      if (kind.isEmpty()) {
        continue;
      }
      if (kind.get().equals("PILLAR")) {
        pillar.ifPresent(x -> p.problem(row, "pillar", "a pillar belongs to no other pillar"));
        p.build(row, before, () -> Pillar.of(id.orElseThrow(), label.orElseThrow())).ifPresent(pillars::add);
      } else if (kind.get().equals("AREA")) {
        if (pillar.isEmpty()) {
          p.problem(row, "pillar", "an area must name its pillar");
        }
        p.build(row, before, () -> ThematicArea.of(id.orElseThrow(), label.orElseThrow(), pillar.orElseThrow()))
            .ifPresent(areas::add);
      } else {
        p.problem(row, "kind", "'" + kind.get() + "' is not PILLAR or AREA");
      }
    }
    p.throwIfProblems();
    return new ImmutableTaxonomyTable.Builder().info(p.info()).pillars(pillars).areas(areas).build();
  }

  /**
   * Reads a networks table: columns {@code id, acronym, name, focus} (space-separated pillar or area
   * ids) and {@code website}.
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name
   * @return the networks
   * @throws ReferenceDataException listing every problem of the table
   * @since 0.1.0
   */
  public static Table<Network> readNetworks(Reader in, String name) {
    TableParser p = new TableParser(in, name, List.of("id", "acronym", "name", "focus", "website"));
    List<Network> networks = new ArrayList<>();
    for (Csv.Row row : p.rows()) {
      int before = p.problemCount();
      Optional<String> id = p.unique(row, "id", p.required(row, "id"));
      Optional<String> label = p.required(row, "name");
      p.build(row, before, () -> Network.builder().id(id.orElseThrow()).name(label.orElseThrow())
          .acronym(p.optional(row, "acronym")).focus(p.words(row, "focus"))
          .website(p.optional(row, "website")).build()).ifPresent(networks::add);
    }
    p.throwIfProblems();
    return Table.of(p.info(), networks);
  }

  /**
   * Reads a field offices table: columns {@code id, code, name, seat_city, seat_country_iso2, kind}
   * (REGIONAL, COUNTRY, PROGRAMME or LIAISON), {@code covered_countries_iso2} (space-separated),
   * {@code as_of} and {@code source}.
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name
   * @return the field offices
   * @throws ReferenceDataException listing every problem of the table
   * @since 0.1.0
   */
  public static Table<FieldOffice> readFieldOffices(Reader in, String name) {
    TableParser p = new TableParser(in, name, List.of("id", "code", "name", "seat_city", "seat_country_iso2",
        "kind", "covered_countries_iso2", "as_of", "source"));
    List<FieldOffice> offices = new ArrayList<>();
    for (Csv.Row row : p.rows()) {
      int before = p.problemCount();
      Optional<String> id = p.unique(row, "id", p.required(row, "id"));
      Optional<String> label = p.required(row, "name");
      Optional<String> city = p.required(row, "seat_city");
      Optional<String> country = p.required(row, "seat_country_iso2");
      Optional<FieldOfficeKind> kind = p.enumValue(row, "kind", FieldOfficeKind.class, true);
      p.build(row, before, () -> FieldOffice.builder().id(id.orElseThrow()).code(p.optional(row, "code"))
          .name(label.orElseThrow()).seatCity(city.orElseThrow()).seatCountry(country.orElseThrow())
          .kind(kind.orElseThrow()).coveredCountries(p.words(row, "covered_countries_iso2"))
          .asOf(p.optional(row, "as_of")).source(p.optional(row, "source")).build())
          .ifPresent(offices::add);
    }
    p.throwIfProblems();
    return Table.of(p.info(), offices);
  }

  /**
   * Reads a governing bodies table: columns {@code code, name, mandate} (space-separated pillar or area
   * ids), and the cadence: {@code interval_years, month} (1-12), {@code year_parity} (ANY, ODD or
   * EVEN) and {@code reconvened_month}, all empty for a body without a fixed cadence.
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name
   * @return the governing bodies
   * @throws ReferenceDataException listing every problem of the table
   * @since 0.1.0
   */
  public static Table<GoverningBody> readGoverningBodies(Reader in, String name) {
    TableParser p = new TableParser(in, name, List.of("code", "name", "mandate", "interval_years", "month",
        "year_parity", "reconvened_month"));
    List<GoverningBody> bodies = new ArrayList<>();
    for (Csv.Row row : p.rows()) {
      int before = p.problemCount();
      Optional<String> code = p.unique(row, "code", p.required(row, "code"));
      Optional<String> label = p.required(row, "name");
      Optional<Integer> interval = p.integer(row, "interval_years", false);
      Optional<Month> month = month(p, row, "month");
      Optional<Cadence.YearParity> parity = p.enumValue(row, "year_parity", Cadence.YearParity.class, false);
      Optional<Month> reconvened = month(p, row, "reconvened_month");
      if (interval.isPresent() != month.isPresent()) {
        p.problem(row, "month", "a cadence needs both interval_years and month, or neither");
      }
      p.build(row, before, () -> GoverningBody.builder().code(code.orElseThrow()).name(label.orElseThrow())
          .mandate(p.words(row, "mandate"))
          .cadence(interval.map(i -> Cadence.builder().intervalYears(i).month(month.orElseThrow())
              .yearParity(parity.orElse(Cadence.YearParity.ANY)).reconvenedMonth(reconvened).build()))
          .build()).ifPresent(bodies::add);
    }
    p.throwIfProblems();
    return Table.of(p.info(), bodies);
  }

  /**
   * Reads a sessions table: columns {@code id, body, number, title, year, month} (1-12 or empty),
   * {@code start, end} (ISO-8601 dates or empty), {@code venue, reconvened} (true or false) and
   * {@code source}.
   *
   * @param in the CSV text; read to its end, not closed
   * @param name the table's name
   * @return the sessions
   * @throws ReferenceDataException listing every problem of the table, including an end before a start
   * @since 0.1.0
   */
  public static Table<Session> readSessions(Reader in, String name) {
    TableParser p = new TableParser(in, name, List.of("id", "body", "number", "title", "year", "month", "start",
        "end", "venue", "reconvened", "source"));
    List<Session> sessions = new ArrayList<>();
    for (Csv.Row row : p.rows()) {
      int before = p.problemCount();
      Optional<String> id = p.unique(row, "id", p.required(row, "id"));
      Optional<String> body = p.required(row, "body");
      Optional<Integer> number = p.integer(row, "number", true);
      Optional<String> title = p.required(row, "title");
      Optional<Integer> year = p.integer(row, "year", true);
      Optional<Month> month = month(p, row, "month");
      Optional<java.time.LocalDate> start = p.date(row, "start");
      Optional<java.time.LocalDate> end = p.date(row, "end");
      Optional<Boolean> reconvened = p.bool(row, "reconvened");
      if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
        p.problem(row, "end", "the session ends (" + end.get() + ") before it starts (" + start.get() + ")");
      }
      p.build(row, before, () -> Session.builder().id(id.orElseThrow()).bodyCode(body.orElseThrow())
          .number(number.orElseThrow()).title(title.orElseThrow()).year(year.orElseThrow()).month(month)
          .start(start).end(end).venue(p.optional(row, "venue")).reconvened(reconvened.orElseThrow())
          .source(p.optional(row, "source")).build()).ifPresent(sessions::add);
    }
    p.throwIfProblems();
    return Table.of(p.info(), sessions);
  }

  private static Optional<Month> month(TableParser p, Csv.Row row, String column) {
    Optional<Integer> n = p.integer(row, column, false);
    if (n.isPresent() && (n.get() < 1 || n.get() > 12)) {
      p.problem(row, column, "'" + n.get() + "' is not a month number from 1 to 12");
      return Optional.empty();
    }
    return n.map(Month::of);
  }
}
