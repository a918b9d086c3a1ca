package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.RuleKind;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;

/**
 * Seed funding in text: applications judged under a policy, the reasons behind each verdict, a budget
 * allocated, and a what-if between two policy versions. The demo runs it on the sample registry and the
 * default policy; the {@code eligibility}, {@code allocate} and {@code whatif} commands on the user's files.
 */
final class FundingReport {
  /** The budget the demo allocates. */
  static final Money BUDGET = Money.of("30000", "USD");

  private final Registry registry;
  private final LocalDate asOf;
  private final SeedFunding funding;
  private final List<SeedFundingApplication> applications;
  private final List<Decision> decisions;

  /** Every application of the registry under the default policy. */
  FundingReport(Registry registry, LocalDate asOf) {
    this(registry, asOf, SeedFunding.withDefaultPolicy(), registry.applications());
  }

  /**
   * Assesses applications, each under the version of the policy in force on its date, once.
   *
   * @throws CliFailure if no version is in force on the date of an application (each one is named)
   */
  FundingReport(Registry registry, LocalDate asOf, SeedFunding funding, List<SeedFundingApplication> applications) {
    this.registry = registry;
    this.asOf = asOf;
    this.funding = funding;
    this.applications = List.copyOf(applications);
    requirePolicyInForce(funding, applications);
    this.decisions = funding.assessAll(registry, applications, asOf);
  }

  private static void requirePolicyInForce(SeedFunding funding, List<SeedFundingApplication> applications) {
    List<String> problems = new ArrayList<>();
    for (SeedFundingApplication a : applications) {
      if (funding.policies().inForceOn(a.applicationDate()).isEmpty()) {
        problems.add("application " + a.id() + " is dated " + a.applicationDate()
            + ", when no version of the policy is in force (versions: " + periods(funding.policies().versions())
            + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new CliFailure(problems);
    }
  }

  private static String periods(List<Policy> versions) {
    return versions.stream().map(p -> p.version() + " from " + p.effectiveFrom()
        + p.effectiveUntil().map(u -> " until " + u).orElse("")).collect(Collectors.joining("; "));
  }

  /** Every application's decision, assessed once, in the order of the applications. */
  List<Decision> decisions() {
    return decisions;
  }

  void eligibility(PrintWriter out) {
    for (Policy policy : funding.policies().versions()) {
      out.println("  Policy " + policy.id() + " " + policy.version() + " (" + policy.rules().size() + " rules, hash "
          + policy.contentHash().substring(0, 12) + "...)");
    }
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

  /**
   * Allocates a budget across the decisions.
   *
   * @param budget the budget, in the policy's currency
   * @return the allocation
   * @throws org.lookingbeyond.LookingBeyondException if the budget's currency is not the policy's
   */
  Allocation allocate(Money budget) {
    return funding.allocate(registry, decisions(), budget);
  }

  /** The demo's allocation: {@link #BUDGET} across the sample applications. */
  void allocation(PrintWriter out) {
    allocation(out, allocate(BUDGET));
  }

  static void allocation(PrintWriter out, Allocation a) {
    out.println("  Budget " + a.budget() + ": granted " + a.granted() + ", left " + a.remaining());
    TextTable t = new TextTable("Rank>", "Application", "Region", "Amount>", "Outcome");
    a.awards().forEach(w -> t.row(w.rank(), w.applicationId(), w.region(), w.amount(), "funded"));
    a.unfunded().forEach(u -> t.row(u.rank(), u.applicationId(), "", "", u.reason() + ": " + u.message()));
    t.print(out);
    a.notEligible().forEach((id, v) -> out.println("  " + id + " not considered: " + v));
  }

  /** The demo's what-if: the default policy against a version with a ceiling of USD 30,000. */
  void whatIf(PrintWriter out) {
    Policy version = higherCeiling();
    out.println("  What if the ceiling were USD 30,000 (version " + version.version() + ")?");
    whatIf(out, compare(DefaultFundingPolicy.policy(), version));
  }

  /**
   * Compares the decisions of two policies over this report's applications.
   *
   * @param before the policy as it is
   * @param after the policy to compare it with
   * @return the comparison
   */
  WhatIf compare(Policy before, Policy after) {
    return funding.whatIf(registry, applications, before, after, asOf);
  }

  static void whatIf(PrintWriter out, WhatIf w) {
    out.println("  " + w.changes().size() + " decision(s) change, " + w.unchanged() + " do not:");
    for (WhatIf.Change c : w.changes()) {
      out.println("    " + c.applicationId() + ": " + c.verdictBefore() + " -> " + c.verdictAfter());
      c.ruleChanges().forEach(r -> out.println("      " + r.ruleId() + " " + r.before().map(Enum::name).orElse("-")
          + " -> " + r.after().map(Enum::name).orElse("-") + ": " + r.afterMessage()));
    }
  }

  /** The default policy with a ceiling of USD 30,000, as a version of its own. */
  static Policy higherCeiling() {
    Policy after = DefaultFundingPolicy.policy().toBuilder()
        .replaceParameter(Parameter.number("maxAmount", 30_000, "ceiling of a grant in the policy's currency"))
        .build();
    Policy.Builder b = Policy.builder(after.id(), "1.1-ceiling-30000", after.schema())
        .description(after.description()).effectiveFrom(after.effectiveFrom());
    after.parameters().values().forEach(b::parameter);
    after.rules().forEach(b::rule);
    return b.build();
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
