package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** The exit code, standard output and standard error of one in-process run of the command line. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = LookingBeyondCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  /** The lines of standard error. */
  List<String> errLines() {
    return err.lines().toList();
  }

  /**
   * Asserts that the run failed on its input: exit code 1, nothing on standard output, and on standard
   * error only lines of text (no stack trace).
   */
  CliRun assertInputProblem() {
    assertEquals(1, code, () -> "exit code; out: " + out + "; err: " + err);
    assertEquals("", out, "nothing on standard output");
    assertNoStackTrace();
    return this;
  }

  /** Asserts exit code 1 with exactly one line on standard error, which contains every given text. */
  CliRun assertOneLine(String... texts) {
    assertInputProblem();
    assertEquals(1, errLines().size(), err);
    for (String text : texts) {
      assertFalse(!err.contains(text), "'" + text + "' not in: " + err);
    }
    return this;
  }

  void assertNoStackTrace() {
    assertFalse(err.contains("\tat ") || err.contains("Exception"), "a stack trace: " + err);
  }

  void assertSuccess() {
    assertEquals(0, code, () -> "exit code; err: " + err);
    assertEquals("", err, "nothing on standard error");
  }
}
