package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What due diligence found about an organization. Each finding may be {@link Flag#UNKNOWN}, which is
 * the default: nothing is assumed clean.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class DueDiligence {

  DueDiligence() {}

  /**
   * Returns a builder; every finding defaults to {@link Flag#UNKNOWN}.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static ImmutableDueDiligence.Builder builder() {
    return new ImmutableDueDiligence.Builder();
  }

  /**
   * Due diligence with every finding unknown.
   *
   * @return the not-assessed value
   * @since 0.1.0
   */
  public static DueDiligence notAssessed() {
    return NotAssessed.INSTANCE;
  }

  /** Holds the shared instance apart, so that loading this class never waits on its generated subclass. */
  private static final class NotAssessed {
    static final DueDiligence INSTANCE = builder().build();
  }

  /**
   * Whether the organization has ties to the tobacco industry (WHO FCTC article 5.3).
   *
   * @return the finding
   * @since 0.1.0
   */
  @Value.Default
  public Flag tobaccoIndustryTies() {
    return Flag.UNKNOWN;
  }

  /**
   * Whether the organization is on a sanctions list (such as the UN Security Council Consolidated List).
   *
   * @return the finding
   * @since 0.1.0
   */
  @Value.Default
  public Flag sanctionsListed() {
    return Flag.UNKNOWN;
  }

  /**
   * Whether the organization has measures for protection from sexual exploitation and abuse (PSEA).
   *
   * @return the finding
   * @since 0.1.0
   */
  @Value.Default
  public Flag pseaMeasures() {
    return Flag.UNKNOWN;
  }

  /**
   * When the findings were last assessed.
   *
   * @return the date, or empty if never
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> assessedOn();
}
