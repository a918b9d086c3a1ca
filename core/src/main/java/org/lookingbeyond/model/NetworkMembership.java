package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * An organization's membership of an umbrella network, from a date and possibly until one.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class NetworkMembership {

  NetworkMembership() {}

  /**
   * Creates an open-ended membership.
   *
   * @param networkId the network's id
   * @param since the first day of membership
   * @return the membership
   * @since 0.1.0
   */
  public static NetworkMembership of(String networkId, LocalDate since) {
    return NetworkMembership.builder().networkId(networkId).since(since).build();
  }

  /**
   * Returns a builder of memberships.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link NetworkMembership} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableNetworkMembership.Builder {
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
   * The id of the network.
   *
   * @return the network's id
   * @since 0.1.0
   */
  public abstract String networkId();

  /**
   * The first day of membership.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate since();

  /**
   * The last day of membership.
   *
   * @return the date, or empty while the membership lasts
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> until();

  /**
   * Whether the membership holds on a day.
   *
   * @param date the day
   * @return true if {@code since <= date <= until}
   * @since 0.1.0
   */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(since()) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(networkId(), "NetworkMembership", "networkId");
  }
}
