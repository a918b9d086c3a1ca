package org.lookingbeyond.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Cadence;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.Validation;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * QuickTheories generators of valid registries that use every record type and every optional field, over
 * reference data that a sample may extend (a pillar, thematic areas, a custom grouping, a governing body),
 * and of unknown members to put into the JSON text the facade writes.
 */
final class Generators {
  private Generators() {}

  static final ReferenceData SHIPPED = ReferenceData.defaults();

  static final List<String> COUNTRIES = SHIPPED.geography().areas().stream().map(Area::alpha2)
      .collect(Collectors.toUnmodifiableList());

  static final List<String> SHIPPED_AREAS = SHIPPED.taxonomy().areas().stream().map(ThematicArea::id)
      .collect(Collectors.toUnmodifiableList());

  static final List<String> SHIPPED_PILLARS = SHIPPED.taxonomy().pillars().stream().map(Pillar::id)
      .collect(Collectors.toUnmodifiableList());

  static final List<String> SHIPPED_NETWORKS = SHIPPED.networks().stream().map(Network::id)
      .collect(Collectors.toUnmodifiableList());

  /** Real (not projected) sessions of the shipped data that participations refer to. */
  static final List<String> SHIPPED_SESSIONS = shippedSessions("CND-66", "CND-67", "CND-68", "CCPCJ-33",
      "CCPCJ-34", "COP-12", "COSP-10");

  static final List<String> SHIPPED_OFFICES = List.of("ROEA", "ROSEN", "ROSEAP");

  static final List<RegionRef> SHIPPED_REGIONS = List.of(RegionRef.m49("014"), RegionRef.m49("202"),
      RegionRef.m49("419"), RegionRef.grouping("ROEA"), RegionRef.grouping("AFRICAN"), RegionRef.country("KE"),
      RegionRef.country("ML"));

  static final List<String> CURRENCIES = List.of("USD", "EUR", "KES", "CHF", "JPY");

  /** Every member name the registry format defines, at any level. */
  static final Set<String> FORMAT_NAMES = Set.of("format", "reference", "pillars", "thematicAreas", "groupings",
      "governingBodies", "networks", "fieldOffices", "sessions", "organizations", "participations", "designations",
      "applications", "grants", "consultations", "id", "name", "acronym", "type", "ecosocStatus", "category",
      "state", "yearGranted", "registrationDate", "registrationCountry", "headquartersCountry",
      "operatingCountries", "networkMemberships", "networkId", "since", "until", "declaredScope",
      "memberOrganizations", "dueDiligence", "tobaccoIndustryTies", "sanctionsListed", "pseaMeasures",
      "assessedOn", "contact", "contactPerson", "email", "phone", "postalAddress", "organizationId", "sessionId",
      "kind", "region", "validFrom", "validUntil", "applicantId", "applicationDate", "status", "targetRegion",
      "followsSessionId", "plannedStart", "plannedEnd", "amountRequested", "amount", "currency", "focusAreas",
      "invitedMemberStates", "fieldOfficeId", "noFieldOffice", "coHostIds", "cycle", "applicationId", "consultationStart",
      "consultationEnd", "reportDue", "reportSubmitted", "leadOrganizationId", "start", "end",
      "invitedOrganizationIds", "grantId", "recordSubmitted", "focus", "website", "code", "seatCity",
      "seatCountry", "coveredCountries", "asOf", "source", "bodyCode", "number", "title", "year", "month", "venue",
      "reconvened", "pillarId", "members", "mandate", "cadence", "intervalYears", "yearParity", "reconvenedMonth");

  /** Reads and writes JSON trees with exact decimals, to edit the facade's output. */
  static final JsonMapper TREE = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static List<String> shippedSessions(String... ids) {
    for (String id : ids) {
      Session s = SHIPPED.findSession(id).orElseThrow(() -> new AssertionError("no shipped session " + id));
      if (s.projected()) {
        throw new AssertionError("session " + id + " is projected, not real");
      }
    }
    return List.of(ids);
  }

  // ------------------------------------------------------------------ drawing values

  /** Draws values from QuickTheories' randomness (so that failures shrink). */
  static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return Generate.range(min, max).generate(in);
    }

    long longBetween(long min, long max) {
      return Generate.longRange(min, max).generate(in);
    }

    /** True with the given chance in percent; shrinks to false. */
    boolean chance(int percent) {
      return between(0, 99) >= 100 - percent;
    }

    <T> T pick(List<T> from) {
      return from.get(between(0, from.size() - 1));
    }

    <T> Optional<T> maybe(int percent, Supplier<T> value) {
      return chance(percent) ? Optional.of(value.get()) : Optional.empty();
    }

    /** Up to max distinct elements of a pool, in pool order. */
    <T> List<T> subset(List<T> pool, int max) {
      int n = between(0, Math.min(max, pool.size()));
      Set<Integer> chosen = new java.util.TreeSet<>();
      while (chosen.size() < n) {
        chosen.add(between(0, pool.size() - 1));
      }
      return chosen.stream().map(pool::get).collect(Collectors.toList());
    }

    LocalDate date(LocalDate from, int maxDays) {
      return from.plusDays(between(0, maxDays));
    }

    String text(int maxWords) {
      int n = between(1, maxWords);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(pick(WORDS));
      }
      return String.join(" ", words);
    }

    Money money() {
      long cents = longBetween(1, 100_000_000_00L);
      int scale = pick(List.of(0, 1, 2));
      BigDecimal amount = scale == 0 ? BigDecimal.valueOf(cents / 100 + 1) : scale == 1
          ? BigDecimal.valueOf(cents / 10 + 1, 1) : BigDecimal.valueOf(cents, 2);
      return Money.of(amount, java.util.Currency.getInstance(pick(CURRENCIES)));
    }
  }

  /** Words of names and titles: unicode, quotes, backslashes, control characters, slashes. */
  static final List<String> WORDS = List.of("Lakeside", "Harm", "Reduction", "Collective", "Réseau", "Jeunesse",
      "Фонд", "مؤسسة", "基金会", "Ünïcödé", "\"Quoted\"", "Back\\slash", "Tab\there", "New\nline", "emoji😀",
      "a/b~c", "<b>&amp;</b>", "naïve", "Straße", "İstanbul", "ıi", "se\u2028p", "Ωmega");

  // ------------------------------------------------------------------ registries

  /** The records of one valid registry, and the reference data it was built over. */
  static final class Sample {
    /** The shipped data plus the sample's reference extension (or the shipped data itself). */
    final ReferenceData base;
    /** Whether the facade is given {@link #base} as its reference (else it uses the shipped data). */
    final boolean facadeKnowsBase;
    final List<String> extension;
    final List<Network> networks;
    final List<FieldOffice> fieldOffices;
    final List<Session> sessions;
    final List<Organization> organizations;
    final List<Participation> participations;
    final List<RloDesignation> designations;
    final List<SeedFundingApplication> applications;
    final List<Grant> grants;
    final List<Consultation> consultations;
    final Registry registry;

    Sample(ReferenceData base, boolean facadeKnowsBase, List<String> extension, List<Network> networks,
        List<FieldOffice> fieldOffices, List<Session> sessions, List<Organization> organizations,
        List<Participation> participations, List<RloDesignation> designations,
        List<SeedFundingApplication> applications, List<Grant> grants, List<Consultation> consultations) {
      this.base = base;
      this.facadeKnowsBase = facadeKnowsBase;
      this.extension = List.copyOf(extension);
      this.networks = List.copyOf(networks);
      this.fieldOffices = List.copyOf(fieldOffices);
      this.sessions = List.copyOf(sessions);
      this.organizations = List.copyOf(organizations);
      this.participations = List.copyOf(participations);
      this.designations = List.copyOf(designations);
      this.applications = List.copyOf(applications);
      this.grants = List.copyOf(grants);
      this.consultations = List.copyOf(consultations);
      this.registry = build(new Random(0), false);
    }

    /** The registry built from the records as listed, or each list shuffled. */
    Registry build(Random random, boolean shuffle) {
      Validation v = Registry.builder(base)
          .addNetworks(maybeShuffled(networks, random, shuffle))
          .addFieldOffices(maybeShuffled(fieldOffices, random, shuffle))
          .addSessions(maybeShuffled(sessions, random, shuffle))
          .addOrganizations(maybeShuffled(organizations, random, shuffle))
          .addParticipations(maybeShuffled(participations, random, shuffle))
          .addDesignations(maybeShuffled(designations, random, shuffle))
          .addApplications(maybeShuffled(applications, random, shuffle))
          .addGrants(maybeShuffled(grants, random, shuffle))
          .addConsultations(maybeShuffled(consultations, random, shuffle))
          .validate();
      if (!v.isValid()) {
        throw new AssertionError("the generator made an invalid registry: " + v.problems() + "\n" + this);
      }
      return v.registry().orElseThrow();
    }

    private static <T> List<T> maybeShuffled(List<T> list, Random random, boolean shuffle) {
      List<T> copy = new ArrayList<>(list);
      if (shuffle) {
        Collections.shuffle(copy, random);
      }
      return copy;
    }

    /** The facade that writes and reads this sample. */
    LookingBeyondJson facade() {
      return facadeKnowsBase ? LookingBeyondJson.builder().reference(base).build() : LookingBeyondJson.defaults();
    }

    LookingBeyondJson.Builder facadeBuilder() {
      return facadeKnowsBase ? LookingBeyondJson.builder().reference(base) : LookingBeyondJson.builder();
    }

    @Override
    public String toString() {
      return "Sample[extension=" + extension + ", facadeKnowsBase=" + facadeKnowsBase
          + ", networks=" + ids(networks, Network::id) + ", fieldOffices=" + ids(fieldOffices, FieldOffice::id)
          + ", sessions=" + ids(sessions, Session::id) + ", organizations=" + ids(organizations, Organization::id)
          + ", participations=" + ids(participations, Participation::key)
          + ", designations=" + ids(designations, d -> d.id() + "(" + d.organizationId() + " " + d.region() + " "
          + d.validFrom() + ".." + d.validUntil().map(Object::toString).orElse("") + ")")
          + ", applications=" + ids(applications, SeedFundingApplication::id) + ", grants=" + ids(grants, Grant::id)
          + ", consultations=" + ids(consultations, Consultation::id) + "]";
    }

    private static <T> List<String> ids(List<T> list, java.util.function.Function<T, String> id) {
      return list.stream().map(id).collect(Collectors.toList());
    }
  }

  static final int EXTENSION_VARIANTS = 8;

  /**
   * An extension of the shipped reference data: a pillar, thematic areas, a custom grouping and a governing
   * body (variant 1 has all of them, with a cadence; the others a random choice).
   */
  static final class Extension {
    static final Extension NONE = new Extension(0, SHIPPED, List.of(), SHIPPED_PILLARS, SHIPPED_AREAS,
        Optional.empty(), List.of("CND", "CCPCJ"));
    private static final Map<Integer, Extension> VARIANTS = new java.util.concurrent.ConcurrentHashMap<>();

    final int variant;
    final ReferenceData base;
    final List<String> parts;
    final List<String> pillars;
    final List<String> areas;
    final Optional<String> grouping;
    final List<String> bodies;

    private Extension(int variant, ReferenceData base, List<String> parts, List<String> pillars, List<String> areas,
        Optional<String> grouping, List<String> bodies) {
      this.variant = variant;
      this.base = base;
      this.parts = List.copyOf(parts);
      this.pillars = List.copyOf(pillars);
      this.areas = List.copyOf(areas);
      this.grouping = grouping;
      this.bodies = List.copyOf(bodies);
    }

    static Extension variant(int n) {
      return VARIANTS.computeIfAbsent(n, Extension::build);
    }

    private static Extension build(int n) {
      Random random = new Random(n);
      boolean full = n == 1;
      java.util.function.IntPredicate chance = percent -> full || random.nextInt(100) < percent;
      List<String> parts = new ArrayList<>();
      ReferenceData.Builder rb = SHIPPED.toBuilder();
      List<String> pillars = new ArrayList<>(SHIPPED_PILLARS);
      List<String> areas = new ArrayList<>(SHIPPED_AREAS);
      if (chance.test(70)) {
        rb.addPillar(Pillar.of("test-pillar", "Test pillar ✓ \"quoted\""));
        pillars.add("test-pillar");
        parts.add("pillar");
      }
      int areaCount = full ? 2 : 1 + random.nextInt(2);
      for (int i = 1; i <= areaCount; i++) {
        String id = "test-area-" + i;
        String pillar = full && pillars.contains("test-pillar") ? "test-pillar" : pillars.get(random.nextInt(
            pillars.size()));
        rb.addThematicArea(ThematicArea.of(id, "Test area " + i + " — ünïcode", pillar));
        areas.add(id);
        parts.add(id);
      }
      Optional<String> grouping = Optional.empty();
      if (chance.test(70)) {
        List<String> members = new ArrayList<>(List.of("ML", "NE", "BF"));
        members.add(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
        var g = Grouping.builder().id("TEST-SAHEL").name("Sahel (fictional grouping) ☀").kind(GroupingKind.CUSTOM)
            .addAllMembers(members);
        if (chance.test(50)) {
          g.source("test");
        }
        rb.addGrouping(g.build());
        grouping = Optional.of("TEST-SAHEL");
        parts.add("grouping");
      }
      List<String> bodies = new ArrayList<>(List.of("CND", "CCPCJ"));
      if (chance.test(70)) {
        List<String> themes = concat(pillars, areas);
        var b = GoverningBody.builder().code("TESTBODY").name("Test body (fictional)")
            .addMandate(themes.get(themes.size() - 1), themes.get(random.nextInt(themes.size())));
        if (chance.test(70)) {
          int interval = full ? 2 : 1 + random.nextInt(4);
          var c = Cadence.builder().intervalYears(interval).month(Month.of(1 + random.nextInt(12)));
          if (interval % 2 == 0 && chance.test(60)) {
            c.yearParity(full ? Cadence.YearParity.EVEN : Cadence.YearParity.values()[random.nextInt(3)]);
          }
          if (chance.test(50)) {
            c.reconvenedMonth(Month.of(1 + random.nextInt(12)));
          }
          b.cadence(c.build());
        }
        rb.addGoverningBody(b.build());
        bodies.add("TESTBODY");
        parts.add("body");
      }
      return new Extension(n, rb.build(), parts, pillars, areas, grouping, bodies);
    }
  }

  /** Valid registries using every record type and optional field. */
  static Gen<Sample> samples() {
    Gen<Sample> gen = in -> sample(new Draw(in));
    return gen.describedAs(Sample::toString);
  }

  private static final String[] ID_STYLES = {"ORG-%d", "org.%d", "org/%d", "org~%d", "Örg-%d", "org %d"};

  static Sample sample(Draw d) {
    // the reference extension: one of a few variants, built once each (building reference data is slow)
    Extension ext = d.chance(75) ? Extension.variant(d.between(1, EXTENSION_VARIANTS)) : Extension.NONE;
    ReferenceData base = ext.base;
    List<String> extension = ext.parts;
    List<String> pillars = ext.pillars;
    List<String> areas = ext.areas;
    Optional<String> grouping = ext.grouping;
    List<String> bodies = ext.bodies;
    boolean facadeKnowsBase = !extension.isEmpty() && d.chance(30);
    List<String> themes = concat(pillars, areas);

    // reference records the registry adds
    List<Network> networks = new ArrayList<>();
    int networkCount = d.between(0, 2);
    for (int i = 1; i <= networkCount; i++) {
      var n = Network.builder().id("NET-" + i).name(d.text(3)).addAllFocus(d.subset(themes, 3));
      d.maybe(50, () -> d.text(1)).ifPresent(n::acronym);
      d.maybe(50, () -> "https://example.org/net-" + d.between(1, 99)).ifPresent(n::website);
      networks.add(n.build());
    }
    List<FieldOffice> offices = new ArrayList<>();
    int officeCount = d.between(0, 2);
    for (int i = 1; i <= officeCount; i++) {
      var o = FieldOffice.builder().id("FO-TEST-" + i).name(d.text(3)).seatCity(d.text(1))
          .seatCountry(d.pick(COUNTRIES)).kind(d.pick(List.of(FieldOfficeKind.values())))
          .addAllCoveredCountries(d.subset(COUNTRIES, 4));
      d.maybe(50, () -> "FT" + d.between(1, 9)).ifPresent(o::code);
      d.maybe(50, () -> String.valueOf(d.between(2020, 2030))).ifPresent(o::asOf);
      d.maybe(50, () -> "test source " + d.text(1)).ifPresent(o::source);
      offices.add(o.build());
    }
    List<Session> sessions = new ArrayList<>();
    int sessionCount = d.between(0, 2);
    for (int i = 1; i <= sessionCount; i++) {
      String body = d.pick(bodies);
      int number = 90 + i;
      int year = d.between(2027, 2030);
      var s = Session.builder().id(body + "-" + number).bodyCode(body).number(number)
          .title(number + "th session (test) " + d.text(2)).year(year);
      Optional<Month> month = d.maybe(70, () -> Month.of(d.between(1, 12)));
      month.ifPresent(s::month);
      if (d.chance(60)) {
        LocalDate start = month.map(m -> LocalDate.of(year, m, d.between(1, 28)))
            .orElseGet(() -> LocalDate.of(year, 1, 1).plusDays(d.between(0, 360)));
        s.start(start);
        d.maybe(70, () -> start.plusDays(d.between(0, 10))).ifPresent(s::end);
      } else if (d.chance(30)) {
        s.end(LocalDate.of(year, 12, d.between(1, 31)));
      }
      d.maybe(60, () -> "Vienna, Austria " + d.text(1)).ifPresent(s::venue);
      if (d.chance(30)) {
        s.reconvened(true);
      }
      d.maybe(50, () -> "announcement (test)").ifPresent(s::source);
      sessions.add(s.build());
    }
    List<String> allNetworks = concat(SHIPPED_NETWORKS, networks.stream().map(Network::id)
        .collect(Collectors.toList()));
    List<String> allOffices = concat(SHIPPED_OFFICES, offices.stream().map(FieldOffice::id)
        .collect(Collectors.toList()));
    List<String> allSessions = concat(SHIPPED_SESSIONS, sessions.stream().map(Session::id)
        .collect(Collectors.toList()));
    List<RegionRef> regions = new ArrayList<>(SHIPPED_REGIONS);
    grouping.ifPresent(g -> regions.add(RegionRef.grouping(g)));
    offices.forEach(o -> regions.add(RegionRef.grouping(o.id())));

    // organizations
    List<Organization> orgs = new ArrayList<>();
    int orgCount = d.between(1, 5);
    for (int i = 1; i <= orgCount; i++) {
      String id = String.format(Locale.ROOT, ID_STYLES[d.between(0, ID_STYLES.length - 1)], i);
      orgs.add(organization(d, id, areas, allNetworks));
    }
    List<String> orgIds = orgs.stream().map(Organization::id).collect(Collectors.toList());

    // participations, distinct
    Map<String, Participation> participations = new LinkedHashMap<>();
    int participationCount = d.between(0, 6);
    for (int i = 0; i < participationCount; i++) {
      Participation p = Participation.of(d.pick(orgIds), d.pick(allSessions), d.pick(List.of(ParticipationKind
          .values())));
      participations.putIfAbsent(p.key(), p);
    }

    // designations that do not overlap: per organization and region, periods one after the other
    List<RloDesignation> designations = new ArrayList<>();
    Map<String, LocalDate> nextFree = new LinkedHashMap<>();
    int designationCount = d.between(0, 4);
    for (int i = 1; i <= designationCount; i++) {
      String org = d.pick(orgIds);
      RegionRef region = d.pick(regions);
      String key = org + "\n" + region;
      if (nextFree.containsKey(key) && nextFree.get(key) == null) {
        continue;
      }
      LocalDate from = d.date(nextFree.getOrDefault(key, LocalDate.of(2015, 1, 1)), 400);
      Optional<LocalDate> until = d.maybe(60, () -> d.date(from, 900));
      designations.add(RloDesignation.builder().id("RLO-" + i).organizationId(org).region(region).validFrom(from)
          .validUntil(until).build());
      nextFree.put(key, until.map(u -> u.plusDays(1)).orElse(null));
    }

    // applications, grants, consultations
    List<SeedFundingApplication> apps = new ArrayList<>();
    int appCount = d.between(0, 3);
    for (int i = 1; i <= appCount; i++) {
      var a = SeedFundingApplication.builder().id("APP-" + i).applicantId(d.pick(orgIds))
          .applicationDate(d.date(LocalDate.of(2020, 1, 1), 3000));
      if (d.chance(60)) {
        a.status(d.pick(List.of(ApplicationStatus.values())));
        d.maybe(70, () -> d.pick(regions)).ifPresent(a::targetRegion);
        d.maybe(60, () -> d.pick(allSessions)).ifPresent(a::followsSessionId);
        if (d.chance(60)) {
          LocalDate start = d.date(LocalDate.of(2021, 1, 1), 3000);
          a.plannedStart(start);
          d.maybe(70, () -> d.date(start, 60)).ifPresent(a::plannedEnd);
        } else if (d.chance(30)) {
          a.plannedEnd(d.date(LocalDate.of(2021, 1, 1), 3000));
        }
        d.maybe(70, d::money).ifPresent(a::amountRequested);
        // each of focus areas, invited Member States and field office: not stated, stated as none, or stated
        d.maybe(75, () -> Set.copyOf(d.subset(areas, 3))).ifPresent(a::focusAreas);
        d.maybe(75, () -> Set.copyOf(d.subset(COUNTRIES, 3))).ifPresent(a::invitedMemberStates);
        if (d.chance(50)) {
          a.fieldOfficeId(d.pick(allOffices));
        } else if (d.chance(40)) {
          a.noFieldOffice(true);
        }
        a.addAllCoHostIds(d.subset(orgIds, 2));
        d.maybe(50, () -> String.valueOf(d.between(2020, 2030))).ifPresent(a::cycle);
      }
      apps.add(a.build());
    }
    List<String> appIds = apps.stream().map(SeedFundingApplication::id).collect(Collectors.toList());
    List<Grant> grants = new ArrayList<>();
    int grantCount = d.between(0, 3);
    for (int i = 1; i <= grantCount; i++) {
      LocalDate start = d.date(LocalDate.of(2021, 1, 1), 3000);
      LocalDate end = d.date(start, 30);
      var g = Grant.builder().id("GR-" + i).organizationId(d.pick(orgIds)).amount(d.money())
          .consultationStart(start).consultationEnd(end);
      if (!appIds.isEmpty()) {
        d.maybe(60, () -> d.pick(appIds)).ifPresent(g::applicationId);
      }
      d.maybe(60, () -> d.date(end, 90)).ifPresent(g::reportDue);
      d.maybe(50, () -> d.date(start, 120)).ifPresent(g::reportSubmitted);
      grants.add(g.build());
    }
    List<String> grantIds = grants.stream().map(Grant::id).collect(Collectors.toList());
    List<Consultation> consultations = new ArrayList<>();
    int consultationCount = d.between(0, 3);
    for (int i = 1; i <= consultationCount; i++) {
      LocalDate start = d.date(LocalDate.of(2021, 1, 1), 3000);
      var c = Consultation.builder().id("CONS-" + i).status(d.pick(List.of(ConsultationStatus.values())))
          .region(d.pick(regions)).leadOrganizationId(d.pick(orgIds)).start(start).end(d.date(start, 5));
      if (d.chance(60)) {
        d.maybe(60, () -> d.pick(allSessions)).ifPresent(c::followsSessionId);
        c.addAllCoHostIds(d.subset(orgIds, 2));
        c.addAllFocusAreas(d.subset(areas, 3));
        d.maybe(50, () -> d.pick(allOffices)).ifPresent(c::fieldOfficeId);
        c.addAllInvitedOrganizationIds(d.subset(orgIds, 3));
        c.addAllInvitedMemberStates(d.subset(COUNTRIES, 3));
        if (!grantIds.isEmpty()) {
          d.maybe(50, () -> d.pick(grantIds)).ifPresent(c::grantId);
        }
        d.maybe(50, () -> d.date(start, 60)).ifPresent(c::recordSubmitted);
      }
      consultations.add(c.build());
    }
    return new Sample(base, facadeKnowsBase, extension, networks, offices, sessions, orgs,
        new ArrayList<>(participations.values()), designations, apps, grants, consultations);
  }

  private static Organization organization(Draw d, String id, List<String> areas, List<String> networks) {
    var o = Organization.builder().id(id).name(d.text(4)).type(d.pick(List.of(OrganisationType.values())));
    if (d.chance(70)) {
      d.maybe(60, () -> d.text(1)).ifPresent(o::acronym);
      d.maybe(50, () -> EcosocStatus.of(d.pick(List.of(EcosocStatus.Category.values())),
          d.pick(List.of(EcosocStatus.State.values())), d.between(1946, 2025))).ifPresent(o::ecosocStatus);
      d.maybe(60, () -> d.date(LocalDate.of(1950, 1, 1), 27000)).ifPresent(o::registrationDate);
      d.maybe(60, () -> d.pick(COUNTRIES)).ifPresent(o::registrationCountry);
      d.maybe(60, () -> d.pick(COUNTRIES)).ifPresent(o::headquartersCountry);
      o.addAllOperatingCountries(d.subset(COUNTRIES, 4));
      o.addAllThematicAreas(d.subset(areas, 3));
      Set<String> keys = new HashSet<>();
      int memberships = d.between(0, 2);
      for (int i = 0; i < memberships; i++) {
        String network = d.pick(networks);
        LocalDate since = d.date(LocalDate.of(2000, 1, 1), 9000);
        if (keys.add(network + "@" + since)) {
          var m = NetworkMembership.builder().networkId(network).since(since);
          d.maybe(50, () -> d.date(since, 3000)).ifPresent(m::until);
          o.addNetworkMemberships(m.build());
        }
      }
      d.maybe(50, () -> d.pick(List.of(GeographicScope.values()))).ifPresent(o::declaredScope);
      d.maybe(40, () -> d.between(0, 500)).ifPresent(o::memberOrganizations);
      if (d.chance(60)) {
        var dd = DueDiligence.builder().tobaccoIndustryTies(d.pick(List.of(Flag.values())))
            .sanctionsListed(d.pick(List.of(Flag.values()))).pseaMeasures(d.pick(List.of(Flag.values())));
        d.maybe(60, () -> d.date(LocalDate.of(2020, 1, 1), 2500)).ifPresent(dd::assessedOn);
        o.dueDiligence(dd.build());
      }
      if (d.chance(70)) {
        var c = ContactDetails.builder();
        d.maybe(70, () -> d.pick(List.of("Jane Example", "Jean Exemple", "Ольга Пример", "J. \"Doe\""))).ifPresent(
            c::contactPerson);
        d.maybe(70, () -> "contact" + d.between(1, 99) + "@example.org").ifPresent(c::email);
        d.maybe(70, () -> "+1 555 01" + d.between(10, 99)).ifPresent(c::phone);
        d.maybe(50, () -> "P.O. Box " + d.between(1, 999) + ", Example City\n" + d.text(1)).ifPresent(
            c::postalAddress);
        o.contact(c.build());
      }
    }
    return o.build();
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  // ------------------------------------------------------------------ unknown JSON values

  /** A JSON value as put into a document, numbers with their exact text. */
  interface JValue {
    /** The text put into the document: strings escaped differently from Jackson's own choice. */
    String raw();

    /** Writes the value as Jackson writes it (the form {@link UnknownFields#fields(String)} gives). */
    void write(JsonGenerator gen);
  }

  record JString(String value) implements JValue {
    @Override
    public String raw() {
      StringBuilder sb = new StringBuilder("\"");
      value.chars().forEach(c -> {
        if (c == '"') {
          sb.append("\\\"");
        } else if (c == '\\') {
          sb.append("\\\\");
        } else if (c == '/') {
          sb.append("\\/");
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\t') {
          sb.append("\\t");
        } else if (c < 0x20 || c > 0x7e) {
          sb.append(String.format(Locale.ROOT, "\\u%04X", c));
        } else {
          sb.append((char) c);
        }
      });
      return sb.append('"').toString();
    }

    @Override
    public void write(JsonGenerator gen) {
      gen.writeString(value);
    }
  }

  record JNumber(String text) implements JValue {
    @Override
    public String raw() {
      return text;
    }

    @Override
    public void write(JsonGenerator gen) {
      gen.writeNumber(text);
    }
  }

  record JLiteral(String text) implements JValue {
    @Override
    public String raw() {
      return text;
    }

    @Override
    public void write(JsonGenerator gen) {
      if (text.equals("null")) {
        gen.writeNull();
      } else {
        gen.writeBoolean(Boolean.parseBoolean(text));
      }
    }
  }

  record JArray(List<JValue> elements) implements JValue {
    @Override
    public String raw() {
      return elements.stream().map(JValue::raw).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public void write(JsonGenerator gen) {
      gen.writeStartArray();
      elements.forEach(e -> e.write(gen));
      gen.writeEndArray();
    }
  }

  record JObject(Map<String, JValue> members) implements JValue {
    @Override
    public String raw() {
      return members.entrySet().stream().map(e -> new JString(e.getKey()).raw() + " :" + e.getValue().raw())
          .collect(Collectors.joining(",", "{ ", " }"));
    }

    @Override
    public void write(JsonGenerator gen) {
      gen.writeStartObject();
      members.forEach((k, v) -> {
        gen.writeName(k);
        v.write(gen);
      });
      gen.writeEndObject();
    }
  }

  private static final JsonFactory COMPACT = JsonFactory.builder().build();

  /** The compact text Jackson writes for a value. */
  static String compact(JValue value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = COMPACT.createGenerator(ObjectWriteContext.empty(), out)) {
      value.write(gen);
    }
    return out.toString();
  }

  private static final List<String> CHARS = List.of("a", "Z", "7", " ", "\"", "\\", "/", "\n", "\t", "\r", "\b",
      "\f", "\u0000", "\u001f", "\u007f", "é", "ß", "中", "😀", "\u2028", "\u2029", "~", "İ", "ı");

  private static final List<String> INTEGERS = List.of("0", "-0", "42", "-17", "9007199254740993",
      "123456789012345678901234567890", "-98765432109876543210");

  private static final List<String> DECIMALS = List.of("1.50", "1e5", "1E+5", "-2.5e-3", "0.0", "-0.0", "100.000",
      "3.14159265358979323846264338327950288419716939937510", "6.02214076E23", "1.0e-10", "18500.50");

  static String string(Draw d, int max) {
    int n = d.between(0, max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(d.pick(CHARS));
    }
    return sb.toString();
  }

  static JValue value(Draw d, int depth) {
    int kind = d.between(0, depth > 0 ? 7 : 5);
    switch (kind) {
      case 0:
        return new JString(string(d, 6));
      case 1:
        return new JNumber(d.chance(50) ? d.pick(INTEGERS) : String.valueOf(d.longBetween(-1_000_000, 1_000_000)));
      case 2:
        return new JNumber(d.chance(70) ? d.pick(DECIMALS)
            : d.between(0, 999) + "." + d.between(0, 99) + "0".repeat(d.between(0, 3)));
      case 3:
        return new JLiteral(d.chance(50) ? "true" : "false");
      case 4:
        return new JLiteral("null");
      case 5:
        return new JNumber(d.pick(DECIMALS));
      case 6: {
        List<JValue> elements = new ArrayList<>();
        int n = d.between(0, 3);
        for (int i = 0; i < n; i++) {
          elements.add(value(d, depth - 1));
        }
        return new JArray(elements);
      }
      default: {
        Map<String, JValue> members = new LinkedHashMap<>();
        int n = d.between(0, 3);
        for (int i = 0; i < n; i++) {
          members.put(string(d, 4) + i, value(d, depth - 1));
        }
        return new JObject(members);
      }
    }
  }

  private static final List<String> NAME_CHARS = List.of("x", "q", "_", "-", "$", " ", "é", "中", "😀", "/", "~",
      "\"", "\\", "0", "~1", ".", "@");

  /** A member name the format does not define. */
  static String unknownName(Draw d, Set<String> taken) {
    StringBuilder sb = new StringBuilder();
    int n = d.between(1, 6);
    for (int i = 0; i < n; i++) {
      sb.append(d.pick(NAME_CHARS));
    }
    String name = sb.toString();
    while (FORMAT_NAMES.contains(name) || taken.contains(name)) {
      name = name + "#" + taken.size();
    }
    taken.add(name);
    return name;
  }

  // ------------------------------------------------------------------ where unknown members go

  /** An object of the written document that may take unknown members. */
  static final class Site {
    final String what;
    /** The path from the document's root: member names and array indexes. */
    final List<Object> path;
    /** The documented anchor of the object in {@link UnknownFields}. */
    final String anchor;

    Site(String what, List<Object> path, String anchor) {
      this.what = what;
      this.path = List.copyOf(path);
      this.anchor = anchor;
    }

    /** The JSON pointer of the object. */
    String pointer() {
      return path.stream().map(p -> "/" + (p instanceof String ? escape((String) p) : p.toString()))
          .collect(Collectors.joining());
    }

    @Override
    public String toString() {
      return what + " " + pointer();
    }
  }

  /** One unknown member put into one object. */
  static final class Injection {
    final Site site;
    final String name;
    final JValue value;

    Injection(Site site, String name, JValue value) {
      this.site = site;
      this.name = name;
      this.value = value;
    }

    /** The JSON pointer of the member. */
    String pointer() {
      return site.pointer() + "/" + escape(name);
    }

    @Override
    public String toString() {
      return pointer() + " = " + value.raw();
    }
  }

  /** A sample, its written text, and unknown members put into that text. */
  static final class Injected {
    final Sample sample;
    final List<Injection> injections;

    Injected(Sample sample, List<Injection> injections) {
      this.sample = sample;
      this.injections = List.copyOf(injections);
    }

    @Override
    public String toString() {
      return sample + "\n  injected " + injections;
    }
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Every object of a sample's written document that takes unknown members, with its documented anchor. */
  static List<Site> sites(Sample s) {
    Registry r = s.registry;
    List<Site> sites = new ArrayList<>();
    sites.add(new Site("document", List.of(), ""));
    List<Organization> orgs = r.organizations();
    for (int i = 0; i < orgs.size(); i++) {
      Organization o = orgs.get(i);
      String anchor = "/organizations/" + escape(o.id());
      sites.add(new Site("organization", List.of("organizations", i), anchor));
      if (o.contact().isPresent()) {
        sites.add(new Site("contact", List.of("organizations", i, "contact"), anchor + "/contact"));
      }
      if (o.ecosocStatus().isPresent()) {
        sites.add(new Site("ecosocStatus", List.of("organizations", i, "ecosocStatus"), anchor + "/ecosocStatus"));
      }
      if (!o.dueDiligence().equals(DueDiligence.notAssessed())) {
        sites.add(new Site("dueDiligence", List.of("organizations", i, "dueDiligence"), anchor + "/dueDiligence"));
      }
      List<NetworkMembership> ms = o.networkMemberships();
      for (int j = 0; j < ms.size(); j++) {
        NetworkMembership m = ms.get(j);
        sites.add(new Site("membership", List.of("organizations", i, "networkMemberships", j),
            anchor + "/networkMemberships/" + escape(m.networkId() + "@" + m.since())));
      }
    }
    List<Participation> ps = r.participations();
    for (int i = 0; i < ps.size(); i++) {
      Participation p = ps.get(i);
      sites.add(new Site("participation", List.of("participations", i), participationAnchor(p)));
    }
    List<RloDesignation> ds = r.designations();
    for (int i = 0; i < ds.size(); i++) {
      sites.add(new Site("designation", List.of("designations", i), "/designations/" + escape(ds.get(i).id())));
    }
    List<SeedFundingApplication> as = r.applications();
    for (int i = 0; i < as.size(); i++) {
      String anchor = "/applications/" + escape(as.get(i).id());
      sites.add(new Site("application", List.of("applications", i), anchor));
      if (as.get(i).amountRequested().isPresent()) {
        sites.add(new Site("money", List.of("applications", i, "amountRequested"), anchor + "/amountRequested"));
      }
    }
    List<Grant> gs = r.grants();
    for (int i = 0; i < gs.size(); i++) {
      String anchor = "/grants/" + escape(gs.get(i).id());
      sites.add(new Site("grant", List.of("grants", i), anchor));
      sites.add(new Site("money", List.of("grants", i, "amount"), anchor + "/amount"));
    }
    List<Consultation> cs = r.consultations();
    for (int i = 0; i < cs.size(); i++) {
      sites.add(new Site("consultation", List.of("consultations", i), "/consultations/" + escape(cs.get(i).id())));
    }
    if (!s.facadeKnowsBase && !s.extension.isEmpty()) {
      sites.add(new Site("reference", List.of("reference"), "/reference"));
      if (s.extension.contains("pillar")) {
        sites.add(new Site("pillar", List.of("reference", "pillars", 0), "/reference/pillars/test-pillar"));
      }
      List<String> areas = s.extension.stream().filter(p -> p.startsWith("test-area-")).sorted()
          .collect(Collectors.toList());
      for (int i = 0; i < areas.size(); i++) {
        sites.add(new Site("thematicArea", List.of("reference", "thematicAreas", i),
            "/reference/thematicAreas/" + areas.get(i)));
      }
      if (s.extension.contains("grouping")) {
        sites.add(new Site("grouping", List.of("reference", "groupings", 0), "/reference/groupings/TEST-SAHEL"));
      }
      if (s.extension.contains("body")) {
        sites.add(new Site("governingBody", List.of("reference", "governingBodies", 0),
            "/reference/governingBodies/TESTBODY"));
        if (s.base.findGoverningBody("TESTBODY").flatMap(GoverningBody::cadence).isPresent()) {
          sites.add(new Site("cadence", List.of("reference", "governingBodies", 0, "cadence"),
              "/reference/governingBodies/TESTBODY/cadence"));
        }
      }
    }
    List<Network> ns = s.networks.stream().sorted(java.util.Comparator.comparing(Network::id))
        .collect(Collectors.toList());
    for (int i = 0; i < ns.size(); i++) {
      sites.add(new Site("network", List.of("networks", i), "/networks/" + escape(ns.get(i).id())));
    }
    List<FieldOffice> fs = s.fieldOffices.stream().sorted(java.util.Comparator.comparing(FieldOffice::id))
        .collect(Collectors.toList());
    for (int i = 0; i < fs.size(); i++) {
      sites.add(new Site("fieldOffice", List.of("fieldOffices", i), "/fieldOffices/" + escape(fs.get(i).id())));
    }
    Set<String> added = s.sessions.stream().map(Session::id).collect(Collectors.toSet());
    List<Session> ss = r.sessions().stream().filter(x -> added.contains(x.id())).collect(Collectors.toList());
    for (int i = 0; i < ss.size(); i++) {
      sites.add(new Site("session", List.of("sessions", i), "/sessions/" + escape(ss.get(i).id())));
    }
    return sites;
  }

  /**
   * The documented anchor of a participation: its key escaped as in a JSON pointer, such as
   * {@code /participations/ke-hrn@CND-67~1ATTENDED}.
   */
  static String participationAnchor(Participation p) {
    return "/participations/" + escape(p.organizationId() + "@" + p.sessionId() + "/" + p.kind());
  }

  /** Samples with 1 to 6 unknown members put at random objects of their written document. */
  static Gen<Injected> injected() {
    Gen<Injected> gen = in -> {
      Draw d = new Draw(in);
      Sample s = sample(d);
      List<Site> sites = sites(s);
      Map<Site, Set<String>> taken = new LinkedHashMap<>();
      List<Injection> injections = new ArrayList<>();
      int n = d.between(1, 6);
      for (int i = 0; i < n; i++) {
        Site site = d.chance(25) ? sites.get(0) : d.pick(sites);
        String name = unknownName(d, taken.computeIfAbsent(site, k -> new HashSet<>()));
        injections.add(new Injection(site, name, value(d, 2)));
      }
      return new Injected(s, injections);
    };
    return gen.describedAs(Injected::toString);
  }

  /** Puts the unknown members into a written document, after the members already there. */
  static String inject(String json, List<Injection> injections) {
    ObjectNode root = (ObjectNode) TREE.readTree(json);
    for (Injection i : injections) {
      JsonNode target = navigate(root, i.site.path);
      ((ObjectNode) target).putRawValue(i.name, new RawValue(i.value.raw()));
    }
    return TREE.writeValueAsString(root);
  }

  static JsonNode navigate(JsonNode root, List<Object> path) {
    JsonNode at = root;
    for (Object segment : path) {
      at = segment instanceof Integer ? at.get((Integer) segment) : at.get((String) segment);
      if (at == null) {
        throw new AssertionError("no " + path + " in the document");
      }
    }
    return at;
  }
}
