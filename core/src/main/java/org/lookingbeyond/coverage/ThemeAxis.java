package org.lookingbeyond.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.Taxonomy;
import org.lookingbeyond.theme.ThematicArea;

/** The columns of a matrix for a theme level, with the index from a thematic area to its column. */
final class ThemeAxis {

  /**
   * One column.
   *
   * @param id the column's id
   * @param name the column's name
   * @param pillarId its pillar
   * @param areaIds the areas it stands for, sorted
   */
  record Column(String id, String name, String pillarId, List<String> areaIds) {}

  final List<Column> columns;
  private final Map<String, Integer> columnOfArea;
  /** For each column, the other columns of its pillar (at the area level; none at the pillar level). */
  final int[][] related;

  private ThemeAxis(List<Column> columns, boolean areaLevel) {
    this.columns = List.copyOf(columns);
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      for (String a : columns.get(c).areaIds()) {
        index.put(a, c);
      }
    }
    this.columnOfArea = index;
    this.related = new int[columns.size()][];
    for (int c = 0; c < columns.size(); c++) {
      List<Integer> same = new ArrayList<>();
      for (int o = 0; areaLevel && o < columns.size(); o++) {
        if (o != c && columns.get(o).pillarId().equals(columns.get(c).pillarId())) {
          same.add(o);
        }
      }
      related[c] = same.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The column of a thematic area, or -1 for an area the taxonomy does not know. */
  int columnOf(String areaId) {
    return columnOfArea.getOrDefault(areaId, -1);
  }

  static ThemeAxis build(ThemeLevel level, Taxonomy taxonomy) {
    List<Column> columns = new ArrayList<>();
    if (level == ThemeLevel.PILLAR) {
      for (Pillar p : taxonomy.pillars()) {
        List<String> areas = new ArrayList<>();
        taxonomy.areasOf(p.id()).forEach(a -> areas.add(a.id()));
        columns.add(new Column(p.id(), p.name(), p.id(), List.copyOf(areas)));
      }
      return new ThemeAxis(columns, false);
    }
    taxonomy.areas().stream()
        .sorted(Comparator.comparing(ThematicArea::pillarId).thenComparing(ThematicArea::id))
        .forEach(a -> columns.add(new Column(a.id(), a.name(), a.pillarId(), List.of(a.id()))));
    return new ThemeAxis(columns, true);
  }
}
