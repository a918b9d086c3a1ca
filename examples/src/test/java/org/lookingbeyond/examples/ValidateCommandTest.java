package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lookingbeyond validate}: every problem of the documents with its location, or a summary. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void aValidRegistryIsSummarized() throws IOException {
    Path registry = CliFiles.registry(dir);
    CliRun r = CliRun.run("validate", "--registry", registry.toString());
    r.assertSuccess();
    assertEquals(List.of(registry + ": a valid lookingbeyond.registry/1 document",
        "  19 organizations, 28 participations, 6 RLO designations, 9 seed-funding applications, 3 grants,"
            + " 2 consultations"), r.out.lines().limit(2).toList());
    assertTrue(r.out.contains("over reference data of 249 countries and areas"), r.out);
  }

  @Test
  void withoutARegistryTheSampleIsValidated() {
    CliRun r = CliRun.run("validate");
    r.assertSuccess();
    assertTrue(r.out.startsWith("the sample registry (fictional): a valid lookingbeyond.registry/1 document"), r.out);
  }

  @Test
  void everyProblemOfTheRegistryIsPrintedWithItsLocation() throws IOException {
    String good = CliFiles.JSON.writeRegistry(SampleRegistry.registry());
    String bad = good.replaceFirst("\"networkId\": \"VNGOC\"", "\"networkId\": \"NO-SUCH-NETWORK\"")
        .replaceFirst("\"BO\",\n", "\"XK\",\n");
    Path file = Files.writeString(dir.resolve("two-problems.json"), bad, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("validate", "--registry", file.toString()).assertInputProblem();
    List<String> lines = r.errLines();
    assertEquals(3, lines.size(), r.err);
    assertEquals(file + ": the registry document has 2 problems:", lines.get(0));
    assertTrue(Pattern.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+ /organizations/0/registrationCountry"
        + " UNKNOWN_CODE: organization ORG-AOC: 'XK' is not an ISO 3166-1 country or area code", lines.get(1)), r.err);
    assertTrue(Pattern.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+ /organizations/1/networkMemberships"
        + " DANGLING_REFERENCE: organization ORG-ARN: no network has the id 'NO-SUCH-NETWORK'", lines.get(2)), r.err);
  }

  @Test
  void policiesAreValidatedAndSummarizedToo() throws IOException {
    Path policy = CliFiles.policy(dir);
    Path ceiling = CliFiles.higherCeilingPolicy(dir);
    CliRun r = CliRun.run("validate", "--policy", policy.toString(), "--policy", ceiling.toString());
    r.assertSuccess();
    assertTrue(r.out.contains(policy + ": a valid lookingbeyond.policy/1 document\n  policy seed-funding 1.0, in force"
        + " from 2008-01-01 with no end; 18 rules"), r.out);
    assertTrue(r.out.contains(ceiling + ": a valid lookingbeyond.policy/1 document\n  policy seed-funding"
        + " 1.1-ceiling-30000"), r.out);
  }

  @Test
  void aDocumentThatIsNotJsonIsReportedWhereReadingStopped() throws IOException {
    Path file = Files.writeString(dir.resolve("truncated.json"), "{\n  \"format\": \"lookingbeyond.registry/1\",\n"
        + "  \"organizations\": [\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("validate", "--registry", file.toString()).assertInputProblem();
    assertEquals(2, r.errLines().size(), r.err);
    assertTrue(r.errLines().get(1).startsWith(file + ":"), r.err);
    assertTrue(r.errLines().get(1).contains(" SYNTAX: "), r.err);
  }
}
