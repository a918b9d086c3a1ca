package org.lookingbeyond.rules;

/**
 * The decision on a subject under a policy.
 *
 * @since 0.1.0
 */
public enum Verdict {
  /** Every gate passed. */
  ELIGIBLE,
  /** No gate failed, but at least one could not be decided for missing data. */
  NEEDS_REVIEW,
  /** At least one gate failed. */
  INELIGIBLE
}
