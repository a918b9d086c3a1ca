package org.lookingbeyond.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.reference.ReferenceDataException;

/**
 * An immutable, validated snapshot of organizations and everything recorded about them, over a set of
 * reference data, with indexes by id, country, thematic area, network and session.
 *
 * <p>A registry is built with {@link #builder()}; the builder checks every record against the others
 * and against the reference data and reports <em>every</em> problem at once, each naming the record
 * and field ({@link Builder#validate()} returns them as a value, {@link Builder#build()} throws them).
 * Nothing half-built escapes: either all records form a registry, or none does.
 *
 * <pre>{@code
 * Validation v = Registry.builder()
 *     .addOrganizations(orgs)
 *     .addParticipations(participations)
 *     .validate();
 * if (!v.isValid()) {
 *   v.problems().forEach(p -> log.warn("{}", p));   // DANGLING_REFERENCE participation[...].sessionId: ...
 * }
 * }</pre>
 *
 * <p>Every list is in a stable order (records by id; participations by organization, session and
 * kind), whatever order the records were added in, so the same records give the same registry.
 * Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Registry {
  private final ReferenceData reference;
  private final Map<String, Organization> organizations;
  private final List<Participation> participations;
  private final Map<String, RloDesignation> designations;
  private final Map<String, SeedFundingApplication> applications;
  private final Map<String, Grant> grants;
  private final Map<String, Consultation> consultations;
  private final Map<String, List<Organization>> byCountry;
  private final Map<String, List<Organization>> byArea;
  private final Map<String, List<Organization>> byNetwork;
  private final Map<String, List<Participation>> participationsBySession;
  private final Map<String, List<Participation>> participationsByOrganization;
  private final Map<String, List<RloDesignation>> designationsByOrganization;
  private final Map<String, List<SeedFundingApplication>> applicationsByApplicant;
  private final Map<String, List<Grant>> grantsByOrganization;

  private Registry(ReferenceData reference, Builder b) {
    this.reference = reference;
    this.organizations = byId(b.organizations, Organization::id);
    this.participations = b.participations.stream()
        .sorted(Comparator.comparing(Participation::organizationId).thenComparing(Participation::sessionId)
            .thenComparing(Participation::kind))
        .collect(Collectors.toUnmodifiableList());
    this.designations = byId(b.designations, RloDesignation::id);
    this.applications = byId(b.applications, SeedFundingApplication::id);
    this.grants = byId(b.grants, Grant::id);
    this.consultations = byId(b.consultations, Consultation::id);
    Map<String, List<Organization>> country = new TreeMap<>();
    Map<String, List<Organization>> area = new TreeMap<>();
    Map<String, List<Organization>> network = new TreeMap<>();
    for (Organization o : organizations.values()) {
      o.operatingCountries().forEach(c -> country.computeIfAbsent(c, k -> new ArrayList<>()).add(o));
      o.thematicAreas().forEach(a -> area.computeIfAbsent(a, k -> new ArrayList<>()).add(o));
      o.networkMemberships().stream().map(m -> m.networkId()).distinct()
          .forEach(n -> network.computeIfAbsent(n, k -> new ArrayList<>()).add(o));
    }
    this.byCountry = freeze(country);
    this.byArea = freeze(area);
    this.byNetwork = freeze(network);
    this.participationsBySession = group(participations, Participation::sessionId);
    this.participationsByOrganization = group(participations, Participation::organizationId);
    this.designationsByOrganization = group(designations.values(), RloDesignation::organizationId);
    this.applicationsByApplicant = group(applications.values(), SeedFundingApplication::applicantId);
    this.grantsByOrganization = group(grants.values(), Grant::organizationId);
  }

  private static <T> Map<String, T> byId(Collection<T> records, Function<T, String> id) {
    Map<String, T> map = new TreeMap<>();
    records.forEach(r -> map.put(id.apply(r), r));
    return Collections.unmodifiableMap(map);
  }

  private static <T> Map<String, List<T>> group(Collection<T> records, Function<T, String> key) {
    Map<String, List<T>> map = new TreeMap<>();
    records.forEach(r -> map.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return freeze(map);
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns a builder over the shipped reference data ({@link ReferenceData#defaults()}).
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder(ReferenceData.defaults());
  }

  /**
   * Returns a builder over given reference data.
   *
   * @param reference the reference data
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder(ReferenceData reference) {
    return new Builder(reference);
  }

  /**
   * Returns a builder holding every record of this registry over the same reference data (which
   * includes the networks, field offices and sessions the registry added), so that a changed registry
   * is one call away:
   *
   * <pre>{@code
   * Registry next = registry.toBuilder().addParticipations(newParticipations).build();
   * }</pre>
   *
   * <p>Building it unchanged gives a registry equal to this one.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(reference);
    b.organizations.addAll(organizations.values());
    b.participations.addAll(participations);
    b.designations.addAll(designations.values());
    b.applications.addAll(applications.values());
    b.grants.addAll(grants.values());
    b.consultations.addAll(consultations.values());
    return b;
  }

  /**
   * The reference data, including the networks, field offices and sessions the registry added.
   *
   * @return the reference data
   * @since 0.1.0
   */
  public ReferenceData reference() {
    return reference;
  }

  /**
   * All organizations, by id.
   *
   * @return the organizations
   * @since 0.1.0
   */
  public List<Organization> organizations() {
    return List.copyOf(organizations.values());
  }

  /**
   * The organization with an id, if there is one.
   *
   * @param id the organization's id
   * @return the organization, or empty
   * @since 0.1.0
   */
  public Optional<Organization> findOrganization(String id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /**
   * The organizations that operate in a country or area, by id.
   *
   * @param areaCode an alpha-2, alpha-3 or numeric code
   * @return the organizations
   * @throws UnknownCodeException if the code is unknown
   * @since 0.1.0
   */
  public List<Organization> organizationsIn(String areaCode) {
    return byCountry.getOrDefault(reference.geography().area(areaCode).alpha2(), List.of());
  }

  /**
   * The distinct organizations that operate in at least one country of a region, by id: an
   * organization in three countries of a region is listed once.
   *
   * @param region a country, M49 region or grouping
   * @return the organizations
   * @throws UnknownCodeException if the region is unknown
   * @since 0.1.0
   */
  public List<Organization> organizationsIn(RegionRef region) {
    TreeSet<String> ids = new TreeSet<>();
    reference.geography().countriesOf(region)
        .forEach(a -> byCountry.getOrDefault(a.alpha2(), List.of()).forEach(o -> ids.add(o.id())));
    return ids.stream().map(organizations::get).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The organizations that work on a thematic area, by id.
   *
   * @param thematicAreaId the area's id, such as {@code "drug-prevention"}
   * @return the organizations; empty if none works on it
   * @throws UnknownCodeException if the taxonomy has no such area
   * @since 0.1.0
   */
  public List<Organization> organizationsWorkingOn(String thematicAreaId) {
    return byArea.getOrDefault(reference.taxonomy().area(thematicAreaId).id(), List.of());
  }

  /**
   * The organizations that are or were members of a network, by id (check
   * {@link Organization#isMemberOn} for a given day).
   *
   * @param networkId the network's id
   * @return the organizations; empty if the network has none
   * @throws UnknownIdException if the reference data has no such network
   * @since 0.1.0
   */
  public List<Organization> membersOf(String networkId) {
    if (reference.findNetwork(networkId).isEmpty()) {
      throw UnknownIdException.of("network", networkId,
          reference.networks().stream().map(Network::id).collect(Collectors.toList()));
    }
    return byNetwork.getOrDefault(networkId, List.of());
  }

  /**
   * The networks: the reference data's and those the registry added.
   *
   * @return the networks, by id
   * @since 0.1.0
   */
  public List<Network> networks() {
    return reference.networks();
  }

  /**
   * The field offices: the reference data's and those the registry added.
   *
   * @return the offices, by id
   * @since 0.1.0
   */
  public List<FieldOffice> fieldOffices() {
    return reference.fieldOffices();
  }

  /**
   * The sessions, real and projected: the reference data's and those the registry added.
   *
   * @return the sessions, in calendar order
   * @since 0.1.0
   */
  public List<Session> sessions() {
    return reference.sessions();
  }

  /**
   * All participations, by organization, session and kind.
   *
   * @return the participations
   * @since 0.1.0
   */
  public List<Participation> participations() {
    return participations;
  }

  /**
   * The participations in a session.
   *
   * @param sessionId the session's id
   * @return the participations, by organization and kind; empty if none is recorded
   * @throws UnknownIdException if the reference data has no such session
   * @since 0.1.0
   */
  public List<Participation> participationsIn(String sessionId) {
    if (reference.findSession(sessionId).isEmpty()) {
      throw UnknownIdException.of("session", sessionId,
          reference.sessions().stream().map(Session::id).collect(Collectors.toList()));
    }
    return participationsBySession.getOrDefault(sessionId, List.of());
  }

  /**
   * The participations of an organization.
   *
   * @param organizationId the organization's id
   * @return the participations, by session and kind; empty if there are none
   * @throws UnknownIdException if the registry has no such organization
   * @since 0.1.0
   */
  public List<Participation> participationsOf(String organizationId) {
    return participationsByOrganization.getOrDefault(requireOrganization(organizationId), List.of());
  }

  /**
   * All RLO designations, by id.
   *
   * @return the designations
   * @since 0.1.0
   */
  public List<RloDesignation> designations() {
    return List.copyOf(designations.values());
  }

  /**
   * The RLO designations of an organization, by id.
   *
   * @param organizationId the organization's id
   * @return the designations; empty if there are none
   * @throws UnknownIdException if the registry has no such organization
   * @since 0.1.0
   */
  public List<RloDesignation> designationsOf(String organizationId) {
    return designationsByOrganization.getOrDefault(requireOrganization(organizationId), List.of());
  }

  /**
   * All seed-funding applications, by id.
   *
   * @return the applications
   * @since 0.1.0
   */
  public List<SeedFundingApplication> applications() {
    return List.copyOf(applications.values());
  }

  /**
   * The application with an id, if there is one.
   *
   * @param id the application's id
   * @return the application, or empty
   * @since 0.1.0
   */
  public Optional<SeedFundingApplication> findApplication(String id) {
    return Optional.ofNullable(applications.get(id));
  }

  /**
   * The applications of an organization, by id.
   *
   * @param organizationId the applicant's id
   * @return the applications; empty if there are none
   * @throws UnknownIdException if the registry has no such organization
   * @since 0.1.0
   */
  public List<SeedFundingApplication> applicationsOf(String organizationId) {
    return applicationsByApplicant.getOrDefault(requireOrganization(organizationId), List.of());
  }

  /**
   * All grants, by id.
   *
   * @return the grants
   * @since 0.1.0
   */
  public List<Grant> grants() {
    return List.copyOf(grants.values());
  }

  /**
   * The grants to an organization, by id.
   *
   * @param organizationId the grantee's id
   * @return the grants; empty if there are none
   * @throws UnknownIdException if the registry has no such organization
   * @since 0.1.0
   */
  public List<Grant> grantsOf(String organizationId) {
    return grantsByOrganization.getOrDefault(requireOrganization(organizationId), List.of());
  }

  private String requireOrganization(String id) {
    if (!organizations.containsKey(id)) {
      throw UnknownIdException.of("organization", id, organizations.keySet());
    }
    return id;
  }

  /**
   * All consultations, by id.
   *
   * @return the consultations
   * @since 0.1.0
   */
  public List<Consultation> consultations() {
    return List.copyOf(consultations.values());
  }

  /**
   * Registries are equal when their reference data and all their records are.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Registry)) {
      return false;
    }
    Registry r = (Registry) o;
    return organizations.equals(r.organizations) && participations.equals(r.participations)
        && designations.equals(r.designations) && applications.equals(r.applications) && grants.equals(r.grants)
        && consultations.equals(r.consultations) && reference.equals(r.reference);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(organizations, participations, designations, applications, grants, consultations);
  }

  @Override
  public String toString() {
    return "Registry[" + organizations.size() + " organizations, " + participations.size() + " participations, "
        + designations.size() + " designations, " + applications.size() + " applications, " + grants.size()
        + " grants, " + consultations.size() + " consultations]";
  }

  /**
   * Collects records; {@link #validate()} and {@link #build()} check them together.
   *
   * <p>Networks, field offices and sessions added here extend the reference data (one with the id of a
   * reference record replaces it). A builder may be validated, extended and validated again.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ReferenceData reference;
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    private final List<FieldOffice> fieldOffices = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<Participation> participations = new ArrayList<>();
    private final List<RloDesignation> designations = new ArrayList<>();
    private final List<SeedFundingApplication> applications = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<Consultation> consultations = new ArrayList<>();

    private Builder(ReferenceData reference) {
      this.reference = reference;
    }

    /**
     * Adds organizations.
     *
     * @param records the organizations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addOrganizations(Collection<Organization> records) {
      organizations.addAll(records);
      return this;
    }

    /**
     * Adds organizations.
     *
     * @param records the organizations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addOrganizations(Organization... records) {
      return addOrganizations(List.of(records));
    }

    /**
     * Adds networks to those of the reference data.
     *
     * @param records the networks
     * @return this builder
     * @since 0.1.0
     */
    public Builder addNetworks(Collection<Network> records) {
      networks.addAll(records);
      return this;
    }

    /**
     * Adds field offices to those of the reference data.
     *
     * @param records the offices
     * @return this builder
     * @since 0.1.0
     */
    public Builder addFieldOffices(Collection<FieldOffice> records) {
      fieldOffices.addAll(records);
      return this;
    }

    /**
     * Adds real sessions to those of the reference data (a projected session with the same id gives way).
     *
     * @param records the sessions
     * @return this builder
     * @since 0.1.0
     */
    public Builder addSessions(Collection<Session> records) {
      sessions.addAll(records);
      return this;
    }

    /**
     * Adds participations.
     *
     * @param records the participations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addParticipations(Collection<Participation> records) {
      participations.addAll(records);
      return this;
    }

    /**
     * Adds participations.
     *
     * @param records the participations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addParticipations(Participation... records) {
      return addParticipations(List.of(records));
    }

    /**
     * Adds RLO designations.
     *
     * @param records the designations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addDesignations(Collection<RloDesignation> records) {
      designations.addAll(records);
      return this;
    }

    /**
     * Adds RLO designations.
     *
     * @param records the designations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addDesignations(RloDesignation... records) {
      return addDesignations(List.of(records));
    }

    /**
     * Adds seed-funding applications.
     *
     * @param records the applications
     * @return this builder
     * @since 0.1.0
     */
    public Builder addApplications(Collection<SeedFundingApplication> records) {
      applications.addAll(records);
      return this;
    }

    /**
     * Adds seed-funding applications.
     *
     * @param records the applications
     * @return this builder
     * @since 0.1.0
     */
    public Builder addApplications(SeedFundingApplication... records) {
      return addApplications(List.of(records));
    }

    /**
     * Adds grants.
     *
     * @param records the grants
     * @return this builder
     * @since 0.1.0
     */
    public Builder addGrants(Collection<Grant> records) {
      grants.addAll(records);
      return this;
    }

    /**
     * Adds grants.
     *
     * @param records the grants
     * @return this builder
     * @since 0.1.0
     */
    public Builder addGrants(Grant... records) {
      return addGrants(List.of(records));
    }

    /**
     * Adds consultations.
     *
     * @param records the consultations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addConsultations(Collection<Consultation> records) {
      consultations.addAll(records);
      return this;
    }

    /**
     * Adds consultations.
     *
     * @param records the consultations
     * @return this builder
     * @since 0.1.0
     */
    public Builder addConsultations(Consultation... records) {
      return addConsultations(List.of(records));
    }

    /**
     * Checks every record and returns either the registry or every problem found: duplicate ids,
     * dangling references, unknown country, region, grouping or thematic area codes, periods that end
     * before they start, zero or negative amounts, and overlapping designations of one organization for
     * one region.
     *
     * @return the validation, holding the registry or the problems
     * @since 0.1.0
     */
    public Validation validate() {
      ReferenceData extended = reference;
      List<RegistryProblem> extensionProblems = new ArrayList<>();
      if (!networks.isEmpty() || !fieldOffices.isEmpty() || !sessions.isEmpty()) {
        RegistryValidator pre = new RegistryValidator(reference);
        pre.extensions(networks, fieldOffices, sessions);
        extensionProblems.addAll(pre.problems());
        if (extensionProblems.isEmpty()) {
          try {
            ReferenceData.Builder rb = reference.toBuilder();
            networks.forEach(rb::addNetwork);
            fieldOffices.forEach(rb::addFieldOffice);
            sessions.forEach(rb::addSession);
            extended = rb.build();
          } catch (ReferenceDataException | InvalidValueException e) {
            extensionProblems.add(RegistryProblem.of(RegistryProblem.Code.INVALID_REFERENCE_DATA, "reference",
                "-", "-", e.getMessage()));
          }
        }
      }
      RegistryValidator v = new RegistryValidator(extended);
      v.organizations(organizations);
      v.participations(participations);
      v.designations(designations);
      v.applications(applications);
      v.grants(grants);
      v.consultations(consultations);
      List<RegistryProblem> problems = new ArrayList<>(extensionProblems);
      problems.addAll(v.problems());
      problems.sort(RegistryProblem.ORDER);
      if (!problems.isEmpty()) {
        return new ImmutableValidation.Builder().problems(problems).build();
      }
      return new ImmutableValidation.Builder().registry(new Registry(extended, this)).build();
    }

    /**
     * Checks every record and builds the registry.
     *
     * @return the registry
     * @throws RegistryException listing every problem found (see {@link #validate()})
     * @since 0.1.0
     */
    public Registry build() {
      return validate().orElseThrow();
    }
  }
}
