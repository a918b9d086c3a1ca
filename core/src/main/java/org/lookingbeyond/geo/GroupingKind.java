package org.lookingbeyond.geo;

/**
 * What a named grouping of countries stands for.
 *
 * @since 0.1.0
 */
public enum GroupingKind {
  /** The countries covered by a UNODC field office. */
  FIELD_OFFICE_AREA,
  /** A United Nations regional group of Member States. */
  UN_REGIONAL_GROUP,
  /** A grouping the integrator defines, such as a network's own regions. */
  CUSTOM
}
