package org.lookingbeyond.classify;

import java.util.List;
import org.immutables.value.Value;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Verdict;

/**
 * Whether an organization is a candidate Regional Lead Organization for one region: the verdict of the
 * policy's candidacy conditions with each condition's outcome, and whether it already holds an active
 * designation covering the region.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class RloCandidacy {

  RloCandidacy() {}

  /**
   * Returns a builder, for readers of stored candidacies (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link RloCandidacy} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRloCandidacy.Builder {
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
   * The region.
   *
   * @return the region
   * @since 0.1.0
   */
  public abstract RegionRef region();

  /**
   * The region's name, such as "Sub-Saharan Africa" or "UNODC Regional Office for Eastern Africa".
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String regionName();

  /**
   * The kind of region.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract RegionKind regionKind();

  /**
   * The verdict: ELIGIBLE for a candidate, NEEDS_REVIEW when a condition could not be decided for
   * missing facts and none failed, INELIGIBLE when one failed.
   *
   * @return the verdict
   * @since 0.1.0
   */
  public abstract Verdict verdict();

  /**
   * Each condition's outcome, in the policy's order.
   *
   * @return the outcomes
   * @since 0.1.0
   */
  public abstract List<RuleOutcome> conditions();

  /**
   * The ids of the organization's designations active on the as-of date that cover the region (naming
   * it, or naming a region holding all its countries).
   *
   * @return the ids; empty if it is not an RLO for the region
   * @since 0.1.0
   */
  public abstract List<String> designationIds();

  /**
   * Whether the organization is already a designated RLO for the region.
   *
   * @return true if {@link #designationIds()} is not empty
   * @since 0.1.0
   */
  public boolean designated() {
    return !designationIds().isEmpty();
  }

  /**
   * Whether the organization is a candidate: every condition passed.
   *
   * @return true for ELIGIBLE
   * @since 0.1.0
   */
  public boolean candidate() {
    return verdict() == Verdict.ELIGIBLE;
  }

  @Override
  public String toString() {
    return "RloCandidacy[" + organizationId() + " for " + region() + ": " + verdict()
        + (designated() ? ", designated" : "") + "]";
  }
}
