package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.lookingbeyond.UnknownIdException;

/**
 * The decision on one subject under one policy: the verdict, the score, and every rule's outcome, with
 * the policy's id, version and content hash and the as-of date, so that the decision can be audited
 * and reproduced.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Decision {

  Decision() {}

  /**
   * Returns a builder, for readers of stored Decision values (such as a JSON report); analyses create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Decision} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The subject's id, such as an application's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String subjectId();

  /**
   * The policy's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String policyId();

  /**
   * The policy's version.
   *
   * @return the version
   * @since 0.1.0
   */
  public abstract String policyVersion();

  /**
   * The SHA-256 hash of the policy's content, in hex.
   *
   * @return the hash
   * @since 0.1.0
   */
  public abstract String policyHash();

  /**
   * The day the decision was taken as of.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public abstract LocalDate asOf();

  /**
   * The verdict.
   *
   * @return the verdict
   * @since 0.1.0
   */
  public abstract Verdict verdict();

  /**
   * The score, 0 to 100, rounded to two decimals: the points earned over the weights of the score rules
   * that applied.
   *
   * @return the score
   * @since 0.1.0
   */
  public abstract double score();

  /**
   * Every rule's outcome, in the policy's order (with fail-fast, only those evaluated).
   *
   * @return the outcomes
   * @since 0.1.0
   */
  public abstract List<RuleOutcome> outcomes();

  /**
   * The outcomes of one kind.
   *
   * @param kind the kind
   * @return those outcomes, in order
   * @since 0.1.0
   */
  public List<RuleOutcome> outcomes(RuleKind kind) {
    return outcomes().stream().filter(o -> o.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The outcomes with a status.
   *
   * @param status the status
   * @return those outcomes, in order
   * @since 0.1.0
   */
  public List<RuleOutcome> outcomes(Status status) {
    return outcomes().stream().filter(o -> o.status() == status).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Why the subject is not eligible, in one call: the gates that failed (each makes it
   * {@link Verdict#INELIGIBLE}) and the gates that could not be decided for missing facts (each sends it
   * to {@link Verdict#NEEDS_REVIEW}), in rule order. Empty exactly when the verdict is
   * {@link Verdict#ELIGIBLE}; scores and advisories never block.
   *
   * <pre>{@code
   * decision.blockers().forEach(o -> System.out.println(o.ruleId() + " " + o.status() + ": " + o.message()));
   * // G4 FAIL: 159 days from session.end (2025-03-14) to application.plannedStart (2025-08-20), ...
   * // G8 UNKNOWN: missing: applicant.tobaccoIndustryTies
   * }</pre>
   *
   * @return the failed and undecided gates, in rule order
   * @since 0.1.0
   */
  public List<RuleOutcome> blockers() {
    return outcomes().stream()
        .filter(o -> o.kind() == RuleKind.GATE && (o.status() == Status.FAIL || o.status() == Status.UNKNOWN))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The outcome of a rule.
   *
   * @param ruleId the rule's id
   * @return the outcome
   * @throws UnknownIdException if no rule has that id (or it was not evaluated)
   * @since 0.1.0
   */
  public RuleOutcome outcome(String ruleId) {
    return outcomes().stream().filter(o -> o.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> UnknownIdException.of("rule of policy " + policyId() + " " + policyVersion()
            + " (or a rule not evaluated)", ruleId, outcomes().stream().map(RuleOutcome::ruleId)
            .collect(Collectors.toList())));
  }

  /**
   * The outcome of a rule, if it was evaluated (with fail-fast, rules after a failed gate are not).
   *
   * @param ruleId the rule's id
   * @return the outcome, or empty
   * @since 0.1.0
   */
  public java.util.Optional<RuleOutcome> findOutcome(String ruleId) {
    return outcomes().stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }

  @Override
  public String toString() {
    return "Decision[" + subjectId() + " " + verdict() + " " + score() + " under " + policyId() + " "
        + policyVersion() + "]";
  }
}
