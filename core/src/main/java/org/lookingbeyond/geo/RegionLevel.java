package org.lookingbeyond.geo;

/**
 * A level of the UN M49 hierarchy of geographic regions.
 *
 * @since 0.1.0
 */
public enum RegionLevel {
  /** A region, such as 002 Africa or 150 Europe. */
  REGION,
  /** A sub-region of a region, such as 202 Sub-Saharan Africa or 155 Western Europe. */
  SUB_REGION,
  /** An intermediate region of a sub-region, such as 014 Eastern Africa; M49 assigns few. */
  INTERMEDIATE_REGION;

  /**
   * The level directly above this one.
   *
   * @return the parent level, or empty for {@link #REGION}
   * @since 0.1.0
   */
  public java.util.Optional<RegionLevel> parent() {
    return this == REGION ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() - 1]);
  }
}
