package org.lookingbeyond.theme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.geo.UnknownCodeException;

/**
 * An immutable thematic taxonomy: pillars and the areas within them, looked up by stable id.
 *
 * <p>Ids of pillars and areas share one namespace, so a mandate or a network's focus can name either
 * (see {@link #expand(Collection)}). Lists are in id order. Instances are immutable and safe to share
 * between threads.
 *
 * @since 0.1.0
 */
public final class Taxonomy {
  private final Map<String, Pillar> pillars;
  private final Map<String, ThematicArea> areas;

  private Taxonomy(Builder b) {
    List<String> problems = new ArrayList<>(b.problems);
    for (ThematicArea a : b.areas.values()) {
      if (!b.pillars.containsKey(a.pillarId())) {
        problems.add("area " + a.id() + " names an unknown pillar " + a.pillarId());
      }
      if (b.pillars.containsKey(a.id())) {
        problems.add("id " + a.id() + " names both a pillar and an area");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("the taxonomy", problems.stream().map(p -> new ValueProblem(
          ValueProblem.Code.INVALID_VALUE, "Taxonomy", Optional.empty(), Optional.empty(), p))
          .collect(Collectors.toList()));
    }
    this.pillars = Collections.unmodifiableMap(new TreeMap<>(b.pillars));
    this.areas = Collections.unmodifiableMap(new TreeMap<>(b.areas));
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
   * Returns a builder that starts from this taxonomy, to extend it with further areas or pillars.
   *
   * @return a new builder holding this taxonomy's pillars and areas
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    pillars.values().forEach(b::addPillar);
    areas.values().forEach(b::addArea);
    return b;
  }

  /**
   * All pillars, by id.
   *
   * @return the pillars
   * @since 0.1.0
   */
  public List<Pillar> pillars() {
    return List.copyOf(pillars.values());
  }

  /**
   * All thematic areas, by id.
   *
   * @return the areas
   * @since 0.1.0
   */
  public List<ThematicArea> areas() {
    return List.copyOf(areas.values());
  }

  /**
   * The pillar with an id.
   *
   * @param id the pillar's id
   * @return the pillar
   * @throws UnknownCodeException if no pillar has that id
   * @since 0.1.0
   */
  public Pillar pillar(String id) {
    return findPillar(id).orElseThrow(() -> UnknownCodeException.of("pillar", id, pillars.keySet()));
  }

  /**
   * The pillar with an id, if there is one.
   *
   * @param id the pillar's id
   * @return the pillar, or empty
   * @since 0.1.0
   */
  public Optional<Pillar> findPillar(String id) {
    return Optional.ofNullable(pillars.get(id));
  }

  /**
   * The thematic area with an id.
   *
   * @param id the area's id
   * @return the area
   * @throws UnknownCodeException if no area has that id
   * @since 0.1.0
   */
  public ThematicArea area(String id) {
    return findArea(id).orElseThrow(() -> UnknownCodeException.of("thematic area", id, areas.keySet()));
  }

  /**
   * The thematic area with an id, if there is one.
   *
   * @param id the area's id
   * @return the area, or empty
   * @since 0.1.0
   */
  public Optional<ThematicArea> findArea(String id) {
    return Optional.ofNullable(areas.get(id));
  }

  /**
   * The areas of a pillar, by id.
   *
   * @param pillarId the pillar's id
   * @return its areas
   * @throws UnknownCodeException if no pillar has that id
   * @since 0.1.0
   */
  public List<ThematicArea> areasOf(String pillarId) {
    String id = pillar(pillarId).id();
    return areas.values().stream().filter(a -> a.pillarId().equals(id)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The pillar of an area.
   *
   * @param areaId the area's id
   * @return its pillar
   * @throws UnknownCodeException if no area has that id
   * @since 0.1.0
   */
  public Pillar pillarOf(String areaId) {
    return pillars.get(area(areaId).pillarId());
  }

  /**
   * Whether an id names a pillar or an area of this taxonomy.
   *
   * @param id the id
   * @return true if it names one
   * @since 0.1.0
   */
  public boolean knows(String id) {
    return pillars.containsKey(id) || areas.containsKey(id);
  }

  /**
   * The area ids that a mix of pillar and area ids stands for: a pillar stands for all its areas.
   *
   * @param pillarOrAreaIds ids of pillars or areas
   * @return the area ids, sorted
   * @throws UnknownCodeException if an id names neither a pillar nor an area
   * @since 0.1.0
   */
  public Set<String> expand(Collection<String> pillarOrAreaIds) {
    Set<String> out = new TreeSet<>();
    for (String id : pillarOrAreaIds) {
      if (pillars.containsKey(id)) {
        areasOf(id).forEach(a -> out.add(a.id()));
      } else if (areas.containsKey(id)) {
        out.add(id);
      } else {
        throw new UnknownCodeException("pillar or thematic area", id,
            "expected one of the pillars " + pillars.keySet() + " or areas " + areas.keySet());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Taxonomy && pillars.equals(((Taxonomy) o).pillars) && areas.equals(((Taxonomy) o).areas);
  }

  @Override
  public int hashCode() {
    return pillars.hashCode() * 31 + areas.hashCode();
  }

  @Override
  public String toString() {
    return "Taxonomy[" + pillars.keySet() + ", " + areas.size() + " areas]";
  }

  /**
   * Collects pillars and areas; {@link #build()} checks that every area names a known pillar.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, Pillar> pillars = new LinkedHashMap<>();
    private final Map<String, ThematicArea> areas = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a pillar; a second pillar with the same id is reported by {@link #build()}.
     *
     * @param pillar the pillar
     * @return this builder
     * @since 0.1.0
     */
    public Builder addPillar(Pillar pillar) {
      if (pillars.putIfAbsent(pillar.id(), pillar) != null) {
        problems.add("pillar " + pillar.id() + " is given twice");
      }
      return this;
    }

    /**
     * Adds a thematic area; a second area with the same id is reported by {@link #build()}.
     *
     * @param area the area
     * @return this builder
     * @since 0.1.0
     */
    public Builder addArea(ThematicArea area) {
      if (areas.putIfAbsent(area.id(), area) != null) {
        problems.add("area " + area.id() + " is given twice");
      }
      return this;
    }

    /**
     * Builds the taxonomy after checking it.
     *
     * @return the taxonomy
     * @throws InvalidValueException listing every problem: duplicate ids, an area naming an unknown
     *     pillar, an id used by both a pillar and an area
     * @since 0.1.0
     */
    public Taxonomy build() {
      return new Taxonomy(this);
    }
  }
}
