package org.lookingbeyond.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.RuleKind;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/** Reads and writes the report documents: eligibility decisions, allocations and what-if comparisons. */
public final class ReportCodecs {
  public static final String DECISIONS = "lookingbeyond.decisions";
  public static final String ALLOCATION = "lookingbeyond.allocation";
  public static final String WHAT_IF = "lookingbeyond.whatif";
  public static final int MAJOR = 1;

  private ReportCodecs() {}

  /** Opens a report's root and checks its format; empty when reading must stop. */
  public static Optional<Fields> open(Node root, ReadContext ctx, String type) {
    return open(root, ctx, type, "a report document");
  }

  /** As {@link #open(Node, ReadContext, String)}, naming the document in the message for a root that is no object. */
  public static Optional<Fields> open(Node root, ReadContext ctx, String type, String what) {
    Optional<Fields> of = Fields.of(root, ctx, "", what);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> format = of.get().member("format");
    if (format.isEmpty()) {
      ctx.problems().add(Code.UNSUPPORTED_FORMAT, "/format", root.line(), root.column(),
          "the document declares no \"format\"; expected \"" + type + "/" + MAJOR + "\"");
    } else if (!Formats.check(format.get(), type, MAJOR, ctx)) {
      return Optional.empty();
    }
    return of;
  }

  /** A double as JSON: plain decimal digits where short, else with an exponent (1E+100), never over 25 chars. */
  static String number(double d) {
    BigDecimal b = BigDecimal.valueOf(d == 0 ? 0.0 : d).stripTrailingZeros();
    String plain = b.toPlainString();
    return plain.length() <= 25 ? plain : b.toString();
  }

  /** A finite JSON number as a double; WRONG_TYPE for anything else. */
  static Optional<Double> decimal(Fields f, String name, boolean required) {
    Optional<Node> n = required ? f.required(name) : f.member(name);
    return n.flatMap(x -> {
      if (x instanceof Node.ScalarNode && (((Node.ScalarNode) x).kind() == Node.ScalarNode.Kind.INTEGER
          || ((Node.ScalarNode) x).kind() == Node.ScalarNode.Kind.DECIMAL)) {
        double d = Double.parseDouble(((Node.ScalarNode) x).text());
        if (Double.isFinite(d)) {
          return Optional.of(d);
        }
      }
      f.wrongType(x, name, "a finite number");
      return Optional.empty();
    });
  }

  static Map<String, String> stringMap(Fields f, String name) {
    Map<String, String> out = new TreeMap<>();
    f.member(name).ifPresent(n -> {
      if (!(n instanceof Node.ObjectNode)) {
        f.wrongType(n, name, "an object of strings");
        return;
      }
      ((Node.ObjectNode) n).members().forEach((k, v) -> {
        if (v instanceof Node.ScalarNode && ((Node.ScalarNode) v).kind() == Node.ScalarNode.Kind.STRING) {
          out.put(k, ((Node.ScalarNode) v).text());
        } else {
          f.context().problems().add(Code.WRONG_TYPE, v, "\"" + name + "/" + Echo.excerpt(k) + "\" must be a string, not "
              + Fields.article(v));
        }
      });
    });
    return out;
  }

  static void stringMap(Out out, String name, Map<String, String> map) {
    out.name(name);
    out.generator().writeStartObject();
    map.forEach((k, v) -> out.generator().writeStringProperty(k, v));
    out.generator().writeEndObject();
  }

  // ---- decisions

  public static List<Decision> readDecisions(Fields root) {
    List<Decision> out = new ArrayList<>();
    for (Node n : root.array("decisions")) {
      decision(n, root.context()).ifPresent(out::add);
    }
    root.finish();
    return out;
  }

  private static Optional<Decision> decision(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("decisions", node, "subjectId"), "a decision").flatMap(f -> {
      Optional<String> subject = f.requiredString("subjectId");
      Optional<String> policy = f.requiredString("policyId");
      Optional<String> version = f.requiredString("policyVersion");
      Optional<String> hash = f.requiredString("policyHash");
      Optional<LocalDate> asOf = f.requiredDate("asOf");
      Optional<Verdict> verdict = f.requiredEnum("verdict", Verdict.class);
      Optional<Double> score = decimal(f, "score", true);
      List<RuleOutcome> outcomes = new ArrayList<>();
      for (Node o : f.array("outcomes")) {
        outcome(o, ctx, f.anchor()).ifPresent(outcomes::add);
      }
      return f.build(() -> Decision.builder().subjectId(subject.orElseThrow()).policyId(policy.orElseThrow())
          .policyVersion(version.orElseThrow()).policyHash(hash.orElseThrow()).asOf(asOf.orElseThrow())
          .verdict(verdict.orElseThrow()).score(score.orElseThrow()).outcomes(outcomes).build());
    });
  }

  static Optional<RuleOutcome> outcome(Node node, ReadContext ctx, String parent) {
    return outcomeAt(node, ctx, parent + "/outcomes/" + idOf(node, "ruleId"));
  }

  /** Reads an outcome whose unknown members are kept under {@code anchor}. */
  static Optional<RuleOutcome> outcomeAt(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "an outcome").flatMap(f -> {
      Optional<String> rule = f.requiredString("ruleId");
      Optional<String> title = f.requiredString("title");
      Optional<RuleKind> kind = f.requiredEnum("kind", RuleKind.class);
      Optional<Status> status = f.requiredEnum("status", Status.class);
      Optional<Double> credit = decimal(f, "credit", true);
      Optional<Double> points = decimal(f, "points", true);
      Optional<String> reason = f.requiredString("reasonCode");
      Optional<String> template = f.requiredString("template");
      f.member("message");
      Map<String, String> arguments = stringMap(f, "arguments");
      Map<String, String> facts = stringMap(f, "factsUsed");
      var b = RuleOutcome.builder().actual(f.string("actual")).limit(f.string("limit"))
          .missingFacts(f.strings("missingFacts")).arguments(arguments).factsUsed(facts);
      return f.build(() -> b.ruleId(rule.orElseThrow()).title(title.orElseThrow()).kind(kind.orElseThrow())
          .status(status.orElseThrow()).credit(credit.orElseThrow()).points(points.orElseThrow())
          .reasonCode(reason.orElseThrow()).template(template.orElseThrow()).build());
    });
  }

  private static String idOf(Node node, String member) {
    if (node instanceof Node.ObjectNode && ((Node.ObjectNode) node).members().get(member) instanceof Node.ScalarNode) {
      return Node.escape(((Node.ScalarNode) ((Node.ObjectNode) node).members().get(member)).text());
    }
    return node.pointer();
  }

  public static void writeDecisions(List<Decision> decisions, Out out) {
    out.startObject();
    out.string("format", DECISIONS + "/" + MAJOR);
    out.name("decisions");
    out.generator().writeStartArray();
    for (Decision d : decisions) {
      String anchor = "/decisions/" + Node.escape(d.subjectId());
      out.startObject();
      out.string("subjectId", d.subjectId());
      out.string("policyId", d.policyId());
      out.string("policyVersion", d.policyVersion());
      out.string("policyHash", d.policyHash());
      out.date("asOf", d.asOf());
      out.enumValue("verdict", d.verdict());
      out.name("score");
      out.generator().writeNumber(number(d.score()));
      out.name("outcomes");
      out.generator().writeStartArray();
      for (RuleOutcome o : d.outcomes()) {
        writeOutcome(o, out, anchor + "/outcomes/" + Node.escape(o.ruleId()));
      }
      out.generator().writeEndArray();
      out.endObject(anchor);
    }
    out.generator().writeEndArray();
    out.endObject("");
  }

  /** Writes an outcome, then the unknown members kept under {@code anchor}. */
  static void writeOutcome(RuleOutcome o, Out out, String anchor) {
    out.startObject();
    out.string("ruleId", o.ruleId());
    out.string("title", o.title());
    out.enumValue("kind", o.kind());
    out.enumValue("status", o.status());
    out.name("credit");
    out.generator().writeNumber(number(o.credit()));
    out.name("points");
    out.generator().writeNumber(number(o.points()));
    out.string("reasonCode", o.reasonCode());
    out.string("message", o.message());
    out.string("template", o.template());
    stringMap(out, "arguments", o.arguments());
    out.string("actual", o.actual());
    out.string("limit", o.limit());
    stringMap(out, "factsUsed", o.factsUsed());
    out.strings("missingFacts", o.missingFacts());
    out.endObject(anchor);
  }

  // ---- allocation

  public static Optional<Allocation> readAllocation(Fields f) {
    ReadContext ctx = f.context();
    Optional<Money> budget = f.requiredMoney("budget");
    Optional<Money> granted = f.requiredMoney("granted");
    Optional<Money> remaining = f.requiredMoney("remaining");
    List<Allocation.Award> awards = new ArrayList<>();
    for (Node n : f.array("awards")) {
      Fields.of(n, ctx, "/awards/" + idOf(n, "applicationId"), "an award").flatMap(a -> {
        Optional<Integer> rank = a.requiredInteger("rank");
        Optional<String> app = a.requiredString("applicationId");
        Optional<String> applicant = a.requiredString("applicantId");
        Optional<String> region = a.requiredString("region");
        Optional<String> cycle = a.string("cycle");
        Optional<Money> amount = a.requiredMoney("amount");
        Optional<Double> score = decimal(a, "score", true);
        return a.build(() -> new Allocation.Award(rank.orElseThrow(), app.orElseThrow(), applicant.orElseThrow(),
            region.orElseThrow(), cycle.orElse(""), amount.orElseThrow(), score.orElseThrow()));
      }).ifPresent(awards::add);
    }
    List<Allocation.Unfunded> unfunded = new ArrayList<>();
    for (Node n : f.array("unfunded")) {
      Fields.of(n, ctx, "/unfunded/" + idOf(n, "applicationId"), "an unfunded application").flatMap(u -> {
        Optional<Integer> rank = u.requiredInteger("rank");
        Optional<String> app = u.requiredString("applicationId");
        Optional<Allocation.Reason> reason = u.requiredEnum("reason", Allocation.Reason.class);
        Optional<String> message = u.requiredString("message");
        Map<String, String> facts = stringMap(u, "facts");
        return u.build(() -> new Allocation.Unfunded(rank.orElseThrow(), app.orElseThrow(), reason.orElseThrow(),
            message.orElseThrow(), new TreeMap<>(facts)));
      }).ifPresent(unfunded::add);
    }
    Map<String, Verdict> notEligible = new TreeMap<>();
    stringMap(f, "notEligible").forEach((k, v) -> {
      try {
        Verdict verdict = Verdict.valueOf(v);
        if (verdict == Verdict.ELIGIBLE) {
          throw new IllegalArgumentException(v);
        }
        notEligible.put(k, verdict);
      } catch (IllegalArgumentException e) {
        ctx.problems().add(Code.INVALID_VALUE, f.member("notEligible").orElseThrow(), "\"notEligible/" + Echo.excerpt(k)
            + "\" must be NEEDS_REVIEW or INELIGIBLE, not \"" + Echo.excerpt(v) + "\"");
      }
    });
    return f.build(() -> Allocation.builder().budget(budget.orElseThrow()).granted(granted.orElseThrow())
        .remaining(remaining.orElseThrow()).awards(awards).unfunded(unfunded).notEligible(notEligible).build());
  }

  public static void writeAllocation(Allocation a, Out out) {
    out.startObject();
    out.string("format", ALLOCATION + "/" + MAJOR);
    out.money("budget", a.budget(), "");
    out.money("granted", a.granted(), "");
    out.money("remaining", a.remaining(), "");
    out.name("awards");
    out.generator().writeStartArray();
    for (Allocation.Award w : a.awards()) {
      String anchor = "/awards/" + Node.escape(w.applicationId());
      out.startObject();
      out.number("rank", w.rank());
      out.string("applicationId", w.applicationId());
      out.string("applicantId", w.applicantId());
      out.string("region", w.region());
      if (!w.cycle().isEmpty()) {
        out.string("cycle", w.cycle());
      }
      out.money("amount", w.amount(), anchor);
      out.name("score");
      out.generator().writeNumber(number(w.score()));
      out.endObject(anchor);
    }
    out.generator().writeEndArray();
    out.name("unfunded");
    out.generator().writeStartArray();
    for (Allocation.Unfunded u : a.unfunded()) {
      out.startObject();
      out.number("rank", u.rank());
      out.string("applicationId", u.applicationId());
      out.enumValue("reason", u.reason());
      out.string("message", u.message());
      stringMap(out, "facts", u.facts());
      out.endObject("/unfunded/" + Node.escape(u.applicationId()));
    }
    out.generator().writeEndArray();
    Map<String, String> notEligible = new TreeMap<>();
    a.notEligible().forEach((k, v) -> notEligible.put(k, v.name()));
    stringMap(out, "notEligible", notEligible);
    out.endObject("");
  }

  // ---- what-if

  public static Optional<WhatIf> readWhatIf(Fields f) {
    ReadContext ctx = f.context();
    Optional<String> before = f.requiredString("before");
    Optional<String> after = f.requiredString("after");
    Optional<Integer> unchanged = f.requiredInteger("unchanged");
    List<WhatIf.Change> changes = new ArrayList<>();
    for (Node n : f.array("changes")) {
      String anchor = "/changes/" + idOf(n, "applicationId");
      Fields.of(n, ctx, anchor, "a change").flatMap(c -> {
        Optional<String> app = c.requiredString("applicationId");
        Optional<Verdict> vb = c.requiredEnum("verdictBefore", Verdict.class);
        Optional<Verdict> va = c.requiredEnum("verdictAfter", Verdict.class);
        Optional<Double> sb = decimal(c, "scoreBefore", true);
        Optional<Double> sa = decimal(c, "scoreAfter", true);
        List<WhatIf.RuleChange> rules = new ArrayList<>();
        for (Node r : c.array("ruleChanges")) {
          Fields.of(r, ctx, anchor + "/ruleChanges/" + idOf(r, "ruleId"), "a rule change").flatMap(x -> {
            Optional<String> id = x.requiredString("ruleId");
            Optional<Status> b = x.enumValue("before", Status.class);
            Optional<Status> a = x.enumValue("after", Status.class);
            Optional<String> bm = x.string("beforeMessage");
            Optional<String> am = x.string("afterMessage");
            return x.build(() -> new WhatIf.RuleChange(id.orElseThrow(), b, a, bm.orElse(""), am.orElse("")));
          }).ifPresent(rules::add);
        }
        return c.build(() -> new WhatIf.Change(app.orElseThrow(), vb.orElseThrow(), va.orElseThrow(), sb.orElseThrow(),
            sa.orElseThrow(), rules));
      }).ifPresent(changes::add);
    }
    return f.build(() -> WhatIf.builder().before(before.orElseThrow()).after(after.orElseThrow())
        .unchanged(unchanged.orElseThrow()).changes(changes).build());
  }

  public static void writeWhatIf(WhatIf w, Out out) {
    out.startObject();
    out.string("format", WHAT_IF + "/" + MAJOR);
    out.string("before", w.before());
    out.string("after", w.after());
    out.number("unchanged", w.unchanged());
    out.name("changes");
    out.generator().writeStartArray();
    for (WhatIf.Change c : w.changes()) {
      String anchor = "/changes/" + Node.escape(c.applicationId());
      out.startObject();
      out.string("applicationId", c.applicationId());
      out.enumValue("verdictBefore", c.verdictBefore());
      out.enumValue("verdictAfter", c.verdictAfter());
      out.name("scoreBefore");
      out.generator().writeNumber(number(c.scoreBefore()));
      out.name("scoreAfter");
      out.generator().writeNumber(number(c.scoreAfter()));
      out.name("ruleChanges");
      out.generator().writeStartArray();
      for (WhatIf.RuleChange r : c.ruleChanges()) {
        out.startObject();
        out.string("ruleId", r.ruleId());
        r.before().ifPresent(s -> out.enumValue("before", s));
        r.after().ifPresent(s -> out.enumValue("after", s));
        if (!r.beforeMessage().isEmpty()) {
          out.string("beforeMessage", r.beforeMessage());
        }
        if (!r.afterMessage().isEmpty()) {
          out.string("afterMessage", r.afterMessage());
        }
        out.endObject(anchor + "/ruleChanges/" + Node.escape(r.ruleId()));
      }
      out.generator().writeEndArray();
      out.endObject(anchor);
    }
    out.generator().writeEndArray();
    out.endObject("");
  }
}
