package org.lookingbeyond.classify;

/**
 * The kinds of region an organization may be a candidate RLO for. A classification lists candidacies for
 * M49 regions, sub-regions and field office areas; {@link StakeholderClassifier#rloCandidacy} judges any
 * region.
 *
 * @since 0.1.0
 */
public enum RegionKind {
  /** An M49 region, such as 002 Africa. */
  M49_REGION,
  /** An M49 sub-region, such as 202 Sub-Saharan Africa. */
  M49_SUB_REGION,
  /** An M49 intermediate region, such as 014 Eastern Africa. */
  M49_INTERMEDIATE_REGION,
  /** The area of a UNODC field office, such as ROEA. */
  FIELD_OFFICE_AREA,
  /** Another grouping of countries: a UN regional group or an integrator's own. */
  OTHER_GROUPING,
  /** One country or area. */
  COUNTRY
}
