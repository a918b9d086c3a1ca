package org.lookingbeyond.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.rules.RulesFixtures.AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.APPLIED;
import static org.lookingbeyond.rules.RulesFixtures.CURRENCY_CODE;
import static org.lookingbeyond.rules.RulesFixtures.ECOSOC;
import static org.lookingbeyond.rules.RulesFixtures.ECOSOC_GRADES;
import static org.lookingbeyond.rules.RulesFixtures.IS_CSO;
import static org.lookingbeyond.rules.RulesFixtures.MAX_AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.MAX_DAYS;
import static org.lookingbeyond.rules.RulesFixtures.MIN_AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.MIN_DAYS;
import static org.lookingbeyond.rules.RulesFixtures.MIN_YEARS;
import static org.lookingbeyond.rules.RulesFixtures.OVERDUE_REPORT;
import static org.lookingbeyond.rules.RulesFixtures.REPORT_DUE_DAYS;
import static org.lookingbeyond.rules.RulesFixtures.SCHEMA_WITH_DOMAIN_PARAMETER;
import static org.lookingbeyond.rules.RulesFixtures.SESSION_END;
import static org.lookingbeyond.rules.RulesFixtures.WOMEN_SHARE;
import static org.lookingbeyond.rules.RulesFixtures.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lookingbeyond.rules.PolicyProblem.Code;

class PolicyValidationTest {

  private static final Criterion CSO = Criteria.isTrue(IS_CSO);
  private static final Criterion NO_OVERDUE_REPORT = Criteria.isFalse(OVERDUE_REPORT);

  // ---------------------------------------------------------------- helpers

  /** The problems a builder's build() throws, checked to be the list validate() returns. */
  private static List<PolicyProblem> problemsOf(Policy.Builder b) {
    PolicyException e = assertThrows(PolicyException.class, b::build);
    assertEquals(b.validate(), e.problems(), "validate() and build() report the same problems");
    return e.problems();
  }

  private static PolicyProblem onlyProblem(Policy.Builder b) {
    List<PolicyProblem> problems = problemsOf(b);
    assertEquals(1, problems.size(), () -> "exactly one problem expected: " + problems);
    return problems.get(0);
  }

  private static Rule rule(String id, RuleKind kind, int weight, Criterion criterion) {
    return Rule.builder().id(id).title("rule " + id).kind(kind).weight(weight).criterion(criterion).build();
  }

  private static Rule conditional(String id, RuleKind kind, int weight, Criterion criterion, Criterion when) {
    return Rule.builder().id(id).title("rule " + id).kind(kind).weight(weight).criterion(criterion)
        .appliesWhen(when).build();
  }

  /** A policy that has exactly one problem, of the given code. */
  private static Policy.Builder exampleOf(Code code) {
    switch (code) {
      case DUPLICATE_RULE_ID:
        return policy("1").gate("G1", "CSO", CSO).gate("G1", "No overdue report", NO_OVERDUE_REPORT);
      case DUPLICATE_PARAMETER:
        return policy("1").parameter(MAX_AMOUNT).parameter(Parameter.number("maxAmount", 30_000, "another ceiling"))
            .gate("G1", "Amount within the ceiling", Criteria.atMost(AMOUNT, "maxAmount"));
      case UNKNOWN_FACT:
        return policy("1").gate("G1", "Registered", new Criterion.IsTrue("applicant.isRegistered"));
      case FACT_TYPE_MISMATCH:
        return policy("1").gate("G1", "CSO as a number", new Criterion.Positive(IS_CSO.name()));
      case UNKNOWN_PARAMETER:
        return policy("1").gate("G1", "Amount within the ceiling", Criteria.atMost(AMOUNT, "maxAmout"));
      case PARAMETER_TYPE_MISMATCH:
        return policy("1").parameter(CURRENCY_CODE)
            .gate("G1", "Amount compared with a text", Criteria.atMost(AMOUNT, "currency"));
      case MISSING_PARAMETER:
        return Policy.builder("test-grants", "1", SCHEMA_WITH_DOMAIN_PARAMETER).gate("G1", "CSO", CSO);
      case PARAMETER_OUT_OF_RANGE:
        return policy("1").parameter(Parameter.integer("minYears", 1001, "years of registration before applying"))
            .gate("G1", "Registered long enough", Criteria.yearsBefore(RulesFixtures.REGISTERED, RulesFixtures.APPLIED, "minYears"));
      case UNUSED_PARAMETER:
        return policy("1").parameter(MIN_YEARS).gate("G1", "CSO", CSO);
      case SHADOWED_RULE:
        return policy("1").gate("G1", "CSO", CSO).gate("G2", "Still a CSO", CSO);
      case UNREACHABLE_RULE:
        return policy("1").gate("G1", "CSO and not a CSO", Criteria.all(CSO, Criteria.not(CSO)));
      case SCORE_WEIGHTS:
        return policy("1").parameter(ECOSOC_GRADES)
            .score("S1", "ECOSOC status", 60, Criteria.graded(ECOSOC, "ecosocGrades"))
            .score("S2", "Women in leadership", 30, Criteria.proportion(WOMEN_SHARE));
      case MISPLACED_CRITERION:
        return policy("1").parameter(ECOSOC_GRADES).gate("G1", "ECOSOC status", Criteria.graded(ECOSOC, "ecosocGrades"));
      case INVALID_PERIOD:
        return policy("1").effectiveFrom(LocalDate.of(2027, 1, 1)).effectiveUntil(LocalDate.of(2026, 12, 31))
            .gate("G1", "CSO", CSO);
      default:
        throw new AssertionError("no example policy for " + code);
    }
  }

  // ---------------------------------------------------------------- every code

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyProblemCodeIsReportedForAPolicyThatHasIt(Code code) {
    assertEquals(code, onlyProblem(exampleOf(code)).code());
  }

  @Test
  void aValidPolicyUsingEveryCriterionKindBuilds() {
    Policy p = RulesFixtures.everyKindPolicy();
    assertEquals(List.of(), p.toBuilder().validate());
    assertEquals(List.of("G1", "G2", "G3", "G4", "G5", "G6", "S1", "S2", "S3", "A1"),
        p.rules().stream().map(Rule::id).collect(Collectors.toList()));
    assertEquals(Set.of("currency", "ecosocGrades", "maxAmount", "maxDays", "minAmount", "minDays", "minYears"),
        p.parameters().keySet());
    assertEquals(LocalDate.of(2027, 1, 1), p.effectiveFrom());
    assertEquals(Optional.empty(), p.effectiveUntil());
    assertSame(p.evaluator(), p.evaluator());
  }

  // ---------------------------------------------------------------- details of each problem

  @Test
  void twoRulesWithOneIdAreReportedOnThatId() {
    PolicyProblem p = onlyProblem(exampleOf(Code.DUPLICATE_RULE_ID));
    assertEquals("G1", p.ruleId());
    assertTrue(p.message().contains("G1"), p.message());
  }

  @Test
  void aParameterGivenTwiceIsReportedByName() {
    PolicyProblem p = onlyProblem(exampleOf(Code.DUPLICATE_PARAMETER));
    assertEquals("-", p.ruleId());
    assertTrue(p.message().contains("maxAmount"), p.message());
  }

  @Test
  void aFactTheSchemaLacksIsReportedOnTheRuleThatReadsIt() {
    PolicyProblem p = onlyProblem(exampleOf(Code.UNKNOWN_FACT));
    assertEquals("G1", p.ruleId());
    assertTrue(p.message().contains("applicant.isRegistered"), p.message());

    Fact<Boolean> foreign = Fact.bool("applicant.isFoundation", "a fact of no schema of this test");
    PolicyProblem typed = onlyProblem(policy("1").gate("G7", "Foundation", Criteria.isTrue(foreign)));
    assertEquals(Code.UNKNOWN_FACT, typed.code());
    assertEquals("G7", typed.ruleId());
    assertTrue(typed.message().contains("applicant.isFoundation"), typed.message());
  }

  @Test
  void aBooleanFactReadAsANumberIsATypeMismatch() {
    PolicyProblem p = onlyProblem(exampleOf(Code.FACT_TYPE_MISMATCH));
    assertEquals("G1", p.ruleId());
    assertTrue(p.message().contains("applicant.isCso") && p.message().contains("BOOLEAN")
        && p.message().contains("NUMBER"), p.message());

    Fact<Set<String>> amountAsSet = Fact.textSet(AMOUNT.name(), "the amount misread as a set");
    PolicyProblem nested = onlyProblem(policy("1").gate("G2", "Amount as themes",
        Criteria.any(CSO, Criteria.not(Criteria.notEmpty(amountAsSet)))));
    assertEquals(Code.FACT_TYPE_MISMATCH, nested.code());
    assertEquals("G2", nested.ruleId());
  }

  @Test
  void aMisspelledParameterIsUnknown() {
    PolicyProblem p = onlyProblem(exampleOf(Code.UNKNOWN_PARAMETER));
    assertEquals("G1", p.ruleId());
    assertTrue(p.message().contains("maxAmout"), p.message());
  }

  @Test
  void aTextParameterUsedAsACeilingIsATypeMismatch() {
    PolicyProblem p = onlyProblem(exampleOf(Code.PARAMETER_TYPE_MISMATCH));
    assertEquals("G1", p.ruleId());
    assertTrue(p.message().contains("currency") && p.message().contains("TEXT"), p.message());
  }

  @Test
  void daysAreCountedWithWholeNumberParameters() {
    PolicyProblem p = onlyProblem(policy("1").parameter(Parameter.number("minDays", 7, "fewest days")).parameter(MAX_DAYS)
        .gate("G4", "Timely", Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays")));
    assertEquals(Code.PARAMETER_TYPE_MISMATCH, p.code());
    assertEquals("G4", p.ruleId());
    assertTrue(p.message().contains("minDays"), p.message());
  }

  @Test
  void aDomainParameterOfTheWrongTypeIsATypeMismatchOfThePolicy() {
    PolicyProblem p = onlyProblem(Policy.builder("test-grants", "1", SCHEMA_WITH_DOMAIN_PARAMETER)
        .parameter(Parameter.number("reportDueDays", 30, "days until a report is due")).gate("G1", "CSO", CSO));
    assertEquals(Code.PARAMETER_TYPE_MISMATCH, p.code());
    assertEquals("-", p.ruleId());
    assertTrue(p.message().contains("reportDueDays") && p.message().contains("INTEGER"), p.message());
  }

  @Test
  void aParameterTheDomainNeedsIsMissingUntilGivenAndThenNotUnused() {
    PolicyProblem p = onlyProblem(exampleOf(Code.MISSING_PARAMETER));
    assertEquals("-", p.ruleId());
    assertTrue(p.message().contains("reportDueDays") && p.message().contains("INTEGER"), p.message());

    Policy given = Policy.builder("test-grants", "1", SCHEMA_WITH_DOMAIN_PARAMETER).parameter(REPORT_DUE_DAYS)
        .gate("G1", "CSO", CSO).build();
    assertEquals(30.0, given.parameter("reportDueDays").asNumber());
  }

  @Test
  void aParameterNoRuleUsesIsUnused() {
    PolicyProblem p = onlyProblem(exampleOf(Code.UNUSED_PARAMETER));
    assertEquals("-", p.ruleId());
    assertTrue(p.message().contains("minYears"), p.message());
  }

  @Test
  void aRuleRepeatingAnEarlierOneIsShadowedAndNamesIt() {
    PolicyProblem p = onlyProblem(exampleOf(Code.SHADOWED_RULE));
    assertEquals("G2", p.ruleId());
    assertTrue(p.message().contains("G1"), p.message());

    PolicyProblem conditional = onlyProblem(policy("1")
        .rule(conditional("G1", RuleKind.GATE, 0, CSO, NO_OVERDUE_REPORT))
        .rule(conditional("G2", RuleKind.GATE, 0, CSO, NO_OVERDUE_REPORT)));
    assertEquals(Code.SHADOWED_RULE, conditional.code());
    assertEquals("G2", conditional.ruleId());
  }

  @Test
  void theSameCriterionOfAnotherKindOrUnderAnotherConditionIsNotShadowed() {
    Policy p = policy("1").gate("G1", "CSO", CSO).advisory("A1", "CSO, as a warning", CSO)
        .rule(conditional("G2", RuleKind.GATE, 0, CSO, NO_OVERDUE_REPORT)).build();
    assertEquals(3, p.rules().size());
  }

  @Test
  void aCriterionAndItsNegationTogetherAreUnreachable() {
    PolicyProblem p = onlyProblem(exampleOf(Code.UNREACHABLE_RULE));
    assertEquals("G1", p.ruleId());
    assertTrue(p.message().contains("isTrue(applicant.isCso)"), p.message());
  }

  @Test
  void aNegatedContradictionAlwaysPassesSoItIsNotUnreachable() {
    Criterion always = Criteria.not(Criteria.all(CSO, Criteria.not(CSO)));
    assertEquals(List.of(), policy("1").gate("G1", "Never both", always).validate(),
        "not(all(x, not(x))) passes whenever x is known");
  }

  @Test
  void aRangeWhoseFloorIsAboveItsCeilingIsUnreachable() {
    PolicyProblem p = onlyProblem(policy("1").parameter(Parameter.number("minAmount", 30_000, "floor"))
        .parameter(MAX_AMOUNT).gate("G3", "Amount in range", Criteria.between(AMOUNT, "minAmount", "maxAmount")));
    assertEquals(Code.UNREACHABLE_RULE, p.code());
    assertEquals("G3", p.ruleId());
    assertTrue(p.message().contains("30000") && p.message().contains("20000"), p.message());
  }

  @Test
  void aDayWindowWhoseFewestDaysExceedTheMostIsUnreachable() {
    PolicyProblem p = onlyProblem(policy("1").parameter(Parameter.integer("minDays", 121, "fewest days"))
        .parameter(MAX_DAYS).gate("G4", "Timely", Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays")));
    assertEquals(Code.UNREACHABLE_RULE, p.code());
    assertEquals("G4", p.ruleId());
  }

  @Test
  void rangesOfOneValueAreReachable() {
    Policy p = policy("1").parameter(Parameter.number("minAmount", 20_000, "floor")).parameter(MAX_AMOUNT)
        .parameter(Parameter.integer("minDays", 120, "fewest days")).parameter(MAX_DAYS)
        .gate("G3", "Amount exactly the ceiling", Criteria.between(AMOUNT, "minAmount", "maxAmount"))
        .gate("G4", "Exactly 120 days", Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays")).build();
    assertEquals(2, p.rules().size());
  }

  @Test
  void scoreWeightsNotAddingUpToAHundredAreReportedWithTheirSum() {
    PolicyProblem p = onlyProblem(exampleOf(Code.SCORE_WEIGHTS));
    assertEquals("-", p.ruleId());
    assertTrue(p.message().contains("90"), p.message());
  }

  @Test
  void aScoreRuleWithoutPositiveWeightIsReported() {
    PolicyProblem zero = onlyProblem(policy("1").parameter(ECOSOC_GRADES)
        .score("S1", "ECOSOC status", 100, Criteria.graded(ECOSOC, "ecosocGrades"))
        .score("S2", "Women in leadership", 0, Criteria.proportion(WOMEN_SHARE)));
    assertEquals(Code.SCORE_WEIGHTS, zero.code());
    assertEquals("S2", zero.ruleId());

    List<PolicyProblem> both = problemsOf(policy("1").parameter(ECOSOC_GRADES)
        .score("S1", "ECOSOC status", 110, Criteria.graded(ECOSOC, "ecosocGrades"))
        .score("S2", "Women in leadership", -10, Criteria.proportion(WOMEN_SHARE)));
    assertEquals(2, both.size(), both::toString);
    PolicyProblem negative = both.stream().filter(p -> p.ruleId().equals("S2")).findFirst().orElseThrow();
    assertEquals(Code.SCORE_WEIGHTS, negative.code());
    assertEquals("S2", negative.ruleId());
    assertTrue(negative.message().contains("-10"), negative.message());
  }

  @Test
  void weightsThatWrapAroundToAHundredAreNotAcceptedEachWeightIsAtMostAHundred() {
    List<PolicyProblem> problems = problemsOf(policy("1").parameter(ECOSOC_GRADES)
        .score("S1", "ECOSOC status", Integer.MAX_VALUE, Criteria.graded(ECOSOC, "ecosocGrades"))
        .score("S2", "Women in leadership", Integer.MAX_VALUE, Criteria.proportion(WOMEN_SHARE)));
    assertEquals(List.of("-", "S1", "S2"), problems.stream().map(PolicyProblem::ruleId).sorted()
        .collect(java.util.stream.Collectors.toList()), problems::toString);
    assertTrue(problems.stream().allMatch(p -> p.code() == Code.SCORE_WEIGHTS), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("add up to 4294967294")), problems::toString);
  }

  @Test
  void aWeightOnAGateOrAnAdvisoryIsReported() {
    List<PolicyProblem> problems = problemsOf(policy("1").rule(rule("G1", RuleKind.GATE, 5, CSO))
        .rule(rule("A1", RuleKind.ADVISORY, 3, NO_OVERDUE_REPORT)));
    assertEquals(List.of(Code.SCORE_WEIGHTS, Code.SCORE_WEIGHTS),
        problems.stream().map(PolicyProblem::code).collect(Collectors.toList()));
    assertEquals(List.of("G1", "A1"), problems.stream().map(PolicyProblem::ruleId).collect(Collectors.toList()));
  }

  @Test
  void creditsOutsideAScoreRuleAreMisplaced() {
    PolicyProblem gate = onlyProblem(exampleOf(Code.MISPLACED_CRITERION));
    assertEquals("G1", gate.ruleId());
    assertTrue(gate.message().contains("graded"), gate.message());

    PolicyProblem advisory = onlyProblem(policy("1").advisory("A1", "Women in leadership",
        Criteria.proportion(WOMEN_SHARE)));
    assertEquals(Code.MISPLACED_CRITERION, advisory.code());
    assertEquals("A1", advisory.ruleId());

    PolicyProblem condition = onlyProblem(policy("1").parameter(ECOSOC_GRADES)
        .rule(conditional("S1", RuleKind.SCORE, 100, Criteria.graded(ECOSOC, "ecosocGrades"),
            Criteria.proportion(WOMEN_SHARE))));
    assertEquals(Code.MISPLACED_CRITERION, condition.code());
    assertEquals("S1", condition.ruleId());
  }

  @Test
  void anEmptyAllOrAnyDecidesNothing() {
    PolicyProblem all = onlyProblem(policy("1").gate("G1", "Nothing", Criteria.all()));
    assertEquals(Code.MISPLACED_CRITERION, all.code());
    assertEquals("G1", all.ruleId());
    assertTrue(all.message().contains("all"), all.message());

    PolicyProblem any = onlyProblem(policy("1").gate("G1", "CSO or nothing", Criteria.all(CSO, Criteria.any())));
    assertEquals(Code.MISPLACED_CRITERION, any.code());
    assertTrue(any.message().contains("any"), any.message());
  }

  @Test
  void aPeriodEndingBeforeItStartsIsInvalidButOneDayIsValid() {
    PolicyProblem p = onlyProblem(exampleOf(Code.INVALID_PERIOD));
    assertEquals("-", p.ruleId());
    assertTrue(p.message().contains("2026-12-31") && p.message().contains("2027-01-01"), p.message());

    Policy oneDay = policy("1").effectiveFrom(LocalDate.of(2027, 1, 1)).effectiveUntil(LocalDate.of(2027, 1, 1))
        .gate("G1", "CSO", CSO).build();
    assertTrue(oneDay.inForceOn(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void everyProblemOfAPolicyIsReportedInOneException() {
    Policy.Builder b = policy("7").effectiveFrom(LocalDate.of(2027, 1, 1)).effectiveUntil(LocalDate.of(2026, 1, 1))
        .parameter(MIN_YEARS).parameter(MIN_AMOUNT).parameter(MIN_AMOUNT)
        .gate("G1", "CSO", CSO)
        .gate("G1", "Registered", new Criterion.IsTrue("applicant.isRegistered"))
        .gate("G2", "Amount within the ceiling", Criteria.atMost(AMOUNT, "maxAmout"))
        .gate("G3", "Nothing", Criteria.all())
        .score("S1", "Women in leadership", 50, Criteria.proportion(WOMEN_SHARE))
        .gate("G4", "Amount above the floor", Criteria.atLeast(AMOUNT, "minAmount"));
    PolicyException e = assertThrows(PolicyException.class, b::build);
    Set<Code> codes = e.problems().stream().map(PolicyProblem::code).collect(Collectors.toSet());
    assertEquals(Set.of(Code.INVALID_PERIOD, Code.DUPLICATE_PARAMETER, Code.DUPLICATE_RULE_ID, Code.UNKNOWN_FACT,
        Code.UNKNOWN_PARAMETER, Code.MISPLACED_CRITERION, Code.SCORE_WEIGHTS, Code.UNUSED_PARAMETER), codes);
    assertEquals(8, e.problems().size(), () -> e.problems().toString());
    assertEquals(b.validate(), e.problems());
    assertTrue(e.getMessage().startsWith("8 problems in policy test-grants 7:"), e.getMessage());
    e.problems().forEach(p -> assertTrue(e.getMessage().contains(p.toString()), p::toString));
  }

  // ---------------------------------------------------------------- policy sets

  private static Policy version(String version, LocalDate from, Optional<LocalDate> until) {
    Policy.Builder b = policy(version).effectiveFrom(from).gate("G1", "CSO", CSO);
    until.ifPresent(b::effectiveUntil);
    return b.build();
  }

  @Test
  void overlappingVersionsAreRefusedNamingEveryOverlappingPair() {
    Policy v1 = version("1", LocalDate.of(2027, 1, 1), Optional.empty());
    Policy v2 = version("2", LocalDate.of(2027, 6, 1), Optional.of(LocalDate.of(2027, 12, 31)));
    Policy v3 = version("3", LocalDate.of(2027, 9, 1), Optional.empty());
    PolicyException e = assertThrows(PolicyException.class, () -> PolicySet.of(v3, v1, v2));
    assertEquals(3, e.problems().size(), () -> e.problems().toString());
    e.problems().forEach(p -> assertEquals(Code.INVALID_PERIOD, p.code()));
    String all = e.problems().stream().map(PolicyProblem::message).collect(Collectors.joining("\n"));
    assertTrue(all.contains("versions 1 and 2"), all);
    assertTrue(all.contains("versions 1 and 3"), all);
    assertTrue(all.contains("versions 2 and 3"), all);
  }

  @Test
  void aVersionStartingOnThePreviousOnesLastDayOverlaps() {
    Policy v1 = version("1", LocalDate.of(2027, 1, 1), Optional.of(LocalDate.of(2027, 12, 31)));
    Policy v2 = version("2", LocalDate.of(2027, 12, 31), Optional.empty());
    PolicyException e = assertThrows(PolicyException.class, () -> PolicySet.of(v1, v2));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("2027-12-31"), e.problems().get(0).message());
  }

  @Test
  void versionsOfAnotherPolicyAreRefused() {
    Policy mine = version("1", LocalDate.of(2027, 1, 1), Optional.of(LocalDate.of(2027, 12, 31)));
    Policy other = Policy.builder("other-grants", "2", RulesFixtures.SCHEMA).effectiveFrom(LocalDate.of(2028, 1, 1))
        .gate("G1", "CSO", CSO).build();
    PolicyException e = assertThrows(PolicyException.class, () -> PolicySet.of(mine, other));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("other-grants"), e.getMessage());
  }

  @Test
  void theVersionInForceIsPickedOnItsFirstAndLastDay() {
    Policy v1 = version("1", LocalDate.of(2027, 1, 1), Optional.of(LocalDate.of(2027, 12, 31)));
    Policy v2 = version("2", LocalDate.of(2028, 1, 1), Optional.empty());
    PolicySet set = PolicySet.of(v2, v1);
    assertEquals(List.of(v1, v2), set.versions());
    assertEquals(Optional.empty(), set.inForceOn(LocalDate.of(2026, 12, 31)));
    assertSame(v1, set.inForceOn(LocalDate.of(2027, 1, 1)).orElseThrow());
    assertSame(v1, set.inForceOn(LocalDate.of(2027, 12, 31)).orElseThrow());
    assertSame(v2, set.inForceOn(LocalDate.of(2028, 1, 1)).orElseThrow());
    assertSame(v2, set.inForceOn(LocalDate.of(2099, 6, 30)).orElseThrow());
  }

  @Test
  void aGapBetweenVersionsHasNoPolicyInForce() {
    Policy v1 = version("1", LocalDate.of(2027, 1, 1), Optional.of(LocalDate.of(2027, 6, 30)));
    Policy v2 = version("2", LocalDate.of(2027, 8, 1), Optional.of(LocalDate.of(2027, 12, 31)));
    PolicySet set = PolicySet.of(v1, v2);
    assertSame(v1, set.inForceOn(LocalDate.of(2027, 6, 30)).orElseThrow());
    assertEquals(Optional.empty(), set.inForceOn(LocalDate.of(2027, 7, 1)));
    assertEquals(Optional.empty(), set.inForceOn(LocalDate.of(2027, 7, 31)));
    assertSame(v2, set.inForceOn(LocalDate.of(2027, 8, 1)).orElseThrow());
    assertEquals(Optional.empty(), set.inForceOn(LocalDate.of(2028, 1, 1)));
  }
}
