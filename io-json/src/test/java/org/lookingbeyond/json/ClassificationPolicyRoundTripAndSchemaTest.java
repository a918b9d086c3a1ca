package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.classify.ClassificationPolicy;
import org.lookingbeyond.classify.ClassificationSettings;
import org.lookingbeyond.classify.DefaultClassificationPolicy;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.model.FieldOfficeKind;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The classification policy document: generated policies write and read back to the same policy and
 * bytes, and its JSON Schema ({@code classification-policy-1}) is a valid 2020-12 schema that accepts
 * every document the writer writes and refuses what the reader refuses.
 */
class ClassificationPolicyRoundTripAndSchemaTest {
  private static final String SCHEMA = "/org/lookingbeyond/json/schema/classification-policy-1.schema.json";
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final LookingBeyondJson COMPACT = LookingBeyondJson.builder().pretty(false).build();
  private static final List<String> AREAS = List.of("drug-prevention", "health-human-development",
      "trafficking-crime-terrorism", "corruption-justice-integrity", "anti-corruption", "cybercrime");

  private static String schemaText;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schemaText = TestResources.text(SCHEMA);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText,
        InputFormat.JSON);
  }

  private static List<Error> validate(String document) {
    return schema.validate(document, InputFormat.JSON);
  }

  @Test
  void theSchemaIsAValid202012Schema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(schemaText, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "not a valid 2020-12 schema: " + errors);
  }

  @Test
  void theGoldenDefaultPolicyValidates() {
    String golden = TestResources.text("/golden/default-classification-policy.json");
    assertEquals(List.of(), validate(golden));
  }

  @Test
  void generatedPoliciesWriteAndReadBackEqualWithTheSameHashAndBytesAndValidate() {
    QuickTheory.qt().withExamples(150).forAll(policies()).checkAssert(p -> {
      for (LookingBeyondJson json : List.of(JSON, COMPACT)) {
        String text = json.write(DocumentType.CLASSIFICATION_POLICY, p);
        Document<ClassificationPolicy> doc = json.read(DocumentType.CLASSIFICATION_POLICY, text);
        ClassificationPolicy back = doc.value();
        assertEquals(p, back, "the policy read back");
        assertEquals(p.contentHash(), back.contentHash(), "the content hash");
        assertEquals(p.settings(), back.settings(), "the settings");
        assertEquals(p.description(), back.description(), "the description");
        assertEquals(p.effectiveFrom(), back.effectiveFrom(), "effectiveFrom");
        assertEquals(p.effectiveUntil(), back.effectiveUntil(), "effectiveUntil");
        assertTrue(doc.unknownFields().isEmpty(), () -> "unknown fields: " + doc.unknownFields());
        assertEquals(text, json.write(DocumentType.CLASSIFICATION_POLICY, back), "the same bytes");
        assertEquals(List.of(), validate(text), "the written document validates");
      }
    });
  }

  @Test
  void unknownMembersOfTheSettingsAndOfAPartSurviveAndStrictModeRefusesThem() {
    String text = JSON.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy())
        .replaceFirst("\"settings\": \\{", "\"settings\": { \"reviewedBy\": \"unit\",")
        .replaceFirst("\"interest\": \\{", "\"interest\": { \"note\": [1, 2],");
    Document<ClassificationPolicy> doc = JSON.read(DocumentType.CLASSIFICATION_POLICY, text);
    String back = JSON.write(DocumentType.CLASSIFICATION_POLICY, doc);
    assertTrue(back.contains("\"reviewedBy\": \"unit\""), back);
    assertTrue(back.contains("\"note\""), back);
    assertEquals(List.of(), validate(text), "the schema is open to unknown members");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> LookingBeyondJson.builder().strict(true).build().read(DocumentType.CLASSIFICATION_POLICY, text));
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.UNKNOWN_FIELD
        && p.pointer().equals("/settings/reviewedBy")), e::getMessage);
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.UNKNOWN_FIELD
        && p.pointer().equals("/interest/note")), e::getMessage);
  }

  @Test
  void theSchemaAndTheReaderRefuseTheSameMistakes() {
    String good = JSON.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy());
    List<String> bad = List.of(
        good.replace("\"powerThreshold\": 50", "\"powerThreshold\": 101"),
        good.replace("\"urgencyWindowDays\": 90", "\"urgencyWindowDays\": \"90\""),
        good.replace("\"REGIONAL\"", "\"EMBASSY\""),
        good.replace("\"windowMonths\": 24", "\"windowMonths\": 0"),
        good.replaceFirst("\"attributes\":", "\"attributez\":"),
        good.replace("lookingbeyond.classification-policy/1", "lookingbeyond.classification-policy/2"));
    for (String doc : bad) {
      assertFalse(validate(doc).isEmpty(), () -> "the schema accepts " + doc.substring(0, 400));
      assertThrows(JsonDocumentException.class, () -> JSON.read(DocumentType.CLASSIFICATION_POLICY, doc));
    }
  }

  private static Gen<ClassificationPolicy> policies() {
    Gen<Integer> ints = integers().between(0, Integer.MAX_VALUE - 1);
    return ints.zip(ints, booleans().all(), (a, b, open) -> policy(a, b, open));
  }

  private static ClassificationPolicy policy(int a, int b, boolean open) {
    List<String> areas = new ArrayList<>();
    for (int i = 0; i < AREAS.size(); i++) {
      if ((a >> i & 1) == 1) {
        areas.add(AREAS.get(i));
      }
    }
    if (areas.isEmpty()) {
      areas.add(AREAS.get(b % AREAS.size()));
    }
    Set<FieldOfficeKind> kinds = EnumSet.noneOf(FieldOfficeKind.class);
    for (FieldOfficeKind k : FieldOfficeKind.values()) {
      if ((b >> k.ordinal() & 1) == 1) {
        kinds.add(k);
      }
    }
    ClassificationSettings settings = ClassificationSettings.builder().priorityAreas(areas)
        .powerThreshold((a % 10001) / 100.0).interestThreshold(b % 101).urgencyWindowDays(a % 3661)
        .reportDueDays(b % 3661).rloFieldOfficeKinds(kinds)
        .engagementRule(EngagementRule.builder().windowMonths(1 + a % 60).coreMinimumParticipations(1 + b % 9)
            .coreRequiresContribution((a & 1) == 0).build())
        .build();
    LocalDate from = LocalDate.of(2000 + a % 40, 1 + b % 12, 1 + a % 28);
    ClassificationPolicy.Builder builder = DefaultClassificationPolicy.policy().toBuilder()
        .version("v" + (a % 1000) + "." + (b % 7)).description(a % 3 == 0 ? "" : "policy \"" + a + "\" ü\n")
        .effectiveFrom(from).settings(settings);
    if (open) {
      builder.openEnded();
    } else {
      builder.effectiveUntil(from.plusDays(b % 5000));
    }
    return builder.build();
  }
}
