package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.registry.Registry;
import org.quicktheories.QuickTheory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas of the coverage documents ({@code coverage-settings-1}, {@code coverage-report-1},
 * {@code coverage-trend-1}) agree with the reader and the writer: each is a valid 2020-12 schema, the golden
 * report and every document the library writes validate, and broken documents are refused by both, the reader
 * with the expected problem code.
 */
class CoverageSchemasTest {
  private static final String DIR = "/org/lookingbeyond/json/schema/";
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final JsonMapper TREE = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final Map<String, String> TEXTS = new TreeMap<>();
  private static final Map<String, Schema> SCHEMAS = new TreeMap<>();

  @BeforeAll
  static void loadSchemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (String name : List.of("coverage-settings", "coverage-report", "coverage-trend")) {
      String text = resource(DIR + name + "-1.schema.json");
      TEXTS.put(name, text);
      SCHEMAS.put(name, registry.getSchema(text, InputFormat.JSON));
    }
  }

  private static String resource(String name) {
    return TestResources.text(name);
  }

  private static String schemaName(DocumentType<?> type) {
    return type == DocumentType.COVERAGE_SETTINGS ? "coverage-settings" : type == DocumentType.COVERAGE_REPORT
        ? "coverage-report" : "coverage-trend";
  }

  private static void assertValid(DocumentType<?> type, String document, String what) {
    List<Error> errors = SCHEMAS.get(schemaName(type)).validate(document, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> what + " does not validate against " + schemaName(type) + "-1: " + errors
        + "\n" + abbreviated(document));
  }

  /** The schema refuses the document, and so does the reader, with (at least) a problem of this code. */
  private static void assertRefused(DocumentType<?> type, String document, JsonProblem.Code code) {
    assertFalse(SCHEMAS.get(schemaName(type)).validate(document, InputFormat.JSON).isEmpty(),
        () -> "the " + schemaName(type) + " schema accepts " + abbreviated(document));
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.read(type, document),
        () -> "the reader does not refuse " + abbreviated(document));
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == code), () -> "the reader reports no " + code + ": "
        + e.problems());
  }

  private static String abbreviated(String document) {
    return document.length() <= 1500 ? document : document.substring(0, 1500) + "...";
  }

  // ------------------------------------------------------------------ the schemas themselves

  @ParameterizedTest(name = "{0}-1.schema.json")
  @ValueSource(strings = {"coverage-settings", "coverage-report", "coverage-trend"})
  void theSchemaIsValidAgainstTheDraft202012MetaSchema(String name) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(TEXTS.get(name), InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> name + "-1 is not a valid 2020-12 schema: " + errors);
  }

  @ParameterizedTest(name = "{0}-1.schema.json")
  @ValueSource(strings = {"coverage-settings", "coverage-report", "coverage-trend"})
  void theSchemaDeclaresDraft202012ItsIdItsFormatAndStaysOpen(String name) {
    JsonNode schema = TREE.readTree(TEXTS.get(name));
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertEquals("https://lookingbeyond.org/schema/" + name + "-1.schema.json", schema.get("$id").asString());
    assertTrue(schema.get("description").asString().length() > 100, "the schema describes the document");
    assertEquals("format", schema.get("required").get(0).asString());
    assertEquals("^lookingbeyond\\." + name + "/1(\\.(0|[1-9][0-9]{0,8}))?$",
        schema.get("properties").get("format").get("pattern").asString());
    assertTrue(schema.get("additionalProperties").asBoolean(), "the root is open to unknown members");
    schema.get("$defs").properties().forEach(def -> {
      assertTrue(def.getValue().has("description"), () -> name + ": the definition " + def.getKey()
          + " has no description");
      JsonNode additional = def.getValue().get("additionalProperties");
      if (def.getValue().path("type").asString("").equals("object") && !additional.isObject()) {
        assertTrue(additional.asBoolean(), () -> name + ": the object " + def.getKey() + " is closed");
      }
    });
  }

  @Test
  void theReportSchemaDescribesTheSettingsAsTheSettingsDocumentDoes() {
    JsonNode settings = TREE.readTree(TEXTS.get("coverage-settings"));
    JsonNode inReport = TREE.readTree(TEXTS.get("coverage-report")).get("$defs").get("settings");
    ObjectNode rootProperties = ((ObjectNode) settings.get("properties")).deepCopy();
    rootProperties.remove("format");
    assertEquals(rootProperties, inReport.get("properties"));
    for (String def : List.of("geographyLevel", "engagementRule", "weights", "organisationType", "engagementTier")) {
      assertEquals(settings.get("$defs").get(def), TREE.readTree(TEXTS.get("coverage-report")).get("$defs").get(def),
          def);
    }
    assertEquals(settings.get("$defs").get("geographyLevel"),
        TREE.readTree(TEXTS.get("coverage-trend")).get("$defs").get("geographyLevel"));
  }

  // ------------------------------------------------------------------ what the library writes

  private static Registry golden() {
    return JSON.readRegistry(resource("/golden/registry.json")).registry();
  }

  @Test
  void theGoldenReportValidates() {
    String text = resource("/golden/coverage-report.json");
    assertValid(DocumentType.COVERAGE_REPORT, text, "golden/coverage-report.json");
    JSON.read(DocumentType.COVERAGE_REPORT, text);
  }

  @Test
  void everyHandMadeAnalysisAsWrittenValidates() {
    Registry registry = CoverageGenerators.handMadeRegistry();
    LookingBeyondJson compact = LookingBeyondJson.builder().pretty(false).build();
    for (GeographyLevel level : CoverageGenerators.everyLevel()) {
      for (ThemeLevel theme : ThemeLevel.values()) {
        CoverageSettings settings = CoverageGenerators.handMadeSettings(level, theme);
        CoverageReport report = CoverageAnalyzer.of(settings).analyze(registry);
        assertValid(DocumentType.COVERAGE_SETTINGS, JSON.write(DocumentType.COVERAGE_SETTINGS, settings), "settings");
        assertValid(DocumentType.COVERAGE_REPORT, JSON.write(DocumentType.COVERAGE_REPORT, report), "a report");
        assertValid(DocumentType.COVERAGE_REPORT, compact.write(DocumentType.COVERAGE_REPORT, report), "compact");
        assertValid(DocumentType.COVERAGE_TREND, JSON.write(DocumentType.COVERAGE_TREND, CoverageTrend.between(
            CoverageAnalyzer.of(CoverageSettings.builder().from(settings).asOf(settings.asOf().minusYears(15)).build())
                .analyze(registry), report)), "a trend");
      }
    }
  }

  @Test
  void generatedDocumentsAsWrittenValidate() {
    QuickTheory qt = QuickTheory.qt().withExamples(60).withShrinkCycles(30);
    qt.forAll(CoverageGenerators.settings()).checkAssert(s -> assertValid(DocumentType.COVERAGE_SETTINGS,
        JSON.write(DocumentType.COVERAGE_SETTINGS, s), "generated settings"));
    qt.forAll(CoverageGenerators.builtReports()).checkAssert(r -> assertValid(DocumentType.COVERAGE_REPORT,
        JSON.write(DocumentType.COVERAGE_REPORT, r), "a built report"));
    qt.forAll(CoverageGenerators.trends()).checkAssert(t -> assertValid(DocumentType.COVERAGE_TREND,
        JSON.write(DocumentType.COVERAGE_TREND, t), "a generated trend"));
    QuickTheory.qt().withExamples(25).withShrinkCycles(10).forAll(CoverageGenerators.analyzedReports())
        .checkAssert(r -> assertValid(DocumentType.COVERAGE_REPORT, JSON.write(DocumentType.COVERAGE_REPORT, r),
            "an analyzed report"));
  }

  // ------------------------------------------------------------------ what both refuse

  private static String edit(String document, Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) TREE.readTree(document);
    change.accept(root);
    return TREE.writeValueAsString(root);
  }

  private static ObjectNode at(ObjectNode root, Object... path) {
    JsonNode node = root;
    for (Object p : path) {
      node = p instanceof Integer ? node.get((Integer) p) : node.get((String) p);
    }
    return (ObjectNode) node;
  }

  private static String settingsText() {
    return JSON.write(DocumentType.COVERAGE_SETTINGS, CoverageGenerators.handMadeSettings(
        GeographyLevel.groupings("East and MENA", List.of("ROEA", "ROMENA")), ThemeLevel.AREA));
  }

  private static String reportText() {
    return JSON.write(DocumentType.COVERAGE_REPORT, CoverageAnalyzer.of(CoverageGenerators.handMadeSettings(
        GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA), ThemeLevel.PILLAR))
        .analyze(CoverageGenerators.handMadeRegistry()));
  }

  private static String trendText() {
    Registry registry = golden();
    return JSON.write(DocumentType.COVERAGE_TREND, CoverageTrend.between(
        CoverageAnalyzer.of(CoverageSettings.defaults(CoverageGenerators.AS_OF.minusYears(10))).analyze(registry),
        CoverageAnalyzer.of(CoverageSettings.defaults(CoverageGenerators.AS_OF)).analyze(registry)));
  }

  static Stream<DocumentType<?>> types() {
    return Stream.of(DocumentType.COVERAGE_SETTINGS, DocumentType.COVERAGE_REPORT, DocumentType.COVERAGE_TREND);
  }

  private static String valid(DocumentType<?> type) {
    return type == DocumentType.COVERAGE_SETTINGS ? settingsText() : type == DocumentType.COVERAGE_REPORT
        ? reportText() : trendText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void theControlDocumentsAreAcceptedByBoth(DocumentType<?> type) {
    String text = valid(type);
    assertValid(type, text, "the control document");
    JSON.read(type, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aMissingNewerOrForeignFormatIsRefused(DocumentType<?> type) {
    assertRefused(type, edit(valid(type), r -> r.remove("format")), JsonProblem.Code.UNSUPPORTED_FORMAT);
    assertRefused(type, edit(valid(type), r -> r.put("format", type.format().replace("/1", "/2"))),
        JsonProblem.Code.UNSUPPORTED_FORMAT);
    assertRefused(type, edit(valid(type), r -> r.put("format", type.format().replace("/1", "/0"))),
        JsonProblem.Code.UNSUPPORTED_FORMAT);
    assertRefused(type, edit(valid(type), r -> r.put("format", "lookingbeyond.policy/1")),
        JsonProblem.Code.UNSUPPORTED_FORMAT);
    assertRefused(type, edit(valid(type), r -> r.put("format", 1)), JsonProblem.Code.WRONG_TYPE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aMinorVersionIsAcceptedByBoth(DocumentType<?> type) {
    String text = edit(valid(type), r -> r.put("format", type.format() + ".7"));
    assertValid(type, text, "a minor version");
    JSON.read(type, text);
  }

  @Test
  void badGeographyLevelsAreRefused() {
    DocumentType<CoverageSettings> t = DocumentType.COVERAGE_SETTINGS;
    assertRefused(t, edit(settingsText(), r -> at(r, "geographyLevel").put("kind", "CONTINENT")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "geographyLevel").remove("kind")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(settingsText(), r -> r.putObject("geographyLevel").put("kind", "GROUPING_KIND")),
        JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(settingsText(), r -> r.putObject("geographyLevel").put("kind", "GROUPING_KIND")
        .put("groupingKind", "REGIONAL_OFFICE")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.putObject("geographyLevel").put("kind", "SUB_REGION")
        .put("groupingKind", "CUSTOM")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "geographyLevel").put("kind", "REGION")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "geographyLevel").remove("label")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(settingsText(), r -> at(r, "geographyLevel").putArray("groupingIds")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "geographyLevel").put("label", " ")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.put("geographyLevel", "SUB_REGION")), JsonProblem.Code.WRONG_TYPE);
  }

  @Test
  void badSettingsAreRefused() {
    DocumentType<CoverageSettings> t = DocumentType.COVERAGE_SETTINGS;
    assertRefused(t, edit(settingsText(), r -> r.remove("asOf")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(settingsText(), r -> r.put("asOf", "30/06/2025")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.put("gapBelow", -1)), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.put("weakBelow", "3")), JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(settingsText(), r -> r.put("maxPriorityGaps", -5)), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "regionWeights").put("002", "1.5")), JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(settingsText(), r -> at(r, "themeWeights").put("small-arms-control", -2)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.putArray("regionWeights").add(1.5)), JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(settingsText(), r -> r.putArray("organizationTypes")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> ((ArrayNode) r.get("organizationTypes")).add("CHARITY")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> ((ArrayNode) r.get("organizationTypes")).add(99)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> ((ArrayNode) r.get("engagedTiers")).add("DORMANT")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.putArray("engagementTiers")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> ((ArrayNode) r.get("networks")).add(" ")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "engagementRule").put("windowMonths", 0)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> at(r, "engagementRule").put("coreRequiresContribution", "yes")),
        JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(settingsText(), r -> r.put("themeLevel", "SECTOR")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(settingsText(), r -> r.put("prioritizeWeakCells", 1)), JsonProblem.Code.WRONG_TYPE);
  }

  @Test
  void badReportsAreRefused() {
    DocumentType<CoverageReport> t = DocumentType.COVERAGE_REPORT;
    assertRefused(t, edit(reportText(), r -> r.remove("settings")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(reportText(), r -> at(r, "settings").put("gapBelow", -1)), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> r.remove("cells")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(reportText(), r -> at(r, "cells", 3).remove("status")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(reportText(), r -> at(r, "cells", 3).put("status", "OK")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "cells", 3).put("csoCount", "0")), JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(reportText(), r -> at(r, "cells", 3).put("participations", -1)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "rows", 0).put("id", "")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "columns", 0, "concentration").put("gini", 1)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "overallConcentration").remove("hhi")),
        JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(reportText(), r -> at(r, "exclusions").put("ORGANIZATION_TYPE", -1)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "exclusions").put("TOO_SMALL", 1)), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", 0).put("status", "COVERED")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", 0).put("score", 0)), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", 0).put("rank", 0)), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", 0).put("severity", "high")),
        JsonProblem.Code.WRONG_TYPE);
    int withCandidates = gapWithCandidates(reportText());
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", withCandidates, "candidates", 0)
        .putArray("reasons")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", withCandidates, "candidates", 0, "reasons", 0)
        .put("kind", "NEARBY")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "priorityGaps", withCandidates, "candidates", 0)
        .remove("engaged")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(reportText(), r -> at(r, "unplaceable", 0).putArray("reasons").add("NO_NAME")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(reportText(), r -> at(r, "unplaceable", 0).remove("reasons")),
        JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(reportText(), r -> r.put("registryOrganizations", 1.5)), JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(reportText(), r -> r.put("coveredShare", 2)), JsonProblem.Code.INVALID_VALUE);
  }

  private static int gapWithCandidates(String report) {
    JsonNode gaps = TREE.readTree(report).get("priorityGaps");
    for (int i = 0; i < gaps.size(); i++) {
      if (gaps.get(i).has("candidates")) {
        return i;
      }
    }
    throw new AssertionError("no priority gap with candidates");
  }

  @Test
  void badTrendsAreRefused() {
    DocumentType<CoverageTrend> t = DocumentType.COVERAGE_TREND;
    assertRefused(t, edit(trendText(), r -> r.remove("themeLevel")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(trendText(), r -> r.remove("geographyLevel")), JsonProblem.Code.MISSING_FIELD);
    assertRefused(t, edit(trendText(), r -> at(r, "geographyLevel").put("kind", "PLANET")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(trendText(), r -> at(r, "cells", 0).put("kind", "MOVED")), JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(trendText(), r -> at(r, "cells", 0).put("baselineCount", -1)),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(trendText(), r -> at(r, "cells", 0).put("currentStatus", "FINE")),
        JsonProblem.Code.INVALID_VALUE);
    assertRefused(t, edit(trendText(), r -> at(r, "counts").put("LOST", "1")), JsonProblem.Code.WRONG_TYPE);
    assertRefused(t, edit(trendText(), r -> r.put("currentAsOf", "2025-13-01")), JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void nullOptionalMembersAndUnknownMembersAreAcceptedByBoth() {
    String settings = edit(settingsText(), r -> {
      for (String name : List.of("themeLevel", "organizationTypes", "requireRegisteredByAsOf", "networks",
          "engagementTiers", "engagementRule", "engagedTiers", "gapBelow", "weakBelow", "regionWeights", "themeWeights",
          "participationStart", "participationEnd", "prioritizeWeakCells", "maxPriorityGaps", "maxCandidatesPerGap")) {
        r.putNull(name);
      }
      r.putObject("geographyLevel").put("kind", "SUB_REGION").putNull("groupingKind").putNull("label")
          .putNull("groupingIds").put("x-note", "kept");
      r.put("x-owner", "CSU");
    });
    assertValid(DocumentType.COVERAGE_SETTINGS, settings, "settings with null and unknown members");
    assertEquals(CoverageSettings.defaults(CoverageGenerators.AS_OF),
        JSON.read(DocumentType.COVERAGE_SETTINGS, settings).value());
    String report = edit(reportText(), r -> {
      r.putNull("priorityGaps");
      r.putNull("unplaceable");
      r.putNull("warnings");
      r.putNull("countriesOutsideRows");
      r.putNull("coveredShare");
      r.putNull("exclusions");
      at(r, "rows", 0).putNull("parentId");
      at(r, "rows", 0).putNull("neighbourIds");
      at(r, "cells", 0).putNull("organizationIds").putNull("engagedOrganizationIds").putNull("rloOrganizationIds");
      at(r, "cells", 0).put("csoCount", 0).put("engagedCount", 0).put("rloCount", 0);
      at(r, "cells", 0).put("status", "GAP").put("threshold", 1);
      at(r, "cells", 0).putArray("x-tags").add("a");
    });
    assertValid(DocumentType.COVERAGE_REPORT, report, "a report with null and unknown members");
    JSON.read(DocumentType.COVERAGE_REPORT, report);
    String trend = edit(trendText(), r -> {
      r.putNull("counts");
      at(r, "cells", 0).putNull("baselineStatus").putNull("entered").put("x", 1);
    });
    assertValid(DocumentType.COVERAGE_TREND, trend, "a trend with null members");
    JSON.read(DocumentType.COVERAGE_TREND, trend);
  }
}
