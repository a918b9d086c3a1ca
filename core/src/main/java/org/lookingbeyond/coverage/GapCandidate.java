package org.lookingbeyond.coverage;

import java.util.List;
import org.immutables.value.Value;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.internal.Checks;

/**
 * An organization that could fill a priority gap, ranked, with its reasons.
 *
 * <p>Candidates rank by: engaged before not engaged, then strength (the number of related areas or
 * neighbouring rows the reason rests on, highest first), then presence in the gap's row on a related
 * area before presence on the same theme nearby, then organization id. An organization that works in
 * the gap's row on the gap's theme is already counted in the cell, so it is never a candidate, and in
 * practice each candidate has one reason.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class GapCandidate {

  GapCandidate() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link GapCandidate} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGapCandidate.Builder {
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
   * The candidate's rank among the gap's candidates, from 1.
   *
   * @return the rank
   * @since 0.1.0
   */
  public abstract int rank();

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
   * The organization's engagement tier on the as-of date.
   *
   * @return the tier
   * @since 0.1.0
   */
  public abstract EngagementTier tier();

  /**
   * Whether the tier is one of {@link CoverageSettings#engagedTiers()}.
   *
   * @return true if engaged
   * @since 0.1.0
   */
  public abstract boolean engaged();

  /**
   * The number of related areas plus the number of neighbouring rows the reasons rest on.
   *
   * @return the strength, 1 or more
   * @since 0.1.0
   */
  public abstract int strength();

  /**
   * The reasons, in the order of {@link CandidateReason.Kind}.
   *
   * @return the reasons, at least one
   * @since 0.1.0
   */
  public abstract List<CandidateReason> reasons();

  @Value.Check
  void check() {
    Checks.require(rank() >= 1, "GapCandidate", organizationId(), "rank", "must be 1 or more: %d", rank());
    Checks.require(!reasons().isEmpty(), "GapCandidate", organizationId(), "reasons", "must not be empty");
  }
}
