package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * An organization in the registry of non-governmental stakeholders: a civil society organization, or
 * another kind of organization the unit keeps track of (its {@link #type()} says which).
 *
 * <pre>{@code
 * Organization org = Organization.builder()
 *     .id("ke-harm-reduction-network")
 *     .name("Harm Reduction Network of Kenya")
 *     .type(OrganisationType.NATIONAL_NGO)
 *     .registrationDate(LocalDate.of(2015, 3, 1))
 *     .registrationCountry("KE")
 *     .headquartersCountry("KE")
 *     .addOperatingCountries("KE", "UG", "TZ")
 *     .addThematicAreas("drug-treatment-care", "hiv-aids-prevention")
 *     .addNetworkMemberships(NetworkMembership.of("VNGOC", LocalDate.of(2019, 1, 1)))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Organization {

  Organization() {}

  /**
   * Returns a builder of organizations.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Organization} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableOrganization.Builder {
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
   * The organization's id, unique in a registry.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The organization's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The acronym or short name.
   *
   * @return the acronym, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> acronym();

  /**
   * The IATI organisation type.
   *
   * @return the type
   * @since 0.1.0
   */
  public abstract OrganisationType type();

  /**
   * ECOSOC consultative status.
   *
   * @return the status, or empty for an organization without one
   * @since 0.1.0
   */
  public abstract Optional<EcosocStatus> ecosocStatus();

  /**
   * The date the organization was registered as a legal entity.
   *
   * @return the date, or empty if unknown
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> registrationDate();

  /**
   * The ISO 3166-1 alpha-2 code of the country of registration.
   *
   * @return the code, or empty if unknown
   * @since 0.1.0
   */
  public abstract Optional<String> registrationCountry();

  /**
   * The ISO 3166-1 alpha-2 code of the country of the headquarters.
   *
   * @return the code, or empty if unknown
   * @since 0.1.0
   */
  public abstract Optional<String> headquartersCountry();

  /**
   * The ISO 3166-1 alpha-2 codes of the countries the organization works in, in code order.
   *
   * @return the codes; empty if unknown
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> operatingCountries();

  /**
   * The ids of the thematic areas the organization works on, in id order.
   *
   * @return the area ids; empty if unknown
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> thematicAreas();

  /**
   * The organization's memberships of umbrella networks, past and present.
   *
   * @return the memberships
   * @since 0.1.0
   */
  public abstract List<NetworkMembership> networkMemberships();

  /**
   * The geographic scope the organization declares for itself; analyses derive their own from
   * {@link #operatingCountries()} and report a contradiction.
   *
   * @return the declared scope, or empty
   * @since 0.1.0
   */
  public abstract Optional<GeographicScope> declaredScope();

  /**
   * For a network or federation, the number of its member organizations.
   *
   * @return the number, or empty for an organization that is not a network
   * @since 0.1.0
   */
  public abstract OptionalInt memberOrganizations();

  /**
   * What due diligence found.
   *
   * @return the findings; every one unknown by default
   * @since 0.1.0
   */
  @Value.Default
  public DueDiligence dueDiligence() {
    return DueDiligence.notAssessed();
  }

  /**
   * Contact details: personal data, never logged.
   *
   * @return the details, or empty
   * @since 0.1.0
   */
  public abstract Optional<ContactDetails> contact();

  /**
   * Whether the organization is a civil society organization, by its type.
   *
   * @return true for a CSO
   * @since 0.1.0
   */
  public boolean isCso() {
    return type().isCso();
  }

  /**
   * Whether the organization is a member of a network on a day.
   *
   * @param networkId the network's id
   * @param date the day
   * @return true if one of its memberships of that network holds on that day
   * @since 0.1.0
   */
  public boolean isMemberOn(String networkId, LocalDate date) {
    return networkMemberships().stream().anyMatch(m -> m.networkId().equals(networkId) && m.activeOn(date));
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Organization", "id");
    Checks.nonBlank(name(), "Organization", id(), "name");
    acronym().ifPresent(a -> Checks.nonBlank(a, "Organization", id(), "acronym"));
    registrationCountry().ifPresent(c -> Checks.alpha2(c, "Organization", id(), "registrationCountry"));
    headquartersCountry().ifPresent(c -> Checks.alpha2(c, "Organization", id(), "headquartersCountry"));
    operatingCountries().forEach(c -> Checks.alpha2(c, "Organization", id(), "operatingCountries"));
    thematicAreas().forEach(a -> Checks.nonBlank(a, "Organization", id(), "thematicAreas"));
    memberOrganizations().ifPresent(n -> Checks.require(n >= 0, "Organization", id(),
        "memberOrganizations", "must not be negative: %d", n));
  }

  @Override
  public String toString() {
    return "Organization[" + id() + "]";
  }
}
