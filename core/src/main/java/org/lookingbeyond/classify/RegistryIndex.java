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
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.registry.Registry;

/**
 * What a classification run looks up for every organization, found once: the candidate regions of each
 * country (its M49 region and sub-region, the field office areas covering it), the priority areas, and
 * the RLO designations active on the as-of date with their countries. Nothing here scans the
 * organizations; each organization is then derived from its own record and its own indexed history.
 */
final class RegistryIndex {
  final Registry registry;
  final ClassificationPolicy policy;
  final LocalDate asOf;
  final Geography geography;
  /** The priority areas, pillars expanded to their areas. */
  final Set<String> priorityAreas;
  /** For each country's alpha-2 code, the regions it makes an organization a candidate for, in order. */
  private final Map<String, List<CandidateRegion>> regionsOfCountry = new HashMap<>();
  /** The designations active on the as-of date, by organization. */
  private final Map<String, List<RloDesignation>> activeByOrganization = new HashMap<>();
  /** The countries of each region an active designation names (empty for a region the geography lacks). */
  private final Map<RegionRef, Set<String>> designatedCountries = new HashMap<>();
  /** For each candidate region, the active designations covering it; filled as regions are asked about. */
  private final Map<RegionRef, List<RloDesignation>> covering = new HashMap<>();

  RegistryIndex(Registry registry, ClassificationPolicy policy, LocalDate asOf) {
    this.registry = registry;
    this.policy = policy;
    this.asOf = asOf;
    this.geography = registry.reference().geography();
    try {
      this.priorityAreas = registry.reference().taxonomy().expand(policy.settings().priorityAreas());
    } catch (UnknownCodeException e) {
      throw new IllegalArgumentException("classification policy " + policy.id() + " " + policy.version()
          + ": a priority area is unknown to the registry's taxonomy: " + e.getMessage(), e);
    }
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
    for (Area a : geography.areas()) {
      List<CandidateRegion> list = new ArrayList<>();
      a.regionCode().map(m49::get).ifPresent(list::add);
      a.subRegionCode().map(m49::get).ifPresent(list::add);
      list.addAll(offices.getOrDefault(a.alpha2(), List.of()));
      regionsOfCountry.put(a.alpha2(), List.copyOf(list));
    }
    for (RloDesignation d : registry.designations()) {
      if (d.activeOn(asOf)) {
        activeByOrganization.computeIfAbsent(d.organizationId(), k -> new ArrayList<>()).add(d);
        designatedCountries.computeIfAbsent(d.region(), this::countriesOf);
      }
    }
  }

  private Set<String> countriesOf(RegionRef region) {
    if (!geography.knows(region)) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    geography.countriesOf(region).forEach(a -> out.add(a.alpha2()));
    return out;
  }

  /** The regions an organization operating in these countries is a candidate for, in the run's order. */
  List<CandidateRegion> candidateRegions(Set<String> countries) {
    Map<Integer, CandidateRegion> sorted = new TreeMap<>();
    for (String c : countries) {
      for (CandidateRegion r : regionsOfCountry.getOrDefault(c, List.of())) {
        sorted.put(r.order(), r);
      }
    }
    return List.copyOf(sorted.values());
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

  /** The M49 region and sub-region codes of a country, if M49 places it in one (Antarctica: none). */
  String[] m49Of(String alpha2) {
    Area a = geography.findArea(alpha2).orElse(null);
    if (a == null) {
      return new String[] {null, null};
    }
    return new String[] {a.regionCode().orElse(null), a.subRegionCode().orElse(null)};
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
