package org.lookingbeyond.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/** Small named builders of organizations and registries for the coverage tests. */
final class Fixtures {
  /** The day the hand-computed reports hold on: CND-68 and CCPCJ-34 lie in the 12 months before it. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  static final String DRUG_PREVENTION = "drug-prevention";
  static final String DRUG_TREATMENT = "drug-treatment-care";
  static final String HIV = "hiv-aids-prevention";
  static final String ANTI_CORRUPTION = "anti-corruption";
  static final String TRAFFICKING = "anti-human-trafficking";
  static final String HEALTH = "health-human-development";

  private Fixtures() {}

  /** An organization builder with a CSO type, to be given countries and areas. */
  static Org org(String id) {
    return new Org(id);
  }

  /** A fluent wrapper that reads like the domain: {@code org("a").in("KE", "UG").on(DRUG_PREVENTION)}. */
  static final class Org {
    private final Organization.Builder b;
    private final String id;

    Org(String id) {
      this.id = id;
      this.b = Organization.builder().id(id).name("Organization " + id + " (fictional)")
          .type(OrganisationType.NATIONAL_NGO);
    }

    Org in(String... countries) {
      b.addOperatingCountries(countries);
      return this;
    }

    Org on(String... areas) {
      b.addThematicAreas(areas);
      return this;
    }

    Org type(OrganisationType type) {
      b.type(type);
      return this;
    }

    Org named(String name) {
      b.name(name);
      return this;
    }

    Org registered(LocalDate date) {
      b.registrationDate(date);
      return this;
    }

    Org memberOf(String network, LocalDate since) {
      b.addNetworkMemberships(NetworkMembership.of(network, since));
      return this;
    }

    String id() {
      return id;
    }

    Organization build() {
      return b.build();
    }
  }

  static Registry registry(Org... orgs) {
    return registry(ReferenceData.defaults(), List.of(orgs), List.of(), List.of());
  }

  static Registry registry(ReferenceData reference, List<Org> orgs, List<Participation> participations,
      List<RloDesignation> designations) {
    List<Organization> built = new ArrayList<>();
    orgs.forEach(o -> built.add(o.build()));
    return Registry.builder(reference).addOrganizations(built).addParticipations(participations)
        .addDesignations(designations).build();
  }

  static Participation took(String orgId, String sessionId, ParticipationKind kind) {
    return Participation.of(orgId, sessionId, kind);
  }

  static RloDesignation rlo(String id, String orgId, RegionRef region, LocalDate from, LocalDate until) {
    return RloDesignation.builder().id(id).organizationId(orgId).region(region).validFrom(from).validUntil(until)
        .build();
  }

  static CoverageReport analyze(Registry registry, GeographyLevel level) {
    return CoverageAnalyzer.of(CoverageSettings.builder().asOf(AS_OF).geographyLevel(level).build())
        .analyze(registry);
  }

  static CoverageReport analyze(Registry registry, CoverageSettings settings) {
    return CoverageAnalyzer.of(settings).analyze(registry);
  }
}
