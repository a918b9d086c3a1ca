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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.classify.Classification;
import org.lookingbeyond.classify.ClassificationReport;
import org.lookingbeyond.classify.StakeholderClassifier;
import org.lookingbeyond.registry.Registry;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * The classification report document: every profile with its explanations and the portfolio, written
 * and read back to the same report and bytes, its golden file, and its JSON Schema.
 */
class ClassificationReportDocumentTest {
  private static final String GOLDEN = "golden/classification-report.json";
  private static final String SCHEMA = "/org/lookingbeyond/json/schema/classification-report-1.schema.json";
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final LookingBeyondJson COMPACT = LookingBeyondJson.builder().pretty(false).build();
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static Registry registry;
  private static String schemaText;
  private static Schema schema;

  @BeforeAll
  static void load() {
    registry = JSON.readRegistry(ClassificationReportDocumentTest.class.getResourceAsStream("/golden/registry.json"),
        "golden/registry.json").registry();
    schemaText = TestResources.text(SCHEMA);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText,
        InputFormat.JSON);
  }

  private static ClassificationReport report(LocalDate asOf) {
    Classification c = StakeholderClassifier.withDefaultPolicy().classifyAll(registry, asOf);
    return ClassificationReport.of(c);
  }

  @Test
  void theReportOfTheGoldenRegistryWritesAndReadsBackEqualAndByteIdentical() {
    ClassificationReport report = report(AS_OF);
    assertFalse(report.profiles().isEmpty());
    String text = JSON.write(DocumentType.CLASSIFICATION_REPORT, report);
    ClassificationReport back = JSON.read(DocumentType.CLASSIFICATION_REPORT, text).value();
    assertEquals(report, back);
    assertEquals(text, JSON.write(DocumentType.CLASSIFICATION_REPORT, back));
    assertTrue(text.contains("\"reasonCode\""), "explanations are written");
    assertTrue(text.contains("\"policyHash\""), "the policy is identified");
  }

  @Test
  void reportsOnAnyDayWriteAndReadBackEqualAndValidate() {
    QuickTheory.qt().withExamples(25).forAll(SourceDSL.integers().between(0, 365 * 12)).checkAssert(days -> {
      ClassificationReport report = report(LocalDate.of(2018, 1, 1).plusDays(days));
      for (LookingBeyondJson json : List.of(JSON, COMPACT)) {
        String text = json.write(DocumentType.CLASSIFICATION_REPORT, report);
        Document<ClassificationReport> doc = json.read(DocumentType.CLASSIFICATION_REPORT, text);
        assertEquals(report, doc.value());
        assertTrue(doc.unknownFields().isEmpty(), () -> "unknown fields: " + doc.unknownFields());
        assertEquals(text, json.write(DocumentType.CLASSIFICATION_REPORT, doc.value()));
        List<Error> errors = schema.validate(text, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "does not validate: " + errors);
      }
    });
  }

  @Test
  void theGoldenReportIsCurrentAndValidates() throws IOException {
    String text = JSON.write(DocumentType.CLASSIFICATION_REPORT, report(AS_OF));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources", GOLDEN), text, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/" + GOLDEN)) {
      assertEquals(in == null ? "(missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8), text);
    }
    assertEquals(List.of(), schema.validate(text, InputFormat.JSON));
  }

  @Test
  void theSchemaIsAValid202012Schema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(schemaText, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "not a valid 2020-12 schema: " + errors);
  }

  @Test
  void anUnknownSalienceClassIsReportedWhereItIs() {
    String text = JSON.write(DocumentType.CLASSIFICATION_REPORT, report(AS_OF))
        .replaceFirst("\"class\": \"[A-Z_]+\"", "\"class\": \"VIP\"");
    assertFalse(schema.validate(text, InputFormat.JSON).isEmpty(), "the schema refuses it");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> JSON.read(DocumentType.CLASSIFICATION_REPORT, text));
    JsonProblem p = e.problems().get(0);
    assertEquals(JsonProblem.Code.INVALID_VALUE, p.code(), e.getMessage());
    assertTrue(p.pointer().matches("/profiles/0/salience/class"), p.pointer());
    assertTrue(p.line() > 1);
  }

  @Test
  void countsThatDoNotAddUpAreRefusedAtThePortfolio() {
    String text = JSON.write(DocumentType.CLASSIFICATION_REPORT, report(AS_OF))
        .replaceFirst("\"organizations\": (\\d+),\n    \"csos\"", "\"organizations\": 99999,\n    \"csos\"");
    assertTrue(text.contains("99999"), "the count was changed");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> JSON.read(DocumentType.CLASSIFICATION_REPORT, text));
    assertEquals("/portfolio", e.problems().get(0).pointer(), e.getMessage());
    assertTrue(e.getMessage().contains("add up"), e.getMessage());
  }

  @Test
  void aMissingPortfolioAndAProfileWithoutIdAreNamed() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.read(
        DocumentType.CLASSIFICATION_REPORT, "{\"format\": \"lookingbeyond.classification-report/1\","
            + " \"profiles\": [{}]}"));
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.MISSING_FIELD
        && p.pointer().equals("/portfolio")), e::getMessage);
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.MISSING_FIELD
        && p.pointer().equals("/profiles/0/organizationId")), e::getMessage);
  }
}
