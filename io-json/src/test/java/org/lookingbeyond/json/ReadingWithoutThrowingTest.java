package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.LookingBeyondException;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/**
 * Reading a registry document without an exception ({@code tryReadRegistry}), files and streams that
 * cannot be read, and a variant of a configured instance ({@code rebuild}).
 */
class ReadingWithoutThrowingTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final String TWO_ORGANIZATIONS_ONE_ID = "{\"format\": \"lookingbeyond.registry/1\",\n"
      + " \"organizations\": [\n"
      + "  {\"id\": \"ORG-1\", \"name\": \"N\", \"type\": \"NATIONAL_NGO\"},\n"
      + "  {\"id\": \"ORG-1\", \"name\": \"M\", \"type\": \"NATIONAL_NGO\"}]}";

  @TempDir
  Path dir;

  @Test
  void aValidDocumentGivesTheRegistryAndNoProblems() {
    RegistryReading reading = JSON.tryReadRegistry(JSON.writeRegistry(Fixtures.fullRegistry()));
    assertTrue(reading.isValid());
    assertEquals(List.of(), reading.problems());
    assertEquals(Fixtures.fullRegistry(), reading.registry().orElseThrow());
    assertEquals(reading.document().orElseThrow(), reading.orElseThrow());
  }

  @Test
  void anInvalidDocumentGivesEveryLocatedProblemAndNoRegistry() {
    RegistryReading reading = JSON.tryReadRegistry(new StringReader(TWO_ORGANIZATIONS_ONE_ID), "orgs.json");
    assertFalse(reading.isValid());
    assertTrue(reading.registry().isEmpty());
    JsonProblem duplicate = reading.problems().get(0);
    assertEquals(JsonProblem.Code.DUPLICATE_ID, duplicate.code());
    assertEquals("/organizations/1/id (line 4, column 3)", duplicate.location());
    JsonDocumentException e = assertThrows(JsonDocumentException.class, reading::orElseThrow);
    assertEquals(reading.problems(), e.problems());
    assertEquals("orgs.json", e.document());
  }

  @Test
  void aDocumentExceptionIsALibraryExceptionWithLocatedProblems() {
    LookingBeyondException e = assertThrows(LookingBeyondException.class,
        () -> JSON.readRegistry(TWO_ORGANIZATIONS_ONE_ID));
    JsonDocumentException document = assertInstanceOf(JsonDocumentException.class, e);
    assertSame(document.problems(), e.problems(), "the base type's view is the typed list");
    assertTrue(e.getMessage().startsWith("1 problem in the document:\n  4:3 /organizations/1/id DUPLICATE_ID"),
        e::getMessage);
  }

  @Test
  void aMissingFileIsOneUnreadableProblemNamingTheFile() {
    Path missing = dir.resolve("registry-2027.json");
    RegistryReading reading = JSON.tryReadRegistry(missing);
    assertFalse(reading.isValid());
    JsonProblem problem = reading.problems().get(0);
    assertEquals(JsonProblem.Code.UNREADABLE, problem.code());
    assertEquals("cannot read " + missing + ": no such file", problem.message());
    assertEquals("registry-2027.json", reading.documentName());
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(missing));
    assertInstanceOf(NoSuchFileException.class, e.getCause());
    assertTrue(e.getMessage().contains("no such file"), e::getMessage);
  }

  @Test
  void aDirectoryIsUnreadableSayingItIsADirectory() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(dir));
    assertTrue(e.problems().get(0).message().endsWith(": is a directory"), e::getMessage);
    assertInstanceOf(IOException.class, e.getCause());
    JsonDocumentException policy = assertThrows(JsonDocumentException.class,
        () -> JSON.read(DocumentType.POLICY, dir));
    assertEquals(JsonProblem.Code.UNREADABLE, policy.problems().get(0).code());
  }

  @Test
  void aMissingPolicyOrReportFileIsUnreadableToo() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> JSON.read(DocumentType.COVERAGE_REPORT, dir.resolve("coverage.json")));
    assertEquals(JsonProblem.Code.UNREADABLE, e.problems().get(0).code());
    assertInstanceOf(NoSuchFileException.class, e.getCause());
  }

  @Test
  void aFileThatMayNotBeReadIsUnreadableSayingAccessIsDenied() throws IOException {
    Path file = Files.writeString(dir.resolve("secret.json"), JSON.writeRegistry(Fixtures.fullRegistry()));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "a superuser reads any file");
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(file));
    assertTrue(e.problems().get(0).message().endsWith(": access denied"), e::getMessage);
    assertInstanceOf(AccessDeniedException.class, e.getCause());
  }

  @Test
  void aStreamThatFailsMidwayIsUnreadableWithTheCause() {
    IOException failure = new IOException("Connection reset");
    byte[] start = "{\"format\": \"lookingbeyond.registry/1\", \"organizations\": [".getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private int next;

      @Override
      public int read() throws IOException {
        if (next < start.length) {
          return start[next++];
        }
        throw failure;
      }
    };
    RegistryReading reading = JSON.tryReadRegistry(failing, "https://example.org/registry.json");
    assertEquals(JsonProblem.Code.UNREADABLE, reading.problems().get(0).code());
    assertEquals("the document cannot be read: Connection reset", reading.problems().get(0).message());
    JsonDocumentException e = assertThrows(JsonDocumentException.class, reading::orElseThrow);
    assertSame(failure, e.getCause());
  }

  @Test
  void rebuildKeepsEverySettingAndChangesOnlyWhatIsSet() {
    ReferenceData reference = Fixtures.extendedReference();
    LookingBeyondJson configured = LookingBeyondJson.builder().pretty(false).maxNestingDepth(12)
        .reference(reference).build();
    Registry registry = Registry.builder(reference).build();
    String compact = configured.writeRegistry(registry);
    assertFalse(compact.contains("\n"), "compact output");

    LookingBeyondJson same = configured.rebuild().build();
    assertEquals(compact, same.writeRegistry(registry), "same output form and same reference data");
    String deep = "{\"format\": \"lookingbeyond.registry/1\", \"x\": " + "[".repeat(12) + "]".repeat(12) + "}";
    assertEquals(JsonProblem.Code.LIMIT_EXCEEDED, same.tryReadRegistry(deep).problems().get(0).code(),
        "the same nesting limit");

    LookingBeyondJson strict = configured.rebuild().strict(true).build();
    assertEquals(compact, strict.writeRegistry(registry), "unchanged settings are kept");
    String unknownMember = "{\"format\": \"lookingbeyond.registry/1\", \"x-note\": 1}";
    assertTrue(configured.tryReadRegistry(unknownMember).isValid());
    assertEquals(JsonProblem.Code.UNKNOWN_FIELD, strict.tryReadRegistry(unknownMember).problems().get(0).code());
    assertTrue(configured.tryReadRegistry(unknownMember).isValid(), "the original instance is unchanged");
  }

  @Test
  void rebuildKeepsTheFactSchemasPolicyDocumentsMayName() {
    String policy = JSON.write(DocumentType.POLICY, DefaultFundingPolicy.policy());
    LookingBeyondJson pretty = JSON.rebuild().pretty(true).build();
    assertEquals(DefaultFundingPolicy.policy(), pretty.read(DocumentType.POLICY, policy).value());
  }
}
