package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.json.DocumentType;

/** {@code lookingbeyond allocate}: a budget allocated, with a reason for every application left unfunded. */
class AllocateCommandTest {

  @Test
  void aBudgetFundsTheEligiblePendingApplicationsAndSaysWhyOthersAreNot() {
    CliRun r = CliRun.run("allocate", "--budget", "60000USD");
    r.assertSuccess();
    assertTrue(r.out.startsWith("Seed funding allocated on the sample registry (fictional) as of 2026-11-29 under"
        + " seed-funding 1.0"), r.out);
    assertTrue(r.out.contains("Budget 60000 USD: granted 15000 USD, left 45000 USD"), r.out);
    assertTrue(Pattern.compile("APP-2026-006 +M49:143 +15000 USD +funded").matcher(r.out).find(), r.out);
    assertTrue(r.out.contains("APP-2024-002                      NOT_PENDING: the application is APPROVED, not pending"),
        r.out);
    assertTrue(r.out.contains("APP-2026-005 not considered: INELIGIBLE"), r.out);
    assertTrue(r.out.contains("APP-2026-007 not considered: NEEDS_REVIEW"), r.out);
    assertTrue(r.out.contains("APP-2026-009 not considered: INELIGIBLE"), "a young applicant gets nothing: " + r.out);
  }

  @Test
  void theCurrencyMayBeGivenApartOrLeftToThePolicy() {
    String together = CliRun.run("allocate", "--budget", "60000USD").out;
    assertEquals(together, CliRun.run("allocate", "--budget", "60000", "--currency", "usd").out);
    assertEquals(together, CliRun.run("allocate", "--budget", "60000").out);
    assertEquals(together, CliRun.run("allocate", "--budget", "60000 usd").out);
  }

  @Test
  void aBudgetTooSmallForAnyGrantFundsNothingAndSaysWhy() {
    CliRun r = CliRun.run("allocate", "--budget", "1000USD");
    r.assertSuccess();
    assertTrue(r.out.contains("granted 0 USD, left 1000 USD"), r.out);
    assertTrue(r.out.contains("APP-2026-006"), r.out);
  }

  @Test
  void aBudgetInAnotherCurrencyThanThePolicysIsAUsageError() {
    CliRun r = CliRun.run("allocate", "--budget", "60000EUR");
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("--budget 60000 EUR: Money.currency: the budget is in EUR; policy seed-funding 1.0 judges amounts in USD"),
        r.err);
  }

  @Test
  void malformedOrContradictoryBudgetsAreUsageErrors() {
    for (List<String> args : List.<List<String>>of(List.of("--budget", "6e4"), List.of("--budget", "-5USD"),
        List.of("--budget", "60000US"), List.of("--budget", "60000USD", "--currency", "EUR"),
        List.of("--budget", "60000XYZ"), List.of())) {
      CliRun r = CliRun.run(Stream.concat(Stream.of("allocate"), args.stream()).toArray(String[]::new));
      assertEquals(2, r.code, args + ": " + r.err);
      assertTrue(r.err.contains("--budget"), args + ": " + r.err);
      r.assertNoStackTrace();
    }
  }

  @Test
  void theJsonFormatIsAnAllocationDocumentThatReadsBack() {
    CliRun r = CliRun.run("allocate", "--budget", "60000USD", "--format", "JSON");
    r.assertSuccess();
    Allocation a = CliFiles.JSON.read(DocumentType.ALLOCATION, r.out).value();
    assertEquals(1, a.awards().size());
    assertEquals("APP-2026-006", a.awards().get(0).applicationId());
    assertEquals(0, new BigDecimal("45000").compareTo(a.remaining().amount()));
    assertEquals(3, a.unfunded().size());
  }
}
