package org.lookingbeyond.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.BulkResult;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.EvaluationListener;
import org.lookingbeyond.rules.FactRecord;
import org.lookingbeyond.rules.FactTable;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicySet;

/**
 * Assesses seed-funding applications: each under the policy version in force on its application date,
 * from the facts the registry gives about it.
 *
 * <pre>{@code
 * SeedFunding funding = SeedFunding.withDefaultPolicy();
 * Decision d = funding.assess(registry, application, asOf);   // verdict, score, every rule explained
 * Allocation a = funding.allocate(registry, decisions, Money.of("60000", "USD"));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class SeedFunding {
  private final PolicySet policies;
  private final EngagementRule engagement;
  private final Optional<EvaluationListener> listener;

  private SeedFunding(PolicySet policies, EngagementRule engagement, Optional<EvaluationListener> listener) {
    for (Policy p : policies.versions()) {
      if (p.schema() != FundingFacts.SCHEMA) {
        throw Checks.invalid("Policy", p.id() + " " + p.version(), "schema", "reads schema " + p.schema().name()
            + ", not " + FundingFacts.SCHEMA.name());
      }
    }
    this.policies = policies;
    this.engagement = engagement;
    this.listener = listener;
  }

  /**
   * Assessment under the default policy ({@link DefaultFundingPolicy}).
   *
   * @return the assessment
   * @since 0.1.0
   */
  public static SeedFunding withDefaultPolicy() {
    return of(PolicySet.of(DefaultFundingPolicy.policy()));
  }

  /**
   * Assessment under a set of policy versions built on {@link FundingFacts#SCHEMA}.
   *
   * @param policies the versions
   * @return the assessment
   * @throws InvalidValueException if a policy reads another schema
   * @since 0.1.0
   */
  public static SeedFunding of(PolicySet policies) {
    return new SeedFunding(policies, EngagementRule.defaults(), Optional.empty());
  }

  /**
   * A copy that derives engagement tiers with another rule.
   *
   * @param rule the engagement rule
   * @return the copy
   * @since 0.1.0
   */
  public SeedFunding withEngagementRule(EngagementRule rule) {
    return new SeedFunding(policies, rule, listener);
  }

  /**
   * A copy that reports evaluations to a listener.
   *
   * @param l the listener
   * @return the copy
   * @since 0.1.0
   */
  public SeedFunding withListener(EvaluationListener l) {
    return new SeedFunding(policies, engagement, Optional.of(l));
  }

  /**
   * The policy versions.
   *
   * @return the versions
   * @since 0.1.0
   */
  public PolicySet policies() {
    return policies;
  }

  /**
   * The policy in force on an application's date.
   *
   * @param application the application
   * @return the policy
   * @throws InvalidValueException if no version is in force on that date
   * @since 0.1.0
   */
  public Policy policyFor(SeedFundingApplication application) {
    return policies.inForceOn(application.applicationDate()).orElseThrow(() -> Checks.invalid(
        "SeedFundingApplication", application.id(), "applicationDate",
        "no version of the seed-funding policy is in force on " + application.applicationDate()));
  }

  /**
   * The facts an application presents to a policy.
   *
   * @param registry the registry holding the applicant and its history
   * @param application the application
   * @param policy the policy (its domain parameters shape some facts)
   * @return the facts
   * @throws UnknownIdException if the registry lacks the applicant
   * @since 0.1.0
   */
  public FactRecord facts(Registry registry, SeedFundingApplication application, Policy policy) {
    return new FactExtractor(registry, engagement).extract(application, policy);
  }

  /**
   * Assesses one application under the policy in force on its date.
   *
   * @param registry the registry
   * @param application the application
   * @param asOf the day of the decision
   * @return the decision, with every rule's outcome explained
   * @throws InvalidValueException if no policy is in force on the application date
   * @throws UnknownIdException if the registry lacks the applicant
   * @since 0.1.0
   */
  public Decision assess(Registry registry, SeedFundingApplication application, LocalDate asOf) {
    return assess(registry, application, policyFor(application), asOf);
  }

  /**
   * Assesses one application under a given policy (for what-if comparisons).
   *
   * @param registry the registry
   * @param application the application
   * @param policy the policy
   * @param asOf the day of the decision
   * @return the decision
   * @throws UnknownIdException if the registry lacks the applicant
   * @since 0.1.0
   */
  public Decision assess(Registry registry, SeedFundingApplication application, Policy policy, LocalDate asOf) {
    var evaluator = listener.map(l -> policy.evaluator().withListener(l)).orElse(policy.evaluator());
    return evaluator.evaluate(application.id(), facts(registry, application, policy), asOf);
  }

  /**
   * Assesses applications, each under the policy in force on its date, in the order given.
   *
   * @param registry the registry
   * @param applications the applications
   * @param asOf the day of the decisions
   * @return the decisions
   * @throws InvalidValueException if no policy is in force on an application's date
   * @throws UnknownIdException if the registry lacks an applicant
   * @since 0.1.0
   */
  public List<Decision> assessAll(Registry registry, List<SeedFundingApplication> applications, LocalDate asOf) {
    List<Decision> out = new ArrayList<>();
    applications.forEach(a -> out.add(assess(registry, a, asOf)));
    return out;
  }

  /**
   * Assesses many applications under one policy on the bulk path: outcomes kept as codes, reasons built
   * on request ({@link BulkResult#decision(int)}).
   *
   * @param registry the registry
   * @param applications the applications
   * @param policy the policy
   * @param asOf the day of the decisions
   * @return the compact result, row i for application i
   * @throws UnknownIdException if the registry lacks an applicant
   * @since 0.1.0
   */
  public BulkResult assessBulk(Registry registry, List<SeedFundingApplication> applications, Policy policy,
      LocalDate asOf) {
    FactExtractor x = new FactExtractor(registry, engagement);
    List<String> ids = new ArrayList<>();
    List<FactRecord> records = new ArrayList<>();
    for (SeedFundingApplication a : applications) {
      ids.add(a.id());
      records.add(x.extract(a, policy));
    }
    return policy.evaluator().evaluateAll(FactTable.of(FundingFacts.SCHEMA, ids, records), asOf);
  }

  /**
   * Allocates a budget across the eligible applications of these decisions; see {@link Allocation}.
   *
   * @param registry the registry holding the applications
   * @param decisions decisions on applications of the registry
   * @param budget the budget, in the currency of the policies' {@code currency} parameter
   * @return the allocation
   * @throws UnknownIdException if a decision's application is not in the registry
   * @throws InvalidValueException if a decision was taken under a policy this assessment does not hold, or
   *     the budget's currency is not the policies'
   * @since 0.1.0
   */
  public Allocation allocate(Registry registry, List<Decision> decisions, org.lookingbeyond.model.Money budget) {
    return Allocation.allocate(registry, decisions, budget, policies);
  }

  /**
   * Compares the decisions of two policies over the same applications; see {@link WhatIf}.
   *
   * @param registry the registry
   * @param applications the applications
   * @param before the first policy
   * @param after the second policy
   * @param asOf the day of the decisions
   * @return the comparison
   * @throws UnknownIdException if the registry lacks an applicant
   * @since 0.1.0
   */
  public WhatIf whatIf(Registry registry, List<SeedFundingApplication> applications, Policy before, Policy after,
      LocalDate asOf) {
    List<Decision> a = new ArrayList<>();
    List<Decision> b = new ArrayList<>();
    for (SeedFundingApplication app : applications) {
      a.add(assess(registry, app, before, asOf));
      b.add(assess(registry, app, after, asOf));
    }
    return WhatIf.compare(a, b);
  }
}
