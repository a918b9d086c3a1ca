package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;

/**
 * Who an organization is to the unit as of a date, under one classification policy: every field with the
 * rule and the facts that produced it. Fields decided by a policy rule carry its
 * {@link RuleOutcome} (status, reason, facts used, limit, missing facts); the others a {@link Finding}.
 *
 * <ul>
 *   <li>{@link #cso()}: CSO or not, from the IATI {@link #type()};
 *   <li>{@link #scope()}: the derived geographic scope and any conflict with the declared one;
 *   <li>{@link #pillars()} and {@link #relevance()} to the priority areas, with {@link #matchedAreas()};
 *   <li>{@link #salience()}: power, legitimacy, urgency, class and group;
 *   <li>{@link #grid()}: power and interest scores and the quadrant;
 *   <li>{@link #engagement()}: the engagement tier with its facts;
 *   <li>{@link #rloCandidacies()}: RLO candidacy for each M49 region, sub-region and field office area the
 *       organization operates in.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class StakeholderProfile {

  StakeholderProfile() {}

  /**
   * Returns a builder, for readers of stored profiles (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link StakeholderProfile} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableStakeholderProfile.Builder {
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
   * The organization's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String organizationId();

  /**
   * The organization's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String organizationName();

  /**
   * The day the profile holds on.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public abstract LocalDate asOf();

  /**
   * The classification policy's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String policyId();

  /**
   * The classification policy's version.
   *
   * @return the version
   * @since 0.1.0
   */
  public abstract String policyVersion();

  /**
   * The classification policy's content hash.
   *
   * @return the SHA-256 hash, in hex
   * @since 0.1.0
   */
  public abstract String policyHash();

  /**
   * The organization's IATI organisation type.
   *
   * @return the type
   * @since 0.1.0
   */
  public abstract OrganisationType type();

  /**
   * Whether it is a civil society organization: the outcome of the policy's {@link ClassificationPolicy#CSO}
   * rule.
   *
   * @return the outcome
   * @since 0.1.0
   */
  public abstract RuleOutcome cso();

  /**
   * Whether it is a civil society organization.
   *
   * @return true if {@link #cso()} passed
   * @since 0.1.0
   */
  public boolean isCso() {
    return cso().status() == Status.PASS;
  }

  /**
   * The geographic scope.
   *
   * @return the scope assessment
   * @since 0.1.0
   */
  public abstract ScopeAssessment scope();

  /**
   * The ids of the pillars of its thematic areas.
   *
   * @return the pillar ids, sorted; empty when it lists no area the taxonomy knows
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> pillars();

  /**
   * How the pillars were found (rule {@code pillars.taxonomy}).
   *
   * @return the finding
   * @since 0.1.0
   */
  public abstract Finding pillarsFinding();

  /**
   * The share of its thematic areas that are priority areas of the policy.
   *
   * @return the share, 0-1; empty when it lists no thematic area
   * @since 0.1.0
   */
  public abstract OptionalDouble relevance();

  /**
   * Its thematic areas that are priority areas.
   *
   * @return the area ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> matchedAreas();

  /**
   * How relevance was found (rule {@code relevance.priorityAreas}).
   *
   * @return the finding
   * @since 0.1.0
   */
  public abstract Finding relevanceFinding();

  /**
   * Its salience.
   *
   * @return the salience
   * @since 0.1.0
   */
  public abstract Salience salience();

  /**
   * Its place on the power/interest grid.
   *
   * @return the grid placement
   * @since 0.1.0
   */
  public abstract PowerInterest grid();

  /**
   * Its engagement tier, by the policy's engagement rule.
   *
   * @return the engagement, with its facts and reason
   * @since 0.1.0
   */
  public abstract Engagement engagement();

  /**
   * RLO candidacy for each M49 region, sub-region and field office area (of the policy's kinds) it
   * operates in: M49 regions first, then sub-regions, then field office areas, each by code.
   *
   * @return the candidacies
   * @since 0.1.0
   */
  public abstract List<RloCandidacy> rloCandidacies();

  /**
   * The records behind the facts that count them, by fact name: the pending applications, the sessions
   * registered for within the urgency window (and those that may start within it), the grants with an
   * overdue report, the active RLO designations.
   *
   * @return record ids, as text, by fact name
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> evidence();

  @Value.Check
  void check() {
    Checks.nonBlank(organizationId(), "StakeholderProfile", "organizationId");
    relevance().ifPresent(r -> Checks.require(r >= 0 && r <= 1, "StakeholderProfile", organizationId(), "relevance",
        "must be 0-1: %s", r));
  }

  @Override
  public String toString() {
    return "StakeholderProfile[" + organizationId() + ": " + salience().salienceClass() + ", "
        + grid().quadrant() + ", " + engagement().tier() + ", " + scope().scope() + "]";
  }
}
