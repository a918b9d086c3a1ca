package org.lookingbeyond.classify;

import org.lookingbeyond.rules.Status;

/**
 * The stakeholder classes of Mitchell, Agle and Wood (1997), from the three attributes power, legitimacy
 * and urgency, and UNKNOWN when an attribute is.
 *
 * @since 0.1.0
 */
public enum SalienceClass {
  /** None of the three attributes. */
  NON_STAKEHOLDER(false, false, false),
  /** Power only. */
  DORMANT(true, false, false),
  /** Legitimacy only. */
  DISCRETIONARY(false, true, false),
  /** Urgency only. */
  DEMANDING(false, false, true),
  /** Power and legitimacy. */
  DOMINANT(true, true, false),
  /** Power and urgency. */
  DANGEROUS(true, false, true),
  /** Legitimacy and urgency. */
  DEPENDENT(false, true, true),
  /** All three. */
  DEFINITIVE(true, true, true),
  /** At least one attribute could not be decided for missing facts; the class is never guessed. */
  UNKNOWN(false, false, false);

  private final boolean power;
  private final boolean legitimacy;
  private final boolean urgency;

  SalienceClass(boolean power, boolean legitimacy, boolean urgency) {
    this.power = power;
    this.legitimacy = legitimacy;
    this.urgency = urgency;
  }

  /**
   * The class of a combination of attributes.
   *
   * @param power whether the stakeholder has power
   * @param legitimacy whether it has legitimacy
   * @param urgency whether its claim is urgent
   * @return the class, never UNKNOWN
   * @since 0.1.0
   */
  public static SalienceClass of(boolean power, boolean legitimacy, boolean urgency) {
    for (SalienceClass c : values()) {
      if (c != UNKNOWN && c.power == power && c.legitimacy == legitimacy && c.urgency == urgency) {
        return c;
      }
    }
    throw new AssertionError("the eight classes cover every combination");
  }

  /**
   * The class of the outcomes of the three attribute rules: PASS holds; FAIL and NOT_APPLICABLE (the
   * rule's condition does not hold) do not; UNKNOWN makes the class UNKNOWN.
   *
   * @param power the power rule's status
   * @param legitimacy the legitimacy rule's status
   * @param urgency the urgency rule's status
   * @return the class
   * @since 0.1.0
   */
  public static SalienceClass of(Status power, Status legitimacy, Status urgency) {
    if (power == Status.UNKNOWN || legitimacy == Status.UNKNOWN || urgency == Status.UNKNOWN) {
      return UNKNOWN;
    }
    return of(power == Status.PASS, legitimacy == Status.PASS, urgency == Status.PASS);
  }

  /**
   * Whether the class includes power.
   *
   * @return true for DORMANT, DOMINANT, DANGEROUS and DEFINITIVE
   * @since 0.1.0
   */
  public boolean hasPower() {
    return power;
  }

  /**
   * Whether the class includes legitimacy.
   *
   * @return true for DISCRETIONARY, DOMINANT, DEPENDENT and DEFINITIVE
   * @since 0.1.0
   */
  public boolean hasLegitimacy() {
    return legitimacy;
  }

  /**
   * Whether the class includes urgency.
   *
   * @return true for DEMANDING, DANGEROUS, DEPENDENT and DEFINITIVE
   * @since 0.1.0
   */
  public boolean hasUrgency() {
    return urgency;
  }

  /**
   * The group of the class, by how many attributes it has.
   *
   * @return NONE for a non-stakeholder, LATENT for one attribute, EXPECTANT for two, DEFINITIVE for
   *     three, UNKNOWN for UNKNOWN
   * @since 0.1.0
   */
  public SalienceGroup group() {
    if (this == UNKNOWN) {
      return SalienceGroup.UNKNOWN;
    }
    int n = (power ? 1 : 0) + (legitimacy ? 1 : 0) + (urgency ? 1 : 0);
    return SalienceGroup.values()[n];
  }
}
