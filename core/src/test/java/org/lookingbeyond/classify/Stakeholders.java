package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;

/**
 * Small named builders of organizations and registries for the classification tests. The plain
 * organization {@link #org(String)} has no attribute at all as of {@link #AS_OF}: a national NGO
 * working in Kenya and Uganda (SUBREGIONAL) on drug prevention, registered on 1 January 2025 (less than
 * two years before), without ECOSOC status, network, designation, application or participation.
 */
final class Stakeholders {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);
  static final String DRUG_PREVENTION = "drug-prevention";
  static final String ANTI_CORRUPTION = "anti-corruption";
  static final String TRAFFICKING = "anti-human-trafficking";

  private Stakeholders() {}

  static Org org(String id) {
    return new Org(id);
  }

  /** A fluent organization: {@code org("a").in("KE", "FR").registered(LONG_AGO)}. */
  static final class Org {
    final String id;
    private final Organization.Builder b;
    private final List<String> countries = new ArrayList<>(List.of("KE", "UG"));

    Org(String id) {
      this.id = id;
      this.b = Organization.builder().id(id).name("Organization " + id + " (fictional)")
          .type(OrganisationType.NATIONAL_NGO).registrationDate(LocalDate.of(2025, 1, 1))
          .addThematicAreas(DRUG_PREVENTION);
    }

    Org in(String... codes) {
      countries.clear();
      countries.addAll(List.of(codes));
      return this;
    }

    Org type(OrganisationType type) {
      b.type(type);
      return this;
    }

    Org on(String... areas) {
      b.thematicAreas(List.of(areas));
      return this;
    }

    Org registered(LocalDate date) {
      b.registrationDate(date);
      return this;
    }

    Org registrationUnknown() {
      b.registrationDate(java.util.Optional.empty());
      return this;
    }

    Org ecosoc(EcosocStatus.Category category, EcosocStatus.State state) {
      b.ecosocStatus(EcosocStatus.of(category, state, 2010));
      return this;
    }

    Org memberOf(String network) {
      b.addNetworkMemberships(NetworkMembership.of(network, LONG_AGO));
      return this;
    }

    Org network(int members) {
      b.memberOrganizations(members);
      return this;
    }

    Org declares(GeographicScope scope) {
      b.declaredScope(scope);
      return this;
    }

    Organization build() {
      return b.operatingCountries(countries).build();
    }
  }

  /** A registry under construction: organizations and their history. */
  static final class World {
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Participation> participations = new ArrayList<>();
    private final List<RloDesignation> designations = new ArrayList<>();
    private final List<SeedFundingApplication> applications = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();

    World with(Org... orgs) {
      for (Org o : orgs) {
        organizations.add(o.build());
      }
      return this;
    }

    World took(String orgId, String sessionId, ParticipationKind kind) {
      participations.add(Participation.of(orgId, sessionId, kind));
      return this;
    }

    World registeredFor(String orgId, String sessionId) {
      return took(orgId, sessionId, ParticipationKind.REGISTERED);
    }

    World rlo(String designationId, String orgId, RegionRef region, LocalDate from) {
      designations.add(RloDesignation.builder().id(designationId).organizationId(orgId).region(region)
          .validFrom(from).build());
      return this;
    }

    World rlo(String designationId, String orgId, RegionRef region, LocalDate from, LocalDate until) {
      designations.add(RloDesignation.builder().id(designationId).organizationId(orgId).region(region)
          .validFrom(from).validUntil(until).build());
      return this;
    }

    World applied(String applicationId, String orgId, LocalDate date, ApplicationStatus status) {
      applications.add(SeedFundingApplication.builder().id(applicationId).applicantId(orgId).applicationDate(date)
          .status(status).build());
      return this;
    }

    World pendingApplication(String orgId) {
      return applied("APP-" + orgId, orgId, AS_OF.minusMonths(1), ApplicationStatus.SUBMITTED);
    }

    World grant(String grantId, String orgId, LocalDate consultationEnd, java.util.Optional<LocalDate> submitted) {
      grants.add(Grant.builder().id(grantId).organizationId(orgId).amount(Money.of("10000", "USD"))
          .consultationStart(consultationEnd.minusDays(2)).consultationEnd(consultationEnd)
          .reportSubmitted(submitted).build());
      return this;
    }

    /** Three participations within 24 months of {@link #AS_OF}, one a side event: CORE. */
    World core(String orgId) {
      return took(orgId, "CND-67", ParticipationKind.ATTENDED).took(orgId, "CCPCJ-33", ParticipationKind.ATTENDED)
          .took(orgId, "CND-68", ParticipationKind.SIDE_EVENT);
    }

    Registry registry() {
      return Registry.builder().addOrganizations(organizations).addParticipations(participations)
          .addDesignations(designations).addApplications(applications).addGrants(grants).build();
    }
  }

  static World world(Org... orgs) {
    return new World().with(orgs);
  }

  static StakeholderProfile classify(World world, String orgId) {
    return StakeholderClassifier.withDefaultPolicy().classify(world.registry(), orgId, AS_OF);
  }

  static StakeholderProfile classify(Org org) {
    return classify(world(org), org.id);
  }
}
