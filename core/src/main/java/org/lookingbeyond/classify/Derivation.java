package org.lookingbeyond.classify;

import static org.lookingbeyond.classify.ClassificationFacts.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.rules.FactRecord;

/**
 * Everything a classification derives about one organization from its own record and indexed history,
 * as values, not text: the scope and what it rests on, pillars, relevance, engagement tier, the counts
 * urgency and RLO candidacy read, and the candidate regions. With {@code explain}, it also keeps the
 * ids behind each count for the explanations.
 */
final class Derivation {
  private static final String[] TYPE_CODES = java.util.Arrays.stream(OrganisationType.values())
      .map(t -> Integer.toString(t.code())).toArray(String[]::new);

  final Organization organization;
  final Scope scope;
  /** The M49 regions, sub-regions and countries in no region of its operating countries: sorted, distinct. */
  final List<String> regions;
  final List<String> subRegions;
  final List<String> withoutRegion;
  /** The pillars of its areas, and the areas the taxonomy lacks: sorted, distinct. */
  final List<String> pillars;
  final List<String> unknownAreas;
  /** Its areas among the priority areas, in id order. */
  final List<String> matchedAreas;
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
  final List<String> pendingIds = new ArrayList<>(0);
  final List<String> upcomingIds = new ArrayList<>(0);
  final List<String> uncertainIds = new ArrayList<>(0);
  final List<String> overdueIds = new ArrayList<>(0);

  /**
   * Derives one organization.
   *
   * @param index the run's index
   * @param o the organization
   * @param participations its participations, by session and kind (as {@link
   *     org.lookingbeyond.registry.Registry#participationsOf(String)} gives them)
   * @param explain whether to keep the ids behind the counts
   */
  Derivation(RegistryIndex index, Organization o, List<Participation> participations, boolean explain) {
    this.organization = o;
    LocalDate asOf = index.asOf;
    List<String> r = new ArrayList<>(2);
    List<String> sub = new ArrayList<>(2);
    List<String> none = List.of();
    for (String c : o.operatingCountries()) {
      RegistryIndex.Place place = index.place(c);
      if (place.region() == null) {
        none = none.isEmpty() ? new ArrayList<>(1) : none;
        none.add(c);
      } else {
        addDistinct(r, place.region());
        if (place.subRegion() != null) {
          addDistinct(sub, place.subRegion());
        }
      }
    }
    this.regions = sorted(r);
    this.subRegions = sorted(sub);
    this.withoutRegion = none;
    this.scope = scopeOf(o.operatingCountries().size(), regions.size(), subRegions.size());
    List<String> p = new ArrayList<>(2);
    List<String> unknown = List.of();
    List<String> matched = new ArrayList<>(o.thematicAreas().size());
    for (String area : o.thematicAreas()) {
      String pillar = index.pillarOfArea.get(area);
      if (pillar != null) {
        addDistinct(p, pillar);
      } else {
        unknown = unknown.isEmpty() ? new ArrayList<>(1) : unknown;
        unknown.add(area);
      }
      if (index.priorityAreas.contains(area)) {
        matched.add(area);
      }
    }
    this.pillars = sorted(p);
    this.unknownAreas = unknown;
    this.matchedAreas = matched;
    this.relevance = o.thematicAreas().isEmpty() ? Double.NaN
        : (double) matched.size() / o.thematicAreas().size();
    ClassificationSettings settings = index.policy.settings();
    this.tier = settings.engagementRule().tier(participations, index::firstDay, asOf);
    this.activeRlo = !index.activeDesignations(o.id()).isEmpty();
    boolean member = false;
    for (NetworkMembership m : o.networkMemberships()) {
      member |= m.activeOn(asOf);
    }
    this.networkMember = member;
    this.pendingApplications = pending(index, explain);
    this.upcomingRegistrations = upcoming(index, participations, explain);
    this.overdueReports = overdue(index, settings.reportDueDays(), explain);
    this.candidates = index.candidateRegions(o.operatingCountries());
  }

  private static void addDistinct(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static List<String> sorted(List<String> list) {
    if (list.size() > 1) {
      Collections.sort(list);
    }
    return list;
  }

  /**
   * The scope rule: no country UNKNOWN; one NATIONAL; else by the M49 places of the countries that have
   * one (an area M49 places in no region, such as Antarctica, adds to the count of countries only), and
   * UNKNOWN when none of several countries has one (no shipped data does that: only Antarctica lacks one).
   */
  static Scope scopeOf(int countries, int regions, int subRegions) {
    if (countries == 0) {
      return Scope.UNKNOWN;
    }
    if (countries == 1) {
      return Scope.NATIONAL;
    }
    if (regions == 0) {
      return Scope.UNKNOWN;
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
    for (SeedFundingApplication a : index.applicationsOf(organization.id())) {
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
   * {@code [asOf, asOf + urgencyWindowDays]} (see {@link RegistryIndex#urgency(String)}): the count of
   * those that certainly do, or -1 when none certainly does but one may.
   */
  private int upcoming(RegistryIndex index, List<Participation> participations, boolean explain) {
    int certain = 0;
    int uncertain = 0;
    @Nullable String previous = null;
    // Participations come by session, so one session's kinds are consecutive.
    for (Participation p : participations) {
      String id = p.sessionId();
      if (id.equals(previous)) {
        continue;
      }
      previous = id;
      long urgency = index.urgency(id);
      if (urgency == RegistryIndex.CERTAIN) {
        certain++;
        if (explain) {
          upcomingIds.add(id);
        }
      } else if (urgency == RegistryIndex.UNCERTAIN) {
        uncertain++;
        if (explain) {
          uncertainIds.add(id);
        }
      }
    }
    if (explain) {
      Collections.sort(upcomingIds);
      Collections.sort(uncertainIds);
    }
    return certain == 0 && uncertain > 0 ? -1 : certain;
  }

  private int overdue(RegistryIndex index, int reportDueDays, boolean explain) {
    int n = 0;
    for (Grant g : index.grantsOf(organization.id())) {
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
    @Nullable EcosocStatus ecosoc = o.ecosocStatus().filter(EcosocStatus::isActive).orElse(null);
    f.set(IS_CSO, o.isCso());
    f.set(TYPE, TYPE_CODES[o.type().ordinal()]);
    f.set(ECOSOC_STATUS, ecosoc == null ? "NONE" : ecosoc.category().name());
    f.set(ECOSOC_ACTIVE, ecosoc != null);
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
    return candidacyFacts(organization.operatingCountries().stream().anyMatch(region.countries()::contains),
        legitimate);
  }

  /**
   * The record of {@link ClassificationFacts#RLO_CANDIDACY} for any region where the organization does, or
   * does not, operate: the other facts do not depend on the region.
   */
  FactRecord candidacyFacts(boolean operatesInRegion, Optional<Boolean> legitimate) {
    FactRecord.Builder f = FactRecord.builder(RLO_CANDIDACY);
    f.set(IS_CSO, organization.isCso());
    f.set(OPERATES_IN_REGION, operatesInRegion);
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
