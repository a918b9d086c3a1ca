package org.lookingbeyond.classify;

import java.util.List;

/**
 * A classification as a report: every organization's profile with its explanations, and the portfolio
 * summary, as written and read by io-json's classification report document.
 *
 * <pre>{@code
 * ClassificationReport report = ClassificationReport.of(classifier.classifyAll(registry, asOf));
 * }</pre>
 *
 * @param profiles the profiles, in the registry's order of organizations
 * @param portfolio the portfolio summary
 * @since 0.1.0
 */
public record ClassificationReport(List<StakeholderProfile> profiles, Portfolio portfolio) {

  /**
   * Creates the report; the list is copied.
   *
   * @param profiles the profiles
   * @param portfolio the portfolio summary
   * @since 0.1.0
   */
  public ClassificationReport {
    profiles = List.copyOf(profiles);
  }

  /**
   * The report of a classification: every profile, explained, and the portfolio.
   *
   * @param classification the classification
   * @return the report
   * @since 0.1.0
   */
  public static ClassificationReport of(Classification classification) {
    return new ClassificationReport(classification.profiles(), classification.portfolio());
  }

  /**
   * A report of profiles and a portfolio.
   *
   * @param profiles the profiles
   * @param portfolio the portfolio summary
   * @return the report
   * @since 0.1.0
   */
  public static ClassificationReport of(List<StakeholderProfile> profiles, Portfolio portfolio) {
    return new ClassificationReport(profiles, portfolio);
  }
}
