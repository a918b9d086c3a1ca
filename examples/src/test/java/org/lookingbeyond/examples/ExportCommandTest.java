package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.json.DocumentType;

/** {@code lookingbeyond export}: documents to start from, and one's own in canonical form. */
class ExportCommandTest {
  @TempDir
  Path dir;

  @Test
  void theSampleRegistryIsExportedAsADocumentThatReadsBackEqual() throws IOException {
    Path file = dir.resolve("registry.json");
    CliRun r = CliRun.run("export", "registry", "--output", file.toString());
    r.assertSuccess();
    assertEquals(SampleRegistry.registry(), CliFiles.JSON.readRegistry(file).registry());
    CliRun.run("validate", "--registry", file.toString()).assertSuccess();
  }

  @Test
  void theDefaultPolicyIsExportedAsADocumentThatReadsBackEqual() {
    CliRun r = CliRun.run("export", "POLICY");
    r.assertSuccess();
    assertEquals(DefaultFundingPolicy.policy(), CliFiles.JSON.read(DocumentType.POLICY, r.out).value());
  }

  @Test
  void aRegistryFileIsRewrittenInCanonicalFormKeepingMembersTheFormatDoesNotDefine() throws IOException {
    String canonical = CliFiles.JSON.writeRegistry(SampleRegistry.registry());
    String compact = canonical.replace("\n", "").replaceAll(" {2,}", "")
        .replaceFirst("\"id\": \"ORG-AOC\",", "\"id\": \"ORG-AOC\", \"localNote\": \"kept\",");
    Path file = Files.writeString(dir.resolve("compact.json"), compact, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("export", "registry", "--registry", file.toString());
    r.assertSuccess();
    assertTrue(r.out.contains("\"localNote\": \"kept\""), "unknown members are kept");
    assertEquals(canonical, r.out.replaceFirst(",\n +\"localNote\": \"kept\"", ""));
  }

  @Test
  void anUnknownKindIsAUsageError() {
    CliRun r = CliRun.run("export", "decisions");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("KIND"), r.err);
  }
}
