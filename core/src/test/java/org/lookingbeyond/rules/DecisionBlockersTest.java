package org.lookingbeyond.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.rules.RulesFixtures.AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.APPLIED;
import static org.lookingbeyond.rules.RulesFixtures.AS_OF;
import static org.lookingbeyond.rules.RulesFixtures.CALL_THEMES;
import static org.lookingbeyond.rules.RulesFixtures.CURRENCY;
import static org.lookingbeyond.rules.RulesFixtures.IS_CSO;
import static org.lookingbeyond.rules.RulesFixtures.OVERDUE_REPORT;
import static org.lookingbeyond.rules.RulesFixtures.REGISTERED;
import static org.lookingbeyond.rules.RulesFixtures.SCHEMA;
import static org.lookingbeyond.rules.RulesFixtures.SESSION_END;
import static org.lookingbeyond.rules.RulesFixtures.THEMES;
import static org.lookingbeyond.rules.RulesFixtures.WOMEN_SHARE;
import static org.lookingbeyond.rules.RulesFixtures.everyKindPolicy;
import static org.lookingbeyond.rules.RulesFixtures.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;

/**
 * Why a subject is not eligible, in one call; and every look-up of a policy, decision or schema by an id
 * refuses an id it does not know.
 */
class DecisionBlockersTest {
  private static final Policy POLICY = everyKindPolicy();

  /**
   * A CSO asking for 15,000 USD 18 days after the session, registered long before, on a theme of the call;
   * its overdue-report status and ECOSOC status are not known.
   */
  private static FactRecord.Builder application() {
    return facts().set(IS_CSO, true).set(AMOUNT, 15_000.0).set(WOMEN_SHARE, 0.5)
        .set(REGISTERED, LocalDate.of(2015, 1, 1)).set(SESSION_END, LocalDate.of(2027, 3, 14))
        .set(APPLIED, LocalDate.of(2027, 4, 1)).set(CURRENCY, "USD")
        .set(THEMES, Set.of("drug-prevention")).set(CALL_THEMES, Set.of("drug-prevention"));
  }

  private static List<String> blockers(Decision d) {
    return d.blockers().stream().map(o -> o.ruleId() + " " + o.status()).collect(Collectors.toList());
  }

  @Test
  void aFailedGateAndAnUndecidedGateBlockInRuleOrder() {
    Decision d = POLICY.evaluator().evaluate("APP-1", application().set(AMOUNT, 50_000.0).build(), AS_OF);
    assertEquals(Verdict.INELIGIBLE, d.verdict());
    assertEquals(List.of("G2 UNKNOWN", "G3 FAIL"), blockers(d));
    assertEquals(Status.FAIL, d.outcome("A1").status(), "an advisory that fails warns; it never blocks");
    assertEquals(Status.UNKNOWN, d.outcome("S1").status(), "a score that cannot be decided never blocks");
  }

  @Test
  void anUndecidedGateAloneSendsToReviewAndIsTheOneBlocker() {
    Decision d = POLICY.evaluator().evaluate("APP-1", application().build(), AS_OF);
    assertEquals(Verdict.NEEDS_REVIEW, d.verdict());
    assertEquals(List.of("G2 UNKNOWN"), blockers(d));
    assertEquals(List.of("applicant.hasOverdueReport"), d.blockers().get(0).missingFacts());
  }

  @Test
  void anEligibleSubjectHasNoBlockers() {
    Decision d = POLICY.evaluator().evaluate("APP-1", application().set(OVERDUE_REPORT, false).build(), AS_OF);
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals(List.of(), d.blockers());
  }

  @Test
  void blockersAreEmptyExactlyWhenTheSubjectIsEligible() {
    for (double amount : new double[] {500, 15_000, 50_000}) {
      for (Boolean overdue : new Boolean[] {null, false, true}) {
        Decision d = POLICY.evaluator().evaluate("APP-1", application().set(AMOUNT, amount)
            .set(OVERDUE_REPORT, overdue).build(), AS_OF);
        assertEquals(d.verdict() == Verdict.ELIGIBLE, d.blockers().isEmpty(), d::toString);
        assertTrue(d.blockers().stream().allMatch(o -> o.kind() == RuleKind.GATE), d::toString);
      }
    }
  }

  @Test
  void theOutcomeOfAnUnknownRuleIsRefusedNamingTheRulesThereAre() {
    Decision d = POLICY.evaluator().evaluate("APP-1", application().build(), AS_OF);
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> d.outcome("G9"));
    assertEquals("G9", e.id());
    assertTrue(e.getMessage().contains("'G1'"), e::getMessage);
    assertTrue(d.findOutcome("G9").isEmpty(), "the find... twin answers with an empty Optional");
  }

  @Test
  void anUnknownParameterOrFactIsRefusedNamingTheNearestKnownOne() {
    UnknownIdException parameter = assertThrows(UnknownIdException.class, () -> POLICY.parameter("maxAmont"));
    assertTrue(parameter.getMessage().startsWith("unknown parameter of policy test-grants 2027.1 'maxAmont';"),
        parameter::getMessage);
    assertTrue(parameter.getMessage().contains("such as 'maxAmount'"), parameter::getMessage);
    UnknownIdException fact = assertThrows(UnknownIdException.class, () -> SCHEMA.indexOf("applicant.isCSO"));
    assertTrue(fact.getMessage().contains("such as 'applicant.isCso'"), fact::getMessage);
    assertTrue(SCHEMA.find("applicant.isCSO").isEmpty());
  }

  @Test
  void removingARuleThePolicyDoesNotHaveIsRefused() {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> POLICY.toBuilder().removeRule("G7"));
    assertEquals("G7", e.id());
    Policy withoutG6 = POLICY.toBuilder().version("2027.2").removeRule("G6").build();
    assertTrue(withoutG6.rules().stream().noneMatch(r -> r.id().equals("G6")));
  }
}
