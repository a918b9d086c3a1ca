package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Checks;

/**
 * The designation of an organization as a Regional Lead Organization (RLO) for a region, from a date
 * and possibly until one. Two designations of one organization for one region must not overlap.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class RloDesignation {

  RloDesignation() {}

  /**
   * Returns a builder of designations.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link RloDesignation} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRloDesignation.Builder {
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
   * The designation's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The designated organization's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String organizationId();

  /**
   * The region: an M49 region or a grouping such as a field office area.
   *
   * @return the region
   * @since 0.1.0
   */
  public abstract RegionRef region();

  /**
   * The first day of the designation.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate validFrom();

  /**
   * The last day of the designation.
   *
   * @return the date, or empty while it lasts
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Whether the designation holds on a day.
   *
   * @param date the day
   * @return true if {@code validFrom <= date <= validUntil}
   * @since 0.1.0
   */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(t -> !date.isAfter(t)).orElse(true);
  }

  /**
   * Whether this designation's period shares a day with another's.
   *
   * @param other the other designation
   * @return true if the periods overlap
   * @since 0.1.0
   */
  public boolean overlaps(RloDesignation other) {
    boolean startsBeforeOtherEnds = other.validUntil().map(t -> !validFrom().isAfter(t)).orElse(true);
    boolean otherStartsBeforeThisEnds = validUntil().map(t -> !other.validFrom().isAfter(t)).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "RloDesignation", "id");
    Checks.nonBlank(organizationId(), "RloDesignation", id(), "organizationId");
  }
}
