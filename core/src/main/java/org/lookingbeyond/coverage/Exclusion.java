package org.lookingbeyond.coverage;

/**
 * Why a filter of {@link CoverageSettings} left an organization of the registry out of a coverage
 * analysis. Filters apply in this order and an organization is counted under the first that excludes it.
 *
 * @since 0.1.0
 */
public enum Exclusion {
  /** Its type is not one of {@link CoverageSettings#organizationTypes()} (by default: not a CSO). */
  ORGANIZATION_TYPE,
  /** It was registered after the as-of date (see {@link CoverageSettings#requireRegisteredByAsOf()}). */
  NOT_YET_REGISTERED,
  /** It is a member of none of {@link CoverageSettings#networks()} on the as-of date. */
  NETWORK,
  /** Its engagement tier on the as-of date is not one of {@link CoverageSettings#engagementTiers()}. */
  ENGAGEMENT_TIER
}
