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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DueDiligence} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDueDiligence.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
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
