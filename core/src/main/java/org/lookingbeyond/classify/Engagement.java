package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization's engagement tier as of a date, with the facts and the rule that produced it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Engagement {

  Engagement() {}

  /**
   * Returns a builder; {@link EngagementRule} builds engagements, this is for reading them back.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Engagement} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEngagement.Builder {
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
   * The tier.
   *
   * @return the tier
   * @since 0.1.0
   */
  public abstract EngagementTier tier();

  /**
   * The date the tier holds on.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public abstract LocalDate asOf();

  /**
   * The first day of the window of recent participation.
   *
   * @return the window's first day
   * @since 0.1.0
   */
  public abstract LocalDate windowStart();

  /**
   * The ids of the sessions the organization took part in within the window, in calendar order.
   *
   * @return the session ids
   * @since 0.1.0
   */
  public abstract List<String> recentSessions();

  /**
   * How many participations (of any kind) it had within the window.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int recentParticipations();

  /**
   * How many of its participations within the window were statements or side events.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int recentContributions();

  /**
   * The first day of the latest session it took part in on or before the as-of date.
   *
   * @return the date, or empty if it never took part
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> lastParticipation();

  /**
   * The rule applied.
   *
   * @return the rule
   * @since 0.1.0
   */
  public abstract EngagementRule rule();

  /**
   * Why the tier was given, in one sentence with the numbers compared.
   *
   * @return the explanation
   * @since 0.1.0
   */
  public abstract String reason();
}
