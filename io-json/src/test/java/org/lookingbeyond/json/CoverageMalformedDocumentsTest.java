package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;

/**
 * Malformed coverage documents: each problem is reported with its code, JSON pointer, line and column, every
 * problem of a document at once, and no document is read alongside problems.
 */
class CoverageMalformedDocumentsTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final LookingBeyondJson STRICT = LookingBeyondJson.builder().strict(true).build();

  /** The problems of a document as "line:column pointer CODE", in the reader's order. */
  private static List<String> problems(LookingBeyondJson json, DocumentType<?> type, String text) {
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> json.read(type, text));
    return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.pointer() + " " + p.code())
        .collect(Collectors.toList());
  }

  private static String message(DocumentType<?> type, String text) {
    return assertThrows(JsonDocumentException.class, () -> JSON.read(type, text)).getMessage();
  }

  private static final DocumentType<CoverageSettings> SETTINGS = DocumentType.COVERAGE_SETTINGS;
  private static final DocumentType<CoverageReport> REPORT = DocumentType.COVERAGE_REPORT;
  private static final DocumentType<CoverageTrend> TREND = DocumentType.COVERAGE_TREND;

  @Test
  void aMissingFormatIsRefusedAtTheDocumentAndTheRestIsStillChecked() {
    String text = "{\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"gapBelow\": -1\n"
        + "}";
    assertEquals(List.of("1:1 /format UNSUPPORTED_FORMAT", "3:15 /gapBelow INVALID_VALUE"),
        problems(JSON, SETTINGS, text));
    assertTrue(message(SETTINGS, text).contains("expected \"lookingbeyond.coverage-settings/1\""));
  }

  @Test
  void aNewerMajorVersionStopsTheReading() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-report/2\",\n"
        + "  \"settings\": 3\n"
        + "}";
    assertEquals(List.of("2:13 /format UNSUPPORTED_FORMAT"), problems(JSON, REPORT, text));
    assertTrue(message(REPORT, text).contains("upgrade the library"), message(REPORT, text));
    // a null format is no format: the reading goes on
    assertEquals(List.of("1:1 /baselineAsOf MISSING_FIELD", "1:1 /currentAsOf MISSING_FIELD",
        "1:1 /format UNSUPPORTED_FORMAT", "1:1 /geographyLevel MISSING_FIELD", "1:1 /themeLevel MISSING_FIELD"),
        problems(JSON, TREND, "{\"format\": null}"));
    assertEquals(List.of("1:12 /format UNSUPPORTED_FORMAT"), problems(JSON, TREND,
        "{\"format\": \"lookingbeyond.coverage-report/1\"}"));
    assertEquals(List.of("1:1  WRONG_TYPE"), problems(JSON, SETTINGS, "[\"lookingbeyond.coverage-settings/1\"]"));
  }

  @Test
  void aWrongLevelKindAndMembersOfAnotherKindAreLocated() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": {\"kind\": \"CONTINENT\", \"label\": \"Africa\"}\n"
        + "}";
    assertEquals(List.of("4:30 /geographyLevel/kind INVALID_VALUE"), problems(JSON, SETTINGS, text));
    assertTrue(message(SETTINGS, text).contains("GROUPING_KIND, GROUPINGS"), message(SETTINGS, text));
    String other = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": {\"kind\": \"SUB_REGION\", \"groupingKind\": \"CUSTOM\", \"groupingIds\": [\"ROEA\"]}\n"
        + "}";
    assertEquals(List.of("4:60 /geographyLevel/groupingKind INVALID_VALUE",
        "4:85 /geographyLevel/groupingIds INVALID_VALUE"), problems(JSON, SETTINGS, other));
    String missing = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": {\"kind\": \"GROUPINGS\", \"groupingIds\": [\"ROEA\", 7]}\n"
        + "}";
    assertEquals(List.of("4:21 /geographyLevel/label MISSING_FIELD", "4:67 /geographyLevel/groupingIds/1 WRONG_TYPE"),
        problems(JSON, SETTINGS, missing));
  }

  @Test
  void negativeThresholdsAndThresholdsOutOfOrderAreLocated() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"gapBelow\": -1,\n"
        + "  \"weakBelow\": 2.5,\n"
        + "  \"engagementRule\": {\"windowMonths\": 0, \"coreMinimumParticipations\": 3000000000}\n"
        + "}";
    assertEquals(List.of("4:15 /gapBelow INVALID_VALUE", "5:16 /weakBelow WRONG_TYPE",
        "6:38 /engagementRule/windowMonths INVALID_VALUE", "6:70 /engagementRule/coreMinimumParticipations INVALID_VALUE"),
        problems(JSON, SETTINGS, text));
    // weakBelow below gapBelow is a check across members: located at the settings object
    String order = "{\"format\": \"lookingbeyond.coverage-settings/1\", \"asOf\": \"2025-06-30\", \"gapBelow\": 3,"
        + " \"weakBelow\": 2}";
    assertEquals(List.of("1:1  INVALID_VALUE"), problems(JSON, SETTINGS, order));
    assertTrue(message(SETTINGS, order).contains("CoverageSettings.weakBelow: (2) must be at least gapBelow (3)"), message(SETTINGS,
        order));
  }

  @Test
  void weightsThatAreNotNumbersAreLocatedAtEachWeight() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"regionWeights\": {\"002\": \"1.5\", \"ROEA\": true, \"a/b\": -2, \"KE\": NaN, \"TZ\": 1e999},\n"
        + "  \"themeWeights\": [1.5]\n"
        + "}";
    assertEquals(List.of("4:28 /regionWeights/002 WRONG_TYPE", "4:43 /regionWeights/ROEA WRONG_TYPE",
        "4:56 /regionWeights/a~1b INVALID_VALUE", "4:66 /regionWeights/KE INVALID_NUMBER",
        "4:77 /regionWeights/TZ INVALID_VALUE", "5:19 /themeWeights WRONG_TYPE"), problems(JSON, SETTINGS, text));
  }

  private static final String CELL_B = "{\"rowId\": \"014\", \"columnId\": \"b\", \"status\": \"GAP\","
      + " \"csoCount\": 0, \"engagedCount\": 0, \"rloCount\": 0, \"participations\": 0, \"thresholdName\":"
      + " \"gapBelow\", \"threshold\": 1, \"statusReason\": \"none\"}";
  private static final String CELL_A = "{\"rowId\": \"014\", \"columnId\": \"a\", \"status\": \"WEAK\","
      + " \"csoCount\": 1, \"engagedCount\": 0, \"rloCount\": 0, \"participations\": 0, \"thresholdName\":"
      + " \"weakBelow\", \"threshold\": 2, \"statusReason\": \"one\", \"organizationIds\": [\"ke-1\"]}";

  private static String report(String exclusions, String coveredShare, String firstCell, String secondCell) {
    return "{\n"
        + "  \"format\": \"lookingbeyond.coverage-report/1\",\n"
        + "  \"settings\": {\"asOf\": \"2025-06-30\", \"weakBelow\": 2},\n"
        + "  \"registryOrganizations\": 1, \"placedOrganizations\": 1, \"priorityGapCount\": 0,\n"
        + "  \"coveredShare\": " + coveredShare + ",\n"
        + "  \"exclusions\": " + exclusions + ",\n"
        + "  \"overallConcentration\": {\"hhi\": 1, \"gini\": 0, \"rows\": 1, \"nonEmptyRows\": 1, \"total\": 1},\n"
        + "  \"rows\": [{\"id\": \"014\", \"name\": \"Eastern Africa\", \"organizationCount\": 1}],\n"
        + "  \"columns\": [\n"
        + "    {\"id\": \"a\", \"name\": \"A\", \"pillarId\": \"p\", \"organizationCount\": 1, \"concentration\":"
        + " {\"hhi\": 1, \"gini\": 0, \"rows\": 1, \"nonEmptyRows\": 1, \"total\": 1}},\n"
        + "    {\"id\": \"b\", \"name\": \"B\", \"pillarId\": \"p\", \"organizationCount\": 0, \"concentration\":"
        + " {\"hhi\": 0, \"gini\": 0, \"rows\": 1, \"nonEmptyRows\": 0, \"total\": 0}}\n"
        + "  ],\n"
        + "  \"cells\": [\n"
        + "    " + firstCell + ",\n"
        + "    " + secondCell + "\n"
        + "  ]\n"
        + "}";
  }

  @Test
  void aReportWithInconsistentCellsIsLocatedAtEachCell() {
    // the unknown filter first; the cells are checked for order only when every record reads
    assertEquals(List.of("6:31 /exclusions/TOO_SMALL INVALID_VALUE"), problems(JSON, REPORT,
        report("{\"TOO_SMALL\": 1}", "0", CELL_A, CELL_B)));
    // cells out of row-major order, and a covered share that does not match them
    assertEquals(List.of("5:19 /coveredShare INVALID_VALUE", "14:5 /cells/0 INVALID_VALUE",
        "15:5 /cells/1 INVALID_VALUE"), problems(JSON, REPORT, report("{\"NETWORK\": 0}", "0.5", CELL_B, CELL_A)));
    // a count that disagrees with its ids
    assertEquals(List.of("14:69 /cells/0/csoCount INVALID_VALUE"), problems(JSON, REPORT,
        report("{}", "0", CELL_A.replace("\"csoCount\": 1", "\"csoCount\": 2"), CELL_B)));
    // a status that disagrees with its threshold: located at the cell
    assertEquals(List.of("15:5 /cells/1 INVALID_VALUE"), problems(JSON, REPORT,
        report("{}", "0", CELL_A, CELL_B.replace("\"GAP\"", "\"COVERED\""))));
    // too few cells for the rows and columns
    assertEquals(List.of("13:12 /cells INVALID_VALUE"), problems(JSON, REPORT,
        report("{}", "0", CELL_A, CELL_B).replace(",\n    " + CELL_B, "")));
    CoverageReport good = JSON.read(REPORT, report("{\"NETWORK\": 0}", "0", CELL_A, CELL_B)).value();
    assertEquals(2, good.cells().size());
    assertEquals(1, good.cell("014", "a").csoCount());
  }

  @Test
  void missingAndWronglyTypedMembersOfAReportAreAllReportedAtOnce() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-report/1\",\n"
        + "  \"settings\": {\"themeLevel\": \"AREA\"},\n"
        + "  \"registryOrganizations\": \"4\",\n"
        + "  \"overallConcentration\": {\"hhi\": \"high\", \"gini\": 0, \"rows\": 0, \"nonEmptyRows\": 0},\n"
        + "  \"rows\": [],\n"
        + "  \"columns\": {},\n"
        + "  \"priorityGaps\": [{\"rank\": 0}]\n"
        + "}";
    assertEquals(List.of("1:1 /cells MISSING_FIELD", "1:1 /placedOrganizations MISSING_FIELD",
        "1:1 /priorityGapCount MISSING_FIELD", "3:15 /settings/asOf MISSING_FIELD",
        "4:28 /registryOrganizations WRONG_TYPE", "5:27 /overallConcentration/total MISSING_FIELD",
        "5:35 /overallConcentration/hhi WRONG_TYPE", "7:14 /columns WRONG_TYPE",
        "8:20 /priorityGaps/0/columnId MISSING_FIELD", "8:20 /priorityGaps/0/csoCount MISSING_FIELD",
        "8:20 /priorityGaps/0/explanation MISSING_FIELD", "8:20 /priorityGaps/0/regionWeight MISSING_FIELD",
        "8:20 /priorityGaps/0/rowId MISSING_FIELD", "8:20 /priorityGaps/0/score MISSING_FIELD",
        "8:20 /priorityGaps/0/severity MISSING_FIELD", "8:20 /priorityGaps/0/status MISSING_FIELD",
        "8:20 /priorityGaps/0/themeWeight MISSING_FIELD", "8:20 /priorityGaps/0/weakBelow MISSING_FIELD",
        "8:29 /priorityGaps/0/rank INVALID_VALUE"), problems(JSON, REPORT, text));
  }

  @Test
  void aTrendWhoseCountsDisagreeWithItsCellsIsLocatedAtTheCount() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-trend/1\",\n"
        + "  \"baselineAsOf\": \"2024-06-30\", \"currentAsOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": {\"kind\": \"REGION\"}, \"themeLevel\": \"PILLAR\",\n"
        + "  \"counts\": {\"GAINED\": 2, \"LOST\": 0, \"LATER\": 1},\n"
        + "  \"cells\": [{\"rowId\": \"002\", \"columnId\": \"p\", \"kind\": \"GAINED\", \"baselineCount\": 0,"
        + " \"currentCount\": 1, \"currentStatus\": \"WEAK\", \"entered\": [\"ke-1\"]}]\n"
        + "}";
    assertEquals(List.of("5:24 /counts/GAINED INVALID_VALUE", "5:47 /counts/LATER INVALID_VALUE"),
        problems(JSON, TREND, text));
  }

  @Test
  void strictModeRefusesUnknownMembersAtEveryLevelWithTheirLocation() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": {\"kind\": \"REGION\", \"x-level\": 1},\n"
        + "  \"engagementRule\": {\"window\": 12},\n"
        + "  \"gapbelow\": 1\n"
        + "}";
    assertEquals(List.of("4:51 /geographyLevel/x-level UNKNOWN_FIELD", "5:32 /engagementRule/window UNKNOWN_FIELD",
        "6:15 /gapbelow UNKNOWN_FIELD"), problems(STRICT, SETTINGS, text));
    Document<CoverageSettings> lenient = JSON.read(SETTINGS, text);
    assertEquals(List.of("/geographyLevel", "/engagementRule", ""), List.copyOf(lenient.unknownFields().anchors()));
  }
}
