package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.RuleKind;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;

/**
 * Seed funding on the sample registry: every application judged under the default policy, the reasons
 * behind each verdict, a budget allocated, and a what-if with a higher ceiling.
 */
final class FundingReport {
  /** The budget the demo allocates. */
  static final Money BUDGET = Money.of("30000", "USD");

  private final Registry registry;
  private final LocalDate asOf;
  private final SeedFunding funding = SeedFunding.withDefaultPolicy();
  private final List<Decision> decisions;

  FundingReport(Registry registry, LocalDate asOf) {
    this.registry = registry;
    this.asOf = asOf;
    this.decisions = funding.assessAll(registry, registry.applications(), asOf);
  }

  /** Every sample application's decision under the default policy, assessed once. */
  List<Decision> decisions() {
    return decisions;
  }

  void eligibility(PrintWriter out) {
    Policy policy = DefaultFundingPolicy.policy();
    out.println("  Policy " + policy.id() + " " + policy.version() + " (" + policy.rules().size() + " rules, hash "
        + policy.contentHash().substring(0, 12) + "...)");
    TextTable t = new TextTable("Application", "Applicant", "Verdict", "Score>", "Gates failed", "Gates unknown");
    for (Decision d : decisions()) {
      String applicant = registry.findApplication(d.subjectId()).orElseThrow().applicantId();
      t.row(d.subjectId(), applicant, d.verdict(), number(d.score()), ids(d, Status.FAIL),
          ids(d, Status.UNKNOWN));
    }
    t.print(out);
    out.println();
    out.println("  Why (every gate that did not pass, with the value compared and the limit):");
    for (Decision d : decisions()) {
      for (RuleOutcome o : d.outcomes(RuleKind.GATE)) {
        if (o.status() != Status.PASS) {
          out.println("    " + d.subjectId() + " " + o.ruleId() + " " + o.status() + ": " + o.message());
        }
      }
    }
  }

  void decision(PrintWriter out, Decision d) {
    out.println("  " + d.subjectId() + ": " + d.verdict() + ", score " + number(d.score()) + " under "
        + d.policyId() + " " + d.policyVersion() + " as of " + d.asOf());
    TextTable t = new TextTable("Rule", "Kind", "Status", "Points>", "Reason");
    for (RuleOutcome o : d.outcomes()) {
      t.row(o.ruleId(), o.kind(), o.status(), o.kind() == RuleKind.SCORE ? number(o.points()) : "",
          o.message());
    }
    t.print(out);
  }

  void allocation(PrintWriter out) {
    Allocation a = funding.allocate(registry, decisions(), BUDGET);
    out.println("  Budget " + a.budget() + ": granted " + a.granted() + ", left " + a.remaining());
    TextTable t = new TextTable("Rank>", "Application", "Region", "Amount>", "Outcome");
    a.awards().forEach(w -> t.row(w.rank(), w.applicationId(), w.region(), w.amount(), "funded"));
    a.unfunded().forEach(u -> t.row(u.rank(), u.applicationId(), "", "", u.reason() + ": " + u.message()));
    t.print(out);
    a.notEligible().forEach((id, v) -> out.println("  " + id + " not considered: " + v));
  }

  void whatIf(PrintWriter out) {
    Policy before = DefaultFundingPolicy.policy();
    Policy after = before.toBuilder()
        .replaceParameter(Parameter.number("maxAmount", 30_000, "ceiling of a grant in the policy's currency"))
        .build();
    Policy.Builder b = Policy.builder(after.id(), "1.1-ceiling-30000", after.schema())
        .description(after.description()).effectiveFrom(after.effectiveFrom());
    after.parameters().values().forEach(b::parameter);
    after.rules().forEach(b::rule);
    Policy version = b.build();
    out.println("  What if the ceiling were USD 30,000 (version " + version.version() + ")?");
    WhatIf w = funding.whatIf(registry, registry.applications(), before, version, asOf);
    out.println("  " + w.changes().size() + " decision(s) change, " + w.unchanged() + " do not:");
    for (WhatIf.Change c : w.changes()) {
      out.println("    " + c.applicationId() + ": " + c.verdictBefore() + " -> " + c.verdictAfter());
      c.ruleChanges().forEach(r -> out.println("      " + r.ruleId() + " " + r.before().map(Enum::name).orElse("-")
          + " -> " + r.after().map(Enum::name).orElse("-") + ": " + r.afterMessage()));
    }
  }

  static String number(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String ids(Decision d, Status status) {
    StringBuilder sb = new StringBuilder();
    for (RuleOutcome o : d.outcomes(RuleKind.GATE)) {
      if (o.status() == status) {
        sb.append(sb.length() == 0 ? "" : " ").append(o.ruleId());
      }
    }
    return sb.length() == 0 ? "-" : sb.toString();
  }
}
