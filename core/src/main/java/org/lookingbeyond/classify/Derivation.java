package org.lookingbeyond.classify;

import static org.lookingbeyond.classify.ClassificationFacts.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.rules.FactRecord;
import org.lookingbeyond.theme.Taxonomy;

/**
 * Everything a classification derives about one organization from its own record and indexed history,
 * as values, not text: the scope and what it rests on, pillars, relevance, engagement tier, the counts
 * urgency and RLO candidacy read, and the candidate regions. With {@code explain}, it also keeps the
 * ids behind each count for the explanations.
 */
final class Derivation {
  final Organization organization;
  final Scope scope;
  final SortedSet<String> regions = new TreeSet<>();
  final SortedSet<String> subRegions = new TreeSet<>();
  final SortedSet<String> withoutRegion = new TreeSet<>();
  final SortedSet<String> pillars = new TreeSet<>();
  final SortedSet<String> unknownAreas = new TreeSet<>();
  final SortedSet<String> matchedAreas = new TreeSet<>();
  /** The share of its areas among the priority areas; NaN when it lists none. */
  final double relevance;
  final EngagementTier tier;
  final boolean activeRlo;
  final boolean networkMember;
  final int pendingApplications;
  /** Registrations for sessions certainly within the urgency window; -1 when none certainly is but one may be. */
  final int upcomingRegistrations;
  final int overdueReports;
  final List<CandidateRegion> candidates;
  /** The ids behind the counts, kept only when explaining. */
  final List<String> pendingIds = new ArrayList<>();
  final List<String> upcomingIds = new ArrayList<>();
  final List<String> uncertainIds = new ArrayList<>();
  final List<String> overdueIds = new ArrayList<>();

  Derivation(RegistryIndex index, Organization o, boolean explain) {
    this.organization = o;
    LocalDate asOf = index.asOf;
    for (String c : o.operatingCountries()) {
      String[] m49 = index.m49Of(c);
      if (m49[0] == null) {
        withoutRegion.add(c);
      } else {
        regions.add(m49[0]);
        if (m49[1] != null) {
          subRegions.add(m49[1]);
        }
      }
    }
    this.scope = scopeOf(o.operatingCountries().size(), regions.size(), subRegions.size());
    Taxonomy taxonomy = index.registry.reference().taxonomy();
    for (String area : o.thematicAreas()) {
      taxonomy.findArea(area).ifPresentOrElse(a -> pillars.add(a.pillarId()), () -> unknownAreas.add(area));
      if (index.priorityAreas.contains(area)) {
        matchedAreas.add(area);
      }
    }
    this.relevance = o.thematicAreas().isEmpty() ? Double.NaN
        : (double) matchedAreas.size() / o.thematicAreas().size();
    ClassificationPolicy policy = index.policy;
    this.tier = policy.settings().engagementRule().tier(index.registry, o.id(), asOf);
    this.activeRlo = !index.activeDesignations(o.id()).isEmpty();
    this.networkMember = o.networkMemberships().stream().anyMatch(m -> m.activeOn(asOf));
    this.pendingApplications = pending(index, explain);
    this.upcomingRegistrations = upcoming(index, policy.settings().urgencyWindowDays(), explain);
    this.overdueReports = overdue(index, policy.settings().reportDueDays(), explain);
    this.candidates = index.candidateRegions(o.operatingCountries());
  }

  /**
   * The scope rule: no country UNKNOWN; one NATIONAL; else by the M49 places of the countries that have
   * one (an area M49 places in no region, such as Antarctica, adds to the count of countries only).
   */
  static Scope scopeOf(int countries, int regions, int subRegions) {
    if (countries == 0) {
      return Scope.UNKNOWN;
    }
    if (countries == 1) {
      return Scope.NATIONAL;
    }
    if (regions >= 2) {
      return Scope.INTERNATIONAL;
    }
    if (subRegions >= 2) {
      return Scope.REGIONAL;
    }
    return Scope.SUBREGIONAL;
  }

  private int pending(RegistryIndex index, boolean explain) {
    int n = 0;
    for (SeedFundingApplication a : index.registry.applicationsOf(organization.id())) {
      if (a.status().isPending() && !a.applicationDate().isAfter(index.asOf)) {
        n++;
        if (explain) {
          pendingIds.add(a.id());
        }
      }
    }
    return n;
  }

  /**
   * Sessions with a participation record of the organization whose first day lies in
   * {@code [asOf, asOf + days]}: certainly for a known first day; for a session without one, certainly
   * when every possible first day (from the first day of its month or year to its last possible day)
   * lies in the window, not at all when none does, and uncertainly otherwise.
   */
  private int upcoming(RegistryIndex index, int days, boolean explain) {
    LocalDate from = index.asOf;
    LocalDate to = from.plusDays(days);
    Set<String> certain = new TreeSet<>();
    Set<String> uncertain = new TreeSet<>();
    for (Participation p : index.registry.participationsOf(organization.id())) {
      Optional<Session> found = index.registry.reference().findSession(p.sessionId());
      if (found.isEmpty()) {
        continue;
      }
      Session s = found.get();
      LocalDate earliest = s.earliestStart();
      LocalDate latest = s.start().orElseGet(() -> s.end().orElse(s.latestEnd()));
      boolean allIn = !earliest.isBefore(from) && !latest.isAfter(to);
      boolean noneIn = latest.isBefore(from) || earliest.isAfter(to);
      if (allIn) {
        certain.add(s.id());
      } else if (!noneIn) {
        uncertain.add(s.id());
      }
    }
    uncertain.removeAll(certain);
    if (explain) {
      upcomingIds.addAll(certain);
      uncertainIds.addAll(uncertain);
    }
    return certain.isEmpty() && !uncertain.isEmpty() ? -1 : certain.size();
  }

  private int overdue(RegistryIndex index, int reportDueDays, boolean explain) {
    int n = 0;
    for (Grant g : index.registry.grantsOf(organization.id())) {
      LocalDate due = g.reportDue().orElse(g.consultationEnd().plusDays(reportDueDays));
      boolean submittedInTime = g.reportSubmitted().filter(s -> !s.isAfter(index.asOf)).isPresent();
      if (due.isBefore(index.asOf) && !submittedInTime) {
        n++;
        if (explain) {
          overdueIds.add(g.id());
        }
      }
    }
    return n;
  }

  /** The record of {@link ClassificationFacts#STAKEHOLDER}. */
  FactRecord stakeholderFacts(LocalDate asOf) {
    Organization o = organization;
    FactRecord.Builder f = FactRecord.builder(STAKEHOLDER);
    f.set(IS_CSO, o.isCso());
    f.set(TYPE, Integer.toString(o.type().code()));
    f.set(ECOSOC_STATUS, o.ecosocStatus().filter(EcosocStatus::isActive).map(s -> s.category().name())
        .orElse("NONE"));
    f.set(ECOSOC_ACTIVE, o.ecosocStatus().filter(EcosocStatus::isActive).isPresent());
    f.set(ACTIVE_RLO, activeRlo);
    f.set(MEMBER_ORGANIZATIONS, (double) o.memberOrganizations().orElse(0));
    f.set(NETWORK_MEMBER, networkMember);
    f.set(SCOPE, scope == Scope.UNKNOWN ? null : scope.name());
    f.set(SCOPE_LEVEL, scopeLevel());
    f.set(REGISTRATION_DATE, o.registrationDate());
    f.set(AS_OF, asOf);
    f.set(PENDING_APPLICATIONS, (double) pendingApplications);
    f.set(UPCOMING_REGISTRATIONS, upcomingRegistrations < 0 ? null : (double) upcomingRegistrations);
    f.set(RELEVANCE, Double.isNaN(relevance) ? null : relevance);
    f.set(ENGAGEMENT_TIER, tier.name());
    return f.build();
  }

  /** The record of {@link ClassificationFacts#RLO_CANDIDACY} for one region. */
  FactRecord candidacyFacts(CandidateRegion region, Optional<Boolean> legitimate) {
    FactRecord.Builder f = FactRecord.builder(RLO_CANDIDACY);
    f.set(IS_CSO, organization.isCso());
    f.set(OPERATES_IN_REGION, organization.operatingCountries().stream().anyMatch(region.countries()::contains));
    f.set(SCOPE, scope == Scope.UNKNOWN ? null : scope.name());
    f.set(SCOPE_LEVEL, scopeLevel());
    f.set(LEGITIMATE, legitimate);
    f.set(ENGAGEMENT_TIER, tier.name());
    f.set(OVERDUE_REPORTS, (double) overdueReports);
    return f.build();
  }

  private Double scopeLevel() {
    return scope == Scope.UNKNOWN ? null : (double) scope.level().getAsInt();
  }
}
