package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.injected;
import static org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.navigate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.coverage.CandidateReason;
import org.lookingbeyond.coverage.CellStatus;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.coverage.Exclusion;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.PriorityGap;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.coverage.UnplaceableOrganization;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.Injected;
import org.lookingbeyond.json.PolicyAndReportRoundTripPropertiesTest.Injection;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.registry.Registry;
import org.quicktheories.QuickTheory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The coverage documents round-trip: generated settings, reports made by the analyzer over generated
 * registries, reports built value by value, trends, and a hand-made registry analyzed at every geography level
 * by area and by pillar write and read back equal, and write the same bytes again (pretty and compact); unknown
 * members put anywhere survive a lenient read and write, and strict mode refuses each at its pointer.
 */
class CoverageRoundTripPropertiesTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final LookingBeyondJson COMPACT = LookingBeyondJson.builder().pretty(false).build();
  private static final LookingBeyondJson STRICT = LookingBeyondJson.builder().strict(true).build();
  private static final JsonMapper TREE = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(examples).withShrinkCycles(50);
  }

  private static <T> void roundTrip(DocumentType<T> type, T value) {
    for (LookingBeyondJson json : List.of(JSON, COMPACT)) {
      String text = json.write(type, value);
      Document<T> doc = json.read(type, text);
      assertEquals(value, doc.value(), () -> "read back from\n" + text);
      assertTrue(doc.unknownFields().isEmpty(), () -> "unknown fields in a written document: " + doc.unknownFields());
      assertEquals(text, json.write(type, doc.value()), "the value read back writes the same bytes");
    }
  }

  // ================================================================== round trips

  @Test
  void generatedSettingsWriteAndReadBackEqualAndByteIdentical() {
    qt(300).forAll(CoverageGenerators.settings()).checkAssert(s -> roundTrip(DocumentType.COVERAGE_SETTINGS, s));
  }

  @Test
  void reportsOfTheAnalyzerOverGeneratedRegistriesWriteAndReadBackEqualAndByteIdentical() {
    AtomicInteger placed = new AtomicInteger();
    AtomicInteger candidates = new AtomicInteger();
    AtomicInteger unplaceable = new AtomicInteger();
    qt(150).forAll(CoverageGenerators.analyzedReports()).checkAssert(r -> {
      roundTrip(DocumentType.COVERAGE_REPORT, r);
      placed.addAndGet(r.placedOrganizations() > 0 ? 1 : 0);
      candidates.addAndGet(r.priorityGaps().stream().anyMatch(g -> !g.candidates().isEmpty()) ? 1 : 0);
      unplaceable.addAndGet(r.unplaceable().isEmpty() ? 0 : 1);
    });
    assertTrue(placed.get() >= 30 && candidates.get() >= 10 && unplaceable.get() >= 5, () -> "reports with placed"
        + " organizations " + placed + ", with candidates " + candidates + ", with unplaceable " + unplaceable);
  }

  @Test
  void reportsBuiltValueByValueWriteAndReadBackEqualAndByteIdentical() {
    qt(200).forAll(CoverageGenerators.builtReports()).checkAssert(r -> roundTrip(DocumentType.COVERAGE_REPORT, r));
  }

  @Test
  void trendsWriteAndReadBackEqualAndByteIdentical() {
    qt(100).forAll(CoverageGenerators.trends()).checkAssert(t -> roundTrip(DocumentType.COVERAGE_TREND, t));
  }

  @Test
  void aHandMadeRegistryAnalyzedAtEveryLevelByAreaAndByPillarRoundTrips() {
    Registry registry = CoverageGenerators.handMadeRegistry();
    List<GeographyLevel> levels = CoverageGenerators.everyLevel();
    assertEquals(EnumSet.allOf(GeographyLevel.Kind.class), CoverageGenerators.kinds(levels), "every kind of level");
    Set<UnplaceableOrganization.Reason> unplaceable = EnumSet.noneOf(UnplaceableOrganization.Reason.class);
    Set<CandidateReason.Kind> reasons = EnumSet.noneOf(CandidateReason.Kind.class);
    Set<CellStatus> statuses = EnumSet.noneOf(CellStatus.class);
    boolean rlo = false;
    boolean weightKeys = false;
    boolean outside = false;
    for (GeographyLevel level : levels) {
      for (ThemeLevel theme : ThemeLevel.values()) {
        CoverageSettings settings = CoverageGenerators.handMadeSettings(level, theme);
        CoverageReport report = CoverageAnalyzer.of(settings).analyze(registry);
        roundTrip(DocumentType.COVERAGE_SETTINGS, settings);
        roundTrip(DocumentType.COVERAGE_REPORT, report);
        report.unplaceable().forEach(u -> unplaceable.addAll(u.reasons()));
        report.priorityGaps().forEach(g -> g.candidates().forEach(c -> c.reasons().forEach(r -> reasons.add(r.kind()))));
        report.cells().forEach(c -> statuses.add(c.status()));
        rlo |= report.cells().stream().anyMatch(c -> c.rloCount() > 0);
        weightKeys |= report.priorityGaps().stream().anyMatch(g -> g.regionWeightKey().isPresent()
            && g.themeWeightKey().isPresent());
        outside |= !report.countriesOutsideRows().isEmpty();
        assertEquals(1, report.exclusions().get(Exclusion.ORGANIZATION_TYPE), "the government body");
        assertEquals(1, report.exclusions().get(Exclusion.NOT_YET_REGISTERED), "the organization registered later");
        assertFalse(report.warnings().isEmpty(), "the weight naming nothing");
        if (level.kind() == GeographyLevel.Kind.GROUPING_KIND && level.groupingKind().orElseThrow()
            == GroupingKind.FIELD_OFFICE_AREA) {
          // Tanzania is in two field office areas: ke-hrn counts once in each
          assertTrue(report.row("ROEA").organizationCount() > 0 && report.row("ROSAF").organizationCount() > 0);
        }
      }
    }
    assertEquals(EnumSet.allOf(UnplaceableOrganization.Reason.class), unplaceable, "every reason of unplaceable");
    assertEquals(EnumSet.allOf(CandidateReason.Kind.class), reasons, "every kind of candidate reason");
    assertEquals(EnumSet.allOf(CellStatus.class), statuses, "every status");
    assertTrue(rlo && weightKeys && outside, "RLOs, weight keys and countries outside every row");
    CoverageReport before = CoverageAnalyzer.of(CoverageSettings.defaults(LocalDate.of(2009, 1, 1))).analyze(registry);
    CoverageReport after = CoverageAnalyzer.of(CoverageSettings.defaults(CoverageGenerators.AS_OF)).analyze(registry);
    CoverageTrend trend = CoverageTrend.between(before, after);
    assertFalse(trend.isUnchanged());
    roundTrip(DocumentType.COVERAGE_TREND, trend);
    roundTrip(DocumentType.COVERAGE_TREND, CoverageTrend.between(after, after));
  }

  @Test
  void everyFormOfTheGeographyLevelRoundTrips() {
    for (GeographyLevel level : CoverageGenerators.everyLevel()) {
      CoverageSettings s = CoverageSettings.builder().asOf(CoverageGenerators.AS_OF).geographyLevel(level).build();
      roundTrip(DocumentType.COVERAGE_SETTINGS, s);
    }
  }

  @Test
  void aSettingsDocumentWithOnlyAsOfReadsAsTheDefaults() {
    assertEquals(CoverageSettings.defaults(LocalDate.of(2026, 6, 30)), JSON.read(DocumentType.COVERAGE_SETTINGS,
        "{\"format\": \"lookingbeyond.coverage-settings/1\", \"asOf\": \"2026-06-30\"}").value());
    String nulls = "{\"format\": \"lookingbeyond.coverage-settings/1.3\", \"asOf\": \"2026-06-30\", \"geographyLevel\":"
        + " null, \"themeLevel\": null, \"organizationTypes\": null, \"networks\": null, \"engagementTiers\": null,"
        + " \"engagementRule\": {\"windowMonths\": null}, \"engagedTiers\": null, \"gapBelow\": null, \"weakBelow\":"
        + " null, \"regionWeights\": null, \"themeWeights\": {}, \"participationStart\": null, \"participationEnd\":"
        + " null, \"prioritizeWeakCells\": null, \"maxPriorityGaps\": null, \"maxCandidatesPerGap\": null,"
        + " \"requireRegisteredByAsOf\": null}";
    assertEquals(CoverageSettings.defaults(LocalDate.of(2026, 6, 30)), JSON.read(DocumentType.COVERAGE_SETTINGS,
        nulls).value(), "null members read as absent");
  }

  @Test
  void settingsReadFromHandWrittenJsonCarryEverySetting() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": {\"kind\": \"GROUPINGS\", \"label\": \"Horn and MENA\","
        + " \"groupingIds\": [\"ROMENA\", \"ROEA\", \"ROEA\"]},\n"
        + "  \"themeLevel\": \"PILLAR\",\n"
        + "  \"organizationTypes\": [22, \"INTERNATIONAL_NGO\", 10],\n"
        + "  \"requireRegisteredByAsOf\": false,\n"
        + "  \"networks\": [\"VNGOC\"],\n"
        + "  \"engagementTiers\": [\"CORE\", \"ACTIVE\"],\n"
        + "  \"engagementRule\": {\"windowMonths\": 12, \"coreMinimumParticipations\": 2, \"coreRequiresContribution\": false},\n"
        + "  \"engagedTiers\": [],\n"
        + "  \"gapBelow\": 2, \"weakBelow\": 5,\n"
        + "  \"regionWeights\": {\"002\": 1.5, \"ROEA\": 2},\n"
        + "  \"themeWeights\": {\"small-arms-control\": 0},\n"
        + "  \"participationStart\": \"2024-01-01\", \"participationEnd\": \"2024-12-31\",\n"
        + "  \"prioritizeWeakCells\": false, \"maxPriorityGaps\": 10, \"maxCandidatesPerGap\": 0\n"
        + "}";
    CoverageSettings expected = CoverageSettings.builder().asOf(LocalDate.of(2025, 6, 30))
        .geographyLevel(GeographyLevel.groupings("Horn and MENA", List.of("ROEA", "ROMENA")))
        .themeLevel(ThemeLevel.PILLAR)
        .organizationTypes(List.of(OrganisationType.NATIONAL_NGO, OrganisationType.INTERNATIONAL_NGO,
            OrganisationType.GOVERNMENT))
        .requireRegisteredByAsOf(false).addNetworks("VNGOC")
        .engagementTiers(List.of(EngagementTier.CORE, EngagementTier.ACTIVE))
        .engagementRule(EngagementRule.builder().windowMonths(12).coreMinimumParticipations(2).coreRequiresContribution(false)
            .build())
        .engagedTiers(List.of()).gapBelow(2).weakBelow(5).putRegionWeights("002", 1.5).putRegionWeights("ROEA", 2.0)
        .putThemeWeights("small-arms-control", 0.0).participationStart(LocalDate.of(2024, 1, 1))
        .participationEnd(LocalDate.of(2024, 12, 31)).prioritizeWeakCells(false).maxPriorityGaps(10)
        .maxCandidatesPerGap(0).build();
    CoverageSettings read = JSON.read(DocumentType.COVERAGE_SETTINGS, text).value();
    assertEquals(expected, read);
    assertTrue(read.engagedTiers().isEmpty(), "an empty engagedTiers is not the default");
    roundTrip(DocumentType.COVERAGE_SETTINGS, read);
    // and the settings run an analysis
    CoverageReport report = CoverageAnalyzer.of(read).analyze(CoverageGenerators.handMadeRegistry());
    assertEquals(List.of("ROEA", "ROMENA"), report.rows().stream().map(r -> r.id()).collect(Collectors.toList()));
    roundTrip(DocumentType.COVERAGE_REPORT, report);
  }

  /** The example of docs/JSON.md, section "Settings from JSON to an analysis". */
  @Test
  void theSettingsExampleOfTheDocsReadsAndRunsAnAnalysis() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": { \"kind\": \"GROUPING_KIND\", \"groupingKind\": \"FIELD_OFFICE_AREA\" },\n"
        + "  \"regionWeights\": { \"ROEA\": 1.5 },\n"
        + "  \"themeWeights\": { \"small-arms-control\": 2.0 },\n"
        + "  \"maxPriorityGaps\": 10\n"
        + "}";
    CoverageSettings settings = JSON.read(DocumentType.COVERAGE_SETTINGS, text).value();
    assertEquals(CoverageSettings.builder().asOf(LocalDate.of(2025, 6, 30))
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)).putRegionWeights("ROEA", 1.5)
        .putThemeWeights("small-arms-control", 2.0).maxPriorityGaps(10).build(), settings);
    CoverageReport report = CoverageAnalyzer.of(settings).analyze(CoverageGenerators.handMadeRegistry());
    assertEquals(10, report.priorityGaps().size());
    CoverageReport lastYear = CoverageAnalyzer.of(CoverageSettings.builder().from(settings)
        .asOf(LocalDate.of(2024, 6, 30)).build()).analyze(CoverageGenerators.handMadeRegistry());
    roundTrip(DocumentType.COVERAGE_TREND, CoverageTrend.between(lastYear, report));
  }

  @Test
  void weightsOfAnyFiniteMagnitudeAndNegativeZeroReadBackEqual() {
    for (double w : new double[] {-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 1e300, 1.0 / 3}) {
      CoverageSettings s = CoverageSettings.builder().asOf(CoverageGenerators.AS_OF).putRegionWeights("002", w)
          .putThemeWeights("drug-prevention", w).build();
      roundTrip(DocumentType.COVERAGE_SETTINGS, s);
      assertEquals(Double.doubleToRawLongBits(w), Double.doubleToRawLongBits(JSON.read(DocumentType.COVERAGE_SETTINGS,
          JSON.write(DocumentType.COVERAGE_SETTINGS, s)).value().regionWeights().get("002")), "weight " + w);
    }
  }

  /**
   * A score is the product of two weights and a severity: weights near Double.MAX_VALUE (any finite weight is
   * allowed) give an infinite score, which JSON cannot hold. Writing such a report fails with a clear
   * InvalidValueException rather than writing a document that cannot be read.
   */
  @Test
  void aReportWithAnInfiniteScoreCannotBeWritten() {
    CoverageSettings settings = CoverageSettings.builder().asOf(CoverageGenerators.AS_OF)
        .putRegionWeights("002", Double.MAX_VALUE).putThemeWeights("small-arms-control", 2.0).build();
    CoverageReport report = CoverageAnalyzer.of(settings).analyze(CoverageGenerators.handMadeRegistry());
    PriorityGap first = report.priorityGaps().get(0);
    assertEquals(Double.POSITIVE_INFINITY, first.score());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JSON.write(DocumentType.COVERAGE_REPORT, report));
    assertEquals("CoverageReport.score", e.problems().get(0).location());
  }

  // ================================================================== unknown members

  @Test
  void unknownMembersOfSettingsSurviveAndStrictModeRefusesThem() {
    qt(100).forAll(injected(CoverageGenerators.settings(), CoverageGenerators::settingsSites))
        .checkAssert(x -> checkUnknownMembers(DocumentType.COVERAGE_SETTINGS, x));
  }

  @Test
  void unknownMembersOfAnalyzedReportsSurviveAndStrictModeRefusesThem() {
    qt(40).forAll(injected(CoverageGenerators.analyzedReports(), CoverageGenerators::reportSites))
        .checkAssert(x -> checkUnknownMembers(DocumentType.COVERAGE_REPORT, x));
  }

  @Test
  void unknownMembersOfBuiltReportsEverywhereSurviveAndStrictModeRefusesThem() {
    qt(150).forAll(injected(CoverageGenerators.builtReports(), CoverageGenerators::reportSites))
        .checkAssert(x -> checkUnknownMembers(DocumentType.COVERAGE_REPORT, x));
  }

  @Test
  void unknownMembersOfTrendsSurviveAndStrictModeRefusesThem() {
    qt(80).forAll(injected(CoverageGenerators.trends(), CoverageGenerators::trendSites))
        .checkAssert(x -> checkUnknownMembers(DocumentType.COVERAGE_TREND, x));
  }

  @Test
  void unknownMembersFollowTheirRecordByIdNotByPosition() {
    CoverageReport report = CoverageAnalyzer.of(CoverageGenerators.handMadeSettings(
        GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA), ThemeLevel.PILLAR))
        .analyze(CoverageGenerators.handMadeRegistry());
    String text = JSON.write(DocumentType.COVERAGE_REPORT, report)
        .replace("\"id\": \"ROEA\",", "\"id\": \"ROEA\",\n      \"x-office\": {\"head\": \"fictional\"},");
    Document<CoverageReport> doc = JSON.read(DocumentType.COVERAGE_REPORT, text);
    assertEquals(Map.of("x-office", "{\"head\":\"fictional\"}"), doc.unknownFields().fields("/rows/ROEA"));
    // the same row in a report with other rows around it keeps its member
    CoverageReport other = CoverageAnalyzer.of(CoverageGenerators.handMadeSettings(GeographyLevel.groupings(
        "East only", List.of("ROEA", "ROSAF")), ThemeLevel.PILLAR)).analyze(CoverageGenerators.handMadeRegistry());
    String written = JSON.write(DocumentType.COVERAGE_REPORT, Document.of(other, doc.unknownFields()));
    assertTrue(written.contains("\"x-office\""), written);
    assertEquals(doc.unknownFields(), JSON.read(DocumentType.COVERAGE_REPORT, written).unknownFields());
  }

  /** Reads numbers as doubles (not BigDecimal, which has no negative zero) to keep the written values exact. */
  private static final JsonMapper DOUBLES = JsonMapper.builder().build();

  /** Puts the unknown members into a written document, after the members already there. */
  static String inject(String json, List<Injection> injections) {
    ObjectNode root = (ObjectNode) DOUBLES.readTree(json);
    for (Injection i : injections) {
      ((ObjectNode) navigate(root, i.site.path)).putRawValue(i.name, new RawValue(i.value.compact()));
    }
    return DOUBLES.writeValueAsString(root);
  }

  private static <T> void checkUnknownMembers(DocumentType<T> type, Injected<T> x) {
    String text = inject(JSON.write(type, x.value), x.injections);
    Document<T> doc = JSON.read(type, text);
    assertEquals(x.value, doc.value(), "unknown members change nothing in the value");

    String rewritten = JSON.write(type, doc);
    JsonNode tree = TREE.readTree(rewritten);
    for (Injection i : x.injections) {
      assertTrue(navigate(tree, i.site.path).has(i.name), () -> "the unknown member " + i + " is lost:\n" + rewritten);
    }
    Document<T> again = JSON.read(type, rewritten);
    assertEquals(x.value, again.value(), "the value after writing back");
    assertEquals(doc.unknownFields(), again.unknownFields(), "the unknown members after writing back");
    assertEquals(rewritten, JSON.write(type, again), "writing back is stable");

    Map<String, List<String>> namesByAnchor = new LinkedHashMap<>();
    for (Injection i : x.injections) {
      namesByAnchor.computeIfAbsent(i.site.anchor, a -> new ArrayList<>()).add(i.name);
      assertEquals(i.value.compact(), doc.unknownFields().fields(i.site.anchor).get(i.name),
          () -> "the text of " + i + " under the anchor " + i.site.anchor + "; anchors: " + doc.unknownFields());
    }
    namesByAnchor.forEach((anchor, names) -> assertEquals(names,
        new ArrayList<>(doc.unknownFields().fields(anchor).keySet()), "the members of " + anchor + " in order"));
    assertEquals(namesByAnchor.keySet(), doc.unknownFields().anchors(), "the anchors");

    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> STRICT.read(type, text),
        "strict mode refuses unknown members");
    Set<String> expected = x.injections.stream().map(Injection::pointer).collect(Collectors.toCollection(TreeSet::new));
    Set<String> refused = e.problems().stream().filter(p -> p.code() == JsonProblem.Code.UNKNOWN_FIELD)
        .map(JsonProblem::pointer).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, refused, "the pointers of the UNKNOWN_FIELD problems");
    assertTrue(e.problems().stream().allMatch(p -> p.code() == JsonProblem.Code.UNKNOWN_FIELD),
        () -> "only UNKNOWN_FIELD problems: " + e.problems());
  }
}
