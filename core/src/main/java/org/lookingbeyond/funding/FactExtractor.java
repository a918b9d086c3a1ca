package org.lookingbeyond.funding;

import static org.lookingbeyond.funding.FundingFacts.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Dates;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.FactRecord;
import org.lookingbeyond.rules.Policy;

/** Turns an application and the registry into the facts of {@link FundingFacts#SCHEMA}. */
final class FactExtractor {
  private final Registry registry;
  private final EngagementRule engagement;
  /** The UN Member States of the registry's geography, found once for all applications. */
  private final Set<String> memberStates;

  FactExtractor(Registry registry, EngagementRule engagement) {
    this.registry = registry;
    this.engagement = engagement;
    this.memberStates = memberStates(registry.reference().geography());
  }

  FactRecord extract(SeedFundingApplication a, Policy policy) {
    ReferenceData ref = registry.reference();
    Geography geo = ref.geography();
    Organization applicant = registry.findOrganization(a.applicantId()).orElseThrow(() ->
        UnknownIdException.of("organization (the applicant of application " + a.id() + ")", a.applicantId(),
            registry.organizations().stream().map(Organization::id).collect(Collectors.toList())));
    Optional<Set<String>> region = a.targetRegion().filter(geo::knows).map(r -> countries(geo, r));
    Optional<Session> session = a.followsSessionId().flatMap(ref::findSession);
    int reportDueDays = (int) policy.parameter(REPORT_DUE_DAYS).asNumber();
    FactRecord.Builder f = FactRecord.builder(SCHEMA);
    f.set(IS_CSO, applicant.isCso());
    f.set(ACTIVE_RLO, a.plannedStart().flatMap(start -> a.targetRegion().filter(geo::knows).map(target ->
        registry.designationsOf(applicant.id()).stream().anyMatch(d -> d.activeOn(start)
            && covers(geo, d.region(), target)))));
    f.set(REGISTRATION_DATE, applicant.registrationDate());
    f.set(APPLICATION_DATE, a.applicationDate());
    f.set(SESSION_END, session.flatMap(Session::end));
    f.set(PLANNED_START, a.plannedStart());
    f.set(OPERATES_IN_REGION, region.filter(r -> !applicant.operatingCountries().isEmpty())
        .map(r -> applicant.operatingCountries().stream().anyMatch(r::contains)));
    f.set(AMOUNT, a.amountRequested().map(m -> m.amount().doubleValue()));
    f.set(CURRENCY, a.amountRequested().map(m -> m.currency().getCurrencyCode()));
    f.set(OVERDUE_REPORTS, (double) overdue(applicant.id(), a.applicationDate(), reportDueDays));
    f.set(TOBACCO_TIES, flag(applicant.dueDiligence().tobaccoIndustryTies()));
    f.set(SANCTIONS_LISTED, flag(applicant.dueDiligence().sanctionsListed()));
    f.set(INVITES_MEMBER_STATE, region.flatMap(r -> a.invitedMemberStates().map(invited -> invited.stream()
        .anyMatch(c -> r.contains(c) && memberStates.contains(c)))));
    f.set(INVOLVES_FIELD_OFFICE, region.flatMap(r -> involvesFieldOffice(a, ref, r)));
    f.set(FOCUS_AREAS, a.focusAreas());
    f.set(MANDATE_AREAS, session.flatMap(s -> ref.findGoverningBody(s.bodyCode()))
        .map(b -> ref.taxonomy().expand(b.mandate().stream().filter(ref.taxonomy()::knows).toList())));
    Optional<Set<String>> someFocusAreas = a.focusAreas().filter(areas -> !areas.isEmpty());
    f.set(GAP_SHARE, region.flatMap(r -> someFocusAreas.map(areas -> gapShare(r, areas, applicant.id(),
        a.applicationDate(), (int) policy.parameter(GAP_THRESHOLD).asNumber()))));
    f.set(ECOSOC_STATUS, applicant.ecosocStatus().filter(EcosocStatus::isActive).map(s -> s.category().name())
        .orElse("NONE"));
    f.set(NETWORK_MEMBER, applicant.networkMemberships().stream().anyMatch(m -> m.activeOn(a.applicationDate())));
    f.set(ENGAGEMENT_TIER, engagement.assess(registry, applicant.id(), a.applicationDate()).tier().name());
    f.set(COHOST_OTHER_COUNTRY, region.map(r -> coHostElsewhere(a, applicant, r)));
    f.set(RECENT_CONSULTATIONS, region.map(r -> (double) recentConsultations(r, a.applicationDate(),
        (int) policy.parameter(LOOKBACK_MONTHS).asNumber())));
    f.set(OVERLAPPING_PLANNED, region.flatMap(r -> a.plannedStart().flatMap(s -> a.plannedEnd().map(e ->
        (double) overlappingPlanned(r, s, e, applicant.id())))));
    f.set(DAYS_TO_NEXT_SESSION, session.flatMap(s -> a.plannedEnd().flatMap(end -> nextSession(ref, s, end)
        .map(next -> (double) (next.earliestStart().toEpochDay() - end.toEpochDay())))));
    return f.build();
  }

  /**
   * The UN Member States: the members of the UN regional groups where the geography has them, else every
   * country and area (an integrator's geography without those groups).
   */
  private static Set<String> memberStates(Geography geo) {
    List<org.lookingbeyond.geo.Grouping> groups = geo.groupings(org.lookingbeyond.geo.GroupingKind.UN_REGIONAL_GROUP);
    if (groups.isEmpty()) {
      return geo.areas().stream().map(Area::alpha2).collect(Collectors.toUnmodifiableSet());
    }
    return groups.stream().flatMap(g -> g.members().stream()).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> countries(Geography geo, RegionRef ref) {
    return geo.countriesOf(ref).stream().map(Area::alpha2).collect(Collectors.toUnmodifiableSet());
  }

  /** A designation covers a target when it names it, or every country of the target is in its region. */
  private static boolean covers(Geography geo, RegionRef designated, RegionRef target) {
    if (designated.equals(target)) {
      return true;
    }
    if (!geo.knows(designated)) {
      return false;
    }
    Set<String> d = countries(geo, designated);
    Set<String> t = countries(geo, target);
    return !t.isEmpty() && d.containsAll(t);
  }

  /**
   * Whether the named office covers a country of the region (false for an office the reference data
   * lacks), false when the application states that no office is involved, missing when it does not say.
   */
  private static Optional<Boolean> involvesFieldOffice(SeedFundingApplication a, ReferenceData ref,
      Set<String> region) {
    if (a.noFieldOffice()) {
      return Optional.of(false);
    }
    return a.fieldOfficeId().map(id -> ref.findFieldOffice(id)
        .map(o -> o.coveredCountries().stream().anyMatch(region::contains)).orElse(false));
  }

  private static Boolean flag(Flag flag) {
    return flag == Flag.UNKNOWN ? null : flag == Flag.YES;
  }

  private int overdue(String applicantId, LocalDate applied, int reportDueDays) {
    int n = 0;
    for (Grant g : registry.grantsOf(applicantId)) {
      // lazily and clamped: an extreme consultation end or parameter must not throw
      LocalDate due = g.reportDue().orElseGet(() -> Dates.plusDays(g.consultationEnd(), reportDueDays));
      boolean submittedInTime = g.reportSubmitted().filter(s -> !s.isAfter(applied)).isPresent();
      if (due.isBefore(applied) && !submittedInTime) {
        n++;
      }
    }
    return n;
  }

  /**
   * The share of focus areas in which fewer than threshold CSOs besides the applicant work in the region,
   * counting only CSOs registered by the application date (or of unknown registration), so that a later
   * registration does not change an earlier decision.
   */
  private double gapShare(Set<String> region, Set<String> focusAreas, String applicantId, LocalDate applied,
      int threshold) {
    int gaps = 0;
    for (String area : focusAreas) {
      long csos = registry.organizationsWorkingOn(area).stream().filter(Organization::isCso)
          .filter(o -> !o.id().equals(applicantId))
          .filter(o -> o.registrationDate().map(d -> !d.isAfter(applied)).orElse(true))
          .filter(o -> o.operatingCountries().stream().anyMatch(region::contains)).count();
      if (csos < threshold) {
        gaps++;
      }
    }
    return (double) gaps / focusAreas.size();
  }

  private boolean coHostElsewhere(SeedFundingApplication a, Organization applicant, Set<String> region) {
    Optional<String> home = applicant.headquartersCountry();
    for (String id : a.coHostIds()) {
      Optional<Organization> host = registry.findOrganization(id);
      if (host.isEmpty()) {
        continue;
      }
      List<String> places = host.get().headquartersCountry().map(List::of)
          .orElse(List.copyOf(host.get().operatingCountries()));
      if (places.stream().anyMatch(c -> region.contains(c) && !home.equals(Optional.of(c)))) {
        return true;
      }
    }
    return false;
  }

  private int recentConsultations(Set<String> region, LocalDate applied, int months) {
    LocalDate from = Dates.minusMonths(applied, months);
    return (int) registry.consultations().stream()
        .filter(c -> c.status() == ConsultationStatus.HELD)
        .filter(c -> !c.end().isBefore(from) && !c.end().isAfter(applied))
        .filter(c -> sharesCountry(c, region)).count();
  }

  /** Planned consultations of the region overlapping the dates, leaving out the applicant's own. */
  private int overlappingPlanned(Set<String> region, LocalDate start, LocalDate end, String applicantId) {
    return (int) registry.consultations().stream()
        .filter(c -> c.status() == ConsultationStatus.PLANNED)
        .filter(c -> !c.leadOrganizationId().equals(applicantId))
        .filter(c -> !c.start().isAfter(end) && !c.end().isBefore(start))
        .filter(c -> sharesCountry(c, region)).count();
  }

  private boolean sharesCountry(Consultation c, Set<String> region) {
    Geography geo = registry.reference().geography();
    if (!geo.knows(c.region())) {
      return false;
    }
    Set<String> theirs = new HashSet<>(countries(geo, c.region()));
    theirs.retainAll(region);
    return !theirs.isEmpty();
  }

  private static Optional<Session> nextSession(ReferenceData ref, Session followed, LocalDate after) {
    return ref.sessionsOf(followed.bodyCode()).stream().filter(s -> s.earliestStart().isAfter(after)).findFirst();
  }
}
