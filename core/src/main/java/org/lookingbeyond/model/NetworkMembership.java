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
    return new ImmutableNetworkMembership.Builder().networkId(networkId).since(since).build();
  }

  /**
   * Returns a builder of memberships.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static ImmutableNetworkMembership.Builder builder() {
    return new ImmutableNetworkMembership.Builder();
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
