package org.lookingbeyond.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.rules.RulesFixtures.AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.APPLIED;
import static org.lookingbeyond.rules.RulesFixtures.AS_OF;
import static org.lookingbeyond.rules.RulesFixtures.CALL_THEMES;
import static org.lookingbeyond.rules.RulesFixtures.CURRENCY;
import static org.lookingbeyond.rules.RulesFixtures.CURRENCY_CODE;
import static org.lookingbeyond.rules.RulesFixtures.ECOSOC;
import static org.lookingbeyond.rules.RulesFixtures.ECOSOC_GRADES;
import static org.lookingbeyond.rules.RulesFixtures.IS_CSO;
import static org.lookingbeyond.rules.RulesFixtures.MAX_AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.MIN_AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.OVERDUE_REPORT;
import static org.lookingbeyond.rules.RulesFixtures.REGISTERED;
import static org.lookingbeyond.rules.RulesFixtures.SESSION_END;
import static org.lookingbeyond.rules.RulesFixtures.THEMES;
import static org.lookingbeyond.rules.RulesFixtures.WOMEN_SHARE;
import static org.lookingbeyond.rules.RulesFixtures.decide;
import static org.lookingbeyond.rules.RulesFixtures.facts;
import static org.lookingbeyond.rules.RulesFixtures.outcome;
import static org.lookingbeyond.rules.RulesFixtures.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaSemanticsTest {

  private static final LocalDate SESSION_CLOSED = LocalDate.of(2027, 3, 1);

  // ---------------------------------------------------------------- helpers

  private static void assertOutcome(RuleOutcome o, Status status, String reasonCode, Optional<String> actual,
      Optional<String> limit, Map<String, String> factsUsed, List<String> missing, String message) {
    assertEquals(status, o.status(), o::toString);
    assertEquals(reasonCode, o.reasonCode(), o::toString);
    assertEquals(actual, o.actual(), "actual");
    assertEquals(limit, o.limit(), "limit");
    assertEquals(factsUsed, o.factsUsed(), "facts used");
    assertEquals(missing, o.missingFacts(), "missing facts");
    assertEquals(message, o.message(), "message");
  }

  private static void assertMissing(RuleOutcome o, Map<String, String> factsUsed, String... missing) {
    assertOutcome(o, Status.UNKNOWN, "missing.UNKNOWN", Optional.empty(), Optional.empty(), factsUsed,
        List.of(missing), "missing: " + String.join(", ", missing));
    assertEquals(0, o.credit());
    assertEquals(0, o.points());
  }

  private static FactRecord amount(double value) {
    return facts().set(AMOUNT, value).build();
  }

  private static FactRecord days(LocalDate sessionEnd, LocalDate applied) {
    return facts().set(SESSION_END, sessionEnd).set(APPLIED, applied).build();
  }

  private static FactRecord registration(LocalDate registered, LocalDate applied) {
    return facts().set(REGISTERED, registered).set(APPLIED, applied).build();
  }

  private static FactRecord.Builder withStatus(FactRecord.Builder b, Fact<Boolean> fact, Status s) {
    return s == Status.UNKNOWN ? b : b.set(fact, s == Status.PASS);
  }

  // ---------------------------------------------------------------- booleans

  @Test
  void aCsoPassesIsTrue() {
    assertOutcome(outcome(Criteria.isTrue(IS_CSO), facts().set(IS_CSO, true).build()), Status.PASS, "isTrue.PASS",
        Optional.of("true"), Optional.of("true"), Map.of("applicant.isCso", "true"), List.of(),
        "applicant.isCso is true");
  }

  @Test
  void aNonCsoFailsIsTrue() {
    assertOutcome(outcome(Criteria.isTrue(IS_CSO), facts().set(IS_CSO, false).build()), Status.FAIL, "isTrue.FAIL",
        Optional.of("false"), Optional.of("true"), Map.of("applicant.isCso", "false"), List.of(),
        "applicant.isCso is false");
  }

  @Test
  void anUnknownCsoStatusIsUnknownAndNamed() {
    assertMissing(outcome(Criteria.isTrue(IS_CSO), facts().build()), Map.of("applicant.isCso", "missing"),
        "applicant.isCso");
  }

  @Test
  void anOverdueReportFailsIsFalseAndNoneOverduePasses() {
    assertOutcome(outcome(Criteria.isFalse(OVERDUE_REPORT), facts().set(OVERDUE_REPORT, true).build()), Status.FAIL,
        "isFalse.FAIL", Optional.of("true"), Optional.of("false"), Map.of("applicant.hasOverdueReport", "true"),
        List.of(), "applicant.hasOverdueReport is true");
    assertOutcome(outcome(Criteria.isFalse(OVERDUE_REPORT), facts().set(OVERDUE_REPORT, false).build()), Status.PASS,
        "isFalse.PASS", Optional.of("false"), Optional.of("false"), Map.of("applicant.hasOverdueReport", "false"),
        List.of(), "applicant.hasOverdueReport is false");
    assertMissing(outcome(Criteria.isFalse(OVERDUE_REPORT), facts().build()),
        Map.of("applicant.hasOverdueReport", "missing"), "applicant.hasOverdueReport");
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void aZeroAmountIsNotPositiveButACentIs() {
    assertOutcome(outcome(Criteria.positive(AMOUNT), amount(0)), Status.FAIL, "positive.FAIL", Optional.of("0"),
        Optional.of("> 0"), Map.of("application.amount", "0"), List.of(), "application.amount = 0 does not meet > 0");
    assertOutcome(outcome(Criteria.positive(AMOUNT), amount(0.01)), Status.PASS, "positive.PASS", Optional.of("0.01"),
        Optional.of("> 0"), Map.of("application.amount", "0.01"), List.of(), "application.amount = 0.01 meets > 0");
    assertMissing(outcome(Criteria.positive(AMOUNT), facts().build()), Map.of("application.amount", "missing"),
        "application.amount");
  }

  @Test
  void amountEqualToTheCeilingPasses() {
    assertOutcome(outcome(Criteria.atMost(AMOUNT, "maxAmount"), amount(20_000)), Status.PASS, "atMost.PASS",
        Optional.of("20000"), Optional.of("<= 20000 (maxAmount)"), Map.of("application.amount", "20000"), List.of(),
        "application.amount = 20000 meets <= 20000 (maxAmount)");
  }

  @Test
  void aCentAboveTheCeilingFails() {
    assertOutcome(outcome(Criteria.atMost(AMOUNT, "maxAmount"), amount(20_000.01)), Status.FAIL, "atMost.FAIL",
        Optional.of("20000.01"), Optional.of("<= 20000 (maxAmount)"), Map.of("application.amount", "20000.01"),
        List.of(), "application.amount = 20000.01 does not meet <= 20000 (maxAmount)");
  }

  @Test
  void anUnknownAmountIsUnknownForTheCeiling() {
    assertMissing(outcome(Criteria.atMost(AMOUNT, "maxAmount"), facts().build()),
        Map.of("application.amount", "missing"), "application.amount");
  }

  @Test
  void amountEqualToTheFloorPassesAndJustBelowFails() {
    Criterion floor = Criteria.atLeast(AMOUNT, "minAmount");
    assertOutcome(outcome(floor, amount(1_000)), Status.PASS, "atLeast.PASS", Optional.of("1000"),
        Optional.of(">= 1000 (minAmount)"), Map.of("application.amount", "1000"), List.of(),
        "application.amount = 1000 meets >= 1000 (minAmount)");
    assertOutcome(outcome(floor, amount(999.99)), Status.FAIL, "atLeast.FAIL", Optional.of("999.99"),
        Optional.of(">= 1000 (minAmount)"), Map.of("application.amount", "999.99"), List.of(),
        "application.amount = 999.99 does not meet >= 1000 (minAmount)");
    assertMissing(outcome(floor, facts().build()), Map.of("application.amount", "missing"), "application.amount");
  }

  @Test
  void amountsOnBothBoundsOfARangePassAndOutsideFail() {
    Criterion range = Criteria.between(AMOUNT, "minAmount", "maxAmount");
    String limit = "[1000, 20000] (minAmount, maxAmount)";
    for (double inside : new double[] {1_000, 20_000}) {
      RuleOutcome o = outcome(range, amount(inside));
      assertEquals(Status.PASS, o.status(), o::toString);
      assertEquals("between.PASS", o.reasonCode());
      assertEquals(Optional.of(limit), o.limit());
    }
    for (double outside : new double[] {999, 20_001}) {
      RuleOutcome o = outcome(range, amount(outside));
      assertEquals(Status.FAIL, o.status(), o::toString);
      assertEquals("between.FAIL", o.reasonCode());
      assertEquals("application.amount = " + Criteria.format(outside) + " does not meet " + limit, o.message());
    }
    assertMissing(outcome(range, facts().build()), Map.of("application.amount", "missing"), "application.amount");
  }

  // ---------------------------------------------------------------- dates

  @Test
  void applyingExactlySevenOrExactlyOneHundredTwentyDaysAfterTheSessionPasses() {
    Criterion window = Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays");
    LocalDate seventh = SESSION_CLOSED.plusDays(7);
    assertOutcome(outcome(window, days(SESSION_CLOSED, seventh)), Status.PASS, "daysBetween.PASS", Optional.of("7"),
        Optional.of("[7, 120] days (minDays, maxDays)"),
        Map.of("session.endDate", "2027-03-01", "application.date", "2027-03-08"), List.of(),
        "7 days from session.endDate (2027-03-01) to application.date (2027-03-08), within [7, 120] days"
            + " (minDays, maxDays)");
    RuleOutcome last = outcome(window, days(SESSION_CLOSED, SESSION_CLOSED.plusDays(120)));
    assertEquals(Status.PASS, last.status(), last::toString);
    assertEquals(Optional.of("120"), last.actual());
  }

  @Test
  void applyingSixOrOneHundredTwentyOneDaysAfterTheSessionFails() {
    Criterion window = Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays");
    RuleOutcome early = outcome(window, days(SESSION_CLOSED, SESSION_CLOSED.plusDays(6)));
    assertEquals(Status.FAIL, early.status(), early::toString);
    assertEquals("daysBetween.FAIL", early.reasonCode());
    assertEquals(Optional.of("6"), early.actual());
    assertEquals("6 days from session.endDate (2027-03-01) to application.date (2027-03-07), outside [7, 120] days"
        + " (minDays, maxDays)", early.message());
    RuleOutcome late = outcome(window, days(SESSION_CLOSED, SESSION_CLOSED.plusDays(121)));
    assertEquals(Status.FAIL, late.status(), late::toString);
    assertEquals(Optional.of("121"), late.actual());
    RuleOutcome before = outcome(window, days(SESSION_CLOSED, SESSION_CLOSED.minusDays(3)));
    assertEquals(Status.FAIL, before.status(), before::toString);
    assertEquals(Optional.of("-3"), before.actual());
  }

  @Test
  void anUnknownApplicationDateIsNamedAloneWhileTheSessionEndIsStillReported() {
    Criterion window = Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays");
    assertMissing(outcome(window, facts().set(SESSION_END, SESSION_CLOSED).build()),
        Map.of("session.endDate", "2027-03-01", "application.date", "missing"), "application.date");
    RuleOutcome neither = outcome(window, facts().build());
    assertEquals(Status.UNKNOWN, neither.status());
    assertEquals(List.of("application.date", "session.endDate"), neither.missingFacts());
    assertEquals("missing: session.endDate, application.date", neither.message(), "in the order they are read");
  }

  @Test
  void registeredExactlyTwoYearsBeforeApplyingPasses() {
    Criterion twoYears = Criteria.yearsBefore(REGISTERED, APPLIED, "minYears");
    assertOutcome(outcome(twoYears, registration(LocalDate.of(2025, 3, 10), LocalDate.of(2027, 3, 10))), Status.PASS,
        "yearsBefore.PASS", Optional.of("2025-03-10"), Optional.of("on or before 2025-03-10"),
        Map.of("applicant.registrationDate", "2025-03-10", "application.date", "2027-03-10"), List.of(),
        "applicant.registrationDate (2025-03-10) is at least 2 years before application.date (2027-03-10):"
            + " on or before 2025-03-10");
  }

  @Test
  void registeredTwoYearsLessADayBeforeApplyingFails() {
    RuleOutcome o = outcome(Criteria.yearsBefore(REGISTERED, APPLIED, "minYears"),
        registration(LocalDate.of(2025, 3, 11), LocalDate.of(2027, 3, 10)));
    assertEquals(Status.FAIL, o.status(), o::toString);
    assertEquals("yearsBefore.FAIL", o.reasonCode());
    assertEquals("applicant.registrationDate (2025-03-11) is not at least 2 years before application.date"
        + " (2027-03-10): on or before 2025-03-10", o.message());
  }

  @Test
  void registeredOnALeapDayCompletesTwoYearsOnTheFirstOfMarch() {
    Criterion twoYears = Criteria.yearsBefore(REGISTERED, APPLIED, "minYears");
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    RuleOutcome onFebruary28 = outcome(twoYears, registration(leapDay, LocalDate.of(2026, 2, 28)));
    assertEquals(Status.FAIL, onFebruary28.status(), onFebruary28::toString);
    assertEquals(Optional.of("on or before 2024-02-28"), onFebruary28.limit());
    RuleOutcome onMarch1 = outcome(twoYears, registration(leapDay, LocalDate.of(2026, 3, 1)));
    assertEquals(Status.PASS, onMarch1.status(), onMarch1::toString);
  }

  @Test
  void applyingOnALeapDayCountsBackToTheTwentyEighthOfFebruary() {
    Criterion twoYears = Criteria.yearsBefore(REGISTERED, APPLIED, "minYears");
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    RuleOutcome exactly = outcome(twoYears, registration(LocalDate.of(2026, 2, 28), leapDay));
    assertEquals(Status.PASS, exactly.status(), exactly::toString);
    assertEquals(Optional.of("on or before 2026-02-28"), exactly.limit());
    RuleOutcome aDayShort = outcome(twoYears, registration(LocalDate.of(2026, 3, 1), leapDay));
    assertEquals(Status.FAIL, aDayShort.status(), aDayShort::toString);
  }

  @Test
  void anUnknownRegistrationDateIsUnknownForTheYearsRule() {
    assertMissing(outcome(Criteria.yearsBefore(REGISTERED, APPLIED, "minYears"),
        facts().set(APPLIED, LocalDate.of(2027, 3, 10)).build()),
        Map.of("applicant.registrationDate", "missing", "application.date", "2027-03-10"),
        "applicant.registrationDate");
  }

  // ---------------------------------------------------------------- texts and sets

  @Test
  void theCurrencyOfThePolicyPassesAndAnyOtherSpellingFails() {
    Criterion usd = Criteria.textEquals(CURRENCY, "currency");
    assertOutcome(outcome(usd, facts().set(CURRENCY, "USD").build()), Status.PASS, "textEquals.PASS",
        Optional.of("USD"), Optional.of("USD"), Map.of("application.currency", "USD"), List.of(),
        "application.currency = USD is USD");
    assertOutcome(outcome(usd, facts().set(CURRENCY, "usd").build()), Status.FAIL, "textEquals.FAIL",
        Optional.of("usd"), Optional.of("USD"), Map.of("application.currency", "usd"), List.of(),
        "application.currency = usd is not USD");
    assertMissing(outcome(usd, facts().build()), Map.of("application.currency", "missing"), "application.currency");
  }

  @Test
  void noThematicAreaFailsNotEmpty() {
    assertOutcome(outcome(Criteria.notEmpty(THEMES), facts().set(THEMES, Set.of()).build()), Status.FAIL,
        "notEmpty.FAIL", Optional.of("[]"), Optional.empty(), Map.of("applicant.themes", "[]"), List.of(),
        "applicant.themes = [] is empty");
  }

  @Test
  void oneThematicAreaPassesNotEmptyAndNoneKnownIsUnknown() {
    assertOutcome(outcome(Criteria.notEmpty(THEMES), facts().set(THEMES, Set.of("justice", "drugs")).build()),
        Status.PASS, "notEmpty.PASS", Optional.of("[drugs, justice]"), Optional.empty(),
        Map.of("applicant.themes", "[drugs, justice]"), List.of(), "applicant.themes = [drugs, justice]");
    assertMissing(outcome(Criteria.notEmpty(THEMES), facts().build()), Map.of("applicant.themes", "missing"),
        "applicant.themes");
  }

  @Test
  void themesSharedWithTheCallAreNamed() {
    RuleOutcome o = outcome(Criteria.intersects(THEMES, CALL_THEMES), facts()
        .set(THEMES, Set.of("youth", "justice", "drugs")).set(CALL_THEMES, Set.of("drugs", "corruption", "justice"))
        .build());
    assertOutcome(o, Status.PASS, "intersects.PASS", Optional.of("[drugs, justice, youth]"),
        Optional.of("[corruption, drugs, justice]"),
        Map.of("applicant.themes", "[drugs, justice, youth]", "call.themes", "[corruption, drugs, justice]"),
        List.of(), "applicant.themes [drugs, justice, youth] and call.themes [corruption, drugs, justice] share"
            + " [drugs, justice]");
    assertEquals("[drugs, justice]", o.arguments().get("shared"));
  }

  @Test
  void themesOutsideTheCallShareNothing() {
    RuleOutcome o = outcome(Criteria.intersects(THEMES, CALL_THEMES),
        facts().set(THEMES, Set.of("youth")).set(CALL_THEMES, Set.of("drugs")).build());
    assertEquals(Status.FAIL, o.status(), o::toString);
    assertEquals("intersects.FAIL", o.reasonCode());
    assertEquals("applicant.themes [youth] and call.themes [drugs] share nothing", o.message());
  }

  @Test
  void unknownCallThemesAreUnknown() {
    assertMissing(outcome(Criteria.intersects(THEMES, CALL_THEMES), facts().set(THEMES, Set.of("youth")).build()),
        Map.of("applicant.themes", "[youth]", "call.themes", "missing"), "call.themes");
  }

  // ---------------------------------------------------------------- credits

  @Test
  void generalStatusEarnsTheFullWeightAndSpecialHalf() {
    Criterion graded = Criteria.graded(ECOSOC, "ecosocGrades");
    Decision general = decide(graded, facts().set(ECOSOC, "GENERAL").build());
    assertEquals(1.0, general.outcome("R1").credit());
    assertEquals(100.0, general.outcome("R1").points());
    assertEquals(100.0, general.score());

    Decision special = decide(graded, facts().set(ECOSOC, "SPECIAL").build());
    assertOutcome(special.outcome("R1"), Status.PASS, "graded.PASS", Optional.of("SPECIAL"),
        Optional.of("{GENERAL=1, ROSTER=0.25, SPECIAL=0.5}"), Map.of("applicant.ecosocStatus", "SPECIAL"), List.of(),
        "applicant.ecosocStatus = SPECIAL earns 0.5 of the weight (ecosocGrades {GENERAL=1, ROSTER=0.25,"
            + " SPECIAL=0.5})");
    assertEquals(0.5, special.outcome("R1").credit());
    assertEquals(50.0, special.outcome("R1").points());
    assertEquals(50.0, special.score());
  }

  @Test
  void aStatusTheGradesLackEarnsNothing() {
    Decision d = decide(Criteria.graded(ECOSOC, "ecosocGrades"), facts().set(ECOSOC, "OBSERVER").build());
    RuleOutcome o = d.outcome("R1");
    assertEquals(Status.FAIL, o.status(), o::toString);
    assertEquals("graded.FAIL", o.reasonCode());
    assertEquals(0.0, o.credit());
    assertEquals(0.0, o.points());
    assertEquals(0.0, d.score());
    assertMissing(outcome(Criteria.graded(ECOSOC, "ecosocGrades"), facts().build()),
        Map.of("applicant.ecosocStatus", "missing"), "applicant.ecosocStatus");
  }

  @Test
  void aShareOfWomenIsTheCreditClampedBetweenZeroAndOne() {
    Criterion share = Criteria.proportion(WOMEN_SHARE);
    Decision part = decide(share, facts().set(WOMEN_SHARE, 0.4).build());
    assertEquals(Status.PASS, part.outcome("R1").status());
    assertEquals(0.4, part.outcome("R1").credit());
    assertEquals(40.0, part.outcome("R1").points(), 1e-9);
    assertEquals(40.0, part.score());

    Decision above = decide(share, facts().set(WOMEN_SHARE, 1.7).build());
    assertOutcome(above.outcome("R1"), Status.PASS, "proportion.PASS", Optional.of("1.7"), Optional.of("[0, 1]"),
        Map.of("applicant.womenShare", "1.7"), List.of(), "applicant.womenShare = 1.7 earns 1 of the weight");
    assertEquals(1.0, above.outcome("R1").credit());
    assertEquals(100.0, above.score());

    for (double none : new double[] {0, -0.2}) {
      Decision d = decide(share, facts().set(WOMEN_SHARE, none).build());
      assertEquals(Status.FAIL, d.outcome("R1").status(), () -> d.outcome("R1").toString());
      assertEquals("proportion.FAIL", d.outcome("R1").reasonCode());
      assertEquals(0.0, d.outcome("R1").credit());
      assertEquals(0.0, d.score());
    }
    assertMissing(outcome(share, facts().build()), Map.of("applicant.womenShare", "missing"), "applicant.womenShare");
  }

  // ---------------------------------------------------------------- three-valued logic

  private static Status bulkStatusOf(Criterion criterion, FactRecord r) {
    Policy p = RulesFixtures.oneRule(RuleKind.GATE, criterion);
    return p.evaluator().evaluateAll(FactTable.of(p.schema(), List.of("APP-1"), List.of(r)), AS_OF).status(0, 0);
  }

  private static void assertThreeValued(Criterion criterion, FactRecord r, Status expected) {
    RuleOutcome o = outcome(criterion, r);
    assertEquals(expected, o.status(), () -> criterion.canonical() + " over " + r + ": " + o);
    assertEquals(expected, bulkStatusOf(criterion, r), () -> "bulk path: " + criterion.canonical() + " over " + r);
    if (expected == Status.UNKNOWN) {
      assertEquals("missing.UNKNOWN", o.reasonCode());
      assertTrue(!o.missingFacts().isEmpty(), o::toString);
    }
  }

  @ParameterizedTest(name = "all({0}, {1}) is {2}")
  @CsvSource({
      "PASS, PASS, PASS", "PASS, FAIL, FAIL", "PASS, UNKNOWN, UNKNOWN",
      "FAIL, PASS, FAIL", "FAIL, FAIL, FAIL", "FAIL, UNKNOWN, FAIL",
      "UNKNOWN, PASS, UNKNOWN", "UNKNOWN, FAIL, FAIL", "UNKNOWN, UNKNOWN, UNKNOWN"})
  void allFailsOnAnyFailureElseIsUnknownOnAnyUnknown(Status a, Status b, Status expected) {
    FactRecord r = withStatus(withStatus(facts(), IS_CSO, a), OVERDUE_REPORT, b).build();
    assertThreeValued(Criteria.all(Criteria.isTrue(IS_CSO), Criteria.isTrue(OVERDUE_REPORT)), r, expected);
  }

  @ParameterizedTest(name = "any({0}, {1}) is {2}")
  @CsvSource({
      "PASS, PASS, PASS", "PASS, FAIL, PASS", "PASS, UNKNOWN, PASS",
      "FAIL, PASS, PASS", "FAIL, FAIL, FAIL", "FAIL, UNKNOWN, UNKNOWN",
      "UNKNOWN, PASS, PASS", "UNKNOWN, FAIL, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN"})
  void anyPassesOnAnyPassElseIsUnknownOnAnyUnknown(Status a, Status b, Status expected) {
    FactRecord r = withStatus(withStatus(facts(), IS_CSO, a), OVERDUE_REPORT, b).build();
    assertThreeValued(Criteria.any(Criteria.isTrue(IS_CSO), Criteria.isTrue(OVERDUE_REPORT)), r, expected);
  }

  @ParameterizedTest(name = "not({0}) is {1}")
  @CsvSource({"PASS, FAIL", "FAIL, PASS", "UNKNOWN, UNKNOWN"})
  void notInvertsPassAndFailAndKeepsUnknown(Status a, Status expected) {
    assertThreeValued(Criteria.not(Criteria.isTrue(IS_CSO)), withStatus(facts(), IS_CSO, a).build(), expected);
  }

  @Test
  void bothFactsMissingFromAnAllAreNamed() {
    RuleOutcome o = outcome(Criteria.all(Criteria.isTrue(IS_CSO), Criteria.isFalse(OVERDUE_REPORT)), facts().build());
    assertEquals(Status.UNKNOWN, o.status());
    assertEquals(List.of("applicant.hasOverdueReport", "applicant.isCso"), o.missingFacts());
    assertEquals(Map.of("applicant.isCso", "missing", "applicant.hasOverdueReport", "missing"), o.factsUsed());
  }

  @Test
  void aFailingAllIsExplainedByItsFailingCriterion() {
    RuleOutcome o = outcome(Criteria.all(Criteria.isTrue(IS_CSO), Criteria.atMost(AMOUNT, "maxAmount")),
        facts().set(IS_CSO, true).set(AMOUNT, 25_000.0).build());
    assertEquals(Status.FAIL, o.status());
    assertEquals("atMost.FAIL", o.reasonCode());
    assertEquals(Optional.of("25000"), o.actual());
    assertEquals(Optional.of("<= 20000 (maxAmount)"), o.limit());
    assertEquals(Map.of("applicant.isCso", "true", "application.amount", "25000"), o.factsUsed());
    assertEquals("application.amount = 25000 does not meet <= 20000 (maxAmount)", o.message());
  }

  @Test
  void aFailingAnyListsEveryCriterionThatDidNotHold() {
    RuleOutcome o = outcome(Criteria.any(Criteria.isTrue(IS_CSO), Criteria.isTrue(OVERDUE_REPORT)),
        facts().set(IS_CSO, false).set(OVERDUE_REPORT, false).build());
    assertEquals("any.FAIL", o.reasonCode());
    assertEquals("none holds: applicant.isCso is false; applicant.hasOverdueReport is false", o.message());
  }

  @Test
  void aNegationSaysWhatItNegates() {
    RuleOutcome o = outcome(Criteria.not(Criteria.isTrue(IS_CSO)), facts().set(IS_CSO, true).build());
    assertEquals("not.FAIL", o.reasonCode());
    assertEquals("not: applicant.isCso is true", o.message());
    assertEquals(Map.of("applicant.isCso", "true"), o.factsUsed());
  }

  // ---------------------------------------------------------------- verdicts, conditions and scores

  private static Policy conditionalScores() {
    return policy("1").parameter(ECOSOC_GRADES)
        .rule(Rule.builder().id("S1").title("Women in leadership, for CSOs").kind(RuleKind.SCORE).weight(60)
            .criterion(Criteria.proportion(WOMEN_SHARE)).appliesWhen(Criteria.isTrue(IS_CSO)).build())
        .score("S2", "ECOSOC status", 40, Criteria.graded(ECOSOC, "ecosocGrades"))
        .build();
  }

  @Test
  void aScoreRuleThatDoesNotApplyLeavesItsWeightOutOfTheScore() {
    Decision d = conditionalScores().evaluator().evaluate("APP-1",
        facts().set(IS_CSO, false).set(WOMEN_SHARE, 0.9).set(ECOSOC, "SPECIAL").build(), AS_OF);
    RuleOutcome s1 = d.outcome("S1");
    assertEquals(Status.NOT_APPLICABLE, s1.status());
    assertEquals("appliesWhen.NOT_APPLICABLE", s1.reasonCode());
    assertEquals("does not apply: applicant.isCso is false", s1.message());
    assertEquals(0.0, s1.credit());
    assertEquals(0.0, s1.points());
    assertEquals(50.0, d.score(), "40 * 0.5 of 40 points that applied");
    assertEquals(Verdict.ELIGIBLE, d.verdict());
  }

  @Test
  void aScoreRuleThatAppliesCountsItsWeightAndItsConditionFacts() {
    Decision d = conditionalScores().evaluator().evaluate("APP-1",
        facts().set(IS_CSO, true).set(WOMEN_SHARE, 0.9).set(ECOSOC, "SPECIAL").build(), AS_OF);
    assertEquals(Status.PASS, d.outcome("S1").status());
    assertEquals(54.0, d.outcome("S1").points(), 1e-9);
    assertEquals(Map.of("applicant.isCso", "true", "applicant.womenShare", "0.9"), d.outcome("S1").factsUsed());
    assertEquals(74.0, d.score(), "(60 * 0.9 + 40 * 0.5) of 100");
  }

  @Test
  void anUnknownConditionMakesTheRuleUnknownNamingTheConditionsFact() {
    Decision d = conditionalScores().evaluator().evaluate("APP-1",
        facts().set(WOMEN_SHARE, 0.9).set(ECOSOC, "GENERAL").build(), AS_OF);
    RuleOutcome s1 = d.outcome("S1");
    assertEquals(Status.UNKNOWN, s1.status());
    assertEquals(List.of("applicant.isCso"), s1.missingFacts());
    assertEquals(0.0, s1.points());
    assertEquals(40.0, d.score(), "40 of 100: an unknown rule's weight stays in the total");
  }

  @Test
  void aGateThatDoesNotApplyCannotMakeTheApplicantIneligibleButAnUnknownConditionSendsToReview() {
    Policy p = policy("1").parameter(MAX_AMOUNT)
        .rule(Rule.builder().id("G1").title("Ceiling, for CSOs").kind(RuleKind.GATE)
            .criterion(Criteria.atMost(AMOUNT, "maxAmount")).appliesWhen(Criteria.isTrue(IS_CSO)).build())
        .build();
    Decision notApplicable = p.evaluator().evaluate("APP-1",
        facts().set(IS_CSO, false).set(AMOUNT, 50_000.0).build(), AS_OF);
    assertEquals(Status.NOT_APPLICABLE, notApplicable.outcome("G1").status());
    assertEquals(Verdict.ELIGIBLE, notApplicable.verdict());
    Decision applies = p.evaluator().evaluate("APP-1", facts().set(IS_CSO, true).set(AMOUNT, 50_000.0).build(), AS_OF);
    assertEquals(Verdict.INELIGIBLE, applies.verdict());
    Decision unknown = p.evaluator().evaluate("APP-1", facts().set(AMOUNT, 50_000.0).build(), AS_OF);
    assertEquals(Status.UNKNOWN, unknown.outcome("G1").status());
    assertEquals(Verdict.NEEDS_REVIEW, unknown.verdict());
  }

  private static Policy gatesAndAdvisory() {
    return policy("1").parameter(MAX_AMOUNT)
        .gate("G1", "CSO", Criteria.isTrue(IS_CSO))
        .gate("G2", "No overdue report", Criteria.isFalse(OVERDUE_REPORT))
        .advisory("A1", "Within the ceiling", Criteria.atMost(AMOUNT, "maxAmount"))
        .build();
  }

  @Test
  void aFailedGateOutweighsAnUnknownOne() {
    Decision d = gatesAndAdvisory().evaluator().evaluate("APP-1", facts().set(IS_CSO, false).build(), AS_OF);
    assertEquals(Verdict.INELIGIBLE, d.verdict());
    assertEquals(List.of(Status.FAIL, Status.UNKNOWN, Status.UNKNOWN),
        d.outcomes().stream().map(RuleOutcome::status).collect(Collectors.toList()));
  }

  @Test
  void anUnknownGateWithoutFailureSendsTheApplicationToReview() {
    Decision d = gatesAndAdvisory().evaluator().evaluate("APP-1", facts().set(IS_CSO, true).build(), AS_OF);
    assertEquals(Verdict.NEEDS_REVIEW, d.verdict());
  }

  @Test
  void aFailedAdvisoryChangesNeitherVerdictNorScore() {
    Decision d = gatesAndAdvisory().evaluator().evaluate("APP-1",
        facts().set(IS_CSO, true).set(OVERDUE_REPORT, false).set(AMOUNT, 90_000.0).build(), AS_OF);
    assertEquals(Status.FAIL, d.outcome("A1").status());
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals(0.0, d.score());
    assertEquals(List.of(d.outcome("A1")), d.outcomes(RuleKind.ADVISORY));
    assertEquals(List.of(d.outcome("A1")), d.outcomes(Status.FAIL));
  }

  // ---------------------------------------------------------------- fail-fast

  private static Policy failFastPolicy() {
    return policy("1").parameter(MAX_AMOUNT).parameter(CURRENCY_CODE)
        .advisory("A1", "Within the ceiling", Criteria.atMost(AMOUNT, "maxAmount"))
        .score("S1", "Women in leadership", 100, Criteria.proportion(WOMEN_SHARE))
        .gate("G1", "CSO", Criteria.isTrue(IS_CSO))
        .gate("G2", "No overdue report", Criteria.isFalse(OVERDUE_REPORT))
        .gate("G3", "Currency", Criteria.textEquals(CURRENCY, "currency"))
        .build();
  }

  /** Records the ids of the rules evaluated, in order. */
  private static final class RuleOrder implements EvaluationListener {
    final List<String> rules = new ArrayList<>();

    @Override
    public void afterRule(String subjectId, RuleOutcome outcome) {
      rules.add(outcome.ruleId());
    }
  }

  @Test
  void failFastEvaluatesGatesFirstAndStopsAtTheFirstFailedGate() {
    FactRecord r = facts().set(IS_CSO, true).set(OVERDUE_REPORT, true).set(CURRENCY, "EUR").set(AMOUNT, 10.0)
        .set(WOMEN_SHARE, 0.5).build();
    RuleOrder order = new RuleOrder();
    Decision d = failFastPolicy().evaluator().withFailFast().withListener(order).evaluate("APP-1", r, AS_OF);
    assertEquals(List.of("G1", "G2"), order.rules);
    assertEquals(List.of("G1", "G2"), d.outcomes().stream().map(RuleOutcome::ruleId).collect(Collectors.toList()));
    assertEquals(Verdict.INELIGIBLE, d.verdict());

    Decision full = failFastPolicy().evaluator().evaluate("APP-1", r, AS_OF);
    assertEquals(List.of("A1", "S1", "G1", "G2", "G3"),
        full.outcomes().stream().map(RuleOutcome::ruleId).collect(Collectors.toList()));
    assertEquals(Verdict.INELIGIBLE, full.verdict());
  }

  @Test
  void failFastGoesPastAnUnknownGate() {
    FactRecord r = facts().set(OVERDUE_REPORT, true).build();
    Decision d = failFastPolicy().evaluator().withFailFast().evaluate("APP-1", r, AS_OF);
    assertEquals(List.of("G1", "G2"), d.outcomes().stream().map(RuleOutcome::ruleId).collect(Collectors.toList()));
    assertEquals(Status.UNKNOWN, d.outcome("G1").status());
    assertEquals(Verdict.INELIGIBLE, d.verdict());
  }

  @Test
  void failFastWithoutAFailedGateGivesTheFullDecision() {
    FactRecord r = facts().set(IS_CSO, true).set(OVERDUE_REPORT, false).set(CURRENCY, "USD").set(AMOUNT, 10.0)
        .set(WOMEN_SHARE, 0.5).build();
    RuleOrder order = new RuleOrder();
    Decision fast = failFastPolicy().evaluator().withFailFast().withListener(order).evaluate("APP-1", r, AS_OF);
    assertEquals(failFastPolicy().evaluator().evaluate("APP-1", r, AS_OF), fast);
    assertEquals(List.of("G1", "G2", "G3", "A1", "S1"), order.rules, "gates first, then the rest in order");
    assertEquals(List.of("A1", "S1", "G1", "G2", "G3"),
        fast.outcomes().stream().map(RuleOutcome::ruleId).collect(Collectors.toList()), "listed in policy order");
    assertEquals(Verdict.ELIGIBLE, fast.verdict());
    assertEquals(50.0, fast.score());
  }

  // ---------------------------------------------------------------- content hash and decision metadata

  private static Policy.Builder hashed() {
    return hashed("CSO");
  }

  private static Policy.Builder hashed(String firstTitle) {
    return policy("2027.1").effectiveFrom(LocalDate.of(2027, 1, 1)).parameter(MAX_AMOUNT).parameter(MIN_AMOUNT)
        .gate("G1", firstTitle, Criteria.isTrue(IS_CSO))
        .gate("G2", "Amount in range", Criteria.between(AMOUNT, "minAmount", "maxAmount"));
  }

  @Test
  void theContentHashIsSixtyFourLowerCaseHexDigitsAndStable() {
    String hash = hashed().build().contentHash();
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, hashed().build().contentHash());
    Policy reordered = policy("2027.1").effectiveFrom(LocalDate.of(2027, 1, 1)).parameter(MIN_AMOUNT)
        .parameter(MAX_AMOUNT).gate("G1", "CSO", Criteria.isTrue(IS_CSO))
        .gate("G2", "Amount in range", Criteria.between(AMOUNT, "minAmount", "maxAmount")).build();
    assertEquals(hash, reordered.contentHash(), "parameters are a set: their order is not content");
    assertEquals(hash, hashed().build().toBuilder().build().contentHash());
  }

  @Test
  void anyChangeOfContentChangesTheHash() {
    String hash = hashed().build().contentHash();
    assertNotEquals(hash, hashed().replaceParameter(Parameter.number("maxAmount", 20_000.5, "ceiling")).build()
        .contentHash(), "parameter value");
    assertNotEquals(hash, hashed().replaceParameter(Parameter.integer("maxAmount", 20_000, "ceiling")).build()
        .contentHash(), "parameter type");
    assertNotEquals(hash, policy("2027.1").effectiveFrom(LocalDate.of(2027, 1, 1)).parameter(MAX_AMOUNT)
        .parameter(MIN_AMOUNT).gate("G2", "Amount in range", Criteria.between(AMOUNT, "minAmount", "maxAmount"))
        .gate("G1", "CSO", Criteria.isTrue(IS_CSO)).build().contentHash(), "rule order");
    assertNotEquals(hash, hashed("A civil society organization").build().contentHash(), "rule title");
    assertNotEquals(hash, hashed().description("Grants for 2027").build().contentHash(), "description");
    assertNotEquals(hash, hashed().effectiveUntil(LocalDate.of(2027, 12, 31)).build().contentHash(), "period");
    assertNotEquals(hash, hashed().build().toBuilder().effectiveFrom(LocalDate.of(2027, 1, 2)).build().contentHash(),
        "first day");
    assertNotEquals(hash, Policy.builder("test-grants", "2027.2", RulesFixtures.SCHEMA)
        .effectiveFrom(LocalDate.of(2027, 1, 1)).parameter(MAX_AMOUNT).parameter(MIN_AMOUNT)
        .gate("G1", "CSO", Criteria.isTrue(IS_CSO))
        .gate("G2", "Amount in range", Criteria.between(AMOUNT, "minAmount", "maxAmount")).build().contentHash(),
        "version");
  }

  @Test
  void aTitleThatMimicsTheCanonicalTextDoesNotCollideWithTwoRules() {
    Policy twoRules = policy("1").gate("R1", "T", Criteria.isTrue(IS_CSO))
        .gate("R2", "U", Criteria.isFalse(OVERDUE_REPORT)).build();
    Policy oneRule = policy("1").gate("R1", "T|isTrue(applicant.isCso)|\nrule R2|GATE|0|U",
        Criteria.isFalse(OVERDUE_REPORT)).build();
    assertEquals(2, twoRules.rules().size());
    assertEquals(1, oneRule.rules().size());
    assertNotEquals(twoRules.contentHash(), oneRule.contentHash(), "policies of different content share a hash");
    assertNotEquals(twoRules, oneRule);
  }

  @Test
  void descriptionsDifferingOnlyByALineBreakHaveDifferentHashes() {
    Policy twoLines = hashed().description("Grants for 2027\nfor youth-led organizations").build();
    Policy oneLine = hashed().description("Grants for 2027 for youth-led organizations").build();
    assertNotEquals(twoLines.description(), oneLine.description());
    assertNotEquals(twoLines.contentHash(), oneLine.contentHash(), "policies of different content share a hash");
  }

  @Test
  void aDecisionCarriesThePolicyAndTheDayItWasTakenAsOf() {
    Policy p = hashed().build();
    LocalDate asOf = LocalDate.of(2027, 6, 15);
    Decision d = p.evaluator().evaluate("APP-42", facts().set(IS_CSO, true).set(AMOUNT, 5_000.0).build(), asOf);
    assertEquals("APP-42", d.subjectId());
    assertEquals("test-grants", d.policyId());
    assertEquals("2027.1", d.policyVersion());
    assertEquals(p.contentHash(), d.policyHash());
    assertEquals(asOf, d.asOf());
    assertEquals(Verdict.ELIGIBLE, d.verdict());
  }
}
