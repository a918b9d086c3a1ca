package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subcommand on files: a good registry, a malformed one, a missing one, a directory in its place,
 * and an output that cannot be written. Problems end with exit code 1 and lines naming the file, never a
 * stack trace.
 */
class CliFilesTest {
  @TempDir
  Path dir;

  private Path registry;
  private Path against;

  @BeforeEach
  void writeDocuments() throws IOException {
    registry = CliFiles.registry(dir);
    against = CliFiles.higherCeilingPolicy(dir);
  }

  /** Each subcommand with the arguments it needs besides --registry (the what-if policy is a placeholder). */
  static Stream<List<String>> subcommands() {
    return Stream.of(
        List.of("validate"),
        List.of("eligibility", "--as-of", "2026-11-29"),
        List.of("allocate", "--budget", "60000USD", "--as-of", "2026-11-29"),
        List.of("whatif", "--against", "AGAINST", "--as-of", "2026-11-29"),
        List.of("coverage", "--as-of", "2026-11-29"),
        List.of("classify", "--as-of", "2026-11-29"),
        List.of("countries", "014"),
        List.of("sessions", "--body", "COP"),
        List.of("organizations", "--country", "KE"),
        List.of("export", "registry"));
  }

  private List<String> args(List<String> command, String... more) {
    List<String> args = new ArrayList<>();
    command.forEach(a -> args.add(a.equals("AGAINST") ? against.toString() : a));
    args.addAll(List.of(more));
    return args;
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void eachSubcommandWorksOnARegistryFile(List<String> command) {
    CliRun r = CliRun.run(args(command, "--registry", registry.toString()));
    r.assertSuccess();
    assertFalse(r.out.isBlank());
    assertEquals(r.out, CliRun.run(args(command, "--registry", registry.toString())).out, "deterministic");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void aMalformedRegistryIsReportedWithTheLocationOfItsProblem(List<String> command) throws IOException {
    CliFiles.Broken broken = CliFiles.malformedRegistry(dir);
    CliRun r = CliRun.run(args(command, "--registry", broken.file().toString())).assertInputProblem();
    assertEquals(List.of(broken.file() + ": the registry document has 1 problem:", broken.location()
        + " INVALID_VALUE: \"registrationDate\" must be an ISO-8601 date (YYYY-MM-DD), not \"2025-02-30\""),
        r.errLines());
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void aMissingRegistryFileIsOneLineNamingIt(List<String> command) {
    Path missing = dir.resolve("no-such-registry.json");
    CliRun.run(args(command, "--registry", missing.toString()))
        .assertOneLine("cannot read --registry " + missing + ": no such file");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void aDirectoryGivenAsTheRegistryIsOneLine(List<String> command) {
    CliRun.run(args(command, "--registry", dir.toString()))
        .assertOneLine("cannot read --registry " + dir + ": it is a directory, not a file");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void anOutputThatIsADirectoryIsOneLine(List<String> command) {
    CliRun.run(args(command, "--registry", registry.toString(), "--output", dir.toString()))
        .assertOneLine("cannot write --output " + dir + ": it is a directory");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void anOutputInADirectoryThatDoesNotExistIsOneLine(List<String> command) {
    Path output = dir.resolve("no-such-dir").resolve("out.txt");
    CliRun.run(args(command, "--registry", registry.toString(), "--output", output.toString()))
        .assertOneLine("cannot write --output " + output + ": the directory ", "no-such-dir does not exist");
    assertFalse(Files.exists(output.getParent()), "no directory is created");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void anOutputBelowAFileIsOneLine(List<String> command) {
    Path output = registry.resolve("out.txt");
    CliRun.run(args(command, "--registry", registry.toString(), "--output", output.toString()))
        .assertOneLine("cannot write --output " + output + ": ", "registry.json is not a directory");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void theOutputGoesToTheFileTheUserNames(List<String> command) throws IOException {
    String console = CliRun.run(args(command, "--registry", registry.toString())).out;
    Path output = dir.resolve("out.txt");
    CliRun r = CliRun.run(args(command, "--registry", registry.toString(), "--output", output.toString()));
    r.assertSuccess();
    assertEquals("wrote " + output + " (" + console.length() + " characters)", r.out.strip());
    assertEquals(console, Files.readString(output));
  }

  /** The subcommands that read policy documents, with the option that names one. */
  static Stream<List<String>> policyReaders() {
    return Stream.of(
        List.of("validate", "--policy"),
        List.of("eligibility", "--policy"),
        List.of("allocate", "--budget", "60000USD", "--policy"),
        List.of("whatif", "--against", "AGAINST", "--policy"),
        List.of("whatif", "--against"),
        List.of("export", "policy", "--policy"));
  }

  @ParameterizedTest
  @MethodSource("policyReaders")
  void aMalformedPolicyIsReportedWithTheLocationOfItsProblem(List<String> command) throws IOException {
    CliFiles.Broken broken = CliFiles.malformedPolicy(dir);
    CliRun r = CliRun.run(args(command, broken.file().toString())).assertInputProblem();
    assertEquals(List.of(broken.file() + ": the policy document has 1 problem:", broken.location()
        + " INVALID_VALUE: \"effectiveFrom\" must be an ISO-8601 date (YYYY-MM-DD), not \"2008-13-01\""),
        r.errLines());
  }

  @ParameterizedTest
  @MethodSource("policyReaders")
  void aMissingPolicyFileIsOneLineNamingIt(List<String> command) {
    Path missing = dir.resolve("no-such-policy.json");
    String option = command.get(command.size() - 1);
    CliRun.run(args(command, missing.toString()))
        .assertOneLine("cannot read " + option + " " + missing + ": no such file");
  }

  @ParameterizedTest
  @MethodSource("policyReaders")
  void aGoodPolicyFileIsRead(List<String> command) throws IOException {
    CliRun r = CliRun.run(args(command, CliFiles.policy(dir).toString(), "--as-of", "2026-11-29"));
    r.assertSuccess();
    assertTrue(r.out.contains("seed-funding"), r.out);
  }

  /** The subcommands that read a registry and policies together and report the problems of all of them. */
  static Stream<List<String>> readersOfAll() {
    return Stream.of(List.of("validate"), List.of("whatif", "--against", "AGAINST"));
  }

  @ParameterizedTest
  @MethodSource("readersOfAll")
  void aMalformedRegistryAndAMalformedPolicyAreBothReported(List<String> command) throws IOException {
    CliFiles.Broken registryProblem = CliFiles.malformedRegistry(dir);
    CliFiles.Broken policyProblem = CliFiles.malformedPolicy(dir);
    CliRun r = CliRun.run(args(command, "--registry", registryProblem.file().toString(), "--policy",
        policyProblem.file().toString())).assertInputProblem();
    assertEquals(4, r.errLines().size(), r.err);
    assertTrue(r.errLines().get(1).startsWith(registryProblem.location()), r.err);
    assertTrue(r.errLines().get(3).startsWith(policyProblem.location()), r.err);
  }
}
