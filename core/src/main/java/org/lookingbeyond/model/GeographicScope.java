package org.lookingbeyond.model;

/**
 * How far an organization's work reaches, from one country to several M49 regions.
 *
 * @since 0.1.0
 */
public enum GeographicScope {
  /** One country. */
  NATIONAL,
  /** Several countries of one M49 sub-region. */
  SUBREGIONAL,
  /** Several sub-regions of one M49 region. */
  REGIONAL,
  /** Several M49 regions. */
  INTERNATIONAL
}
