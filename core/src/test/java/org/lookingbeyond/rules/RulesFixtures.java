package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small grant-application schema with facts of every type, its parameters and builders of tiny policies. */
final class RulesFixtures {
  static final Fact<Boolean> IS_CSO = Fact.bool("applicant.isCso", "the applicant is a civil society organization");
  static final Fact<Boolean> OVERDUE_REPORT = Fact.bool("applicant.hasOverdueReport", "a report is overdue");
  static final Fact<Double> AMOUNT = Fact.number("application.amount", "the amount requested");
  static final Fact<Double> WOMEN_SHARE = Fact.number("applicant.womenShare", "share of women in leadership");
  static final Fact<LocalDate> REGISTERED = Fact.date("applicant.registrationDate", "the day of registration");
  static final Fact<LocalDate> SESSION_END = Fact.date("session.endDate", "the last day of the session");
  static final Fact<LocalDate> APPLIED = Fact.date("application.date", "the day of application");
  static final Fact<String> CURRENCY = Fact.text("application.currency", "the currency of the amount");
  static final Fact<String> ECOSOC = Fact.text("applicant.ecosocStatus", "ECOSOC consultative status");
  static final Fact<Set<String>> THEMES = Fact.textSet("applicant.themes", "the applicant's thematic areas");
  static final Fact<Set<String>> CALL_THEMES = Fact.textSet("call.themes", "the thematic areas of the call");

  static final List<Fact<?>> FACTS = List.of(IS_CSO, OVERDUE_REPORT, AMOUNT, WOMEN_SHARE, REGISTERED, SESSION_END,
      APPLIED, CURRENCY, ECOSOC, THEMES, CALL_THEMES);

  static final FactSchema SCHEMA = FactSchema.of("test-grants", FACTS, Map.of());
  /** The same facts, with a parameter the domain reads outside the rules. */
  static final FactSchema SCHEMA_WITH_DOMAIN_PARAMETER =
      FactSchema.of("test-grants-reporting", FACTS, Map.of("reportDueDays", ParameterType.INTEGER));

  static final Parameter MAX_AMOUNT = Parameter.number("maxAmount", 20_000, "ceiling of a grant");
  static final Parameter MIN_AMOUNT = Parameter.number("minAmount", 1_000, "floor of a grant");
  static final Parameter MIN_DAYS = Parameter.integer("minDays", 7, "fewest days after the session");
  static final Parameter MAX_DAYS = Parameter.integer("maxDays", 120, "most days after the session");
  static final Parameter MIN_YEARS = Parameter.integer("minYears", 2, "years of registration before applying");
  static final Parameter CURRENCY_CODE = Parameter.text("currency", "USD", "the currency of grants");
  static final Parameter ECOSOC_GRADES = Parameter.grades("ecosocGrades",
      Map.of("GENERAL", 1.0, "SPECIAL", 0.5, "ROSTER", 0.25), "credit of each ECOSOC status");
  static final Parameter REPORT_DUE_DAYS = Parameter.integer("reportDueDays", 30, "days until a report is due");

  static final Map<String, Parameter> PARAMETERS = byName(MAX_AMOUNT, MIN_AMOUNT, MIN_DAYS, MAX_DAYS, MIN_YEARS,
      CURRENCY_CODE, ECOSOC_GRADES, REPORT_DUE_DAYS);

  static final LocalDate AS_OF = LocalDate.of(2027, 5, 1);

  private RulesFixtures() {}

  private static Map<String, Parameter> byName(Parameter... parameters) {
    Map<String, Parameter> m = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      m.put(p.name(), p);
    }
    return m;
  }

  /** An empty builder of facts: every fact missing. */
  static FactRecord.Builder facts() {
    return FactRecord.builder(SCHEMA);
  }

  /** A builder of a policy on the test schema, with no parameter yet. */
  static Policy.Builder policy(String version) {
    return Policy.builder("test-grants", version, SCHEMA);
  }

  /** Adds the named parameters of the fixture to a builder, once each. */
  static Policy.Builder withParameters(Policy.Builder b, Iterable<String> names) {
    Set<String> added = new java.util.HashSet<>();
    for (String n : names) {
      if (added.add(n)) {
        b.parameter(PARAMETERS.get(n));
      }
    }
    return b;
  }

  /** A policy of one rule R1 of a kind (weight 100 for a score rule) and the parameters it needs. */
  static Policy oneRule(RuleKind kind, Criterion criterion) {
    Rule rule = Rule.builder().id("R1").title("the rule under test").kind(kind)
        .weight(kind == RuleKind.SCORE ? Policy.SCORE_TOTAL : 0).criterion(criterion).build();
    return withParameters(policy("1"), criterion.parameters()).rule(rule).build();
  }

  /** The outcome of a single gate (or, for credit criteria, a single score rule) over some facts. */
  static RuleOutcome outcome(Criterion criterion, FactRecord facts) {
    return decide(criterion, facts).outcome("R1");
  }

  /** The decision of a one-rule policy as in {@link #outcome}. */
  static Decision decide(Criterion criterion, FactRecord facts) {
    boolean credit = criterion.flatten().anyMatch(c -> c instanceof Criterion.Graded
        || c instanceof Criterion.Proportion);
    return oneRule(credit ? RuleKind.SCORE : RuleKind.GATE, criterion).evaluator().evaluate("APP-1", facts, AS_OF);
  }

  /**
   * A policy using every criterion kind, composites and conditions, with every fact, three kinds of rule
   * and weights adding up to 100.
   */
  static Policy everyKindPolicy() {
    Policy.Builder b = policy("2027.1").effectiveFrom(LocalDate.of(2027, 1, 1));
    PARAMETERS.values().stream().filter(p -> !p.name().equals("reportDueDays")).forEach(b::parameter);
    return b
        .gate("G1", "Applicant is a CSO", Criteria.isTrue(IS_CSO))
        .gate("G2", "No overdue report", Criteria.isFalse(OVERDUE_REPORT))
        .gate("G3", "Amount within the range", Criteria.all(Criteria.positive(AMOUNT),
            Criteria.between(AMOUNT, "minAmount", "maxAmount")))
        .gate("G4", "Applied 7 to 120 days after the session",
            Criteria.daysBetween(SESSION_END, APPLIED, "minDays", "maxDays"))
        .rule(Rule.builder().id("G5").title("Registered two years before applying").kind(RuleKind.GATE)
            .criterion(Criteria.yearsBefore(REGISTERED, APPLIED, "minYears"))
            .appliesWhen(Criteria.not(Criteria.textEquals(CURRENCY, "currency"))).build())
        .gate("G6", "Currency or themes", Criteria.any(Criteria.textEquals(CURRENCY, "currency"),
            Criteria.intersects(THEMES, CALL_THEMES)))
        .rule(Rule.builder().id("S1").title("ECOSOC status").kind(RuleKind.SCORE).weight(40)
            .criterion(Criteria.graded(ECOSOC, "ecosocGrades")).build())
        .rule(Rule.builder().id("S2").title("Women in leadership").kind(RuleKind.SCORE).weight(35)
            .criterion(Criteria.proportion(WOMEN_SHARE)).appliesWhen(Criteria.isTrue(IS_CSO)).build())
        .rule(Rule.builder().id("S3").title("Large enough request").kind(RuleKind.SCORE).weight(25)
            .criterion(Criteria.atLeast(AMOUNT, "minAmount"))
            .appliesWhen(Criteria.any(Criteria.notEmpty(THEMES), Criteria.isFalse(OVERDUE_REPORT))).build())
        .advisory("A1", "Modest request", Criteria.atMost(AMOUNT, "maxAmount"))
        .build();
  }
}
