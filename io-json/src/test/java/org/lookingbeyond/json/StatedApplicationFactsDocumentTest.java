package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.model.SeedFundingApplication;
import tools.jackson.databind.JsonNode;

/**
 * In an application of the registry document, an absent (or null) {@code focusAreas} or
 * {@code invitedMemberStates} is not stated and {@code []} is stated as none; {@code "noFieldOffice": true}
 * states that no field office is involved. Writing keeps each form exactly.
 */
class StatedApplicationFactsDocumentTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(TestResources.text("/org/lookingbeyond/json/schema/registry-1.schema.json"), InputFormat.JSON);

  private static String document(String applicationMembers) {
    return "{\"format\": \"lookingbeyond.registry/1\", \"organizations\": [{\"id\": \"ORG-A\", \"name\": \"Alpha\","
        + " \"type\": \"NATIONAL_NGO\"}], \"applications\": [{\"id\": \"APP-1\", \"applicantId\": \"ORG-A\","
        + " \"applicationDate\": \"2025-04-01\"" + (applicationMembers.isEmpty() ? "" : ", " + applicationMembers)
        + "}]}";
  }

  private static SeedFundingApplication read(String applicationMembers) {
    return JSON.readRegistry(document(applicationMembers)).registry().applications().get(0);
  }

  private static JsonNode writtenBack(String applicationMembers) {
    String text = JSON.writeRegistry(JSON.readRegistry(document(applicationMembers)));
    return Generators.TREE.readTree(text).get("applications").get(0);
  }

  /** The example of docs/JSON.md, section "application". */
  @Test
  void theDocumentedExampleReadsAsNotStatedStatedAsNoneAndNamed() {
    String example = "{\n"
        + "  \"format\": \"lookingbeyond.registry/1\",\n"
        + "  \"organizations\": [{ \"id\": \"ORG-A\", \"name\": \"Alpha (fictional)\", \"type\": \"NATIONAL_NGO\" }],\n"
        + "  \"applications\": [\n"
        + "    { \"id\": \"APP-1\", \"applicantId\": \"ORG-A\", \"applicationDate\": \"2025-04-01\" },\n"
        + "    { \"id\": \"APP-2\", \"applicantId\": \"ORG-A\", \"applicationDate\": \"2025-04-01\",\n"
        + "      \"focusAreas\": [], \"invitedMemberStates\": [], \"noFieldOffice\": true },\n"
        + "    { \"id\": \"APP-3\", \"applicantId\": \"ORG-A\", \"applicationDate\": \"2025-04-01\",\n"
        + "      \"focusAreas\": [\"drug-prevention\"], \"invitedMemberStates\": [\"KE\"], \"fieldOfficeId\": \"ROEA\" }\n"
        + "  ]\n"
        + "}\n";
    assertEquals(List.of(), SCHEMA.validate(example, InputFormat.JSON));
    List<SeedFundingApplication> apps = JSON.readRegistry(example).registry().applications();
    assertEquals(Optional.empty(), apps.get(0).invitedMemberStates());
    assertEquals(Optional.of(Set.of()), apps.get(1).invitedMemberStates());
    assertTrue(apps.get(1).noFieldOffice());
    assertEquals(Optional.of(Set.of("drug-prevention")), apps.get(2).focusAreas());
    assertEquals(Optional.of("ROEA"), apps.get(2).fieldOfficeId());
  }

  @Test
  void absentMembersAreNotStatedAndStayAbsent() {
    SeedFundingApplication a = read("");
    assertEquals(Optional.empty(), a.focusAreas());
    assertEquals(Optional.empty(), a.invitedMemberStates());
    assertFalse(a.noFieldOffice());
    JsonNode out = writtenBack("");
    assertFalse(out.has("focusAreas") || out.has("invitedMemberStates") || out.has("noFieldOffice"), out::toString);
  }

  @Test
  void nullMembersReadAsNotStated() {
    SeedFundingApplication a = read("\"focusAreas\": null, \"invitedMemberStates\": null, \"noFieldOffice\": null");
    assertEquals(read(""), a);
  }

  @Test
  void emptyArraysAreStatedAsNoneAndStayEmptyArrays() {
    SeedFundingApplication a = read("\"focusAreas\": [], \"invitedMemberStates\": []");
    assertEquals(Optional.of(Set.of()), a.focusAreas());
    assertEquals(Optional.of(Set.of()), a.invitedMemberStates());
    JsonNode out = writtenBack("\"focusAreas\": [], \"invitedMemberStates\": []");
    assertTrue(out.get("focusAreas").isArray() && out.get("focusAreas").isEmpty(), out::toString);
    assertTrue(out.get("invitedMemberStates").isArray() && out.get("invitedMemberStates").isEmpty(), out::toString);
  }

  @Test
  void noFieldOfficeTrueStatesNoneAndIsWrittenBack() {
    SeedFundingApplication a = read("\"noFieldOffice\": true");
    assertTrue(a.noFieldOffice());
    assertEquals(Optional.empty(), a.fieldOfficeId());
    JsonNode out = writtenBack("\"noFieldOffice\": true");
    assertTrue(out.get("noFieldOffice").asBoolean(), out::toString);
    assertFalse(out.has("fieldOfficeId"), out::toString);
  }

  @Test
  void noFieldOfficeFalseSaysNothingAndIsLeftOut() {
    assertEquals(read(""), read("\"noFieldOffice\": false"));
    assertFalse(writtenBack("\"noFieldOffice\": false").has("noFieldOffice"));
  }

  @Test
  void statedCodesAreWrittenSortedAfterTheirDuplicatesCollapse() {
    JsonNode out = writtenBack("\"invitedMemberStates\": [\"UG\", \"KE\", \"UG\"], \"fieldOfficeId\": \"ROEA\"");
    assertEquals("[\"KE\",\"UG\"]", out.get("invitedMemberStates").toString());
    assertEquals("ROEA", out.get("fieldOfficeId").asString());
    assertFalse(out.has("noFieldOffice"));
  }

  @Test
  void theSchemaAcceptsEveryStatedForm() {
    for (String members : new String[] {"", "\"focusAreas\": [], \"invitedMemberStates\": [], \"noFieldOffice\": true",
        "\"focusAreas\": null, \"noFieldOffice\": false, \"fieldOfficeId\": \"ROEA\""}) {
      assertEquals(List.of(), SCHEMA.validate(document(members), InputFormat.JSON), members);
    }
  }

  @Test
  void namingAFieldOfficeAndStatingNoneIsRefusedByTheReaderAndTheSchema() {
    String text = document("\"fieldOfficeId\": \"ROEA\", \"noFieldOffice\": true");
    assertFalse(SCHEMA.validate(text, InputFormat.JSON).isEmpty(), "the schema accepts " + text);
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(text));
    assertEquals(1, e.problems().size(), e::getMessage);
    JsonProblem p = e.problems().get(0);
    assertEquals(JsonProblem.Code.INVALID_VALUE, p.code());
    assertEquals("/applications/0", p.pointer());
    assertTrue(p.message().contains("APP-1].noFieldOffice") && p.message().contains("'ROEA'"), p::message);
  }

  @Test
  void invitedMemberStatesGivenAsAStringIsAWrongType() {
    String text = document("\"invitedMemberStates\": \"KE\"");
    assertFalse(SCHEMA.validate(text, InputFormat.JSON).isEmpty(), "the schema accepts " + text);
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(text));
    assertEquals("/applications/0/invitedMemberStates", e.problems().get(0).pointer());
    assertEquals(JsonProblem.Code.WRONG_TYPE, e.problems().get(0).code());
  }
}
