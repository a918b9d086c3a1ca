package org.lookingbeyond.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionLevel;

/**
 * The rows of a matrix for a geography level, with the index from a country to its rows that lets the
 * analysis place each organization in time proportional to its countries, never scanning rows.
 */
final class GeographyAxis {

  /**
   * One row.
   *
   * @param id the row's id
   * @param name the row's name
   * @param countries the alpha-2 codes of its countries, sorted
   * @param parentId the M49 code that decides its neighbours
   * @param ancestorIds the M49 codes whose weights the row inherits, nearest first
   * @param grouping whether the row is a grouping (neighbours also share countries)
   */
  record Row(String id, String name, List<String> countries, Optional<String> parentId, List<String> ancestorIds,
      boolean grouping) {}

  private static final int[] NONE = new int[0];

  final List<Row> rows;
  private final Map<String, int[]> rowsByCountry;
  final int[][] neighbours;

  private GeographyAxis(List<Row> rows) {
    this.rows = List.copyOf(rows);
    Map<String, List<Integer>> byCountry = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      for (String c : rows.get(r).countries()) {
        byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    byCountry.forEach((c, list) -> index.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
    this.rowsByCountry = index;
    this.neighbours = neighbours(this.rows, index);
  }

  /** The rows holding a country, in row order; none for a country outside every row. */
  int[] rowsOf(String alpha2) {
    return rowsByCountry.getOrDefault(alpha2, NONE);
  }

  static GeographyAxis build(GeographyLevel level, Geography geo) {
    switch (level.kind()) {
      case COUNTRY:
        return new GeographyAxis(countries(geo));
      case GROUPING_KIND:
        return new GeographyAxis(groupings(geo, geo.groupings(level.groupingKind().orElseThrow())));
      case GROUPINGS:
        List<Grouping> named = new ArrayList<>();
        level.groupingIds().forEach(id -> named.add(geo.grouping(id)));
        return new GeographyAxis(groupings(geo, named));
      default:
        return new GeographyAxis(m49(geo, level.regionLevel().orElseThrow()));
    }
  }

  private static List<Row> countries(Geography geo) {
    List<Row> rows = new ArrayList<>();
    for (Area a : geo.areas()) {
      List<String> ancestors = new ArrayList<>();
      a.intermediateRegionCode().ifPresent(ancestors::add);
      a.subRegionCode().ifPresent(ancestors::add);
      a.regionCode().ifPresent(ancestors::add);
      Optional<String> parent = ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(0));
      rows.add(new Row(a.alpha2(), a.name(), List.of(a.alpha2()), parent, List.copyOf(ancestors), false));
    }
    return rows;
  }

  private static List<Row> m49(Geography geo, RegionLevel level) {
    Map<String, List<String>> members = new TreeMap<>();
    for (Area a : geo.areas()) {
      Optional<String> code = a.regionCode(level);
      if (code.isEmpty() && level == RegionLevel.INTERMEDIATE_REGION) {
        // M49 assigns most countries no intermediate region: they sit in their sub-region instead.
        code = a.subRegionCode();
      }
      code.ifPresent(c -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(a.alpha2()));
    }
    List<Row> rows = new ArrayList<>();
    Map<String, List<String>> paths = new HashMap<>();
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      M49Region region = geo.region(e.getKey());
      List<String> ancestors = new ArrayList<>();
      for (Optional<String> p = region.parentCode(); p.isPresent(); p = geo.region(p.get()).parentCode()) {
        ancestors.add(p.get());
      }
      List<String> path = new ArrayList<>(ancestors);
      java.util.Collections.reverse(path);
      path.add(region.code());
      paths.put(region.code(), path);
      rows.add(new Row(region.code(), region.name(), List.copyOf(e.getValue()), region.parentCode(),
          List.copyOf(ancestors), false));
    }
    // Hierarchy order keeps the sub-regions of one region next to each other in tables and heat maps.
    rows.sort(Comparator.comparing(r -> paths.get(r.id()), GeographyAxis::comparePaths));
    return rows;
  }

  private static int comparePaths(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static List<Row> groupings(Geography geo, List<Grouping> groupings) {
    List<Row> rows = new ArrayList<>();
    groupings.stream().sorted(Comparator.comparing(Grouping::id)).forEach(g -> {
      Map<String, Integer> regions = new TreeMap<>();
      g.members().forEach(m -> geo.area(m).regionCode().ifPresent(r -> regions.merge(r, 1, Integer::sum)));
      Optional<String> dominant = Optional.empty();
      int most = 0;
      for (Map.Entry<String, Integer> e : regions.entrySet()) {
        if (e.getValue() > most) {
          most = e.getValue();
          dominant = Optional.of(e.getKey());
        }
      }
      rows.add(new Row(g.id(), g.name(), List.copyOf(g.members()), dominant, List.of(), true));
    });
    return rows;
  }

  private static int[][] neighbours(List<Row> rows, Map<String, int[]> byCountry) {
    Map<String, List<Integer>> byParent = new TreeMap<>();
    for (int r = 0; r < rows.size(); r++) {
      int row = r;
      rows.get(r).parentId().ifPresent(p -> byParent.computeIfAbsent(p, k -> new ArrayList<>()).add(row));
    }
    int[][] out = new int[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      TreeSet<Integer> near = new TreeSet<>();
      row.parentId().ifPresent(p -> near.addAll(byParent.get(p)));
      if (row.grouping()) {
        for (String c : row.countries()) {
          for (int other : byCountry.getOrDefault(c, NONE)) {
            near.add(other);
          }
        }
      }
      near.remove(r);
      out[r] = near.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
