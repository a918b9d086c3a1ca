package org.lookingbeyond.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Valid registries over the shipped reference data, with free text that spreadsheets find hard: quotes,
 * separators, line breaks, formula-looking starts, apostrophes and non-Latin letters.
 */
final class RegistryDraws {
  private static final List<String> COUNTRIES = List.of("KE", "UG", "TZ", "ML", "NE", "FR", "BO", "KR", "TR");
  private static final List<String> AREAS = List.of("anti-corruption", "drug-prevention", "drug-treatment-care",
      "hiv-aids-prevention", "youth-crime-prevention");
  private static final List<String> SESSIONS = List.of("CND-67", "CND-68", "CND-52-R1");
  private static final List<String> NETWORKS = List.of("VNGOC", "UNCAC-COALITION", "ALLIANCE-CPCJ");
  private static final List<String> PIECES = List.of("a", "Z", "é", "İ", "ı", "Ж", "中", " ", ",", ";", "\"",
      "'", "=", "+", "-", "@", "\n", "1", "0.5", "\t");

  private final RandomnessSource in;

  private RegistryDraws(RandomnessSource in) {
    this.in = in;
  }

  static Gen<Registry> registries() {
    return in -> new RegistryDraws(in).registry();
  }

  private int between(int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  private <T> T pick(List<T> from) {
    return from.get(between(0, from.size() - 1));
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return chance(50) ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> Set<T> subset(List<T> pool) {
    Set<T> out = new LinkedHashSet<>();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      out.add(pick(pool));
    }
    return out;
  }

  /** Free text without surrounding spaces (cells are stripped on reading), never empty. */
  private String text() {
    StringBuilder sb = new StringBuilder();
    int n = between(1, 8);
    for (int i = 0; i < n; i++) {
      sb.append(pick(PIECES));
    }
    String t = sb.toString().strip();
    return t.isEmpty() ? "x" : t;
  }

  private LocalDate date() {
    return LocalDate.of(2000, 1, 1).plusDays(between(0, 9000));
  }

  private Registry registry() {
    List<Organization> organizations = new ArrayList<>();
    int count = between(1, 5);
    for (int i = 0; i < count; i++) {
      organizations.add(organization("ORG-" + i));
    }
    List<String> ids = organizations.stream().map(Organization::id).toList();
    Registry.Builder b = Registry.builder().addOrganizations(organizations);
    Set<String> keys = new LinkedHashSet<>();
    for (int i = between(0, 4); i > 0; i--) {
      Participation p = Participation.of(pick(ids), pick(SESSIONS), pick(List.of(ParticipationKind.values())));
      if (keys.add(p.key())) {
        b.addParticipations(p);
      }
    }
    for (int i = between(0, 2); i > 0; i--) {
      LocalDate from = date();
      b.addDesignations(RloDesignation.builder().id("RLO-" + i).organizationId(ids.get(i - 1 < ids.size() ? i - 1 : 0))
          .region(i == 1 ? RegionRef.country(pick(COUNTRIES)) : RegionRef.m49("014")).validFrom(from)
          .validUntil(maybe(() -> from.plusDays(between(0, 900)))).build());
    }
    int apps = between(0, 3);
    for (int i = 0; i < apps; i++) {
      boolean noOffice = chance(30);
      LocalDate start = date();
      b.addApplications(SeedFundingApplication.builder().id("APP-" + i).applicantId(pick(ids))
          .applicationDate(date()).status(pick(List.of(ApplicationStatus.values())))
          .targetRegion(maybe(() -> RegionRef.m49("014"))).followsSessionId(maybe(() -> pick(SESSIONS)))
          .plannedStart(start).plannedEnd(maybe(() -> start.plusDays(between(0, 5))))
          .amountRequested(maybe(this::money)).focusAreas(maybe(() -> subset(AREAS)))
          .invitedMemberStates(maybe(() -> subset(COUNTRIES)))
          .fieldOfficeId(noOffice ? Optional.empty() : maybe(() -> "ROEA")).noFieldOffice(noOffice)
          .coHostIds(subset(ids)).cycle(maybe(this::text)).build());
    }
    for (int i = between(0, 2); i > 0; i--) {
      LocalDate start = date();
      b.addGrants(Grant.builder().id("GR-" + i).organizationId(pick(ids)).amount(money())
          .applicationId(apps > 0 ? maybe(() -> "APP-0") : Optional.empty())
          .consultationStart(start).consultationEnd(start.plusDays(between(0, 3)))
          .reportDue(maybe(() -> start.plusDays(between(3, 90))))
          .reportSubmitted(maybe(() -> start.plusDays(between(3, 90)))).build());
    }
    for (int i = between(0, 2); i > 0; i--) {
      LocalDate start = date();
      b.addConsultations(Consultation.builder().id("CONS-" + i)
          .status(pick(List.of(ConsultationStatus.values()))).region(RegionRef.m49("002"))
          .followsSessionId(maybe(() -> pick(SESSIONS))).leadOrganizationId(pick(ids)).coHostIds(subset(ids))
          .start(start).end(start.plusDays(between(0, 3))).focusAreas(subset(AREAS))
          .fieldOfficeId(maybe(() -> "ROEA")).invitedOrganizationIds(subset(ids))
          .invitedMemberStates(subset(COUNTRIES)).recordSubmitted(maybe(this::date)).build());
    }
    return b.build();
  }

  private Money money() {
    return Money.of(BigDecimal.valueOf(between(1, 10_000_000), between(0, 3)).toPlainString(),
        pick(List.of("USD", "EUR", "KES")));
  }

  private Organization organization(String id) {
    Organization.Builder b = Organization.builder().id(id).name(text()).acronym(maybe(this::text))
        .type(pick(List.of(OrganisationType.values()))).registrationDate(maybe(this::date))
        .registrationCountry(maybe(() -> pick(COUNTRIES))).headquartersCountry(maybe(() -> pick(COUNTRIES)))
        .operatingCountries(subset(COUNTRIES)).thematicAreas(subset(AREAS))
        .declaredScope(maybe(() -> pick(List.of(GeographicScope.values()))));
    if (chance(30)) {
      b.memberOrganizations(between(0, 500));
    }
    if (chance(40)) {
      b.ecosocStatus(EcosocStatus.of(pick(List.of(EcosocStatus.Category.values())),
          pick(List.of(EcosocStatus.State.values())), between(1946, 2026)));
    }
    if (chance(40)) {
      b.dueDiligence(DueDiligence.builder().tobaccoIndustryTies(pick(List.of(Flag.values())))
          .sanctionsListed(pick(List.of(Flag.values()))).pseaMeasures(pick(List.of(Flag.values())))
          .assessedOn(maybe(this::date)).build());
    }
    if (chance(40)) {
      // an empty contact states nothing a sheet can show: one detail at least
      b.contact(ContactDetails.builder().contactPerson(text()).email(maybe(this::text))
          .phone(maybe(this::text)).postalAddress(maybe(this::text)).build());
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = between(0, 2); i > 0; i--) {
      String network = pick(NETWORKS);
      LocalDate since = date();
      if (seen.add(network)) {
        b.addNetworkMemberships(NetworkMembership.builder().networkId(network).since(since)
            .until(maybe(() -> since.plusDays(between(0, 900)))).build());
      }
    }
    return b.build();
  }
}
