package org.lookingbeyond.json;

import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.anyText;
import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.escape;
import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.fraction;
import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.number;
import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.coverage.CandidateReason;
import org.lookingbeyond.coverage.CellStatus;
import org.lookingbeyond.coverage.CellTrend;
import org.lookingbeyond.coverage.Concentration;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageCell;
import org.lookingbeyond.coverage.CoverageColumn;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageRow;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.coverage.Exclusion;
import org.lookingbeyond.coverage.GapCandidate;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.PriorityGap;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.coverage.TrendKind;
import org.lookingbeyond.coverage.UnplaceableOrganization;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.Draw;
import org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.Site;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.registry.Registry;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of coverage settings, reports (made by the analyzer over generated registries, or
 * built value by value with unicode ids and every optional part) and trends; a hand-made registry that gives
 * every kind of fact at every geography level; and the objects of each written document that may take unknown
 * members, with the anchors the writer uses.
 */
final class CoverageGenerators {
  private CoverageGenerators() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Groupings and field offices of the shipped reference data. */
  static final List<String> KNOWN_GROUPINGS = List.of("ROEA", "ROSEN", "ROSEAP", "ROMENA", "ROSAF", "AFRICAN",
      "WESTERN_EUROPEAN_OTHERS");

  private static final List<String> WEIGHT_KEYS = List.of("002", "202", "014", "142", "ROEA", "KE", "TZ",
      "drug-prevention", "trafficking-crime-terrorism", "health-human-development", "nowhere");

  /** Region weight keys the reference data knows, so that an analysis accepts them (some match no row). */
  private static final List<String> REGION_WEIGHT_KEYS = List.of("002", "202", "014", "142", "ROEA", "KE", "TZ",
      "AQ");

  /** Theme weight keys the taxonomy knows: areas and pillars. */
  private static final List<String> THEME_WEIGHT_KEYS = List.of("drug-prevention", "small-arms-control",
      "trafficking-crime-terrorism", "health-human-development");

  /** Weights of any finite magnitude, negative zero included. */
  private static final List<Double> ANY_WEIGHTS = List.of(0.0, -0.0, 1.0, 1.5, 2.0, 0.5, 1.0 / 3, 1e-9, 1e300,
      Double.MIN_VALUE, Double.MAX_VALUE, 123.456, 7e-200);

  /** Weights whose products stay finite, for settings that are analyzed. */
  private static final List<Double> MODEST_WEIGHTS = List.of(0.0, -0.0, 1.0, 1.5, 2.0, 0.5, 1.0 / 3, 1e-9, 1e6,
      Double.MIN_VALUE, 123.456);

  static <T> List<T> subset(Draw d, List<T> pool, int min) {
    Set<T> out = new LinkedHashSet<>();
    int n = d.between(min, pool.size());
    while (out.size() < n) {
      out.add(d.pick(pool));
    }
    return new ArrayList<>(out);
  }

  // ================================================================== settings

  static GeographyLevel level(Draw d, boolean analyzed) {
    switch (d.between(0, 7)) {
      case 0:
        return GeographyLevel.country();
      case 1:
        return GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION);
      case 2:
        return GeographyLevel.m49(RegionLevel.SUB_REGION);
      case 3:
        return GeographyLevel.m49(RegionLevel.REGION);
      case 4:
        return GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA);
      case 5:
        return GeographyLevel.groupings(GroupingKind.UN_REGIONAL_GROUP);
      case 6:
        return GeographyLevel.groupings(GroupingKind.CUSTOM);
      default:
        List<String> ids = analyzed ? subset(d, KNOWN_GROUPINGS, 1) : new ArrayList<>();
        if (!analyzed) {
          int n = d.between(1, 3);
          for (int i = 0; i < n; i++) {
            ids.add(d.chance(50) ? d.pick(KNOWN_GROUPINGS) : text(d, 5));
          }
        }
        return GeographyLevel.groupings(text(d, 12), ids);
    }
  }

  /** Settings with every setting drawn or left to its default; analyzed settings name known groupings. */
  static CoverageSettings settings(Draw d, boolean analyzed) {
    LocalDate asOf = d.date(2015, 15);
    var b = CoverageSettings.builder().asOf(asOf);
    if (d.chance(80)) {
      // the country level has 249 rows: analyzed less often, so that the properties stay quick
      GeographyLevel level = level(d, analyzed);
      b.geographyLevel(analyzed && level.kind() == GeographyLevel.Kind.COUNTRY && d.chance(70)
          ? GeographyLevel.m49(RegionLevel.REGION) : level);
    }
    if (d.chance(50)) {
      b.themeLevel(d.pick(List.of(ThemeLevel.values())));
    }
    if (d.chance(40)) {
      b.organizationTypes(subset(d, List.of(OrganisationType.values()), 1));
    }
    if (d.chance(30)) {
      b.requireRegisteredByAsOf(d.chance(50));
    }
    if (d.chance(30)) {
      // An analysis refuses a network its reference data does not know; a settings document does not.
      List<String> networks = subset(d, analyzed ? List.of("VNGOC", "ALLIANCE-CPCJ", "UNCAC-COALITION")
          : List.of("VNGOC", "ALLIANCE-CPCJ", "UNCAC-COALITION", "NET-1"), 0);
      if (!analyzed && d.chance(50)) {
        networks.add(text(d, 8));
      }
      b.networks(networks);
    }
    if (d.chance(30)) {
      b.engagementTiers(subset(d, List.of(EngagementTier.values()), 1));
    }
    if (d.chance(40)) {
      b.engagementRule(EngagementRule.builder().windowMonths(d.between(1, 60)).coreMinimumParticipations(d.between(1, 6))
          .coreRequiresContribution(d.chance(50)).build());
    }
    if (d.chance(40)) {
      b.engagedTiers(subset(d, List.of(EngagementTier.values()), 0));
    }
    if (d.chance(50)) {
      int gap = d.between(0, 4);
      b.gapBelow(gap).weakBelow(gap + d.between(0, 4));
    }
    List<Double> weights = analyzed ? MODEST_WEIGHTS : ANY_WEIGHTS;
    int regions = d.between(0, 3);
    for (int i = 0; i < regions; i++) {
      b.putRegionWeights(analyzed ? d.pick(REGION_WEIGHT_KEYS) : d.chance(70) ? d.pick(WEIGHT_KEYS) : text(d, 6),
          d.chance(70) ? d.pick(weights) : Math.abs(number(d)));
    }
    int themes = d.between(0, 3);
    for (int i = 0; i < themes; i++) {
      b.putThemeWeights(analyzed ? d.pick(THEME_WEIGHT_KEYS) : d.chance(70) ? d.pick(WEIGHT_KEYS) : text(d, 6),
          d.chance(70) ? d.pick(weights) : Math.abs(number(d)));
    }
    if (d.chance(40)) {
      LocalDate start = asOf.minusDays(d.between(0, 800));
      b.participationStart(start).participationEnd(start.plusDays(d.between(0, 900)));
    }
    if (d.chance(30)) {
      b.prioritizeWeakCells(d.chance(50));
    }
    if (d.chance(40)) {
      b.maxPriorityGaps(d.between(0, analyzed ? 20 : 10_000));
    }
    if (d.chance(40)) {
      b.maxCandidatesPerGap(d.between(0, 6));
    }
    return b.build();
  }

  static Gen<CoverageSettings> settings() {
    Gen<CoverageSettings> gen = in -> settings(new Draw(in), false);
    return gen.describedAs(s -> LookingBeyondJson.defaults().write(DocumentType.COVERAGE_SETTINGS, s));
  }

  // ================================================================== reports

  /** A report made by the analyzer over a generated registry with generated settings. */
  static Gen<CoverageReport> analyzedReports() {
    Gen<CoverageReport> gen = in -> {
      Generators.Sample sample = Generators.sample(new Generators.Draw(in));
      return CoverageAnalyzer.of(settings(new Draw(in), true)).analyze(sample.registry);
    };
    return gen.describedAs(CoverageReport::toString);
  }

  static Concentration concentration(Draw d) {
    int rows = d.between(0, 20);
    int nonEmpty = d.between(0, rows);
    long total = nonEmpty == 0 && d.chance(50) ? 0 : nonEmpty + d.longBetween(0, d.chance(10) ? Long.MAX_VALUE
        - nonEmpty : 1000);
    if (total == 0) {
      return Concentration.builder().hhi(0).gini(0).rows(rows).nonEmptyRows(nonEmpty).total(0).build();
    }
    double gini = fraction(d) * 0.999;
    return Concentration.builder().hhi(fraction(d)).gini(gini).rows(rows).nonEmptyRows(nonEmpty).total(total)
        .build();
  }

  private static final List<String> ROW_IDS = List.of("015", "202", "ROEA", "KE", "GROUPING/ü~1", "AFRICAN");
  private static final List<String> COLUMN_IDS = List.of("drug-prevention", "anti-corruption",
      "health-human-development", "x/~\"col\"");
  private static final List<String> ORG_IDS = List.of("ke-hrn", "org/1", "org~2", "Örg 3", "a\"b\\c", "中文",
      "😀", "x@y", "eg-jo");

  private static List<String> ids(Draw d, List<String> pool, int max) {
    List<String> out = subset(d, pool, 0);
    return out.size() > max ? out.subList(0, max) : out;
  }

  private static String id(Draw d, List<String> pool, Set<String> taken) {
    String id = d.chance(70) ? d.pick(pool) : text(d, 6);
    while (!taken.add(id)) {
      id = id + "#" + taken.size();
    }
    return id;
  }

  /** A report built value by value: unicode and pointer syntax in ids, every optional part present or not. */
  static CoverageReport builtReport(Draw d) {
    CoverageSettings settings = settings(d, false);
    Set<String> rowIds = new java.util.HashSet<>();
    List<CoverageRow> rows = new ArrayList<>();
    int rowCount = d.between(0, 4);
    for (int i = 0; i < rowCount; i++) {
      String id = id(d, ROW_IDS, rowIds);
      var r = CoverageRow.builder().id(id).name(text(d, 10)).countries(ids(d, List.of("KE", "UG", "TZ", "EG",
          "AQ"), 5)).organizationCount(d.between(0, 500));
      if (d.chance(60)) {
        r.parentId(d.chance(70) ? d.pick(List.of("002", "142", "")) : anyText(d, 4));
      }
      rows.add(r.build());
    }
    List<CoverageRow> withNeighbours = new ArrayList<>();
    for (CoverageRow r : rows) {
      List<String> others = new ArrayList<>(rowIds);
      others.remove(r.id());
      withNeighbours.add(CoverageRow.builder().from(r).neighbourIds(ids(d, others, 3)).build());
    }
    Set<String> columnIds = new java.util.HashSet<>();
    List<CoverageColumn> columns = new ArrayList<>();
    int columnCount = d.between(0, 3);
    for (int i = 0; i < columnCount; i++) {
      columns.add(CoverageColumn.builder().id(id(d, COLUMN_IDS, columnIds)).name(text(d, 10))
          .pillarId(d.chance(80) ? d.pick(List.of("trafficking-crime-terrorism", "health-human-development"))
              : anyText(d, 5))
          .areaIds(ids(d, COLUMN_IDS, 3)).organizationCount(d.between(0, 500)).concentration(concentration(d))
          .build());
    }
    List<CoverageCell> cells = new ArrayList<>();
    for (CoverageRow r : withNeighbours) {
      for (CoverageColumn c : columns) {
        List<String> orgs = ids(d, ORG_IDS, 5);
        int threshold = d.chance(10) ? d.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)) : d.between(0, 6);
        CellStatus status = orgs.size() < threshold ? d.pick(List.of(CellStatus.GAP, CellStatus.WEAK))
            : CellStatus.COVERED;
        cells.add(CoverageCell.builder().rowId(r.id()).columnId(c.id()).organizationIds(orgs)
            .engagedOrganizationIds(ids(d, orgs, 5)).rloOrganizationIds(ids(d, orgs, 5))
            .participations(d.between(0, 1000)).status(status)
            .thresholdName(d.chance(80) ? (status == CellStatus.GAP ? "gapBelow" : "weakBelow") : anyText(d, 5))
            .threshold(threshold).statusReason(anyText(d, 30)).build());
      }
    }
    var b = CoverageReport.builder().settings(settings).rows(withNeighbours).columns(columns).cells(cells)
        .overallConcentration(concentration(d));
    int placed = d.between(0, 50);
    b.placedOrganizations(placed).registryOrganizations(placed + d.between(0, 10));
    for (Exclusion e : subset(d, List.of(Exclusion.values()), 0)) {
      b.putExclusions(e, d.between(0, 100));
    }
    b.countriesOutsideRows(ids(d, List.of("AQ", "BV", "FR", "ZZ"), 4));
    b.priorityGapCount(d.between(0, 1000));
    if (!cells.isEmpty()) {
      List<CoverageCell> gapCells = subset(d, cells, 0);
      for (int i = 0; i < gapCells.size() && i < 4; i++) {
        b.addPriorityGaps(gap(d, i + 1, gapCells.get(i)));
      }
    }
    Set<String> unplaceable = new java.util.HashSet<>();
    int n = d.between(0, 3);
    for (int i = 0; i < n; i++) {
      List<UnplaceableOrganization.Reason> reasons = new ArrayList<>(new java.util.TreeSet<>(subset(d,
          List.of(UnplaceableOrganization.Reason.values()), 1)));
      b.addUnplaceable(UnplaceableOrganization.builder().organizationId(id(d, ORG_IDS, unplaceable))
          .organizationName(anyText(d, 10)).reasons(reasons).countriesOutsideRows(ids(d, List.of("AQ", "BV"), 2))
          .message(anyText(d, 20)).build());
    }
    int warnings = d.between(0, 3);
    for (int i = 0; i < warnings; i++) {
      b.addWarnings(anyText(d, 20));
    }
    return b.build();
  }

  private static PriorityGap gap(Draw d, int rank, CoverageCell cell) {
    var g = PriorityGap.builder().rank(d.chance(80) ? rank : d.between(1, Integer.MAX_VALUE)).rowId(cell.rowId())
        .columnId(cell.columnId()).status(d.pick(List.of(CellStatus.GAP, CellStatus.WEAK)))
        .csoCount(d.between(0, 10)).weakBelow(d.between(-3, 10)).severity(number(d)).regionWeight(number(d))
        .themeWeight(number(d)).score(d.chance(20) ? Double.MIN_VALUE : 1e-6 + fraction(d) * 1000)
        .explanation(anyText(d, 40));
    if (d.chance(50)) {
      g.regionWeightKey(d.pick(WEIGHT_KEYS));
    }
    if (d.chance(50)) {
      g.themeWeightKey(anyText(d, 5));
    }
    Set<String> taken = new java.util.HashSet<>();
    int n = d.between(0, 3);
    for (int i = 0; i < n; i++) {
      List<CandidateReason> reasons = new ArrayList<>();
      for (CandidateReason.Kind kind : new java.util.TreeSet<>(subset(d, List.of(CandidateReason.Kind.values()), 1))) {
        reasons.add(CandidateReason.builder().kind(kind).via(ids(d, List.of("202", "drug-prevention", "ROEA", "ü/~"),
            3)).message(anyText(d, 20)).build());
      }
      EngagementTier tier = d.pick(List.of(EngagementTier.values()));
      g.addCandidates(GapCandidate.builder().rank(i + 1).organizationId(id(d, ORG_IDS, taken))
          .organizationName(anyText(d, 10)).tier(tier).engaged(d.chance(50)).strength(d.between(-1, 20))
          .reasons(reasons).build());
    }
    return g.build();
  }

  static Gen<CoverageReport> builtReports() {
    Gen<CoverageReport> gen = in -> builtReport(new Draw(in));
    return gen.describedAs(r -> LookingBeyondJson.defaults().write(DocumentType.COVERAGE_REPORT, r));
  }

  // ================================================================== trends

  /** Trends between analyzed reports (one registry at two dates, or two registries) or built cell by cell. */
  static CoverageTrend trend(org.quicktheories.core.RandomnessSource in) {
    Draw d = new Draw(in);
    if (d.chance(50)) {
      Generators.Sample first = Generators.sample(new Generators.Draw(in));
      Registry other = d.chance(50) ? first.registry : Generators.sample(new Generators.Draw(in)).registry;
      CoverageSettings settings = settings(d, true);
      CoverageSettings later = CoverageSettings.builder().from(settings).asOf(settings.asOf().plusDays(d.between(0,
          2000))).build();
      return CoverageTrend.between(CoverageAnalyzer.of(settings).analyze(first.registry),
          CoverageAnalyzer.of(later).analyze(other));
    }
    var b = CoverageTrend.builder().baselineAsOf(d.date(2010, 10)).currentAsOf(d.date(2015, 10))
        .geographyLevel(level(d, false)).themeLevel(d.pick(List.of(ThemeLevel.values())));
    Set<String> taken = new java.util.HashSet<>();
    int n = d.between(0, 5);
    for (int i = 0; i < n; i++) {
      String row = d.pick(ROW_IDS);
      String column = d.pick(COLUMN_IDS);
      if (!taken.add(row + "\n" + column)) {
        continue;
      }
      Optional<CellStatus> before = d.chance(80) ? Optional.of(d.pick(List.of(CellStatus.values()))) : Optional.empty();
      Optional<CellStatus> after = d.chance(80) ? Optional.of(d.pick(List.of(CellStatus.values()))) : Optional.empty();
      b.addCells(CellTrend.builder().rowId(row).columnId(column).kind(d.pick(List.of(TrendKind.values())))
          .baselineCount(d.between(0, 100)).currentCount(d.between(0, 100)).baselineStatus(before)
          .currentStatus(after).entered(ids(d, ORG_IDS, 3)).left(ids(d, ORG_IDS, 3)).build());
    }
    return b.build();
  }

  static Gen<CoverageTrend> trends() {
    Gen<CoverageTrend> gen = CoverageGenerators::trend;
    return gen.describedAs(t -> LookingBeyondJson.defaults().write(DocumentType.COVERAGE_TREND, t));
  }

  // ================================================================== a hand-made registry

  /**
   * A registry with every kind of fact: organizations across Eastern Africa (in two overlapping field office
   * areas), the Middle East and North Africa (one field office area, two M49 regions), Latin America, Europe and
   * Antarctica; an RLO; engaged and not engaged organizations; one without countries, one without areas, a
   * government body and one registered after the as-of date.
   */
  static Registry handMadeRegistry() {
    List<Organization> orgs = new ArrayList<>();
    orgs.add(org("ke-hrn", "Lake Basin Harm Reduction Network (fictional)", List.of("KE", "UG", "TZ"),
        List.of("drug-treatment-care", "hiv-aids-prevention", "drug-prevention")));
    orgs.add(org("tz-prevention", "Kilimanjaro \"Prevention\" Forum (fictional)", List.of("TZ"),
        List.of("drug-prevention")));
    orgs.add(org("eg-jo/integrity", "Nile–Jordan Integrity Watch (fictional)", List.of("EG", "JO"),
        List.of("anti-corruption", "anti-human-trafficking")));
    orgs.add(org("ma-youth", "Réseau Jeunesse Maghreb (fictional)", List.of("MA", "TN"),
        List.of("youth-crime-prevention", "victim-witness-protection")));
    orgs.add(org("br~rights", "Rede Brasileira de Proteção (fictional)", List.of("BR", "AR"),
        List.of("anti-human-trafficking", "victim-witness-protection")));
    orgs.add(org("fr-alliance", "Alliance européenne (fictional)", List.of("FR", "DE"),
        List.of("drug-prevention", "alternative-development")));
    orgs.add(org("ke-small-arms", "Horn Small Arms Watch (fictional)", List.of("KE", "ET", "SO"),
        List.of("small-arms-control")));
    orgs.add(org("aq-research", "Polar Crime Research (fictional)", List.of("AQ"), List.of("environmental-crime")));
    orgs.add(org("no-countries", "Global Advocacy Hub (fictional)", List.of(), List.of("anti-corruption")));
    orgs.add(org("no-areas", "Nairobi Civic Forum (fictional)", List.of("KE"), List.of()));
    orgs.add(Organization.builder().id("ke-ministry").name("Ministry (fictional)").type(OrganisationType.GOVERNMENT)
        .addOperatingCountries("KE").addThematicAreas("drug-prevention").build());
    orgs.add(Organization.builder().from(org("ug-new", "Victoria Youth Outreach (fictional)", List.of("UG"),
        List.of("youth-crime-prevention"))).registrationDate(LocalDate.of(2026, 1, 15)).build());
    List<Participation> participations = List.of(
        Participation.of("ke-hrn", "CND-67", ParticipationKind.ORAL_STATEMENT),
        Participation.of("ke-hrn", "CND-68", ParticipationKind.ATTENDED),
        Participation.of("ke-hrn", "CCPCJ-33", ParticipationKind.SIDE_EVENT),
        Participation.of("ke-hrn", "CCPCJ-34", ParticipationKind.ATTENDED),
        Participation.of("eg-jo/integrity", "COSP-10", ParticipationKind.WRITTEN_STATEMENT),
        Participation.of("ma-youth", "CND-66", ParticipationKind.ATTENDED));
    RloDesignation rlo = RloDesignation.builder().id("RLO-1").organizationId("ke-hrn")
        .region(RegionRef.grouping("ROEA")).validFrom(LocalDate.of(2024, 1, 1)).build();
    var v = Registry.builder().addOrganizations(orgs).addParticipations(participations).addDesignations(rlo)
        .validate();
    if (!v.isValid()) {
      throw new AssertionError("the hand-made registry is invalid: " + v.problems());
    }
    return v.registry().orElseThrow();
  }

  private static Organization org(String id, String name, List<String> countries, List<String> areas) {
    return Organization.builder().id(id).name(name).type(OrganisationType.NATIONAL_NGO)
        .registrationDate(LocalDate.of(2010, 3, 1)).addAllOperatingCountries(countries).addAllThematicAreas(areas)
        .build();
  }

  /** Every geography level, each form of it. */
  static List<GeographyLevel> everyLevel() {
    return List.of(GeographyLevel.country(), GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION),
        GeographyLevel.m49(RegionLevel.SUB_REGION), GeographyLevel.m49(RegionLevel.REGION),
        GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA), GeographyLevel.groupings(GroupingKind.UN_REGIONAL_GROUP),
        GeographyLevel.groupings(GroupingKind.CUSTOM),
        GeographyLevel.groupings("Eastern Africa, MENA and the African Group", List.of("ROEA", "ROMENA", "AFRICAN")));
  }

  /**
   * Settings of the hand-made analyses: weights by M49 ancestor, grouping, area and pillar, one (Antarctica,
   * in no M49 region) matching no row at any level but the country level.
   */
  static CoverageSettings handMadeSettings(GeographyLevel level, ThemeLevel theme) {
    return CoverageSettings.builder().asOf(AS_OF).geographyLevel(level).themeLevel(theme)
        .putRegionWeights("002", 1.5).putRegionWeights("ROEA", 2.0).putRegionWeights("AQ", 3.0)
        .putThemeWeights("small-arms-control", 2.0).putThemeWeights("health-human-development", 0.5)
        .maxCandidatesPerGap(3).maxPriorityGaps(40).build();
  }

  static EnumSet<GeographyLevel.Kind> kinds(List<GeographyLevel> levels) {
    EnumSet<GeographyLevel.Kind> out = EnumSet.noneOf(GeographyLevel.Kind.class);
    levels.forEach(l -> out.add(l.kind()));
    return out;
  }

  // ================================================================== sites of unknown members

  private static void settingsSites(List<Site> sites, List<Object> at, String anchor) {
    sites.add(new Site("settings", at, anchor));
    sites.add(new Site("geography level", concat(at, "geographyLevel"), anchor + "/geographyLevel"));
    sites.add(new Site("engagement rule", concat(at, "engagementRule"), anchor + "/engagementRule"));
  }

  static List<Object> concat(List<Object> path, Object... more) {
    List<Object> out = new ArrayList<>(path);
    out.addAll(List.of(more));
    return out;
  }

  static List<Site> settingsSites(CoverageSettings s) {
    List<Site> sites = new ArrayList<>();
    settingsSites(sites, List.of(), "");
    return sites;
  }

  static List<Site> reportSites(CoverageReport r) {
    List<Site> sites = new ArrayList<>();
    sites.add(new Site("document", List.of(), ""));
    settingsSites(sites, List.of("settings"), "/settings");
    sites.add(new Site("overall concentration", List.of("overallConcentration"), "/overallConcentration"));
    for (int i = 0; i < r.rows().size(); i++) {
      sites.add(new Site("row", List.of("rows", i), "/rows/" + escape(r.rows().get(i).id())));
    }
    for (int i = 0; i < r.columns().size(); i++) {
      String anchor = "/columns/" + escape(r.columns().get(i).id());
      sites.add(new Site("column", List.of("columns", i), anchor));
      sites.add(new Site("column concentration", List.of("columns", i, "concentration"), anchor + "/concentration"));
    }
    // a few cells only: a country-level report has thousands
    for (int i = 0; i < r.cells().size(); i += Math.max(1, r.cells().size() / 7)) {
      CoverageCell c = r.cells().get(i);
      sites.add(new Site("cell", List.of("cells", i), "/cells/" + escape(c.rowId()) + "/" + escape(c.columnId())));
    }
    for (int i = 0; i < r.priorityGaps().size(); i++) {
      PriorityGap g = r.priorityGaps().get(i);
      String anchor = "/priorityGaps/" + escape(g.rowId()) + "/" + escape(g.columnId());
      sites.add(new Site("priority gap", List.of("priorityGaps", i), anchor));
      for (int j = 0; j < g.candidates().size(); j++) {
        GapCandidate c = g.candidates().get(j);
        String candidate = anchor + "/candidates/" + escape(c.organizationId());
        sites.add(new Site("candidate", List.of("priorityGaps", i, "candidates", j), candidate));
        for (int k = 0; k < c.reasons().size(); k++) {
          sites.add(new Site("reason", List.of("priorityGaps", i, "candidates", j, "reasons", k),
              candidate + "/reasons/" + c.reasons().get(k).kind()));
        }
      }
    }
    for (int i = 0; i < r.unplaceable().size(); i++) {
      sites.add(new Site("unplaceable", List.of("unplaceable", i), "/unplaceable/"
          + escape(r.unplaceable().get(i).organizationId())));
    }
    return sites;
  }

  static List<Site> trendSites(CoverageTrend t) {
    List<Site> sites = new ArrayList<>();
    sites.add(new Site("document", List.of(), ""));
    sites.add(new Site("geography level", List.of("geographyLevel"), "/geographyLevel"));
    for (int i = 0; i < t.cells().size(); i += Math.max(1, t.cells().size() / 7)) {
      CellTrend c = t.cells().get(i);
      sites.add(new Site("cell", List.of("cells", i), "/cells/" + escape(c.rowId()) + "/" + escape(c.columnId())));
    }
    return sites;
  }
}
