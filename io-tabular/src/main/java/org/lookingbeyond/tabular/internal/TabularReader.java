package org.lookingbeyond.tabular.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.registry.Validation;
import org.lookingbeyond.tabular.TabularProblem;
import org.lookingbeyond.tabular.TabularProblem.Code;

/**
 * Turns the rows of the record sheets into a registry, whatever file format they came from, collecting
 * every problem: header problems, cell problems, then the registry's validation problems placed back on
 * the row and column they come from.
 */
public final class TabularReader {
  private final ReferenceData reference;
  private final Countries countries;
  private final boolean strict;

  /** What a reading gives: the registry or the problems, and the unknown columns. */
  public record Result(Optional<Registry> registry, List<TabularProblem> problems,
      Map<String, List<String>> unknownHeaders, Map<String, Map<String, Map<String, String>>> unknownValues) {}

  /** A reader against reference data; strict refuses unknown columns. */
  public TabularReader(ReferenceData reference, boolean strict) {
    this.reference = reference;
    this.countries = new Countries(reference.geography());
    this.strict = strict;
  }

  /** Reads the sheets given (a missing sheet has no records); problems found while loading come first. */
  public Result read(Map<Sheet, List<List<String>>> sheets, List<TabularProblem> loadProblems) {
    List<TabularProblem> problems = new ArrayList<>(loadProblems);
    Map<String, List<String>> unknownHeaders = new TreeMap<>();
    Map<String, Map<String, Map<String, String>>> unknownValues = new TreeMap<>();
    Map<Sheet, Located> located = new EnumMap<>(Sheet.class);
    Registry.Builder builder = Registry.builder(reference);
    List<Organization> organizations = new ArrayList<>();
    Map<String, List<NetworkMembership>> memberships = new HashMap<>();
    for (Sheet sheet : Sheet.values()) {
      List<List<String>> rows = sheets.get(sheet);
      if (rows == null) {
        continue;
      }
      Located loc = new Located(sheet);
      located.put(sheet, loc);
      if (!header(sheet, rows, loc, problems, unknownHeaders)) {
        continue;
      }
      Map<String, Map<String, String>> extra = new HashMap<>();
      for (int i = 1; i < rows.size(); i++) {
        List<String> values = rows.get(i);
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        RowCells r = new RowCells(sheet, i + 1, loc.index, values, countries, problems);
        String key = row(sheet, r, builder, organizations, memberships);
        if (key == null) {
          loc.failed.add(r.raw(sheet == Sheet.NETWORK_MEMBERSHIPS ? "organization_id" : firstHeader(sheet)));
          continue;
        }
        loc.rows.put(key, i + 1);
        loc.values.put(key, values);
        if (sheet == Sheet.NETWORK_MEMBERSHIPS) {
          loc.firstRowOfOrganization.putIfAbsent(r.raw("organization_id"), i + 1);
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String h : unknownHeaders.getOrDefault(sheet.fileName(), List.of())) {
          String v = r.raw(h);
          if (!v.isEmpty()) {
            cells.put(h, v);
          }
        }
        if (!cells.isEmpty()) {
          extra.put(key, cells);
        }
      }
      unknownValues.put(sheet.fileName(), extra);
    }
    Located orgs = located.computeIfAbsent(Sheet.ORGANIZATIONS, Located::new);
    Located members = located.get(Sheet.NETWORK_MEMBERSHIPS);
    Set<String> orgIds = new HashSet<>();
    organizations.forEach(o -> orgIds.add(o.id()));
    organizations.replaceAll(o -> memberships.containsKey(o.id())
        ? o.toBuilder().addAllNetworkMemberships(memberships.get(o.id())).build() : o);
    memberships.forEach((orgId, list) -> {
      if (!orgIds.contains(orgId) && !orgs.failed.contains(orgId)) {
        int row = members.firstRowOfOrganization.get(orgId);
        problems.add(Problems.registry(Sheet.NETWORK_MEMBERSHIPS, row, members.index, "organization_id", orgId,
            RegistryProblem.of(RegistryProblem.Code.DANGLING_REFERENCE, "organization", orgId, "organizationId",
                "no organization has the id '" + Problems.excerpt(orgId) + "'")));
      }
    });
    builder.addOrganizations(organizations);
    Validation validation = builder.validate();
    validation.problems().forEach(p -> problems.add(place(p, located)));
    if (!problems.isEmpty()) {
      problems.sort(ORDER);
      return new Result(Optional.empty(), problems, unknownHeaders, unknownValues);
    }
    return new Result(validation.registry(), List.of(), unknownHeaders, unknownValues);
  }

  private static final Comparator<TabularProblem> ORDER = Comparator
      .comparing((TabularProblem p) -> sheetOrder(p.file())).thenComparing(TabularProblem::file)
      .thenComparingInt(TabularProblem::row).thenComparingInt(p -> p.column().length())
      .thenComparing(TabularProblem::column);

  private static int sheetOrder(String file) {
    for (Sheet s : Sheet.values()) {
      if (s.fileName().equals(file) || s.baseName().equals(file)) {
        return s.ordinal();
      }
    }
    return Sheet.values().length;
  }

  private static String firstHeader(Sheet sheet) {
    return sheet.columns().get(0).header();
  }

  /** Reads one row into the builder; returns the record's key, or null when the row made no record. */
  private static String row(Sheet sheet, RowCells r, Registry.Builder builder,
      List<Organization> organizations, Map<String, List<NetworkMembership>> memberships) {
    switch (sheet) {
      case ORGANIZATIONS:
        return key(ReadCodecs.organization(r), o -> {
          organizations.add(o);
          return o.id();
        });
      case NETWORK_MEMBERSHIPS:
        return key(ReadCodecs.membership(r), m -> {
          String org = r.raw("organization_id");
          memberships.computeIfAbsent(org, k -> new ArrayList<>()).add(m);
          return Keys.membership(org, m);
        });
      case PARTICIPATIONS:
        return key(ReadCodecs.participation(r), p -> {
          builder.addParticipations(p);
          return p.key();
        });
      case DESIGNATIONS:
        return key(ReadCodecs.designation(r), d -> {
          builder.addDesignations(d);
          return d.id();
        });
      case APPLICATIONS:
        return key(ReadCodecs.application(r), a -> {
          builder.addApplications(a);
          return a.id();
        });
      case GRANTS:
        return key(ReadCodecs.grant(r), g -> {
          builder.addGrants(g);
          return g.id();
        });
      default:
        return key(ReadCodecs.consultation(r), c -> {
          builder.addConsultations(c);
          return c.id();
        });
    }
  }

  private static <T> String key(Optional<T> record, Function<T, String> add) {
    return record.map(add).orElse(null);
  }

  /** Checks the header row; false when the sheet's rows cannot be read (a required column is missing). */
  private boolean header(Sheet sheet, List<List<String>> rows, Located loc, List<TabularProblem> problems,
      Map<String, List<String>> unknownHeaders) {
    List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
    List<String> unknown = new ArrayList<>();
    boolean readable = true;
    for (int i = 0; i < header.size(); i++) {
      String h = Cells.unneutralise(header.get(i)).strip();
      if (h.isEmpty()) {
        continue;
      }
      if (loc.index.putIfAbsent(h, i) != null) {
        problems.add(Problems.file(sheet.fileName(), 1, Cells.letter(i), h, Code.DUPLICATE_COLUMN,
            "the header is also column " + Cells.letter(loc.index.get(h)) + ": each column may appear once"));
        readable = false;
      } else if (sheet.column(h).isEmpty()) {
        if (strict) {
          problems.add(Problems.file(sheet.fileName(), 1, Cells.letter(i), h, Code.UNKNOWN_COLUMN,
              "no column of " + sheet.fileName() + " has this header (strict mode): expected "
              + sheet.headers()));
          readable = false;
        } else {
          unknown.add(h);
        }
      }
    }
    for (Column c : sheet.columns()) {
      if (c.required() && !loc.index.containsKey(c.header())) {
        problems.add(Problems.file(sheet.fileName(), 1, "", c.header(), Code.MISSING_COLUMN,
            "the required column '" + c.header() + "' is not in the header row"));
        readable = false;
      }
    }
    unknownHeaders.put(sheet.fileName(), unknown);
    return readable;
  }

  private TabularProblem place(RegistryProblem p, Map<Sheet, Located> located) {
    boolean membership = p.recordType().equals("organization") && p.field().startsWith("networkMemberships.");
    Sheet sheet = membership ? Sheet.NETWORK_MEMBERSHIPS : null;
    for (Sheet s : Sheet.values()) {
      if (sheet == null && s != Sheet.NETWORK_MEMBERSHIPS && s.recordType().equals(p.recordType())) {
        sheet = s;
      }
    }
    Located loc = sheet == null ? null : located.get(sheet);
    if (loc == null) {
      return new TabularProblem(Code.REGISTRY, "registry", 0, "", "", "", Optional.of(p.code()),
          p.location() + ": " + p.message());
    }
    String field = membership ? p.field().substring(p.field().indexOf('.') + 1) : p.field();
    String header = ReadCodecs.header(field);
    Integer row = membership ? loc.firstRowOfOrganization.get(p.recordId()) : loc.rows.get(p.recordId());
    String value = "";
    if (row != null && loc.index.containsKey(header)) {
      List<String> values = membership ? List.of() : loc.values.get(p.recordId());
      int i = loc.index.get(header);
      value = values != null && i < values.size() ? values.get(i) : "";
    }
    return Problems.registry(sheet, row == null ? 0 : row, loc.index, header, value, p);
  }

  /** Where each record of one sheet came from. */
  private static final class Located {
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> rows = new HashMap<>();
    final Map<String, List<String>> values = new HashMap<>();
    final Map<String, Integer> firstRowOfOrganization = new HashMap<>();
    final Set<String> failed = new HashSet<>();

    Located(Sheet sheet) {
      // one per sheet; the sheet is the map's key
    }
  }
}
