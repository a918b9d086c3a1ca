package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.Verdict;

/** {@code lookingbeyond eligibility}: decisions on a registry file under policy files. */
class EligibilityCommandTest {
  @TempDir
  Path dir;

  @Test
  void aRegistryFileIsJudgedLikeTheSampleItWasWrittenFrom() throws IOException {
    CliRun sample = CliRun.run("eligibility");
    CliRun file = CliRun.run("eligibility", "--registry", CliFiles.registry(dir).toString(), "--as-of", "2026-11-29");
    file.assertSuccess();
    assertTrue(file.out.startsWith("Seed-funding decisions on " + dir.resolve("registry.json")
        + " as of 2026-11-29: 9 application(s)"), file.out);
    assertEquals(body(sample.out), body(file.out));
    assertTrue(Pattern.compile("APP-2026-005 +ORG-GII +INELIGIBLE +62 +G6 +G8").matcher(file.out).find(), file.out);
    assertTrue(file.out.contains("APP-2026-005 G6 FAIL: application.amount = 27500 does not meet <= 20000 (maxAmount)"));
    assertTrue(file.out.contains("APP-2026-008 G3 FAIL: applicant.registrationDate (2025-09-01) is not at least 2 years"
        + " before application.date (2026-10-12)"), "a young applicant is refused: " + file.out);
  }

  private static String body(String out) {
    return out.substring(out.indexOf('\n'));
  }

  @Test
  void onTheSampleTheDateIsTheSamplesOwn() {
    CliRun r = CliRun.run("eligibility");
    r.assertSuccess();
    assertTrue(r.out.startsWith("Seed-funding decisions on the sample registry (fictional) as of 2026-11-29"), r.out);
  }

  @Test
  void oneApplicationIsShownRuleByRule() {
    CliRun r = CliRun.run("eligibility", "--application", "APP-2026-005");
    r.assertSuccess();
    assertTrue(r.out.startsWith("  APP-2026-005: INELIGIBLE, score 62 under seed-funding 1.0 as of 2026-11-29"), r.out);
    for (String rule : List.of("G1", "G6", "G10", "S1", "S6", "A1", "A2")) {
      assertTrue(Pattern.compile("\n  " + rule + " +(GATE|SCORE|ADVISORY) ").matcher(r.out).find(), rule);
    }
    assertFalse(r.out.contains("APP-2026-004"));
  }

  @Test
  void anUnknownApplicationIsAUsageErrorThatListsTheApplications() {
    CliRun r = CliRun.run("eligibility", "--application", "APP-1999-999");
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("No application 'APP-1999-999' in the sample registry (fictional); its applications:"
        + " APP-2024-001, APP-2024-002"), r.err);
  }

  @Test
  void theJsonFormatIsADecisionsDocumentThatReadsBack() {
    CliRun r = CliRun.run("eligibility", "--format", "json");
    r.assertSuccess();
    List<Decision> decisions = CliFiles.JSON.read(DocumentType.DECISIONS, r.out).value();
    assertEquals(List.of("APP-2024-001", "APP-2024-002", "APP-2025-003", "APP-2026-004", "APP-2026-005",
        "APP-2026-006", "APP-2026-007", "APP-2026-008", "APP-2026-009"), decisions.stream().map(Decision::subjectId).collect(Collectors.toList()));
    assertEquals(Verdict.INELIGIBLE, decisions.get(4).verdict());
    assertEquals(decisions, new FundingReport(SampleRegistry.registry(), SampleRegistry.AS_OF).decisions());
  }

  @Test
  void aPolicyFileIsUsedInsteadOfTheDefault() throws IOException {
    Policy v1 = DefaultFundingPolicy.policy().toBuilder().effectiveUntil(LocalDate.of(2025, 12, 31)).build();
    Policy v2 = FundingReport.higherCeiling().toBuilder().version("2.0").effectiveFrom(LocalDate.of(2026, 1, 1))
        .build();
    CliRun r = CliRun.run("eligibility", "--policy", CliFiles.policy(dir, "v1.json", v1).toString(), "--policy",
        CliFiles.policy(dir, "v2.json", v2).toString());
    r.assertSuccess();
    assertTrue(r.out.contains("Policy seed-funding 1.0 ("), r.out);
    assertTrue(r.out.contains("Policy seed-funding 2.0 ("), r.out);
    assertFalse(r.out.contains("G6 FAIL"), "APP-2026-005 is judged under 2.0, whose ceiling is 30000: " + r.out);
    CliRun one = CliRun.run("eligibility", "--policy", dir.resolve("v2.json").toString(), "--application",
        "APP-2026-005");
    assertTrue(one.out.contains("under seed-funding 2.0"), one.out);
  }

  @Test
  void anApplicationDatedWhenNoVersionIsInForceIsAnInputProblem() throws IOException {
    Path later = CliFiles.policy(dir, "later.json", CliFiles.laterVersion());
    CliRun r = CliRun.run("eligibility", "--policy", later.toString()).assertInputProblem();
    assertEquals(9, r.errLines().size(), r.err);
    assertTrue(r.errLines().get(0).startsWith("application APP-2024-001 is dated 2024-"), r.err);
    assertTrue(r.errLines().get(0).endsWith("when no version of the policy is in force (versions: 2.0 from 2027-01-01)"),
        r.err);
  }

  @Test
  void versionsInForceOnTheSameDayAreAnInputProblem() throws IOException {
    CliRun r = CliRun.run("eligibility", "--policy", CliFiles.policy(dir).toString(), "--policy",
        CliFiles.policy(dir, "also.json", DefaultFundingPolicy.policy().toBuilder().version("1.1").build()).toString())
        .assertInputProblem();
    assertEquals("the --policy files are not versions of one policy:", r.errLines().get(0));
    assertTrue(r.err.contains("versions 1.0 and 1.1 are both in force on 2008-01-01"), r.err);
  }
}
