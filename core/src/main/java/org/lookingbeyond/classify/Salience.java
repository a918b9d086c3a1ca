package org.lookingbeyond.classify;

import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.rules.RuleOutcome;

/**
 * A stakeholder's salience (Mitchell, Agle and Wood 1997): the outcomes of the three attribute rules,
 * each explained, and the class and group they give. When an attribute is UNKNOWN, the class and the
 * group are UNKNOWN too and the finding names the missing facts; the class is never guessed.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Salience {

  Salience() {}

  /**
   * Returns a builder, for readers of stored salience values (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Salience} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSalience.Builder {
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
   * The power attribute: the outcome of the policy's {@link ClassificationPolicy#POWER} rule.
   *
   * @return the outcome
   * @since 0.1.0
   */
  public abstract RuleOutcome power();

  /**
   * The legitimacy attribute: the outcome of the policy's {@link ClassificationPolicy#LEGITIMACY} rule.
   *
   * @return the outcome
   * @since 0.1.0
   */
  public abstract RuleOutcome legitimacy();

  /**
   * The urgency attribute: the outcome of the policy's {@link ClassificationPolicy#URGENCY} rule.
   *
   * @return the outcome
   * @since 0.1.0
   */
  public abstract RuleOutcome urgency();

  /**
   * The class: always {@link SalienceClass#of(org.lookingbeyond.rules.Status,
   * org.lookingbeyond.rules.Status, org.lookingbeyond.rules.Status)} of the three outcomes' statuses.
   *
   * @return the class
   * @since 0.1.0
   */
  public abstract SalienceClass salienceClass();

  /**
   * The group of the class.
   *
   * @return the group
   * @since 0.1.0
   */
  public SalienceGroup group() {
    return salienceClass().group();
  }

  /**
   * How the class was found (rule {@code salience.class}): the three statuses and, for UNKNOWN, the
   * missing facts of the attributes that were unknown.
   *
   * @return the finding
   * @since 0.1.0
   */
  public abstract Finding finding();

  @Value.Check
  void check() {
    SalienceClass expected = SalienceClass.of(power().status(), legitimacy().status(), urgency().status());
    Checks.require(salienceClass() == expected, "Salience", null, "salienceClass",
        "is %s, but the attributes %s, %s, %s give %s", salienceClass(), power().status(), legitimacy().status(),
        urgency().status(), expected);
  }
}
