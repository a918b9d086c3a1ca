package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.registry.Registry;

/**
 * What a classification run looks up for every organization, found once: the candidate regions of each
 * country (its M49 region and sub-region, the field office areas covering it), the priority areas, and
 * the RLO designations active on the as-of date with their countries, the sessions' days, and the
 * applications and grants by organization. Nothing here scans the organizations; each organization is
 * then derived from its own record and its own indexed history.
 */
final class RegistryIndex {
  final Registry registry;
  final ClassificationPolicy policy;
  final LocalDate asOf;
  final Geography geography;
  /** The priority areas, pillars expanded to their areas. */
  final Set<String> priorityAreas;
  /** The pillar of each thematic area of the taxonomy. */
  final Map<String, String> pillarOfArea = new HashMap<>();
  /** Seed-funding applications and grants by organization, grouped once. */
  private final Map<String, List<SeedFundingApplication>> applications = new HashMap<>();
  private final Map<String, List<Grant>> grants = new HashMap<>();
  /** For each country's alpha-2 code, its M49 place and the regions it makes an organization a candidate for. */
  private final Map<String, Place> places = new HashMap<>();
  /** The designations active on the as-of date, by organization. */
  private final Map<String, List<RloDesignation>> activeByOrganization = new HashMap<>();
  /** The countries of each region an active designation names (empty for a region the geography lacks). */
  private final Map<RegionRef, Set<String>> designatedCountries = new HashMap<>();
  /** How many candidate regions the run knows; their orders run from 0 to this count, exclusive. */
  private final int candidateRegionCount;
  /** Per session id: the epoch day it counts on for engagement, and whether it opens in the urgency window. */
  private final Map<String, long[]> sessions = new HashMap<>();
  /**
   * For each candidate region, the active designations covering it; filled as regions are asked about,
   * possibly from several threads sharing a classification.
   */
  private final Map<RegionRef, List<RloDesignation>> covering = new java.util.concurrent.ConcurrentHashMap<>();

  RegistryIndex(Registry registry, ClassificationPolicy policy, LocalDate asOf) {
    this.registry = registry;
    this.policy = policy;
    this.asOf = asOf;
    this.geography = registry.reference().geography();
    try {
      this.priorityAreas = new HashSet<>(registry.reference().taxonomy().expand(policy.settings().priorityAreas()));
    } catch (UnknownCodeException e) {
      throw new IllegalArgumentException("classification policy " + policy.id() + " " + policy.version()
          + ": a priority area is unknown to the registry's taxonomy: " + e.getMessage(), e);
    }
    registry.reference().taxonomy().areas().forEach(a -> pillarOfArea.put(a.id(), a.pillarId()));
    registry.applications().forEach(a -> applications.computeIfAbsent(a.applicantId(), k -> new ArrayList<>()).add(a));
    registry.grants().forEach(g -> grants.computeIfAbsent(g.organizationId(), k -> new ArrayList<>()).add(g));
    Map<String, List<CandidateRegion>> offices = new HashMap<>();
    List<FieldOffice> allowed = registry.reference().fieldOffices().stream()
        .filter(o -> policy.settings().rloFieldOfficeKinds().contains(o.kind())).toList();
    int order = 0;
    Map<String, CandidateRegion> m49 = new TreeMap<>();
    for (RegionLevel level : List.of(RegionLevel.REGION, RegionLevel.SUB_REGION)) {
      for (M49Region r : geography.regions(level)) {
        Set<String> countries = new HashSet<>();
        geography.countriesOf(r.code()).forEach(a -> countries.add(a.alpha2()));
        m49.put(r.code(), new CandidateRegion(RegionRef.m49(r.code()), r.name(), level == RegionLevel.REGION
            ? RegionKind.M49_REGION : RegionKind.M49_SUB_REGION, Collections.unmodifiableSet(countries), order++));
      }
    }
    for (FieldOffice o : allowed) {
      CandidateRegion region = new CandidateRegion(RegionRef.grouping(o.id()), o.name(), RegionKind.FIELD_OFFICE_AREA,
          Collections.unmodifiableSet(new HashSet<>(o.coveredCountries())), order++);
      o.coveredCountries().forEach(c -> offices.computeIfAbsent(c, k -> new ArrayList<>()).add(region));
    }
    this.candidateRegionCount = order;
    for (Area a : geography.areas()) {
      List<CandidateRegion> list = new ArrayList<>();
      a.regionCode().map(m49::get).ifPresent(list::add);
      a.subRegionCode().map(m49::get).ifPresent(list::add);
      list.addAll(offices.getOrDefault(a.alpha2(), List.of()));
      places.put(a.alpha2(), new Place(a.regionCode().orElse(null), a.subRegionCode().orElse(null), List.copyOf(list)));
    }
    long from = asOf.toEpochDay();
    long to = asOf.plusDays(policy.settings().urgencyWindowDays()).toEpochDay();
    for (Session s : registry.reference().sessions()) {
      long earliest = s.earliestStart().toEpochDay();
      long latest = s.start().orElseGet(() -> s.end().orElse(s.latestEnd())).toEpochDay();
      long window = earliest >= from && latest <= to ? CERTAIN : latest >= from && earliest <= to ? UNCERTAIN : 0;
      sessions.put(s.id(), new long[] {earliest, window});
    }
    for (RloDesignation d : registry.designations()) {
      if (d.activeOn(asOf)) {
        activeByOrganization.computeIfAbsent(d.organizationId(), k -> new ArrayList<>()).add(d);
        designatedCountries.computeIfAbsent(d.region(), this::countriesOf);
      }
    }
  }

  /** A session that certainly opens within the urgency window. */
  static final long CERTAIN = 1;
  /** A session without known days that may or may not open within the urgency window. */
  static final long UNCERTAIN = 2;

  /** The epoch day a session counts on for engagement, or {@link Long#MIN_VALUE} for an unknown session. */
  long firstDay(String sessionId) {
    long[] s = sessions.get(sessionId);
    return s == null ? Long.MIN_VALUE : s[0];
  }

  /**
   * Whether a session opens within the urgency window: {@link #CERTAIN} when every day it may open on
   * lies from the as-of date to urgencyWindowDays after it, 0 when none does, {@link #UNCERTAIN}
   * otherwise (a session whose first day is not known: from the first day of its month or year to its
   * last possible day); 0 for an unknown session.
   */
  long urgency(String sessionId) {
    long[] s = sessions.get(sessionId);
    return s == null ? 0 : s[1];
  }

  private Set<String> countriesOf(RegionRef region) {
    if (!geography.knows(region)) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    geography.countriesOf(region).forEach(a -> out.add(a.alpha2()));
    return out;
  }

  /**
   * Where M49 places a country (region and sub-region codes; none for Antarctica) and the regions it
   * makes an organization a candidate RLO for, in the run's order.
   *
   * @param region the M49 region's code, or null
   * @param subRegion the M49 sub-region's code, or null
   * @param candidates the candidate regions
   */
  record Place(@Nullable String region, @Nullable String subRegion, List<CandidateRegion> candidates) {}

  private static final Place NOWHERE = new Place(null, null, List.of());

  /** The place of a country, or a place in no region for a code the geography lacks. */
  Place place(String alpha2) {
    return places.getOrDefault(alpha2, NOWHERE);
  }

  /** The regions an organization operating in these countries is a candidate for, in the run's order. */
  List<CandidateRegion> candidateRegions(Set<String> countries) {
    if (countries.size() == 1) {
      return place(countries.iterator().next()).candidates();
    }
    List<CandidateRegion> all = new ArrayList<>();
    for (String c : countries) {
      all.addAll(place(c).candidates());
    }
    all.sort(java.util.Comparator.comparingInt(CandidateRegion::order));
    List<CandidateRegion> distinct = new ArrayList<>(all.size());
    for (CandidateRegion r : all) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1).order() != r.order()) {
        distinct.add(r);
      }
    }
    return distinct;
  }

  /**
   * Any region the geography knows, as a candidate region (for a candidacy asked about directly).
   *
   * @throws IllegalArgumentException if the geography does not know it
   */
  CandidateRegion region(RegionRef ref) {
    if (!geography.knows(ref)) {
      throw new IllegalArgumentException("region " + ref + " is unknown to the registry's geography");
    }
    String name;
    RegionKind kind;
    switch (ref.scheme()) {
      case COUNTRY:
        name = geography.area(ref.code()).name();
        kind = RegionKind.COUNTRY;
        break;
      case M49:
        M49Region r = geography.region(ref.code());
        name = r.name();
        kind = r.level() == RegionLevel.REGION ? RegionKind.M49_REGION : r.level() == RegionLevel.SUB_REGION
            ? RegionKind.M49_SUB_REGION : RegionKind.M49_INTERMEDIATE_REGION;
        break;
      default:
        org.lookingbeyond.geo.Grouping g = geography.grouping(ref.code());
        name = g.name();
        kind = g.kind() == org.lookingbeyond.geo.GroupingKind.FIELD_OFFICE_AREA ? RegionKind.FIELD_OFFICE_AREA
            : RegionKind.OTHER_GROUPING;
    }
    return new CandidateRegion(ref, name, kind, Collections.unmodifiableSet(countriesOf(ref)), Integer.MAX_VALUE);
  }

  /** How many candidate regions the run knows (M49 regions, sub-regions, field office areas of the kinds asked). */
  int candidateRegionCount() {
    return candidateRegionCount;
  }

  /** An organization's seed-funding applications, by id. */
  List<SeedFundingApplication> applicationsOf(String organizationId) {
    return applications.getOrDefault(organizationId, List.of());
  }

  /** An organization's grants, by id. */
  List<Grant> grantsOf(String organizationId) {
    return grants.getOrDefault(organizationId, List.of());
  }

  /** The designations of an organization active on the as-of date, by id. */
  List<RloDesignation> activeDesignations(String organizationId) {
    return activeByOrganization.getOrDefault(organizationId, List.of());
  }

  /**
   * The active designations covering a region: naming it, or naming a region that holds all its
   * countries (as in the seed-funding policy's G2).
   */
  List<RloDesignation> designationsCovering(CandidateRegion region) {
    return covering.computeIfAbsent(region.ref(), k -> {
      List<RloDesignation> out = new ArrayList<>();
      for (List<RloDesignation> list : activeByOrganization.values()) {
        for (RloDesignation d : list) {
          if (covers(d, region)) {
            out.add(d);
          }
        }
      }
      out.sort(java.util.Comparator.comparing(RloDesignation::id));
      return List.copyOf(out);
    });
  }

  boolean covers(RloDesignation d, CandidateRegion region) {
    if (d.region().equals(region.ref())) {
      return true;
    }
    Set<String> designated = designatedCountries.getOrDefault(d.region(), Set.of());
    return !region.countries().isEmpty() && designated.containsAll(region.countries());
  }
}
