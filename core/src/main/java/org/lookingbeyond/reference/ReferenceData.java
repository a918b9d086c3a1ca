package org.lookingbeyond.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.Taxonomy;
import org.lookingbeyond.theme.ThematicArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference data an analysis runs on: geography (countries, M49 regions, UN regional groups, field
 * office areas and an integrator's groupings), the thematic taxonomy, umbrella networks, UNODC field
 * offices, governing bodies and their sessions, real and projected.
 *
 * <p>{@link #defaults()} is the data the library ships, each table with its source and as-of date
 * ({@link #tables()}). To replace or extend a table, start from it:
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.defaults().toBuilder()
 *     .addThematicArea(ThematicArea.of("terrorism-prevention", "Terrorism prevention",
 *         "trafficking-crime-terrorism"))
 *     .addGrouping(Grouping.builder().id("SAHEL").name("Sahel").kind(GroupingKind.CUSTOM)
 *         .addMembers("BF", "ML", "MR", "NE", "TD").build())
 *     .fieldOffices(ReferenceTables.readFieldOffices(reader, "offices-2027.csv"))
 *     .build();
 * }</pre>
 *
 * <p>Sessions: the shipped table holds real sessions of 2008-2026 with the dates public sources give
 * (empty where none did). Sessions after the projection start (by default the sessions table's as-of
 * date) are projected to the end of 2030 from each body's cadence and marked
 * {@link Session#projected()}; a real session added later replaces the projected one with its id.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ReferenceData {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

  /** The last year sessions are projected to by default. */
  public static final int DEFAULT_PROJECTION_YEAR = 2030;

  private final Geography geography;
  private final Taxonomy taxonomy;
  private final Map<String, Network> networks;
  private final Map<String, FieldOffice> fieldOffices;
  private final Map<String, GoverningBody> bodies;
  private final Map<String, Session> sessions;
  private final List<TableInfo> tables;
  private final Builder source;

  private ReferenceData(Builder b, Geography geography, Taxonomy taxonomy, List<Session> allSessions) {
    this.geography = geography;
    this.taxonomy = taxonomy;
    this.networks = sortedCopy(b.networks);
    this.fieldOffices = sortedCopy(b.fieldOffices);
    this.bodies = sortedCopy(b.bodies);
    Map<String, Session> ordered = new LinkedHashMap<>();
    allSessions.stream().sorted(SESSION_ORDER).forEach(s -> ordered.put(s.id(), s));
    this.sessions = java.util.Collections.unmodifiableMap(ordered);
    this.tables = List.copyOf(b.tables.values());
    this.source = b.copy();
  }

  /** Sessions in calendar order: year, month (unknown first), start day, then id. */
  static final Comparator<Session> SESSION_ORDER = Comparator.comparingInt(Session::year)
      .thenComparingInt(s -> s.month().map(java.time.Month::getValue).orElse(0))
      .thenComparing(s -> s.start().orElse(LocalDate.MIN))
      .thenComparing(Session::id);

  private static <T> Map<String, T> sortedCopy(Map<String, T> map) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
  }

  /**
   * The reference data the library ships, read once and shared.
   *
   * @return the shipped reference data
   * @throws ReferenceDataException if a shipped table is damaged (a packaging error)
   * @since 0.1.0
   */
  public static ReferenceData defaults() {
    return ShippedTables.Defaults.INSTANCE;
  }

  /**
   * Returns a builder holding the shipped tables, to replace or extend them; the same as
   * {@code defaults().toBuilder()}.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /**
   * Returns a builder that holds nothing: every table must be given.
   *
   * @return a new, empty builder
   * @since 0.1.0
   */
  public static Builder emptyBuilder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this data's tables (real sessions only: projected ones are projected
   * again when built).
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return source.copy();
  }

  /**
   * Countries, regions and groupings, with the field office areas among the groupings (each with the
   * office's id).
   *
   * @return the geography
   * @since 0.1.0
   */
  public Geography geography() {
    return geography;
  }

  /**
   * The thematic taxonomy.
   *
   * @return the taxonomy
   * @since 0.1.0
   */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The umbrella networks, by id.
   *
   * @return the networks
   * @since 0.1.0
   */
  public List<Network> networks() {
    return List.copyOf(networks.values());
  }

  /**
   * The network with an id, if there is one.
   *
   * @param id the network's id
   * @return the network, or empty
   * @since 0.1.0
   */
  public Optional<Network> findNetwork(String id) {
    return Optional.ofNullable(networks.get(id));
  }

  /**
   * The UNODC field offices, by id.
   *
   * @return the offices
   * @since 0.1.0
   */
  public List<FieldOffice> fieldOffices() {
    return List.copyOf(fieldOffices.values());
  }

  /**
   * The field office with an id, if there is one.
   *
   * @param id the office's id, such as {@code "ROEA"}
   * @return the office, or empty
   * @since 0.1.0
   */
  public Optional<FieldOffice> findFieldOffice(String id) {
    return Optional.ofNullable(fieldOffices.get(id));
  }

  /**
   * The field offices that cover a country, by id.
   *
   * @param areaCode an alpha-2, alpha-3 or numeric code
   * @return the offices
   * @throws UnknownCodeException if the code is unknown
   * @since 0.1.0
   */
  public List<FieldOffice> fieldOfficesCovering(String areaCode) {
    String alpha2 = geography.area(areaCode).alpha2();
    return fieldOffices.values().stream().filter(o -> o.covers(alpha2)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The governing bodies, by code.
   *
   * @return the bodies
   * @since 0.1.0
   */
  public List<GoverningBody> governingBodies() {
    return List.copyOf(bodies.values());
  }

  /**
   * The governing body with a code, if there is one.
   *
   * @param code the body's code, such as {@code "CND"}
   * @return the body, or empty
   * @since 0.1.0
   */
  public Optional<GoverningBody> findGoverningBody(String code) {
    return Optional.ofNullable(bodies.get(code));
  }

  /**
   * All sessions, real and projected, in calendar order.
   *
   * @return the sessions
   * @since 0.1.0
   */
  public List<Session> sessions() {
    return List.copyOf(sessions.values());
  }

  /**
   * The sessions of one body, in calendar order.
   *
   * @param bodyCode the body's code, such as {@code "CND"}
   * @return its sessions, real then projected; empty if none is known
   * @throws UnknownIdException if no governing body has that code
   * @since 0.1.0
   */
  public List<Session> sessionsOf(String bodyCode) {
    if (!bodies.containsKey(bodyCode)) {
      throw UnknownIdException.of("governing body", bodyCode, bodies.keySet());
    }
    return sessions.values().stream().filter(s -> s.bodyCode().equals(bodyCode))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The session with an id, if there is one.
   *
   * @param id the session's id, such as {@code "CND-67"}
   * @return the session, or empty
   * @since 0.1.0
   */
  public Optional<Session> findSession(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  /**
   * Where each table comes from, in the order the tables were given.
   *
   * @return the tables' descriptions
   * @since 0.1.0
   */
  public List<TableInfo> tables() {
    return tables;
  }

  /**
   * Reference data are equal when their geography, taxonomy, networks, field offices, governing bodies
   * and sessions are; where the tables came from does not count.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReferenceData)) {
      return false;
    }
    ReferenceData r = (ReferenceData) o;
    return geography.equals(r.geography) && taxonomy.equals(r.taxonomy) && networks.equals(r.networks)
        && fieldOffices.equals(r.fieldOffices) && bodies.equals(r.bodies) && sessions.equals(r.sessions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(geography, taxonomy, networks, fieldOffices, bodies, sessions);
  }

  @Override
  public String toString() {
    return "ReferenceData[" + geography + ", " + taxonomy + ", " + networks.size() + " networks, "
        + fieldOffices.size() + " field offices, " + bodies.size() + " bodies, " + sessions.size() + " sessions]";
  }

  /**
   * Collects reference tables; {@link #build()} checks that they fit together.
   *
   * <p>Methods named after a table replace it; methods named {@code add...} extend it, replacing a
   * record with the same id.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, TableInfo> tables = new LinkedHashMap<>();
    private List<Area> areas = List.of();
    private List<M49Region> regions = List.of();
    private final Map<String, Grouping> groupings = new LinkedHashMap<>();
    private final Map<String, Pillar> pillars = new LinkedHashMap<>();
    private final Map<String, ThematicArea> thematicAreas = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, FieldOffice> fieldOffices = new LinkedHashMap<>();
    private final Map<String, GoverningBody> bodies = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private Optional<LocalDate> projectFrom = Optional.empty();
    private int projectThrough = DEFAULT_PROJECTION_YEAR;
    private boolean project = true;

    private Builder() {}

    Builder copy() {
      Builder b = new Builder();
      b.tables.putAll(tables);
      b.areas = areas;
      b.regions = regions;
      b.groupings.putAll(groupings);
      b.pillars.putAll(pillars);
      b.thematicAreas.putAll(thematicAreas);
      b.networks.putAll(networks);
      b.fieldOffices.putAll(fieldOffices);
      b.bodies.putAll(bodies);
      b.sessions.putAll(sessions);
      b.projectFrom = projectFrom;
      b.projectThrough = projectThrough;
      b.project = project;
      return b;
    }

    /**
     * Replaces the countries and M49 regions.
     *
     * @param table the countries table
     * @return this builder
     * @since 0.1.0
     */
    public Builder countries(CountryTable table) {
      tables.put("countries", table.info());
      areas = List.copyOf(table.areas());
      regions = List.copyOf(table.regions());
      return this;
    }

    /**
     * Replaces the UN regional groups.
     *
     * @param table groupings of kind {@link GroupingKind#UN_REGIONAL_GROUP}
     * @return this builder
     * @since 0.1.0
     */
    public Builder unRegionalGroups(Table<Grouping> table) {
      tables.put("un-regional-groups", table.info());
      groupings.values().removeIf(g -> g.kind() == GroupingKind.UN_REGIONAL_GROUP);
      table.rows().forEach(this::addGrouping);
      return this;
    }

    /**
     * Adds a grouping (such as an integrator's own regions), replacing one with the same id. Field office
     * areas come from {@link #addFieldOffice(FieldOffice)}, not from here.
     *
     * @param grouping the grouping
     * @return this builder
     * @since 0.1.0
     */
    public Builder addGrouping(Grouping grouping) {
      groupings.put(grouping.id(), grouping);
      return this;
    }

    /**
     * Replaces the taxonomy.
     *
     * @param table the taxonomy table
     * @return this builder
     * @since 0.1.0
     */
    public Builder taxonomy(TaxonomyTable table) {
      tables.put("taxonomy", table.info());
      pillars.clear();
      thematicAreas.clear();
      table.pillars().forEach(this::addPillar);
      table.areas().forEach(this::addThematicArea);
      return this;
    }

    /**
     * Adds a pillar, replacing one with the same id.
     *
     * @param pillar the pillar
     * @return this builder
     * @since 0.1.0
     */
    public Builder addPillar(Pillar pillar) {
      pillars.put(pillar.id(), pillar);
      return this;
    }

    /**
     * Adds a thematic area, replacing one with the same id.
     *
     * @param area the area
     * @return this builder
     * @since 0.1.0
     */
    public Builder addThematicArea(ThematicArea area) {
      thematicAreas.put(area.id(), area);
      return this;
    }

    /**
     * Replaces the networks.
     *
     * @param table the networks
     * @return this builder
     * @since 0.1.0
     */
    public Builder networks(Table<Network> table) {
      tables.put("networks", table.info());
      networks.clear();
      table.rows().forEach(this::addNetwork);
      return this;
    }

    /**
     * Adds a network, replacing one with the same id.
     *
     * @param network the network
     * @return this builder
     * @since 0.1.0
     */
    public Builder addNetwork(Network network) {
      networks.put(network.id(), network);
      return this;
    }

    /**
     * Replaces the field offices (and with them the field office areas).
     *
     * @param table the field offices
     * @return this builder
     * @since 0.1.0
     */
    public Builder fieldOffices(Table<FieldOffice> table) {
      tables.put("field-offices", table.info());
      fieldOffices.clear();
      table.rows().forEach(this::addFieldOffice);
      return this;
    }

    /**
     * Adds a field office, replacing one with the same id.
     *
     * @param office the office
     * @return this builder
     * @since 0.1.0
     */
    public Builder addFieldOffice(FieldOffice office) {
      fieldOffices.put(office.id(), office);
      return this;
    }

    /**
     * Replaces the governing bodies.
     *
     * @param table the bodies
     * @return this builder
     * @since 0.1.0
     */
    public Builder governingBodies(Table<GoverningBody> table) {
      tables.put("governing-bodies", table.info());
      bodies.clear();
      table.rows().forEach(this::addGoverningBody);
      return this;
    }

    /**
     * Adds a governing body, replacing one with the same code.
     *
     * @param body the body
     * @return this builder
     * @since 0.1.0
     */
    public Builder addGoverningBody(GoverningBody body) {
      bodies.put(body.code(), body);
      return this;
    }

    /**
     * Replaces the sessions; the table's as-of date (where it is one) becomes the default projection
     * start.
     *
     * @param table the real sessions; projected ones in it are ignored
     * @return this builder
     * @since 0.1.0
     */
    public Builder sessions(Table<Session> table) {
      tables.put("sessions", table.info());
      sessions.clear();
      table.rows().forEach(this::addSession);
      return this;
    }

    /**
     * Adds a real session (such as one newly announced), replacing one with the same id; a projected
     * session with that id gives way to it.
     *
     * @param session the session
     * @return this builder
     * @throws org.lookingbeyond.InvalidValueException if the session is marked projected: projection is the builder's job
     * @since 0.1.0
     */
    public Builder addSession(Session session) {
      if (session.projected()) {
        throw Checks.invalid("Session", session.id(), "projected",
            "is true; add real sessions only, and set the projection with projectSessions");
      }
      sessions.put(session.id(), session);
      return this;
    }

    /**
     * Sets the projection of future sessions: sessions of the months after {@code from}, through the
     * end of {@code throughYear}. By default from the sessions table's as-of date through
     * {@value ReferenceData#DEFAULT_PROJECTION_YEAR}.
     *
     * @param from the last day before the projected months
     * @param throughYear the last year projected
     * @return this builder
     * @since 0.1.0
     */
    public Builder projectSessions(LocalDate from, int throughYear) {
      this.projectFrom = Optional.of(from);
      this.projectThrough = throughYear;
      this.project = true;
      return this;
    }

    /**
     * Turns off the projection of future sessions: only real sessions are kept.
     *
     * @return this builder
     * @since 0.1.0
     */
    public Builder withoutProjection() {
      this.project = false;
      return this;
    }

    /**
     * Builds the reference data after checking that the tables fit together.
     *
     * @return the reference data
     * @throws ReferenceDataException listing every problem: inconsistent geography, taxonomy or
     *     groupings; field offices covering unknown countries; networks and bodies naming unknown pillars
     *     or areas; sessions of unknown bodies or ending before they start; a session projection with no
     *     start date
     * @since 0.1.0
     */
    public ReferenceData build() {
      List<TableProblem> problems = new ArrayList<>();
      Geography geography = null;
      try {
        Geography.Builder gb = Geography.builder();
        areas.forEach(gb::addArea);
        regions.forEach(gb::addRegion);
        groupings.values().forEach(gb::addGrouping);
        for (FieldOffice office : fieldOffices.values()) {
          if (groupings.containsKey(office.id())) {
            problems.add(problem("field-offices", office.id(), "id",
                "a grouping of another kind has the same id; field office ids and grouping ids share one namespace"));
          }
          gb.addGrouping(office.area());
        }
        geography = gb.build();
      } catch (InvalidValueException e) {
        e.problems().forEach(p -> problems.add(inconsistency("countries", p)));
      }
      Taxonomy taxonomy = null;
      try {
        Taxonomy.Builder tb = Taxonomy.builder();
        pillars.values().forEach(tb::addPillar);
        thematicAreas.values().forEach(tb::addArea);
        taxonomy = tb.build();
      } catch (InvalidValueException e) {
        e.problems().forEach(p -> problems.add(inconsistency("taxonomy", p)));
      }
      if (taxonomy != null) {
        Taxonomy t = taxonomy;
        networks.values().forEach(n -> n.focus().stream().filter(id -> !t.knows(id)).forEach(id ->
            problems.add(problem("networks", n.id(), "focus", "'" + id + "' is neither a pillar nor an area"))));
        bodies.values().forEach(b -> b.mandate().stream().filter(id -> !t.knows(id)).forEach(id ->
            problems.add(problem("governing-bodies", b.code(), "mandate",
                "'" + id + "' is neither a pillar nor an area"))));
      }
      for (Session s : sessions.values()) {
        if (!bodies.containsKey(s.bodyCode())) {
          problems.add(problem("sessions", s.id(), "body", "no governing body has the code " + s.bodyCode()));
        }
        if (s.start().isPresent() && s.end().isPresent() && s.end().get().isBefore(s.start().get())) {
          problems.add(problem("sessions", s.id(), "end",
              "the session ends (" + s.end().get() + ") before it starts (" + s.start().get() + ")"));
        }
      }
      List<Session> all = new ArrayList<>(sessions.values());
      if (project) {
        Optional<LocalDate> from = projectFrom.or(this::sessionsAsOf);
        if (from.isEmpty()) {
          problems.add(TableProblem.builder().code(TableProblem.Code.MISSING_VALUE).table("sessions").field("as-of")
              .message(
              "sessions can only be projected from a date: give the table an '# as-of: YYYY-MM-DD' line or call"
                  + " projectSessions(from, throughYear)").build());
        } else {
          all.addAll(new SessionProjection(from.get(), projectThrough).project(bodies.values(), sessions.values()));
        }
      }
      if (!problems.isEmpty()) {
        throw new ReferenceDataException(problems);
      }
      ReferenceData data = new ReferenceData(this, geography, taxonomy, all);
      LOG.debug("built {}", data);
      return data;
    }

    private Optional<LocalDate> sessionsAsOf() {
      return Optional.ofNullable(tables.get("sessions")).flatMap(TableInfo::asOf).flatMap(text -> {
        try {
          return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
          return Optional.empty();
        }
      });
    }

    private static TableProblem problem(String table, String id, String field, String message) {
      return TableProblem.builder().code(TableProblem.Code.INCONSISTENT).table(table).recordId(id).field(field)
          .message(message).build();
    }

    private static TableProblem inconsistency(String table, ValueProblem p) {
      return TableProblem.builder().code(TableProblem.Code.INCONSISTENT).table(table).recordId(p.id())
          .field(p.field()).message(p.message()).build();
    }
  }
}
