package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.classify.Classification;
import org.lookingbeyond.classify.ClassificationPolicy;
import org.lookingbeyond.classify.ClassificationSettings;
import org.lookingbeyond.classify.DefaultClassificationPolicy;
import org.lookingbeyond.classify.StakeholderClassifier;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.registry.Registry;

class ClassificationPolicyDocumentTest {
  private static final String GOLDEN = "golden/default-classification-policy.json";
  private final LookingBeyondJson json = LookingBeyondJson.defaults();

  @Test
  void theDefaultClassificationPolicyWrittenAndReadBackIsTheSamePolicy() {
    ClassificationPolicy policy = DefaultClassificationPolicy.policy();
    String text = json.write(DocumentType.CLASSIFICATION_POLICY, policy);
    ClassificationPolicy back = json.read(DocumentType.CLASSIFICATION_POLICY, text).value();
    assertEquals(policy.contentHash(), back.contentHash());
    assertEquals(policy.settings(), back.settings());
    assertEquals(policy.attributes().rules(), back.attributes().rules());
    assertEquals(policy.rloCandidacy().rules(), back.rloCandidacy().rules());
    assertEquals(text, json.write(DocumentType.CLASSIFICATION_POLICY, back));
  }

  @Test
  void theShippedJsonFormOfTheDefaultClassificationPolicyIsCurrent() throws IOException {
    String text = json.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources", GOLDEN), text, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/" + GOLDEN)) {
      assertEquals(in == null ? "(missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8), text);
    }
  }

  @Test
  void theJsonPolicyAndTheJavaPolicyGiveIdenticalProfilesOfTheGoldenRegistry() {
    Registry registry = json.readRegistry(getClass().getResourceAsStream("/golden/registry.json"),
        "golden/registry.json").registry();
    ClassificationPolicy java = DefaultClassificationPolicy.policy();
    ClassificationPolicy fromJson = json.read(DocumentType.CLASSIFICATION_POLICY,
        getClass().getResourceAsStream("/" + GOLDEN), GOLDEN).value();
    for (LocalDate asOf : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 1, 15))) {
      Classification a = StakeholderClassifier.of(java).classifyAll(registry, asOf);
      Classification b = StakeholderClassifier.of(fromJson).classifyAll(registry, asOf);
      assertTrue(a.size() > 0, "the golden registry has organizations");
      assertEquals(a.profiles(), b.profiles(), "profiles as of " + asOf);
      assertEquals(a.portfolio(), b.portfolio(), "portfolio as of " + asOf);
    }
  }

  @Test
  void changedSettingsReadBackAndChangeTheHash() {
    ClassificationPolicy policy = DefaultClassificationPolicy.policy().toBuilder().version("2027.2")
        .description("narrowed to drug prevention").effectiveFrom(LocalDate.of(2027, 1, 1))
        .effectiveUntil(LocalDate.of(2027, 12, 31))
        .settings(ClassificationSettings.builder().priorityAreas(List.of("drug-prevention")).powerThreshold(62.5)
            .interestThreshold(40).urgencyWindowDays(30).reportDueDays(45)
            .rloFieldOfficeKinds(List.of(FieldOfficeKind.REGIONAL, FieldOfficeKind.COUNTRY)).build())
        .build();
    ClassificationPolicy back = json.read(DocumentType.CLASSIFICATION_POLICY,
        json.write(DocumentType.CLASSIFICATION_POLICY, policy)).value();
    assertEquals(policy.settings(), back.settings());
    assertEquals(policy.effectiveUntil(), back.effectiveUntil());
    assertEquals(policy.contentHash(), back.contentHash());
    assertFalse(policy.contentHash().equals(DefaultClassificationPolicy.policy().contentHash()));
  }

  @Test
  void absentSettingsTakeTheirDefaults() {
    String text = json.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy())
        .replaceFirst("\"settings\": \\{[^}]*\\{[^}]*\\}[^}]*\\},", "\"settings\": { \"powerThreshold\": 70 },");
    assertTrue(text.contains("\"powerThreshold\": 70"), text);
    ClassificationPolicy back = json.read(DocumentType.CLASSIFICATION_POLICY, text).value();
    assertEquals(ClassificationSettings.defaults().toBuilder().powerThreshold(70).build(), back.settings());
  }

  @Test
  void aSettingOutOfRangeIsReportedAtTheSettings() {
    String text = json.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy())
        .replace("\"interestThreshold\": 50", "\"interestThreshold\": 150");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.CLASSIFICATION_POLICY, text));
    JsonProblem p = e.problems().get(0);
    assertEquals(JsonProblem.Code.INVALID_VALUE, p.code(), e.getMessage());
    assertEquals("/settings", p.pointer());
    assertTrue(p.message().contains("interestThreshold"), p.message());
    assertTrue(p.line() > 1, "the problem has a line");
  }

  @Test
  void aMissingPartIsReportedByName() {
    String text = "{\"format\": \"lookingbeyond.classification-policy/1\", \"id\": \"c\", \"version\": \"1\"}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.CLASSIFICATION_POLICY, text));
    for (String part : List.of("attributes", "power", "interest", "rloCandidacy")) {
      assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.MISSING_FIELD
          && p.pointer().equals("/" + part)), () -> part + " not reported: " + e.getMessage());
    }
  }

  @Test
  void aPartOnTheWrongFactSchemaIsReportedAtThatPart() {
    String text = json.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy());
    String swapped = swapParts(text);
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.CLASSIFICATION_POLICY, swapped));
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.INVALID_POLICY
        && p.pointer().equals("/rloCandidacy")), e::getMessage);
  }

  @Test
  void aRuleReadingAnUnknownFactIsReportedAtTheRuleInsideItsPart() {
    String text = json.write(DocumentType.CLASSIFICATION_POLICY, DefaultClassificationPolicy.policy())
        .replaceFirst("\"fact\": \"organization\\.isCso\"", "\"fact\": \"organization.isRich\"");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.CLASSIFICATION_POLICY, text));
    JsonProblem p = e.problems().stream().filter(x -> x.message().contains("UNKNOWN_FACT")).findFirst()
        .orElseThrow(() -> new AssertionError(e.getMessage()));
    assertEquals(JsonProblem.Code.INVALID_POLICY, p.code());
    assertTrue(p.pointer().startsWith("/attributes/rules/"), p.pointer());
  }

  @Test
  void aNewerFormatAndAFundingPolicyAreRefused() {
    JsonDocumentException newer = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.CLASSIFICATION_POLICY, "{\"format\": \"lookingbeyond.classification-policy/2\"}"));
    assertEquals(JsonProblem.Code.UNSUPPORTED_FORMAT, newer.problems().get(0).code());
    JsonDocumentException other = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.CLASSIFICATION_POLICY, "{\"format\": \"lookingbeyond.policy/1\"}"));
    assertEquals(JsonProblem.Code.UNSUPPORTED_FORMAT, other.problems().get(0).code());
  }

  @Test
  void theClassificationFactSchemasAreKnownToPolicyDocumentsToo() {
    ClassificationPolicy policy = DefaultClassificationPolicy.policy();
    String text = json.write(DocumentType.POLICY, policy.rloCandidacy());
    assertEquals(policy.rloCandidacy(), json.read(DocumentType.POLICY, text).value());
  }

  /** Puts the "power" part's content where "rloCandidacy" was: SCORE rules on the wrong schema. */
  private static String swapParts(String text) {
    int power = text.indexOf("\"power\": {");
    int interest = text.indexOf("\"interest\": {");
    int rlo = text.indexOf("\"rloCandidacy\": {");
    String powerBody = text.substring(power + "\"power\": ".length(), interest).trim();
    powerBody = powerBody.substring(0, powerBody.length() - 1);
    return text.substring(0, rlo) + "\"rloCandidacy\": " + powerBody + "\n}\n";
  }
}
