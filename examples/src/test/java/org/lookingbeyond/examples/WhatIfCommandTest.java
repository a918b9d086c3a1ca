package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.rules.Verdict;

/** {@code lookingbeyond whatif}: the decisions that change between two policies, and why. */
class WhatIfCommandTest {
  @TempDir
  Path dir;

  @Test
  void theDefaultPolicyAgainstAHigherCeilingChangesOneDecision() throws IOException {
    CliRun r = CliRun.run("whatif", "--against", CliFiles.higherCeilingPolicy(dir).toString());
    r.assertSuccess();
    assertTrue(r.out.startsWith("What if seed-funding 1.1-ceiling-30000 replaced seed-funding 1.0? On the sample"
        + " registry (fictional) as of 2026-11-29, 9 application(s):"), r.out);
    assertTrue(r.out.contains("1 decision(s) change, 8 do not:"), r.out);
    assertTrue(r.out.contains("APP-2026-005: INELIGIBLE -> NEEDS_REVIEW"), r.out);
    assertTrue(r.out.contains("G6 FAIL -> PASS: "), r.out);
  }

  @Test
  void twoPolicyFilesGiveTheSameComparisonAsTheDefaultAgainstAFile() throws IOException {
    String against = CliFiles.higherCeilingPolicy(dir).toString();
    CliRun defaults = CliRun.run("whatif", "--against", against);
    CliRun files = CliRun.run("whatif", "--policy", CliFiles.policy(dir).toString(), "--against", against);
    files.assertSuccess();
    assertEquals(defaults.out, files.out);
  }

  @Test
  void aPolicyAgainstItselfChangesNothing() throws IOException {
    CliRun r = CliRun.run("whatif", "--against", CliFiles.policy(dir).toString());
    r.assertSuccess();
    assertTrue(r.out.contains("0 decision(s) change, 9 do not:"), r.out);
  }

  @Test
  void theJsonFormatIsAWhatIfDocumentThatReadsBack() throws IOException {
    CliRun r = CliRun.run("whatif", "--against", CliFiles.higherCeilingPolicy(dir).toString(), "--format", "json");
    r.assertSuccess();
    WhatIf w = CliFiles.JSON.read(DocumentType.WHAT_IF, r.out).value();
    assertEquals(1, w.changes().size());
    assertEquals(Verdict.NEEDS_REVIEW, w.changes().get(0).verdictAfter());
    assertEquals(8, w.unchanged());
  }

  @Test
  void thePolicyToCompareWithIsRequired() {
    CliRun r = CliRun.run("whatif");
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("Missing required option: '--against=FILE'"), r.err);
  }
}
