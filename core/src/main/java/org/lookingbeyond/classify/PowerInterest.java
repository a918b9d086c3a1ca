package org.lookingbeyond.classify;

import java.util.List;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.rules.RuleOutcome;

/**
 * A stakeholder's place on Mendelow's power/interest grid: the power and the interest score, each the
 * weighted sum of explained criteria, and the quadrant the policy's thresholds give. A criterion whose
 * facts are missing earns nothing and names them, so a score is then a lower bound.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class PowerInterest {

  PowerInterest() {}

  /**
   * Returns a builder, for readers of stored grid placements (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link PowerInterest} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePowerInterest.Builder {
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
   * The power score: the points of the power criteria over their weights, times 100.
   *
   * @return the score, 0-100, to two decimals
   * @since 0.1.0
   */
  public abstract double powerScore();

  /**
   * The outcome of each power criterion, with its points.
   *
   * @return the outcomes, in the policy's order
   * @since 0.1.0
   */
  public abstract List<RuleOutcome> powerCriteria();

  /**
   * The interest score: the points of the interest criteria over their weights, times 100.
   *
   * @return the score, 0-100, to two decimals
   * @since 0.1.0
   */
  public abstract double interestScore();

  /**
   * The outcome of each interest criterion, with its points.
   *
   * @return the outcomes, in the policy's order
   * @since 0.1.0
   */
  public abstract List<RuleOutcome> interestCriteria();

  /**
   * The quadrant.
   *
   * @return the quadrant
   * @since 0.1.0
   */
  public abstract Quadrant quadrant();

  /**
   * How the quadrant was found (rule {@code quadrant.mendelow}): both scores, the thresholds as the
   * limit, and the facts missing from either score.
   *
   * @return the finding
   * @since 0.1.0
   */
  public abstract Finding finding();

  @Value.Check
  void check() {
    Checks.require(powerScore() >= 0 && powerScore() <= 100, "PowerInterest", null, "powerScore",
        "must be 0-100: %s", powerScore());
    Checks.require(interestScore() >= 0 && interestScore() <= 100, "PowerInterest", null, "interestScore",
        "must be 0-100: %s", interestScore());
  }
}
