package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tool's help, its usage errors (exit code 2) and what it leaves in the working directory. */
class CliUsageTest {

  @Test
  void helpListsEverySubcommandAndTheExitCodes() {
    CliRun r = CliRun.run("--help");
    r.assertSuccess();
    for (String command : List.of("validate", "eligibility", "allocate", "whatif", "coverage", "classify", "countries",
        "sessions", "organizations", "export")) {
      assertTrue(r.out.contains("\n  " + command + " "), command);
    }
    assertTrue(r.out.contains("Exit codes:"));
    assertTrue(r.out.contains("  1   the input has problems"), r.out);
    assertTrue(r.out.contains("  2   usage error"), r.out);
  }

  @Test
  void everySubcommandTakesARegistryAndAnOutput() {
    for (String command : List.of("validate", "eligibility", "allocate", "whatif", "coverage", "classify", "countries",
        "sessions", "organizations", "export")) {
      CliRun r = CliRun.run(command, "--help");
      r.assertSuccess();
      assertTrue(r.out.contains("--registry=FILE"), command);
      assertTrue(r.out.contains("--output=FILE"), command);
    }
  }

  @Test
  void aMistypedSubcommandIsAUsageErrorWithASuggestionNotTheWholeHelp() {
    CliRun r = CliRun.run("eligibilty");
    assertEquals(2, r.code);
    assertEquals("", r.out);
    assertTrue(r.err.contains("Unmatched argument at index 0: 'eligibilty'"), r.err);
    assertTrue(r.err.contains("eligibility"), "suggested: " + r.err);
    assertTrue(r.err.strip().endsWith("Try 'lookingbeyond --help' for more information."), r.err);
    assertTrue(r.err.lines().count() <= 4, r.err);
  }

  @Test
  void aMalformedDateIsAUsageError() {
    CliRun r = CliRun.run("eligibility", "--as-of", "2026-13-01");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("--as-of"), r.err);
    assertTrue(r.err.contains("Try 'lookingbeyond eligibility --help'"), r.err);
    r.assertNoStackTrace();
  }

  @Test
  void theDemoAndTheSubcommandsWriteNothingIntoTheWorkingDirectory() throws IOException {
    List<String> before = filesOutsideTarget();
    CliRun.run().assertSuccess();
    CliRun.run("coverage", "--format", "svg").assertSuccess();
    CliRun.run("eligibility", "--format", "json").assertSuccess();
    assertEquals(before, filesOutsideTarget());
  }

  /** The files under the working directory (the module), except the build's own output. */
  private static List<String> filesOutsideTarget() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    try (Stream<Path> files = Files.walk(here)) {
      return files.map(here::relativize).map(Path::toString).filter(p -> !p.startsWith("target"))
          .sorted().collect(Collectors.toList());
    }
  }
}
