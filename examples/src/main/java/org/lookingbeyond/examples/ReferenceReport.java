package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.Cadence;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.reference.TableInfo;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.Taxonomy;

/** The parts of the demo that read only the reference data: its tables, look-ups and upcoming sessions. */
final class ReferenceReport {
  private final ReferenceData ref;
  private final Geography geo;

  ReferenceReport(ReferenceData ref) {
    this.ref = ref;
    this.geo = ref.geography();
  }

  void tables(PrintWriter out) {
    TextTable tables = new TextTable("Table", "Source", "As of");
    for (TableInfo t : ref.tables()) {
      tables.row(t.name(), TextTable.abbreviate(t.source().orElse("not stated"), 70),
          TextTable.abbreviate(t.asOf().orElse("not stated"), 40));
    }
    tables.print(out);

    out.println();
    List<Session> sessions = ref.sessions();
    long projected = sessions.stream().filter(Session::projected).count();
    TextTable counts = new TextTable("Content", "Count>");
    counts.row("countries and areas (ISO 3166-1)", geo.areas().size());
    for (RegionLevel level : RegionLevel.values()) {
      counts.row("M49 " + level.name().toLowerCase(Locale.ROOT).replace("sub_", "sub-").replace('_', ' ') + "s",
          geo.regions(level).size());
    }
    counts.row("UN regional groups", geo.groupings(GroupingKind.UN_REGIONAL_GROUP).size());
    counts.row("pillars", ref.taxonomy().pillars().size());
    counts.row("thematic areas", ref.taxonomy().areas().size());
    counts.row("umbrella networks", ref.networks().size());
    counts.row("field offices", ref.fieldOffices().size());
    counts.row("governing bodies", ref.governingBodies().size());
    counts.row("sessions, real (" + yearSpan(sessions, false) + ")", sessions.size() - projected);
    counts.row("sessions, projected from cadence (" + yearSpan(sessions, true) + ")", projected);
    counts.print(out);

    out.println();
    out.println("  Thematic taxonomy:");
    Taxonomy taxonomy = ref.taxonomy();
    for (Pillar p : taxonomy.pillars()) {
      out.println("    " + p.id() + ": " + taxonomy.areasOf(p.id()).stream().map(a -> a.id())
          .collect(Collectors.joining(", ")));
    }
    out.println();
    TextTable networks = new TextTable("Network", "Name", "Focus");
    for (Network n : ref.networks()) {
      networks.row(n.id(), n.name(), Describe.words(n.focus()));
    }
    networks.print(out);
    out.println();
    TextTable bodies = new TextTable("Body", "Name", "Cadence", "Mandate");
    for (GoverningBody b : ref.governingBodies()) {
      bodies.row(b.code(), TextTable.abbreviate(b.name(), 60), b.cadence().map(ReferenceReport::cadence).orElse("-"),
          Describe.words(b.mandate()));
    }
    bodies.print(out);
  }

  private static String yearSpan(List<Session> sessions, boolean projected) {
    List<Integer> years = sessions.stream().filter(s -> s.projected() == projected).map(Session::year)
        .sorted().collect(Collectors.toList());
    return years.isEmpty() ? "none" : years.get(0) + "-" + years.get(years.size() - 1);
  }

  private static String cadence(Cadence c) {
    String every = c.intervalYears() == 1 ? "every year" : "every " + c.intervalYears() + " years";
    String parity = c.yearParity() == Cadence.YearParity.ANY ? ""
        : " (" + c.yearParity().name().toLowerCase(Locale.ROOT) + " years)";
    String reconvened = c.reconvenedMonth().map(m -> ", reconvened in " + month(m)).orElse("");
    return every + " in " + month(c.month()) + parity + reconvened;
  }

  private static String month(java.time.Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  void lookups(PrintWriter out) {
    out.println("  Geography.area(code) accepts alpha-2, alpha-3 or numeric codes, in any case:");
    TextTable byCode = new TextTable("Code given", "Alpha-2", "Alpha-3", "Numeric", "Name");
    for (String code : List.of("KE", "KEN", "404", "ken", "AT", "040", "BRA")) {
      Area a = geo.area(code);
      byCode.row(code, a.alpha2(), a.alpha3(), a.numeric(), a.name());
    }
    byCode.print(out);
    out.println();
    out.println("  Geography.regionOf(country, level): the M49 region at each level (\"-\" where M49 assigns none):");
    TextTable levels = new TextTable("Country", "Region", "Sub-region", "Intermediate region");
    for (String code : List.of("KE", "GH", "IN", "KZ", "BR", "AT", "TH", "AQ")) {
      levels.row(code + " " + geo.area(code).name(), level(code, RegionLevel.REGION),
          level(code, RegionLevel.SUB_REGION), level(code, RegionLevel.INTERMEDIATE_REGION));
    }
    levels.print(out);
    out.println();
    out.println("  The UN regional group and the field offices covering a country (office areas may overlap):");
    TextTable covering = new TextTable("Country", "UN regional group", "Field offices");
    for (String code : List.of("KE", "TZ", "IN", "KZ", "SN", "BR", "AT", "TR")) {
      String groups = geo.groupingsOf(code, GroupingKind.UN_REGIONAL_GROUP).stream().map(Grouping::id)
          .collect(Collectors.joining(" "));
      String offices = ref.fieldOfficesCovering(code).stream().map(FieldOffice::id).collect(Collectors.joining(" "));
      covering.row(code + " " + geo.area(code).name(), groups.isEmpty() ? "-" : groups,
          offices.isEmpty() ? "-" : offices);
    }
    covering.print(out);
    out.println();
    out.println("  An unknown code is refused with a message that names it:");
    try {
      geo.area("XK");
    } catch (UnknownCodeException e) {
      out.println("    " + e.getMessage());
    }
  }

  private String level(String code, RegionLevel level) {
    return geo.regionOf(code, level).map(M49Region::toString).orElse("-");
  }

  void upcoming(PrintWriter out, LocalDate asOf) {
    LocalDate to = asOf.plusMonths(12);
    List<Session> sessions = Describe.startingIn(ref.sessions(), Optional.of(asOf), Optional.of(to));
    out.println("  Sessions starting from " + asOf + " to " + to + " (a session without dates is placed by the");
    out.println("  first day of its month; projected sessions come from the body's cadence and carry no dates):");
    out.println();
    sessionTable(sessions).print(out);
  }

  /**
   * A table of sessions: id, body, when, venue and notes.
   *
   * @param sessions the sessions
   * @return the table
   */
  static TextTable sessionTable(List<Session> sessions) {
    TextTable t = new TextTable("Session", "Body", "When", "Venue", "Notes");
    for (Session s : sessions) {
      t.row(s.id(), s.bodyCode(), Describe.when(s), s.venue().orElse("-"), Describe.notes(s));
    }
    return t;
  }
}
