package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.rules.PolicyProblem.Code;

/** Checks a policy's content against its schema and itself; collects every problem. */
final class PolicyValidator {
  /** The most years a yearsBefore criterion may count, so that date arithmetic cannot overflow. */
  static final int MAX_YEARS = 1000;

  private final FactSchema schema;
  private final Map<String, Parameter> parameters;
  private final List<PolicyProblem> problems = new ArrayList<>();
  private final Set<String> usedParameters = new HashSet<>();

  PolicyValidator(FactSchema schema, Map<String, Parameter> parameters, List<Rule> rules, LocalDate from,
      Optional<LocalDate> until) {
    this.schema = schema;
    this.parameters = parameters;
    until.filter(u -> u.isBefore(from)).ifPresent(u -> add(Code.INVALID_PERIOD, "-",
        "the policy is in force until " + u + ", before it starts on " + from));
    Set<String> ids = new HashSet<>();
    Map<String, String> seen = new HashMap<>();
    long totalWeight = 0; // a long: int weights near Integer.MAX_VALUE must not wrap around to 100
    boolean anyScore = false;
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        add(Code.DUPLICATE_RULE_ID, r.id(), "two rules have the id " + r.id());
      }
      check(r.id(), r.criterion(), r.kind() == RuleKind.SCORE);
      r.appliesWhen().ifPresent(c -> check(r.id(), c, false));
      String key = r.kind() + "|" + r.criterion().canonical() + "|" + r.appliesWhen().map(Criterion::canonical)
          .orElse("");
      String earlier = seen.putIfAbsent(key, r.id());
      if (earlier != null) {
        add(Code.SHADOWED_RULE, r.id(), "repeats rule " + earlier + " (same kind, criterion and condition): "
            + r.criterion().canonical());
      }
      if (r.kind() == RuleKind.SCORE) {
        anyScore = true;
        totalWeight += r.weight();
        if (r.weight() <= 0) {
          add(Code.SCORE_WEIGHTS, r.id(), "a score rule's weight must be positive, not " + r.weight());
        } else if (r.weight() > Policy.SCORE_TOTAL) {
          add(Code.SCORE_WEIGHTS, r.id(), "a score rule's weight must be at most " + Policy.SCORE_TOTAL + ", not "
              + r.weight());
        }
      } else if (r.weight() != 0) {
        add(Code.SCORE_WEIGHTS, r.id(), "a " + r.kind() + " rule has no weight, but has " + r.weight());
      }
    }
    if (anyScore && totalWeight != Policy.SCORE_TOTAL) {
      add(Code.SCORE_WEIGHTS, "-", "the score rules' weights add up to " + totalWeight + ", not "
          + Policy.SCORE_TOTAL);
    }
    schema.domainParameters().forEach((name, type) -> {
      usedParameters.add(name);
      Parameter p = parameters.get(name);
      if (p == null) {
        add(Code.MISSING_PARAMETER, "-", "schema " + schema.name() + " needs the " + type
            + " parameter " + name);
      } else if (p.type() != type) {
        add(Code.PARAMETER_TYPE_MISMATCH, "-", "the parameter " + name + " is " + p.type() + "; schema "
            + schema.name() + " needs it " + type);
      }
    });
    parameters.keySet().stream().filter(n -> !usedParameters.contains(n)).sorted().forEach(n ->
        add(Code.UNUSED_PARAMETER, "-", "no rule and nothing in schema " + schema.name() + " uses the parameter " + n));
  }

  List<PolicyProblem> problems() {
    return problems;
  }

  private void check(String ruleId, Criterion criterion, boolean creditAllowed) {
    criterion.flatten().forEach(c -> {
      if (c instanceof Criterion.IsTrue) {
        fact(ruleId, ((Criterion.IsTrue) c).fact(), FactType.BOOLEAN);
      } else if (c instanceof Criterion.IsFalse) {
        fact(ruleId, ((Criterion.IsFalse) c).fact(), FactType.BOOLEAN);
      } else if (c instanceof Criterion.Positive) {
        fact(ruleId, ((Criterion.Positive) c).fact(), FactType.NUMBER);
      } else if (c instanceof Criterion.AtLeast) {
        fact(ruleId, ((Criterion.AtLeast) c).fact(), FactType.NUMBER);
        numeric(ruleId, ((Criterion.AtLeast) c).parameter());
      } else if (c instanceof Criterion.AtMost) {
        fact(ruleId, ((Criterion.AtMost) c).fact(), FactType.NUMBER);
        numeric(ruleId, ((Criterion.AtMost) c).parameter());
      } else if (c instanceof Criterion.Between) {
        Criterion.Between b = (Criterion.Between) c;
        fact(ruleId, b.fact(), FactType.NUMBER);
        numeric(ruleId, b.minParameter());
        numeric(ruleId, b.maxParameter());
      } else if (c instanceof Criterion.DaysBetween) {
        Criterion.DaysBetween d = (Criterion.DaysBetween) c;
        fact(ruleId, d.fromFact(), FactType.DATE);
        fact(ruleId, d.toFact(), FactType.DATE);
        param(ruleId, d.minParameter(), ParameterType.INTEGER);
        param(ruleId, d.maxParameter(), ParameterType.INTEGER);
      } else if (c instanceof Criterion.YearsBefore) {
        Criterion.YearsBefore y = (Criterion.YearsBefore) c;
        fact(ruleId, y.earlierFact(), FactType.DATE);
        fact(ruleId, y.laterFact(), FactType.DATE);
        param(ruleId, y.yearsParameter(), ParameterType.INTEGER).filter(p -> Math.abs(p.asNumber()) > MAX_YEARS)
            .ifPresent(p -> add(Code.PARAMETER_OUT_OF_RANGE, ruleId, "the parameter " + p.name() + " = "
                + p.valueText() + " counts years; it must be between -" + MAX_YEARS + " and " + MAX_YEARS));
      } else if (c instanceof Criterion.TextEquals) {
        fact(ruleId, ((Criterion.TextEquals) c).fact(), FactType.TEXT);
        param(ruleId, ((Criterion.TextEquals) c).parameter(), ParameterType.TEXT);
      } else if (c instanceof Criterion.NotEmpty) {
        fact(ruleId, ((Criterion.NotEmpty) c).fact(), FactType.TEXT_SET);
      } else if (c instanceof Criterion.Intersects) {
        fact(ruleId, ((Criterion.Intersects) c).fact(), FactType.TEXT_SET);
        fact(ruleId, ((Criterion.Intersects) c).otherFact(), FactType.TEXT_SET);
      } else if (c instanceof Criterion.Graded) {
        credit(ruleId, c, creditAllowed);
        fact(ruleId, ((Criterion.Graded) c).fact(), FactType.TEXT);
        param(ruleId, ((Criterion.Graded) c).gradesParameter(), ParameterType.GRADES);
      } else if (c instanceof Criterion.Proportion) {
        credit(ruleId, c, creditAllowed);
        fact(ruleId, ((Criterion.Proportion) c).fact(), FactType.NUMBER);
      } else if (c instanceof Criterion.AllOf && ((Criterion.AllOf) c).criteria().isEmpty()
          || c instanceof Criterion.AnyOf && ((Criterion.AnyOf) c).criteria().isEmpty()) {
        add(Code.MISPLACED_CRITERION, ruleId, "an empty '" + c.kind() + "' decides nothing");
      }
    });
    neverPasses(ruleId, criterion, false);
  }

  /**
   * Reports a criterion that can never pass: a contradiction ({@code all(x, not x)}) or an empty range
   * in positive position, or a tautology ({@code any(x, not x)}) under an odd number of {@code not}s.
   */
  private void neverPasses(String ruleId, Criterion c, boolean negated) {
    if (c instanceof Criterion.Not) {
      neverPasses(ruleId, ((Criterion.Not) c).criterion(), !negated);
      return;
    }
    if (c instanceof Criterion.AllOf || c instanceof Criterion.AnyOf) {
      boolean all = c instanceof Criterion.AllOf;
      List<Criterion> children = all ? ((Criterion.AllOf) c).criteria() : ((Criterion.AnyOf) c).criteria();
      if (all != negated) {
        Set<String> forms = new HashSet<>();
        children.forEach(x -> forms.add(x.canonical()));
        for (Criterion x : children) {
          if (x instanceof Criterion.Not && forms.contains(((Criterion.Not) x).criterion().canonical())) {
            add(Code.UNREACHABLE_RULE, ruleId, (negated ? "not(" : "") + "'" + c.kind() + "' contains both "
                + ((Criterion.Not) x).criterion().canonical() + " and its negation, so the rule never passes");
          }
        }
      }
      children.forEach(x -> neverPasses(ruleId, x, negated));
      return;
    }
    if (negated) {
      return;
    }
    if (c instanceof Criterion.Between) {
      range(ruleId, c, Optional.ofNullable(parameters.get(((Criterion.Between) c).minParameter())),
          Optional.ofNullable(parameters.get(((Criterion.Between) c).maxParameter())));
    } else if (c instanceof Criterion.DaysBetween) {
      range(ruleId, c, Optional.ofNullable(parameters.get(((Criterion.DaysBetween) c).minParameter())),
          Optional.ofNullable(parameters.get(((Criterion.DaysBetween) c).maxParameter())));
    }
  }

  private void credit(String ruleId, Criterion c, boolean allowed) {
    if (!allowed) {
      add(Code.MISPLACED_CRITERION, ruleId, "'" + c.kind() + "' gives a credit and belongs in a SCORE rule's"
          + " criterion only");
    }
  }

  private void range(String ruleId, Criterion c, Optional<Parameter> min, Optional<Parameter> max) {
    if (min.isPresent() && max.isPresent() && min.get().value() instanceof Number && max.get().value() instanceof Number
        && min.get().asNumber() > max.get().asNumber()) {
      add(Code.UNREACHABLE_RULE, ruleId, c.canonical() + " can never pass: " + min.get() + " is above " + max.get());
    }
  }

  private void fact(String ruleId, String name, FactType expected) {
    Optional<Fact<?>> f = schema.find(name);
    if (f.isEmpty()) {
      add(Code.UNKNOWN_FACT, ruleId, "schema " + schema.name() + " has no fact " + name);
    } else if (f.get().type() != expected) {
      add(Code.FACT_TYPE_MISMATCH, ruleId, "the fact " + name + " is " + f.get().type() + ", but is read as "
          + expected);
    }
  }

  private Optional<Parameter> numeric(String ruleId, String name) {
    usedParameters.add(name);
    Parameter p = parameters.get(name);
    if (p == null) {
      add(Code.UNKNOWN_PARAMETER, ruleId, "the policy has no parameter " + name);
      return Optional.empty();
    }
    if (p.type() != ParameterType.NUMBER && p.type() != ParameterType.INTEGER) {
      add(Code.PARAMETER_TYPE_MISMATCH, ruleId, "the parameter " + name + " is " + p.type() + ", but is used as a number");
      return Optional.empty();
    }
    return Optional.of(p);
  }

  private Optional<Parameter> param(String ruleId, String name, ParameterType expected) {
    usedParameters.add(name);
    Parameter p = parameters.get(name);
    if (p == null) {
      add(Code.UNKNOWN_PARAMETER, ruleId, "the policy has no parameter " + name);
      return Optional.empty();
    }
    if (p.type() != expected) {
      add(Code.PARAMETER_TYPE_MISMATCH, ruleId, "the parameter " + name + " is " + p.type() + ", but is used as "
          + expected);
      return Optional.empty();
    }
    return Optional.of(p);
  }

  private void add(Code code, String ruleId, String message) {
    problems.add(new PolicyProblem(code, ruleId, message));
  }
}
