package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.registry.Registry;

/** Text that is not quite Unicode, and byte order marks in text input. */
class HostileTextTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();

  private static String withOrganizationId(String escapedId) {
    return "{\"format\":\"lookingbeyond.registry/1\",\"organizations\":[{\"id\":\"" + escapedId
        + "\",\"name\":\"A\",\"type\":\"NATIONAL_NGO\"}]}";
  }

  // ---------------------------------------------------------------- finding 8: unpaired surrogates

  @Test
  void anIdWithALoneHighSurrogateIsRefusedWhereItIs() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> JSON.readRegistry(withOrganizationId("O\\ud800")));
    JsonProblem p = e.problems().get(0);
    assertEquals(JsonProblem.Code.INVALID_VALUE, p.code());
    assertEquals("/organizations/0/id", p.pointer());
    assertTrue(p.message().contains("unpaired UTF-16 surrogate (U+D800) at index 1"), p::toString);
    assertTrue(p.message().contains("O\\ud800"), "the surrogate is escaped in the message: " + p.message());
  }

  @Test
  void aLoneLowSurrogateAndOneInAKeyAreRefused() {
    assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(withOrganizationId("\\udc00O")));
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(
        "{\"format\":\"lookingbeyond.registry/1\",\"x\\ud800\":1}"));
    // Jackson itself refuses a broken pair in a member name, as a located syntax error
    JsonProblem key = e.problems().get(0);
    assertEquals(JsonProblem.Code.SYNTAX, key.code());
    assertEquals(1, key.line());
    assertTrue(key.column() > 1, key::toString);
  }

  @Test
  void aPairedSurrogateIsAnOrdinaryCharacterAndSurvivesByteOutput() {
    Registry r = JSON.readRegistry(withOrganizationId("ORG-\\ud83c\\udf0d")).registry();
    assertEquals("ORG-\uD83C\uDF0D", r.organizations().get(0).id());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JSON.writeRegistry(RegistryDocument.of(r), out);
    assertEquals(r, JSON.readRegistry(new ByteArrayInputStream(out.toByteArray()), "bytes").registry());
  }

  // ---------------------------------------------------------------- finding 11: byte order marks

  @Test
  void aStringStartingWithAByteOrderMarkReadsLikeBytesStartingWithOne() {
    String doc = "\uFEFF" + withOrganizationId("ORG-A");
    Registry fromBytes = JSON.readRegistry(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "bytes")
        .registry();
    assertEquals(fromBytes, JSON.readRegistry(doc).registry());
    assertEquals(fromBytes, JSON.readRegistry(new StringReader(doc), "reader").registry());
    assertEquals(fromBytes, JSON.tryReadRegistry(doc).document().orElseThrow().registry());
  }

  @Test
  void otherDocumentsStartingWithAByteOrderMarkAreReadToo() {
    assertEquals(java.time.LocalDate.of(2026, 6, 30), JSON.read(DocumentType.COVERAGE_SETTINGS,
        "\uFEFF{\"format\":\"lookingbeyond.coverage-settings/1\",\"asOf\":\"2026-06-30\"}").value().asOf());
  }

  @Test
  void aByteOrderMarkAnywhereButTheStartIsStillASyntaxError() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> JSON.readRegistry("\uFEFF\uFEFF" + withOrganizationId("ORG-A")));
    assertEquals(JsonProblem.Code.SYNTAX, e.problems().get(0).code());
  }
}
