package org.lookingbeyond.classify;

/**
 * The salience groups of Mitchell, Agle and Wood (1997): how many of the three attributes a stakeholder
 * has.
 *
 * @since 0.1.0
 */
public enum SalienceGroup {
  /** No attribute: not a stakeholder. */
  NONE,
  /** One attribute: DORMANT, DISCRETIONARY or DEMANDING. */
  LATENT,
  /** Two attributes: DOMINANT, DANGEROUS or DEPENDENT. */
  EXPECTANT,
  /** All three attributes. */
  DEFINITIVE,
  /** An attribute is UNKNOWN, so the group is too. */
  UNKNOWN
}
