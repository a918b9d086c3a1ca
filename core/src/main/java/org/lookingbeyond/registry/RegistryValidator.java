package org.lookingbeyond.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.RegistryProblem.Code;
import org.lookingbeyond.theme.Taxonomy;

/** Checks that the records of a registry fit together and with the reference data; collects every problem. */
final class RegistryValidator {
  private final List<RegistryProblem> problems = new ArrayList<>();
  private final Geography geography;
  private final Taxonomy taxonomy;
  private final Set<String> organizations = new HashSet<>();
  private final Set<String> networks = new HashSet<>();
  private final Set<String> fieldOffices = new HashSet<>();
  private final Set<String> sessions = new HashSet<>();
  private final Set<String> applications = new HashSet<>();
  private final Set<String> grants = new HashSet<>();
  private final Set<String> bodies = new HashSet<>();

  RegistryValidator(ReferenceData reference) {
    this.geography = reference.geography();
    this.taxonomy = reference.taxonomy();
    reference.networks().forEach(n -> networks.add(n.id()));
    reference.fieldOffices().forEach(o -> fieldOffices.add(o.id()));
    reference.sessions().forEach(s -> sessions.add(s.id()));
    reference.governingBodies().forEach(b -> bodies.add(b.code()));
  }

  List<RegistryProblem> problems() {
    List<RegistryProblem> sorted = new ArrayList<>(problems);
    sorted.sort(RegistryProblem.ORDER);
    return sorted;
  }

  /** Checks the reference extensions first, so that later records may refer to them. */
  void extensions(List<Network> addedNetworks, List<FieldOffice> addedOffices, List<Session> addedSessions) {
    unique("network", addedNetworks, Network::id);
    for (Network n : addedNetworks) {
      networks.add(n.id());
      n.focus().forEach(id -> theme("network", n.id(), "focus", id));
    }
    unique("fieldOffice", addedOffices, FieldOffice::id);
    for (FieldOffice o : addedOffices) {
      geography.findGrouping(o.id()).filter(g -> g.kind() != org.lookingbeyond.geo.GroupingKind.FIELD_OFFICE_AREA)
          .ifPresent(g -> add(Code.DUPLICATE_ID, "fieldOffice", o.id(), "id", "the id '" + o.id()
              + "' is already the id of the " + g.kind() + " grouping " + g.name()
              + "; field office ids and grouping ids share one namespace"));
      fieldOffices.add(o.id());
      country("fieldOffice", o.id(), "seatCountry", o.seatCountry());
      o.coveredCountries().forEach(c -> country("fieldOffice", o.id(), "coveredCountries", c));
    }
    unique("session", addedSessions, Session::id);
    for (Session s : addedSessions) {
      sessions.add(s.id());
      if (!bodies.contains(s.bodyCode())) {
        add(Code.DANGLING_REFERENCE, "session", s.id(), "bodyCode", "no governing body has the code " + s.bodyCode());
      }
      order("session", s.id(), "end", s.start(), s.end());
    }
  }

  void organizations(List<Organization> orgs) {
    unique("organization", orgs, Organization::id);
    orgs.forEach(o -> organizations.add(o.id()));
    for (Organization o : orgs) {
      o.registrationCountry().ifPresent(c -> country("organization", o.id(), "registrationCountry", c));
      o.headquartersCountry().ifPresent(c -> country("organization", o.id(), "headquartersCountry", c));
      o.operatingCountries().forEach(c -> country("organization", o.id(), "operatingCountries", c));
      o.thematicAreas().forEach(a -> area("organization", o.id(), "thematicAreas", a));
      o.networkMemberships().forEach(m -> {
        ref("organization", o.id(), "networkMemberships.networkId", m.networkId(), networks, "network");
        order("organization", o.id(), "networkMemberships.until", Optional.of(m.since()), m.until());
      });
    }
  }

  void participations(List<Participation> participations) {
    unique("participation", participations, Participation::key);
    for (Participation p : participations) {
      ref("participation", p.key(), "organizationId", p.organizationId(), organizations, "organization");
      ref("participation", p.key(), "sessionId", p.sessionId(), sessions, "session");
    }
  }

  void designations(List<RloDesignation> designations) {
    unique("designation", designations, RloDesignation::id);
    Map<String, List<RloDesignation>> byHolderAndRegion = new LinkedHashMap<>();
    for (RloDesignation d : designations) {
      ref("designation", d.id(), "organizationId", d.organizationId(), organizations, "organization");
      region("designation", d.id(), "region", d.region());
      boolean ordered = order("designation", d.id(), "validUntil", Optional.of(d.validFrom()), d.validUntil());
      if (ordered) {
        byHolderAndRegion.computeIfAbsent(d.organizationId() + "\n" + d.region(), k -> new ArrayList<>()).add(d);
      }
    }
    byHolderAndRegion.values().forEach(this::overlaps);
  }

  /**
   * Reports overlapping periods of one holder and region in O(n log n): sorted by start, each designation
   * that starts before the latest end seen so far gets one problem naming the designation that reaches
   * furthest (reporting every pair would be quadratic in problems, time and memory).
   */
  private void overlaps(List<RloDesignation> same) {
    List<RloDesignation> sorted = new ArrayList<>(same);
    sorted.sort(Comparator.comparing(RloDesignation::validFrom).thenComparing(RloDesignation::id));
    RloDesignation furthest = null;
    for (RloDesignation d : sorted) {
      if (furthest != null && !furthest.id().equals(d.id()) && furthest.overlaps(d)) {
        add(Code.OVERLAPPING_DESIGNATION, "designation", d.id(), "validFrom", "overlaps designation "
            + furthest.id() + " of organization " + d.organizationId() + " for region " + d.region());
      }
      if (furthest == null || reachesFurther(d, furthest)) {
        furthest = d;
      }
    }
  }

  private static boolean reachesFurther(RloDesignation d, RloDesignation than) {
    if (than.validUntil().isEmpty()) {
      return false;
    }
    return d.validUntil().map(u -> u.isAfter(than.validUntil().get())).orElse(true);
  }

  void applications(List<SeedFundingApplication> apps) {
    unique("application", apps, SeedFundingApplication::id);
    apps.forEach(a -> applications.add(a.id()));
    for (SeedFundingApplication a : apps) {
      String id = a.id();
      ref("application", id, "applicantId", a.applicantId(), organizations, "organization");
      a.targetRegion().ifPresent(r -> region("application", id, "targetRegion", r));
      a.followsSessionId().ifPresent(s -> ref("application", id, "followsSessionId", s, sessions, "session"));
      order("application", id, "plannedEnd", a.plannedStart(), a.plannedEnd());
      a.amountRequested().ifPresent(m -> amount("application", id, "amountRequested", m));
      a.focusAreas().ifPresent(s -> s.forEach(x -> area("application", id, "focusAreas", x)));
      a.invitedMemberStates().ifPresent(s -> s.forEach(c -> country("application", id, "invitedMemberStates", c)));
      a.fieldOfficeId().ifPresent(f -> ref("application", id, "fieldOfficeId", f, fieldOffices, "field office"));
      a.coHostIds().forEach(h -> ref("application", id, "coHostIds", h, organizations, "organization"));
    }
  }

  void grants(List<Grant> list) {
    unique("grant", list, Grant::id);
    list.forEach(g -> grants.add(g.id()));
    for (Grant g : list) {
      ref("grant", g.id(), "organizationId", g.organizationId(), organizations, "organization");
      g.applicationId().ifPresent(a -> ref("grant", g.id(), "applicationId", a, applications, "application"));
      amount("grant", g.id(), "amount", g.amount());
      if (order("grant", g.id(), "consultationEnd", Optional.of(g.consultationStart()),
          Optional.of(g.consultationEnd()))) {
        order("grant", g.id(), "reportDue", Optional.of(g.consultationEnd()), g.reportDue());
      }
    }
  }

  void consultations(List<Consultation> list) {
    unique("consultation", list, Consultation::id);
    for (Consultation c : list) {
      String id = c.id();
      ref("consultation", id, "leadOrganizationId", c.leadOrganizationId(), organizations, "organization");
      c.coHostIds().forEach(h -> ref("consultation", id, "coHostIds", h, organizations, "organization"));
      c.invitedOrganizationIds().forEach(h ->
          ref("consultation", id, "invitedOrganizationIds", h, organizations, "organization"));
      region("consultation", id, "region", c.region());
      c.followsSessionId().ifPresent(s -> ref("consultation", id, "followsSessionId", s, sessions, "session"));
      order("consultation", id, "end", Optional.of(c.start()), Optional.of(c.end()));
      c.focusAreas().forEach(x -> area("consultation", id, "focusAreas", x));
      c.invitedMemberStates().forEach(x -> country("consultation", id, "invitedMemberStates", x));
      c.fieldOfficeId().ifPresent(f -> ref("consultation", id, "fieldOfficeId", f, fieldOffices, "field office"));
      c.grantId().ifPresent(g -> ref("consultation", id, "grantId", g, grants, "grant"));
    }
  }

  private <T> void unique(String type, Collection<T> records, Function<T, String> id) {
    Map<String, Integer> counts = new HashMap<>();
    records.forEach(r -> counts.merge(id.apply(r), 1, Integer::sum));
    counts.forEach((key, n) -> {
      if (n > 1) {
        add(Code.DUPLICATE_ID, type, key, "id", n + " records of this kind have the id '" + key + "'");
      }
    });
  }

  private void ref(String type, String id, String field, String target, Set<String> known, String targetType) {
    if (!known.contains(target)) {
      add(Code.DANGLING_REFERENCE, type, id, field, "no " + targetType + " has the id '" + target + "'");
    }
  }

  private void country(String type, String id, String field, String code) {
    if (geography.findArea(code).isEmpty()) {
      add(Code.UNKNOWN_CODE, type, id, field, "'" + code + "' is not an ISO 3166-1 country or area code");
    }
  }

  private void area(String type, String id, String field, String areaId) {
    if (taxonomy.findArea(areaId).isEmpty()) {
      add(Code.UNKNOWN_CODE, type, id, field, "'" + areaId + "' is not a thematic area of the taxonomy"
          + (taxonomy.findPillar(areaId).isPresent() ? " (it is a pillar; name its areas)" : ""));
    }
  }

  private void theme(String type, String id, String field, String pillarOrArea) {
    if (!taxonomy.knows(pillarOrArea)) {
      add(Code.UNKNOWN_CODE, type, id, field, "'" + pillarOrArea + "' is neither a pillar nor a thematic area");
    }
  }

  private void region(String type, String id, String field, RegionRef ref) {
    if (!geography.knows(ref)) {
      add(Code.UNKNOWN_CODE, type, id, field, "'" + ref + "' names no country, M49 region or grouping");
    }
  }

  private void amount(String type, String id, String field, Money money) {
    if (!money.isPositive()) {
      add(Code.NON_POSITIVE_AMOUNT, type, id, field, "the amount must be greater than zero: " + money);
    }
  }

  /** Reports an end before a start; returns whether the period is in order (or open). */
  private boolean order(String type, String id, String field, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      add(Code.END_BEFORE_START, type, id, field, end.get() + " is before the start " + start.get());
      return false;
    }
    return true;
  }

  void add(Code code, String type, String id, String field, String message) {
    problems.add(RegistryProblem.of(code, type, id, field, message));
  }
}
