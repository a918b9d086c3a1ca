package org.lookingbeyond.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.lookingbeyond.json.RegistryReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.PriorityGap;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.json.Document;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.JsonDocumentException;
import org.lookingbeyond.json.JsonProblem;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.json.RegistryDocument;
import org.lookingbeyond.json.UnknownFields;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicySet;

/** The Java snippets of docs/JSON.md, run over the golden registry and the page's own example document. */
class JsonDocSnippetsTest {
  private static final String EXAMPLE = "/samples/annotated-example.json";
  private static final String NO_ID_AND_A_SLASHED_DATE = "{\n"
      + "  \"format\": \"lookingbeyond.registry/1\",\n"
      + "  \"organizations\": [\n"
      + "    {\n"
      + "      \"name\": \"Nameless Youth Network (fictional)\",\n"
      + "      \"type\": \"NATIONAL_NGO\",\n"
      + "      \"registrationDate\": \"10/03/2015\"\n"
      + "    }\n"
      + "  ]\n"
      + "}\n";

  @TempDir
  Path dir;

  /** Section "Reading and writing in Java": read a file, use it, write it back; list the problems. */
  private static void readUseAndWriteBack(Path dir) {
    // snippet:start
    LookingBeyondJson json = LookingBeyondJson.defaults();   // lenient, pretty, shipped reference data
    try {
      RegistryDocument doc = json.readRegistry(dir.resolve("registry.json"));
      Registry registry = doc.registry();
      // ... use the registry, or build a changed one ...
      json.writeRegistry(RegistryDocument.of(registry, doc.unknownFields()), dir.resolve("registry-out.json"));
    } catch (JsonDocumentException e) {
      for (JsonProblem p : e.problems()) {
        System.err.printf("%s:%d:%d %s %s: %s%n", e.document(), p.line(), p.column(), p.pointer(), p.code(),
            p.message());
      }
    }
    // snippet:end
  }

  /** Section "Reading and writing in Java": a reading that never throws for the document's problems. */
  private static Optional<Registry> tryRead(Path dir) {
    LookingBeyondJson json = LookingBeyondJson.defaults();
    // snippet:start
    RegistryReading reading = json.tryReadRegistry(dir.resolve("registry.json"));
    if (reading.isValid()) {
      Registry registry = reading.registry().orElseThrow();
    } else {
      reading.problems().forEach(p -> System.err.println(reading.documentName() + ":" + p));
    }
    // snippet:end
    return reading.registry();
  }

  @Test
  void aReadingHoldsTheRegistryOrEveryProblemWithoutThrowing() {
    DocFixtures.copy("/golden/registry.json", dir.resolve("registry.json"));
    assertEquals(Optional.of(DocFixtures.goldenRegistry()), tryRead(dir));
    DocFixtures.write(dir.resolve("registry.json"), NO_ID_AND_A_SLASHED_DATE);
    String printed = DocFixtures.standardErrorOf(() -> assertEquals(Optional.empty(), tryRead(dir)));
    assertEquals(2, printed.lines().count(), printed);
    assertTrue(printed.lines().allMatch(l -> l.startsWith("registry.json:")), printed);
    assertTrue(printed.contains("/organizations/0/id MISSING_FIELD"), printed);
  }

  @Test
  void aRegistryFileIsWrittenBackWithTheMembersTheFormatDoesNotDefine() {
    DocFixtures.copy(EXAMPLE, dir.resolve("registry.json"));

    String errors = DocFixtures.standardErrorOf(() -> readUseAndWriteBack(dir));

    assertEquals("", errors);
    RegistryDocument read = LookingBeyondJson.defaults().readRegistry(dir.resolve("registry.json"));
    RegistryDocument written = LookingBeyondJson.defaults().readRegistry(dir.resolve("registry-out.json"));
    assertEquals(read, written);
    assertEquals(Map.of("x-crm-id", "10042"), written.unknownFields().fields("/organizations/ORG-KE-1"));
  }

  @Test
  void anUnreadableRegistryFileListsEveryProblemWithItsLineColumnAndPointer() {
    DocFixtures.write(dir.resolve("registry.json"), NO_ID_AND_A_SLASHED_DATE);

    String errors = DocFixtures.standardErrorOf(() -> readUseAndWriteBack(dir));

    assertEquals(List.of(
        "registry.json:4:5 /organizations/0/id MISSING_FIELD: the required field \"id\" is missing",
        "registry.json:7:27 /organizations/0/registrationDate INVALID_VALUE: \"registrationDate\" must be an"
            + " ISO-8601 date (YYYY-MM-DD), not \"10/03/2015\""), errors.lines().collect(Collectors.toList()));
    assertFalse(Files.exists(dir.resolve("registry-out.json")), "nothing is written after a failed read");
  }

  @Test
  void otherSettingsRefuseUnknownMembersWriteCompactlyLimitTheLengthAndReadOverOtherReferenceData() {
    Network regional = Network.builder().id("EAHRN").name("East African Harm Reduction Network (fictional)").build();
    ReferenceData referenceData = ReferenceData.builder().addNetwork(regional).build();

    // snippet:start
    LookingBeyondJson strictCompact = LookingBeyondJson.builder()
        .strict(true)                 // refuse unknown members
        .pretty(false)                // compact output
        .maxDocumentLength(50L << 20) // 50 MiB
        .reference(referenceData)     // read over and write against another base
        .build();                     // immutable, safe to share between threads
    // snippet:end

    String member = "{\"format\": \"lookingbeyond.registry/1\", \"organizations\": [{\"id\": \"ORG-1\", \"name\":"
        + " \"Lake Outreach (fictional)\", \"type\": \"NATIONAL_NGO\","
        + " \"networkMemberships\": [{\"networkId\": \"EAHRN\", \"since\": \"2020-01-01\"}]}]}";
    Registry registry = strictCompact.readRegistry(member).registry();
    assertEquals(Set.of(JsonProblem.Code.DANGLING_REFERENCE),
        codes(() -> LookingBeyondJson.defaults().readRegistry(member)), "the shipped data does not know the network");
    String written = strictCompact.writeRegistry(registry);
    assertFalse(written.contains("\n"), written);
    assertFalse(written.contains("\"networks\""), "the base holds the network, so it is not written: " + written);
    assertEquals(registry, strictCompact.readRegistry(written).registry());

    String unknownMember = member.replace("\"id\": \"ORG-1\"", "\"id\": \"ORG-1\", \"x-crm-id\": 10042");
    assertEquals(Set.of(JsonProblem.Code.UNKNOWN_FIELD), codes(() -> strictCompact.readRegistry(unknownMember)));
    assertEquals(Set.of(JsonProblem.Code.LIMIT_EXCEEDED),
        codes(() -> strictCompact.readRegistry(new Padded("{\"format\": \"lookingbeyond.registry/1\"", (50L << 20) + 1),
            "padded.json")));
  }

  @Test
  void aPolicyFileJudgesTheApplicationsOfARegistryIntoADecisionsReport() {
    DocFixtures.copy("/golden/default-policy.json", dir.resolve("seed-funding-2027.json"));
    Registry registry = DocFixtures.goldenRegistry();
    LocalDate asOf = DocFixtures.AS_OF;

    // snippet:start
    LookingBeyondJson json = LookingBeyondJson.defaults();
    Policy policy = json.read(DocumentType.POLICY, dir.resolve("seed-funding-2027.json")).value();
    List<Decision> decisions = SeedFunding.of(PolicySet.of(policy)).assessAll(registry, registry.applications(), asOf);
    String report = json.write(DocumentType.DECISIONS, decisions);
    // snippet:end

    assertEquals(DocFixtures.resource("/golden/decisions.json"), report,
        "the default policy read from its JSON form decides as golden/decisions.json records");
  }

  @Test
  void theUnknownMembersOfTheExampleAreKeptByAnchor() {
    RegistryDocument doc = LookingBeyondJson.defaults().readRegistry(DocFixtures.resource(EXAMPLE));

    // snippet:start
    UnknownFields unknown = doc.unknownFields();
    unknown.anchors();                                  // [/organizations/ORG-KE-1], in document order
    unknown.fields("/organizations/ORG-KE-1");          // {x-crm-id=10042}: name -> compact JSON text
    // snippet:end

    assertEquals(List.of("/organizations/ORG-KE-1"), List.copyOf(unknown.anchors()));
    assertEquals(Map.of("x-crm-id", "10042"), unknown.fields("/organizations/ORG-KE-1"));
    assertEquals(Map.of(), unknown.fields(""), "the example has no unknown member at the top level");
  }

  @Test
  void settingsReadFromJsonRunAnAnalysisWhoseReportAndTrendAreWritten() {
    DocFixtures.copy("/golden/registry.json", dir.resolve("registry.json"));
    DocFixtures.write(dir.resolve("coverage-settings.json"), "{\n"
        + "  \"format\": \"lookingbeyond.coverage-settings/1\",\n"
        + "  \"asOf\": \"2025-06-30\",\n"
        + "  \"geographyLevel\": { \"kind\": \"GROUPING_KIND\", \"groupingKind\": \"FIELD_OFFICE_AREA\" },\n"
        + "  \"regionWeights\": { \"ROEA\": 1.5 },\n"
        + "  \"themeWeights\": { \"small-arms-control\": 2.0 },\n"
        + "  \"maxPriorityGaps\": 10\n"
        + "}\n");
    CoverageSettings expected = CoverageSettings.builder().asOf(DocFixtures.AS_OF)
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)).putRegionWeights("ROEA", 1.5)
        .putThemeWeights("small-arms-control", 2.0).maxPriorityGaps(10).build();
    CoverageReport baseline = CoverageAnalyzer.of(CoverageSettings.builder().asOf(LocalDate.of(2024, 6, 30))
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)).build())
        .analyze(DocFixtures.goldenRegistry());
    LookingBeyondJson.defaults().write(DocumentType.COVERAGE_REPORT, Document.of(baseline),
        dir.resolve("coverage-2024.json"));

    // snippet:start
    LookingBeyondJson json = LookingBeyondJson.defaults();
    Registry registry = json.readRegistry(dir.resolve("registry.json")).registry();
    CoverageSettings settings = json.read(DocumentType.COVERAGE_SETTINGS, dir.resolve("coverage-settings.json")).value();
    CoverageReport report = CoverageAnalyzer.of(settings).analyze(registry);
    json.write(DocumentType.COVERAGE_REPORT, Document.of(report), dir.resolve("coverage-report.json"));

    CoverageReport lastYear = json.read(DocumentType.COVERAGE_REPORT, dir.resolve("coverage-2024.json")).value();
    String trend = json.write(DocumentType.COVERAGE_TREND, CoverageTrend.between(lastYear, report));
    // snippet:end

    assertEquals(expected, settings);
    assertEquals(CoverageAnalyzer.of(expected).analyze(DocFixtures.goldenRegistry()), report);
    PriorityGap worst = report.priorityGaps().get(0);
    assertEquals(List.of("ROEA", "small-arms-control", 3.0), List.of(worst.rowId(), worst.columnId(), worst.score()),
        worst.explanation());
    assertTrue(report.warnings().stream().noneMatch(w -> w.contains("regionWeights")), report.warnings()::toString);
    assertEquals(report, json.read(DocumentType.COVERAGE_REPORT, dir.resolve("coverage-report.json")).value());
    CoverageTrend readBack = json.read(DocumentType.COVERAGE_TREND, trend).value();
    assertEquals(CoverageTrend.between(baseline, report), readBack);
    assertEquals(List.of(LocalDate.of(2024, 6, 30), DocFixtures.AS_OF),
        List.of(readBack.baselineAsOf(), readBack.currentAsOf()));
  }

  private static Set<JsonProblem.Code> codes(Runnable read) {
    JsonDocumentException e = assertThrows(JsonDocumentException.class, read::run);
    assertTrue(e.problems().size() >= 1, e::getMessage);
    return e.problems().stream().map(JsonProblem::code).collect(Collectors.toSet());
  }

  /** A registry document of a given length in characters, made long by blanks before its closing brace. */
  private static final class Padded extends Reader {
    private final String start;
    private final long length;
    private long position;

    Padded(String start, long length) {
      this.start = start;
      this.length = length;
    }

    @Override
    public int read(char[] buffer, int offset, int count) {
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - position);
      Arrays.fill(buffer, offset, offset + n, ' ');
      for (int i = 0; i < n && position + i < start.length(); i++) {
        buffer[offset + i] = start.charAt((int) position + i);
      }
      position += n;
      if (position == length) {
        buffer[offset + n - 1] = '}';
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
