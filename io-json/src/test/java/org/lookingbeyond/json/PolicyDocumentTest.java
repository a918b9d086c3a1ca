package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.rules.Policy;

class PolicyDocumentTest {
  private final LookingBeyondJson json = LookingBeyondJson.defaults();

  @Test
  void theDefaultPolicyWrittenAndReadBackIsTheSamePolicy() {
    Policy policy = DefaultFundingPolicy.policy();
    String text = json.write(DocumentType.POLICY, policy);
    Policy back = json.read(DocumentType.POLICY, text).value();
    assertEquals(policy, back);
    assertEquals(policy.contentHash(), back.contentHash());
    assertEquals(policy.rules(), back.rules());
    assertEquals(policy.parameters(), back.parameters());
    assertEquals(text, json.write(DocumentType.POLICY, back));
  }

  @Test
  void theShippedJsonFormOfTheDefaultPolicyIsCurrent() throws IOException {
    String text = json.write(DocumentType.POLICY, DefaultFundingPolicy.policy());
    Path golden = Path.of("src/test/resources/golden/default-policy.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/default-policy.json")) {
      assertEquals(in == null ? "(missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8), text);
    }
  }

  @Test
  void aPolicyThatDoesNotBuildIsReportedAtItsRules() {
    String text = "{\n"
        + "  \"format\": \"lookingbeyond.policy/1\",\n"
        + "  \"id\": \"p\", \"version\": \"1\", \"schema\": \"seed-funding\",\n"
        + "  \"parameters\": [],\n"
        + "  \"rules\": [\n"
        + "    {\"id\": \"G1\", \"title\": \"t\", \"kind\": \"GATE\", \"criterion\": {\"kind\": \"isTrue\", \"fact\": \"applicant.isRich\"}},\n"
        + "    {\"id\": \"G2\", \"title\": \"t\", \"kind\": \"GATE\", \"criterion\": {\"kind\": \"eval\", \"code\": \"rm -rf /\"}}\n"
        + "  ]\n"
        + "}\n";
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> json.read(DocumentType.POLICY, text));
    List<JsonProblem> problems = e.problems();
    assertEquals(JsonProblem.Code.INVALID_VALUE, problems.get(problems.size() - 1).code(), e.getMessage());
    assertEquals("/rules/1/criterion/kind", problems.get(problems.size() - 1).pointer());
    assertTrue(problems.get(problems.size() - 1).message().contains("not in the catalog"), e.getMessage());
  }

  @Test
  void validationProblemsOfAPolicyAreLocatedAtTheRule() {
    String text = "{\"format\": \"lookingbeyond.policy/1\", \"id\": \"p\", \"version\": \"1\", \"schema\": \"seed-funding\","
        + " \"parameters\": [],\n \"rules\": [\n"
        + "  {\"id\": \"G1\", \"title\": \"t\", \"kind\": \"GATE\", \"criterion\": {\"kind\": \"isTrue\", \"fact\": \"applicant.isRich\"}}\n"
        + "]}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> json.read(DocumentType.POLICY, text));
    JsonProblem unknownFact = e.problems().stream().filter(p -> p.message().contains("UNKNOWN_FACT")).findFirst()
        .orElseThrow(() -> new AssertionError(e.getMessage()));
    assertEquals(JsonProblem.Code.INVALID_POLICY, unknownFact.code());
    assertEquals("/rules/0", unknownFact.pointer());
    assertEquals(3, unknownFact.line());
    assertTrue(e.getMessage().contains("MISSING_PARAMETER"), "the schema's domain parameters are required too");
  }

  @Test
  void aNewerPolicyFormatIsRefused() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.read(DocumentType.POLICY, "{\"format\": \"lookingbeyond.policy/2\"}"));
    assertEquals(JsonProblem.Code.UNSUPPORTED_FORMAT, e.problems().get(0).code());
    assertTrue(e.getMessage().contains("newer major version"));
  }

  @Test
  void anUnknownFactSchemaIsNamed() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> json.read(DocumentType.POLICY,
        "{\"format\": \"lookingbeyond.policy/1\", \"id\": \"p\", \"version\": \"1\", \"schema\": \"other\"}"));
    assertTrue(e.getMessage().contains("known: [rlo-candidacy, seed-funding, stakeholder]"), e.getMessage());
  }

  @Test
  void unknownMembersOfAPolicyAreKeptAndWrittenBack() {
    String text = json.write(DocumentType.POLICY, DefaultFundingPolicy.policy())
        .replace("\"id\": \"seed-funding\",", "\"id\": \"seed-funding\",\n  \"x-approvedBy\": \"board 2027-01\",");
    Document<Policy> doc = json.read(DocumentType.POLICY, text);
    assertEquals("\"board 2027-01\"", doc.unknownFields().fields("").get("x-approvedBy"));
    assertTrue(json.write(DocumentType.POLICY, doc).contains("\"x-approvedBy\": \"board 2027-01\""));
  }
}
