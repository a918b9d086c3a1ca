package org.lookingbeyond.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;

/**
 * An immutable set of countries and areas, the M49 regions they belong to and named groupings of them,
 * with the look-ups every analysis needs.
 *
 * <p>Look-ups by a country's code accept the alpha-2, alpha-3 or numeric code, alpha codes in any case
 * ({@code "at"}, {@code "AUT"} and {@code "040"} all name Austria); an unknown code throws an
 * {@link UnknownCodeException} that names it. Every list this class returns is unmodifiable and in a
 * stable order: areas by alpha-2 code, regions by M49 code, groupings by id.
 *
 * <pre>{@code
 * Geography geo = ReferenceData.defaults().geography();
 * geo.area("ke").name();                               // "Kenya"
 * geo.regionOf("KEN", RegionLevel.SUB_REGION);         // 202 Sub-Saharan Africa
 * geo.countriesOf(RegionRef.grouping("ROEA")).size();  // 13
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Geography {
  private static final String AREA_HINT =
      "expected an ISO 3166-1 alpha-2, alpha-3 or numeric code, such as AT, AUT or 040";

  private final List<Area> areas;
  private final Map<String, Area> byCode;
  private final Map<String, M49Region> regions;
  private final Map<String, List<Area>> areasByRegion;
  private final Map<String, Grouping> groupings;

  private Geography(Builder b) {
    List<String> problems = new ArrayList<>(b.duplicates);
    Map<String, Area> codes = new LinkedHashMap<>();
    TreeMap<String, Area> sorted = new TreeMap<>();
    for (Area a : b.areas.values()) {
      sorted.put(a.alpha2(), a);
      for (String code : List.of(a.alpha3(), a.numeric())) {
        Area clash = codes.put(code, a);
        if (clash != null) {
          problems.add("code " + code + " is used by both " + clash.alpha2() + " and " + a.alpha2());
        }
      }
      codes.put(a.alpha2(), a);
    }
    TreeMap<String, M49Region> regionMap = new TreeMap<>(b.regions);
    for (M49Region r : regionMap.values()) {
      r.parentCode().ifPresent(p -> {
        M49Region parent = regionMap.get(p);
        if (parent == null) {
          problems.add("M49 region " + r + " names an unknown parent " + p);
        } else if (r.level().parent().orElseThrow() != parent.level()) {
          problems.add("M49 region " + r + " (" + r.level() + ") has parent " + parent + " of level "
              + parent.level());
        }
      });
    }
    Map<String, List<Area>> members = new TreeMap<>();
    for (Area a : sorted.values()) {
      Optional<String> above = Optional.empty();
      for (RegionLevel level : RegionLevel.values()) {
        Optional<String> code = a.regionCode(level);
        if (code.isEmpty()) {
          continue;
        }
        M49Region r = regionMap.get(code.get());
        if (r == null) {
          problems.add("area " + a + " names an unknown M49 " + level + " " + code.get());
        } else if (r.level() != level) {
          problems.add("area " + a + " names " + r + " as its " + level + " but it is a " + r.level());
        } else if (above.isPresent() && !r.parentCode().equals(above)) {
          problems.add("area " + a + ": " + r + " is not part of " + above.get());
        }
        members.computeIfAbsent(code.get(), k -> new ArrayList<>()).add(a);
        above = code;
      }
    }
    TreeMap<String, Grouping> groupingMap = new TreeMap<>(b.groupings);
    for (Grouping g : groupingMap.values()) {
      for (String m : g.members()) {
        if (!sorted.containsKey(m)) {
          problems.add("grouping " + g.id() + " names an unknown country " + m);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("the geography", problems.stream().map(p -> new ValueProblem(
          ValueProblem.Code.INVALID_VALUE, "Geography", Optional.empty(), Optional.empty(), p))
          .collect(Collectors.toList()));
    }
    this.areas = List.copyOf(sorted.values());
    this.byCode = Map.copyOf(codes);
    this.regions = Collections.unmodifiableMap(regionMap);
    this.areasByRegion = members.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    this.groupings = Collections.unmodifiableMap(groupingMap);
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this geography's contents, to extend or replace them.
   *
   * @return a new builder holding this geography's areas, regions and groupings
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    areas.forEach(b::addArea);
    regions.values().forEach(b::addRegion);
    groupings.values().forEach(b::addGrouping);
    return b;
  }

  /**
   * Returns a copy with groupings added; a grouping with the id of an existing one replaces it.
   *
   * @param extra the groupings to add
   * @return the new geography
   * @throws InvalidValueException if a grouping names an unknown country
   * @since 0.1.0
   */
  public Geography withGroupings(Collection<Grouping> extra) {
    Builder b = toBuilder();
    extra.forEach(b::addGrouping);
    return b.build();
  }

  /**
   * All countries and areas, by alpha-2 code.
   *
   * @return the areas
   * @since 0.1.0
   */
  public List<Area> areas() {
    return areas;
  }

  /**
   * The country or area with a code.
   *
   * @param code an alpha-2, alpha-3 or numeric code; alpha codes in any case
   * @return the area
   * @throws UnknownCodeException if no area has that code
   * @since 0.1.0
   */
  public Area area(String code) {
    return findArea(code).orElseThrow(() -> new UnknownCodeException("country or area", code, AREA_HINT));
  }

  /**
   * The country or area with a code, if there is one.
   *
   * @param code an alpha-2, alpha-3 or numeric code; alpha codes in any case
   * @return the area, or empty
   * @since 0.1.0
   */
  public Optional<Area> findArea(String code) {
    return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * All M49 regions, sub-regions and intermediate regions, by code.
   *
   * @return the regions
   * @since 0.1.0
   */
  public List<M49Region> regions() {
    return List.copyOf(regions.values());
  }

  /**
   * The M49 regions of one level, by code.
   *
   * @param level the level
   * @return the regions of that level
   * @since 0.1.0
   */
  public List<M49Region> regions(RegionLevel level) {
    return regions.values().stream().filter(r -> r.level() == level).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The M49 region with a code.
   *
   * @param m49Code a three-digit code such as {@code "202"}
   * @return the region
   * @throws UnknownCodeException if no region has that code
   * @since 0.1.0
   */
  public M49Region region(String m49Code) {
    return findRegion(m49Code).orElseThrow(() -> new UnknownCodeException("M49 region", m49Code,
        "expected the three-digit code of an M49 region, sub-region or intermediate region, such as 002 or 202"));
  }

  /**
   * The M49 region with a code, if there is one.
   *
   * @param m49Code a three-digit code
   * @return the region, or empty
   * @since 0.1.0
   */
  public Optional<M49Region> findRegion(String m49Code) {
    return Optional.ofNullable(regions.get(m49Code.strip()));
  }

  /**
   * The regions directly below a region, by code.
   *
   * @param m49Code the parent's code
   * @return its sub-regions or intermediate regions; empty for an intermediate region
   * @throws UnknownCodeException if no region has that code
   * @since 0.1.0
   */
  public List<M49Region> children(String m49Code) {
    String code = region(m49Code).code();
    return regions.values().stream()
        .filter(r -> r.parentCode().filter(code::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The countries and areas of an M49 region at any level, by alpha-2 code.
   *
   * @param m49Code the code of a region, sub-region or intermediate region
   * @return its countries and areas
   * @throws UnknownCodeException if no region has that code
   * @since 0.1.0
   */
  public List<Area> countriesOf(String m49Code) {
    return areasByRegion.getOrDefault(region(m49Code).code(), List.of());
  }

  /**
   * The countries and areas a reference names, by alpha-2 code.
   *
   * @param ref a country, an M49 region or a grouping
   * @return the countries and areas
   * @throws UnknownCodeException if the reference names nothing this geography knows
   * @since 0.1.0
   */
  public List<Area> countriesOf(RegionRef ref) {
    switch (ref.scheme()) {
      case COUNTRY:
        return List.of(area(ref.code()));
      case M49:
        return countriesOf(ref.code());
      default:
        return grouping(ref.code()).members().stream().map(this::area).collect(Collectors.toUnmodifiableList());
    }
  }

  /**
   * Whether a country or area belongs to what a reference names.
   *
   * @param ref a country, an M49 region or a grouping
   * @param areaCode an alpha-2, alpha-3 or numeric code
   * @return true if the area is part of it
   * @throws UnknownCodeException if the reference or the area code is unknown
   * @since 0.1.0
   */
  public boolean contains(RegionRef ref, String areaCode) {
    Area area = area(areaCode);
    switch (ref.scheme()) {
      case COUNTRY:
        return area(ref.code()).equals(area);
      case M49:
        String code = region(ref.code()).code();
        return code.equals(area.regionCode(region(code).level()).orElse(null));
      default:
        return grouping(ref.code()).members().contains(area.alpha2());
    }
  }

  /**
   * Whether a reference names something this geography knows.
   *
   * @param ref the reference
   * @return true if {@link #countriesOf(RegionRef)} would succeed
   * @since 0.1.0
   */
  public boolean knows(RegionRef ref) {
    switch (ref.scheme()) {
      case COUNTRY:
        return findArea(ref.code()).isPresent();
      case M49:
        return regions.containsKey(ref.code());
      default:
        return groupings.containsKey(ref.code());
    }
  }

  /**
   * The region of a country or area at a level.
   *
   * @param areaCode an alpha-2, alpha-3 or numeric code
   * @param level the level
   * @return the region, or empty where the area has none at that level (most countries have no
   *     intermediate region; Antarctica has no region at all)
   * @throws UnknownCodeException if the area code is unknown
   * @since 0.1.0
   */
  public Optional<M49Region> regionOf(String areaCode, RegionLevel level) {
    return area(areaCode).regionCode(level).map(regions::get);
  }

  /**
   * All groupings, by id.
   *
   * @return the groupings
   * @since 0.1.0
   */
  public List<Grouping> groupings() {
    return List.copyOf(groupings.values());
  }

  /**
   * The groupings of one kind, by id.
   *
   * @param kind the kind
   * @return the groupings of that kind
   * @since 0.1.0
   */
  public List<Grouping> groupings(GroupingKind kind) {
    return groupings.values().stream().filter(g -> g.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The grouping with an id.
   *
   * @param id the grouping's id
   * @return the grouping
   * @throws UnknownCodeException if no grouping has that id
   * @since 0.1.0
   */
  public Grouping grouping(String id) {
    return findGrouping(id).orElseThrow(() -> UnknownCodeException.of("grouping", id, groupings.keySet()));
  }

  /**
   * The grouping with an id, if there is one.
   *
   * @param id the grouping's id
   * @return the grouping, or empty
   * @since 0.1.0
   */
  public Optional<Grouping> findGrouping(String id) {
    return Optional.ofNullable(groupings.get(id));
  }

  /**
   * The groupings of a kind that a country or area belongs to, by id. Field office areas may overlap,
   * so a country can be in several.
   *
   * @param areaCode an alpha-2, alpha-3 or numeric code
   * @param kind the kind of grouping
   * @return the groupings
   * @throws UnknownCodeException if the area code is unknown
   * @since 0.1.0
   */
  public List<Grouping> groupingsOf(String areaCode, GroupingKind kind) {
    String alpha2 = area(areaCode).alpha2();
    return groupings.values().stream()
        .filter(g -> g.kind() == kind && g.members().contains(alpha2))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Geography
        && areas.equals(((Geography) o).areas)
        && regions.equals(((Geography) o).regions)
        && groupings.equals(((Geography) o).groupings);
  }

  @Override
  public int hashCode() {
    return areas.hashCode() * 31 + groupings.hashCode();
  }

  @Override
  public String toString() {
    return "Geography[" + areas.size() + " areas, " + regions.size() + " regions, " + groupings.size()
        + " groupings]";
  }

  /**
   * Collects areas, regions and groupings; {@link #build()} checks that they fit together.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, M49Region> regions = new LinkedHashMap<>();
    private final Map<String, Grouping> groupings = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a country or area; an area with the same alpha-2 code is a mistake reported by {@link #build()}.
     *
     * @param area the area
     * @return this builder
     * @since 0.1.0
     */
    public Builder addArea(Area area) {
      if (areas.putIfAbsent(area.alpha2(), area) != null) {
        duplicates.add("area " + area.alpha2() + " is given twice");
      }
      return this;
    }

    /**
     * Adds an M49 region; a region with the same code is a mistake reported by {@link #build()}.
     *
     * @param region the region
     * @return this builder
     * @since 0.1.0
     */
    public Builder addRegion(M49Region region) {
      M49Region old = regions.putIfAbsent(region.code(), region);
      if (old != null && !old.equals(region)) {
        duplicates.add("M49 region " + region.code() + " is given twice with different names or levels");
      }
      return this;
    }

    /**
     * Adds a grouping, replacing one with the same id.
     *
     * @param grouping the grouping
     * @return this builder
     * @since 0.1.0
     */
    public Builder addGrouping(Grouping grouping) {
      groupings.put(grouping.id(), grouping);
      return this;
    }

    /**
     * Removes the grouping with an id.
     *
     * @param id the grouping's id
     * @return this builder
     * @throws UnknownCodeException if no grouping has that id, so that a mistyped id is not silently kept
     * @since 0.1.0
     */
    public Builder removeGrouping(String id) {
      if (groupings.remove(id) == null) {
        throw UnknownCodeException.of("grouping", id, groupings.keySet());
      }
      return this;
    }

    /**
     * Builds the geography after checking it.
     *
     * @return the geography
     * @throws InvalidValueException listing every problem found: duplicate codes, unknown or
     *     mis-levelled regions, an area whose sub-region is not part of its region, a grouping that
     *     names an unknown country
     * @since 0.1.0
     */
    public Geography build() {
      return new Geography(this);
    }
  }
}
