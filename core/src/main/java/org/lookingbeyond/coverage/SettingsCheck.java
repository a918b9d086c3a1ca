package org.lookingbeyond.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.theme.Taxonomy;

/**
 * Settings that name ids: an id the reference data does not know is a typo and is refused; a known id
 * that matches no row or column of the report has no effect and is a warning.
 */
final class SettingsCheck {
  private SettingsCheck() {}

  static void requireKnownIds(CoverageSettings settings, Registry registry) {
    Geography geography = registry.reference().geography();
    for (String k : settings.regionWeights().keySet()) {
      if (geography.findArea(k).isEmpty() && geography.findRegion(k).isEmpty()
          && geography.findGrouping(k).isEmpty()) {
        List<String> known = new ArrayList<>();
        geography.areas().forEach(a -> known.add(a.alpha2()));
        geography.regions().forEach(r -> known.add(r.code()));
        geography.groupings().forEach(g -> known.add(g.id()));
        throw UnknownIdException.of("region in CoverageSettings.regionWeights (a country, M49 region or grouping)",
            k, known);
      }
    }
    Taxonomy taxonomy = registry.reference().taxonomy();
    for (String k : settings.themeWeights().keySet()) {
      if (!taxonomy.knows(k)) {
        List<String> known = new ArrayList<>();
        taxonomy.pillars().forEach(p -> known.add(p.id()));
        taxonomy.areas().forEach(a -> known.add(a.id()));
        throw UnknownIdException.of("theme in CoverageSettings.themeWeights (a thematic area or pillar)", k, known);
      }
    }
    for (String n : settings.networks()) {
      if (registry.reference().findNetwork(n).isEmpty()) {
        List<String> known = new ArrayList<>();
        registry.networks().forEach(x -> known.add(x.id()));
        throw UnknownIdException.of("network in CoverageSettings.networks", n, known);
      }
    }
  }

  static List<String> withoutEffect(CoverageSettings settings, GeographyAxis rowsAxis, ThemeAxis columnsAxis) {
    List<String> warnings = new ArrayList<>();
    Set<String> rowKeys = new HashSet<>();
    rowsAxis.rows.forEach(r -> {
      rowKeys.add(r.id());
      rowKeys.addAll(r.ancestorIds());
    });
    settings.regionWeights().keySet().stream().filter(k -> !rowKeys.contains(k)).forEach(k -> warnings.add(
        "regionWeights names '" + k + "', which is neither a row of this report ("
            + settings.geographyLevel().description() + ") nor an M49 region above one; the weight has no effect"));
    Set<String> columnKeys = new HashSet<>();
    columnsAxis.columns.forEach(c -> {
      columnKeys.add(c.id());
      columnKeys.add(c.pillarId());
    });
    settings.themeWeights().keySet().stream().filter(k -> !columnKeys.contains(k)).forEach(k -> warnings.add(
        "themeWeights names '" + k + "', which is neither a column of this report (" + settings.themeLevel()
            + ") nor the pillar of one; the weight has no effect"));
    return warnings;
  }
}
