package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lookingbeyond.internal.Checks;

/**
 * A policy compiled for evaluation. Evaluates every rule in the policy's order (or stops at the first
 * failed gate with {@link #withFailFast()}), and turns the outcomes into a {@link Decision}:
 * INELIGIBLE if a gate failed, else NEEDS_REVIEW if a gate was unknown, else ELIGIBLE; the score is the
 * points of the score rules that applied over their weights, times 100.
 *
 * <p>Two paths: {@link #evaluate} explains one subject fully; {@link #evaluateAll} evaluates a whole
 * {@link FactTable} rule by rule into compact outcome codes and explains a row only when asked
 * ({@link BulkResult#decision(int)}). Both give the same decisions. Evaluators are immutable and safe to
 * share between threads.
 *
 * @since 0.1.0
 */
public final class Evaluator {
  private final Policy policy;
  private final Node[] criteria;
  private final Node[] conditions;
  private final Rule[] rules;
  private final boolean failFast;
  private final Optional<EvaluationListener> listener;

  Evaluator(Policy policy) {
    this(policy, compile(policy, false), compile(policy, true), false, Optional.empty());
  }

  private Evaluator(Policy policy, Node[] criteria, Node[] conditions, boolean failFast,
      Optional<EvaluationListener> listener) {
    this.policy = policy;
    this.rules = policy.rules().toArray(new Rule[0]);
    this.criteria = criteria;
    this.conditions = conditions;
    this.failFast = failFast;
    this.listener = listener;
  }

  private static Node[] compile(Policy policy, boolean conditions) {
    List<Node> nodes = new ArrayList<>();
    for (Rule r : policy.rules()) {
      Optional<Criterion> c = conditions ? r.appliesWhen() : Optional.of(r.criterion());
      nodes.add(c.map(x -> compile(policy, x)).orElse(null));
    }
    return nodes.toArray(new Node[0]);
  }

  private static Node compile(Policy p, Criterion c) {
    FactSchema s = p.schema();
    if (c instanceof Criterion.IsTrue) {
      String f = ((Criterion.IsTrue) c).fact();
      return new Leaves.Bool(s.indexOf(f), f, true);
    }
    if (c instanceof Criterion.IsFalse) {
      String f = ((Criterion.IsFalse) c).fact();
      return new Leaves.Bool(s.indexOf(f), f, false);
    }
    if (c instanceof Criterion.Positive) {
      String f = ((Criterion.Positive) c).fact();
      return new Leaves.Range(s.indexOf(f), f, c.kind(), 0, false, Double.POSITIVE_INFINITY, "> 0");
    }
    if (c instanceof Criterion.AtLeast) {
      Criterion.AtLeast a = (Criterion.AtLeast) c;
      Parameter min = p.parameter(a.parameter());
      return new Leaves.Range(s.indexOf(a.fact()), a.fact(), c.kind(), min.asNumber(), true,
          Double.POSITIVE_INFINITY, ">= " + min.valueText() + " (" + min.name() + ")");
    }
    if (c instanceof Criterion.AtMost) {
      Criterion.AtMost a = (Criterion.AtMost) c;
      Parameter max = p.parameter(a.parameter());
      return new Leaves.Range(s.indexOf(a.fact()), a.fact(), c.kind(), Double.NEGATIVE_INFINITY, true,
          max.asNumber(), "<= " + max.valueText() + " (" + max.name() + ")");
    }
    if (c instanceof Criterion.Between) {
      Criterion.Between b = (Criterion.Between) c;
      Parameter min = p.parameter(b.minParameter());
      Parameter max = p.parameter(b.maxParameter());
      return new Leaves.Range(s.indexOf(b.fact()), b.fact(), c.kind(), min.asNumber(), true, max.asNumber(),
          "[" + min.valueText() + ", " + max.valueText() + "] (" + min.name() + ", " + max.name() + ")");
    }
    if (c instanceof Criterion.DaysBetween) {
      Criterion.DaysBetween d = (Criterion.DaysBetween) c;
      Parameter min = p.parameter(d.minParameter());
      Parameter max = p.parameter(d.maxParameter());
      return new Leaves.Days(s.indexOf(d.fromFact()), s.indexOf(d.toFact()), d.fromFact(), d.toFact(),
          (long) min.asNumber(), (long) max.asNumber(), "[" + min.valueText() + ", " + max.valueText() + "] days ("
          + min.name() + ", " + max.name() + ")");
    }
    if (c instanceof Criterion.YearsBefore) {
      Criterion.YearsBefore y = (Criterion.YearsBefore) c;
      return new Leaves.Years(s.indexOf(y.earlierFact()), s.indexOf(y.laterFact()), y.earlierFact(), y.laterFact(),
          (int) p.parameter(y.yearsParameter()).asNumber());
    }
    if (c instanceof Criterion.TextEquals) {
      Criterion.TextEquals t = (Criterion.TextEquals) c;
      return new Leaves.Text(s.indexOf(t.fact()), t.fact(), (String) p.parameter(t.parameter()).value());
    }
    if (c instanceof Criterion.NotEmpty) {
      String f = ((Criterion.NotEmpty) c).fact();
      return new Leaves.Sets(s.indexOf(f), f, -1, "");
    }
    if (c instanceof Criterion.Intersects) {
      Criterion.Intersects i = (Criterion.Intersects) c;
      return new Leaves.Sets(s.indexOf(i.fact()), i.fact(), s.indexOf(i.otherFact()), i.otherFact());
    }
    if (c instanceof Criterion.Graded) {
      Criterion.Graded g = (Criterion.Graded) c;
      @SuppressWarnings("unchecked")
      Map<String, Double> grades = (Map<String, Double>) p.parameter(g.gradesParameter()).value();
      return new Leaves.Grade(s.indexOf(g.fact()), g.fact(), g.gradesParameter(), grades);
    }
    if (c instanceof Criterion.Proportion) {
      String f = ((Criterion.Proportion) c).fact();
      return new Leaves.Share(s.indexOf(f), f);
    }
    if (c instanceof Criterion.AllOf) {
      return new Node.Junction(((Criterion.AllOf) c).criteria().stream().map(x -> compile(p, x)).toList(), true);
    }
    if (c instanceof Criterion.AnyOf) {
      return new Node.Junction(((Criterion.AnyOf) c).criteria().stream().map(x -> compile(p, x)).toList(), false);
    }
    return new Node.Not(compile(p, ((Criterion.Not) c).criterion()));
  }

  /**
   * The policy.
   *
   * @return the policy
   * @since 0.1.0
   */
  public Policy policy() {
    return policy;
  }

  /**
   * An evaluator that stops at the first failed gate (gates are evaluated first, then the rest; the
   * decision then lists only the rules evaluated).
   *
   * @return the fail-fast evaluator
   * @since 0.1.0
   */
  public Evaluator withFailFast() {
    return new Evaluator(policy, criteria, conditions, true, listener);
  }

  /**
   * An evaluator that reports to a listener.
   *
   * @param l the listener
   * @return the evaluator
   * @since 0.1.0
   */
  public Evaluator withListener(EvaluationListener l) {
    return new Evaluator(policy, criteria, conditions, failFast, Optional.of(l));
  }

  /**
   * Evaluates one subject and explains every outcome.
   *
   * @param subjectId the subject's id, such as an application id
   * @param facts the subject's facts, of the policy's schema
   * @param asOf the day the decision is taken as of
   * @return the decision
   * @throws org.lookingbeyond.InvalidValueException if the facts follow another schema
   * @since 0.1.0
   */
  public Decision evaluate(String subjectId, FactRecord facts, LocalDate asOf) {
    Checks.require(facts.schema() == policy.schema(), "FactRecord", subjectId, "schema",
        "the facts follow schema %s; policy %s reads %s", facts.schema().name(), policy.id(), policy.schema().name());
    listener.ifPresent(l -> l.beforeEvaluation(subjectId, policy));
    Object[] v = facts.values();
    RuleOutcome[] outcomes = new RuleOutcome[rules.length];
    boolean gateFailed = false;
    if (failFast) {
      for (int i = 0; i < rules.length && !gateFailed; i++) {
        if (rules[i].kind() == RuleKind.GATE) {
          outcomes[i] = outcome(i, v, subjectId);
          gateFailed = outcomes[i].status() == Status.FAIL;
        }
      }
    }
    for (int i = 0; i < rules.length && !(failFast && gateFailed); i++) {
      if (outcomes[i] == null) {
        outcomes[i] = outcome(i, v, subjectId);
      }
    }
    List<RuleOutcome> list = new ArrayList<>();
    for (RuleOutcome o : outcomes) {
      if (o != null) {
        list.add(o);
      }
    }
    Decision d = decide(subjectId, asOf, list);
    listener.ifPresent(l -> l.afterEvaluation(d));
    return d;
  }

  private RuleOutcome outcome(int i, Object[] v, String subjectId) {
    Rule r = rules[i];
    Explanation e;
    if (conditions[i] != null) {
      Explanation applies = conditions[i].explain(v);
      if (applies.status == Status.P) {
        e = criteria[i].explain(v);
        applies.factsUsed.forEach(e.factsUsed::putIfAbsent);
      } else if (applies.status == Status.U) {
        e = applies;
      } else {
        e = applies;
        e.status = Status.NA;
        e.credit = 0;
        e.reasonCode = "appliesWhen.NOT_APPLICABLE";
        e.arguments.put("condition", Node.fill(applies));
        e.template = "does not apply: {condition}";
        e.arguments.keySet().retainAll(java.util.Set.of("condition"));
      }
    } else {
      e = criteria[i].explain(v);
    }
    double credit = e.status == Status.P ? e.credit : 0;
    RuleOutcome o = RuleOutcome.builder().ruleId(r.id()).title(r.title()).kind(r.kind())
        .status(Status.of(e.status)).credit(credit).points(r.kind() == RuleKind.SCORE ? r.weight() * credit : 0)
        .reasonCode(e.reasonCode).template(e.template).arguments(e.arguments)
        .actual(Optional.ofNullable(e.actual)).limit(Optional.ofNullable(e.limit)).factsUsed(e.factsUsed)
        .missingFacts(e.status == Status.U ? e.missing.stream().sorted().toList() : List.of()).build();
    listener.ifPresent(l -> l.afterRule(subjectId, o));
    return o;
  }

  private Decision decide(String subjectId, LocalDate asOf, List<RuleOutcome> outcomes) {
    boolean failed = false;
    boolean unknown = false;
    double points = 0;
    double weights = 0;
    for (RuleOutcome o : outcomes) {
      if (o.kind() == RuleKind.GATE) {
        failed |= o.status() == Status.FAIL;
        unknown |= o.status() == Status.UNKNOWN;
      } else if (o.kind() == RuleKind.SCORE && o.status() != Status.NOT_APPLICABLE) {
        points += o.points();
        weights += weightOf(o.ruleId());
      }
    }
    return Decision.builder().subjectId(subjectId).policyId(policy.id()).policyVersion(policy.version())
        .policyHash(policy.contentHash()).asOf(asOf)
        .verdict(failed ? Verdict.INELIGIBLE : unknown ? Verdict.NEEDS_REVIEW : Verdict.ELIGIBLE)
        .score(score(points, weights)).outcomes(outcomes).build();
  }

  static double score(double points, double weights) {
    return weights == 0 ? 0 : Math.round(points / weights * 100 * 100) / 100.0;
  }

  private int weightOf(String ruleId) {
    for (Rule r : rules) {
      if (r.id().equals(ruleId)) {
        return r.weight();
      }
    }
    return 0;
  }

  /**
   * Evaluates every row of a table rule by rule, keeping only outcome codes, verdicts and scores; the
   * explanation of a row is built when {@link BulkResult#decision(int)} asks for it. Fail-fast and the
   * listener do not apply to this path.
   *
   * @param table the facts, of the policy's schema
   * @param asOf the day the decisions are taken as of
   * @return the compact result
   * @throws org.lookingbeyond.InvalidValueException if the table follows another schema
   * @since 0.1.0
   */
  public BulkResult evaluateAll(FactTable table, LocalDate asOf) {
    Checks.require(table.schema() == policy.schema(), "FactTable", null, "schema",
        "the table follows schema %s; policy %s reads %s", table.schema().name(), policy.id(), policy.schema().name());
    int n = table.size();
    byte[][] status = new byte[rules.length][n];
    double[] points = new double[n];
    double[] weights = new double[n];
    byte[] verdict = new byte[n];
    byte[] applies = new byte[n];
    double[] credit = new double[n];
    for (int r = 0; r < rules.length; r++) {
      byte[] s = status[r];
      criteria[r].statuses(table, s);
      if (conditions[r] != null) {
        conditions[r].statuses(table, applies);
        for (int i = 0; i < n; i++) {
          if (applies[i] != Status.P) {
            s[i] = applies[i] == Status.U ? Status.U : Status.NA;
          }
        }
      }
      Rule rule = rules[r];
      if (rule.kind() == RuleKind.GATE) {
        for (int i = 0; i < n; i++) {
          byte x = s[i];
          if (x == Status.F) {
            verdict[i] = 2;
          } else if (x == Status.U && verdict[i] == 0) {
            verdict[i] = 1;
          }
        }
      } else if (rule.kind() == RuleKind.SCORE) {
        criteria[r].credits(table, s, credit);
        int w = rule.weight();
        for (int i = 0; i < n; i++) {
          byte x = s[i];
          if (x != Status.NA) {
            weights[i] += w;
            if (x == Status.P) {
              points[i] += w * credit[i];
            }
          }
        }
      }
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = score(points[i], weights[i]);
    }
    return new BulkResult(this, table, asOf, status, verdict, scores);
  }
}
