package org.lookingbeyond.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.registry.Registry;

/**
 * One run of the analysis over one registry. Each organization is placed once: its countries are
 * looked up in the country-to-rows index and its areas in the area-to-column index, and it is appended
 * to each of its cells, so the work is proportional to organizations x countries x areas. Organizations
 * are visited in id order, so every cell's members come out sorted without sorting.
 */
final class Analysis {
  private final CoverageSettings settings;
  private final Registry registry;
  private final Geography geography;
  private final GeographyAxis rowsAxis;
  private final ThemeAxis columnsAxis;
  private final int rowCount;
  private final int columnCount;

  /** The organizations placed in at least one cell, in id order; cells refer to them by index. */
  private final List<Organization> placed = new ArrayList<>();
  private final List<EngagementTier> placedTiers = new ArrayList<>();
  private final IntList placedSessions = new IntList();
  private final IntList[] cells;
  private final int[] rowTotals;
  private final int[] columnTotals;
  private final Map<Integer, BitSet> rloRows = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  Analysis(CoverageSettings settings, Registry registry) {
    this.settings = settings;
    this.registry = registry;
    this.geography = registry.reference().geography();
    this.rowsAxis = GeographyAxis.build(settings.geographyLevel(), geography);
    this.columnsAxis = ThemeAxis.build(settings.themeLevel(), registry.reference().taxonomy());
    this.rowCount = rowsAxis.rows.size();
    this.columnCount = columnsAxis.columns.size();
    this.cells = new IntList[rowCount * columnCount];
    this.rowTotals = new int[rowCount];
    this.columnTotals = new int[columnCount];
  }

  CoverageReport run() {
    SettingsCheck.requireKnownIds(settings, registry);
    EnumMap<Exclusion, Integer> exclusions = new EnumMap<>(Exclusion.class);
    for (Exclusion e : Exclusion.values()) {
      exclusions.put(e, 0);
    }
    TreeSet<String> outside = new TreeSet<>();
    List<UnplaceableOrganization> unplaceable = new ArrayList<>();
    place(exclusions, outside, unplaceable);
    designateRlos();
    List<CoverageCell> cellList = cells();
    List<CoverageRow> rows = rows();
    List<CoverageColumn> columns = columns();
    long[] totals = new long[rowCount];
    for (int r = 0; r < rowCount; r++) {
      totals[r] = rowTotals[r];
    }
    List<Ranked> ranked = rankGaps(cellList);
    List<PriorityGap> gaps = new ArrayList<>();
    for (int i = 0; i < Math.min(ranked.size(), settings.maxPriorityGaps()); i++) {
      gaps.add(ranked.get(i).toGap(i + 1, candidates(ranked.get(i).row, ranked.get(i).column)));
    }
    warnings.addAll(SettingsCheck.withoutEffect(settings, rowsAxis, columnsAxis));
    warnings.sort(Comparator.naturalOrder());
    return CoverageReport.builder().settings(settings).registryOrganizations(registry.organizations().size())
        .exclusions(exclusions).unplaceable(unplaceable).placedOrganizations(placed.size())
        .countriesOutsideRows(outside).rows(rows).columns(columns).cells(cellList)
        .overallConcentration(Measures.of(totals)).priorityGaps(gaps).priorityGapCount(ranked.size())
        .warnings(warnings).build();
  }

  // ---------------------------------------------------------------- placing organizations

  private void place(Map<Exclusion, Integer> exclusions, Set<String> outside,
      List<UnplaceableOrganization> unplaceable) {
    int[] rowStamp = new int[rowCount];
    int[] columnStamp = new int[columnCount];
    Arrays.fill(rowStamp, -1);
    Arrays.fill(columnStamp, -1);
    int[] rowBuffer = new int[rowCount];
    int[] columnBuffer = new int[columnCount];
    int visit = 0;
    for (Organization o : registry.organizations()) {
      visit++;
      Optional<Exclusion> excluded = filter(o);
      if (excluded.isPresent()) {
        exclusions.merge(excluded.get(), 1, Integer::sum);
        continue;
      }
      EngagementTier tier = settings.engagementRule().assess(registry, o.id(), settings.asOf()).tier();
      if (!settings.engagementTiers().contains(tier)) {
        exclusions.merge(Exclusion.ENGAGEMENT_TIER, 1, Integer::sum);
        continue;
      }
      // Stamps deduplicate rows and columns without a set per organization.
      int rowsFound = 0;
      TreeSet<String> orgOutside = new TreeSet<>();
      for (String country : o.operatingCountries()) {
        int[] rs = rowsAxis.rowsOf(country);
        if (rs.length == 0) {
          orgOutside.add(country);
        }
        for (int r : rs) {
          if (rowStamp[r] != visit) {
            rowStamp[r] = visit;
            rowBuffer[rowsFound++] = r;
          }
        }
      }
      outside.addAll(orgOutside);
      int columnsFound = 0;
      for (String area : o.thematicAreas()) {
        int c = columnsAxis.columnOf(area);
        if (c >= 0 && columnStamp[c] != visit) {
          columnStamp[c] = visit;
          columnBuffer[columnsFound++] = c;
        }
      }
      if (rowsFound == 0 || columnsFound == 0) {
        unplaceable.add(unplaceable(o, rowsFound, columnsFound, orgOutside));
        continue;
      }
      Arrays.sort(rowBuffer, 0, rowsFound);
      Arrays.sort(columnBuffer, 0, columnsFound);
      int index = placed.size();
      placed.add(o);
      placedTiers.add(tier);
      placedSessions.add(sessionsInPeriod(o));
      for (int i = 0; i < rowsFound; i++) {
        int r = rowBuffer[i];
        rowTotals[r]++;
        for (int j = 0; j < columnsFound; j++) {
          int cell = r * columnCount + columnBuffer[j];
          if (cells[cell] == null) {
            cells[cell] = new IntList();
          }
          cells[cell].add(index);
        }
      }
      for (int j = 0; j < columnsFound; j++) {
        columnTotals[columnBuffer[j]]++;
      }
    }
  }

  private Optional<Exclusion> filter(Organization o) {
    if (!settings.organizationTypes().contains(o.type())) {
      return Optional.of(Exclusion.ORGANIZATION_TYPE);
    }
    if (settings.requireRegisteredByAsOf()
        && o.registrationDate().filter(d -> d.isAfter(settings.asOf())).isPresent()) {
      return Optional.of(Exclusion.NOT_YET_REGISTERED);
    }
    if (!settings.networks().isEmpty()
        && settings.networks().stream().noneMatch(n -> o.isMemberOn(n, settings.asOf()))) {
      return Optional.of(Exclusion.NETWORK);
    }
    return Optional.empty();
  }

  private UnplaceableOrganization unplaceable(Organization o, int rowsFound, int columnsFound,
      Set<String> orgOutside) {
    List<UnplaceableOrganization.Reason> reasons = new ArrayList<>();
    List<String> words = new ArrayList<>();
    if (o.operatingCountries().isEmpty()) {
      reasons.add(UnplaceableOrganization.Reason.NO_COUNTRIES);
      words.add("names no country it operates in");
    }
    if (columnsFound == 0) {
      reasons.add(UnplaceableOrganization.Reason.NO_THEMATIC_AREAS);
      words.add(o.thematicAreas().isEmpty() ? "names no thematic area"
          : "names no thematic area of the taxonomy (" + String.join(", ", o.thematicAreas()) + ")");
    }
    if (rowsFound == 0 && !o.operatingCountries().isEmpty()) {
      reasons.add(UnplaceableOrganization.Reason.COUNTRIES_OUTSIDE_EVERY_ROW);
      words.add("operates only in " + String.join(", ", orgOutside) + ", which no "
          + settings.geographyLevel().description() + " holds");
    }
    return UnplaceableOrganization.builder().organizationId(o.id()).organizationName(o.name()).reasons(reasons)
        .countriesOutsideRows(rowsFound == 0 ? orgOutside : Set.of()).message(String.join("; ", words)).build();
  }

  /** The distinct sessions the organization took part in that start within the participation period. */
  private int sessionsInPeriod(Organization o) {
    LocalDate start = settings.participationStart();
    LocalDate end = settings.participationEnd();
    int count = 0;
    String previous = null;
    // Participations come by session, so one session's kinds are consecutive.
    for (Participation p : registry.participationsOf(o.id())) {
      if (p.sessionId().equals(previous) || !p.kind().tookPart()) {
        continue;
      }
      Optional<Session> session = registry.reference().findSession(p.sessionId());
      if (session.isPresent()) {
        LocalDate day = session.get().earliestStart();
        if (!day.isBefore(start) && !day.isAfter(end)) {
          count++;
          previous = p.sessionId();
        }
      }
    }
    return count;
  }

  /** Marks, for each placed organization holding an active designation, the rows its regions overlap. */
  private void designateRlos() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < placed.size(); i++) {
      index.put(placed.get(i).id(), i);
    }
    for (RloDesignation d : registry.designations()) {
      Integer p = index.get(d.organizationId());
      if (p == null || !d.activeOn(settings.asOf())) {
        continue;
      }
      if (!geography.knows(d.region())) {
        warnings.add("RLO designation " + d.id() + " names " + d.region() + ", which the geography does not know");
        continue;
      }
      BitSet bits = rloRows.computeIfAbsent(p, k -> new BitSet(rowCount));
      for (Area a : geography.countriesOf(d.region())) {
        for (int r : rowsAxis.rowsOf(a.alpha2())) {
          bits.set(r);
        }
      }
    }
  }

  // ---------------------------------------------------------------- the matrix

  private List<CoverageCell> cells() {
    List<CoverageCell> out = new ArrayList<>(cells.length);
    for (int r = 0; r < rowCount; r++) {
      for (int c = 0; c < columnCount; c++) {
        IntList members = cells[r * columnCount + c];
        List<String> ids = new ArrayList<>();
        List<String> engaged = new ArrayList<>();
        List<String> rlos = new ArrayList<>();
        int participations = 0;
        for (int i = 0; members != null && i < members.size(); i++) {
          int p = members.get(i);
          String id = placed.get(p).id();
          ids.add(id);
          if (settings.engagedTiers().contains(placedTiers.get(p))) {
            engaged.add(id);
          }
          BitSet rlo = rloRows.get(p);
          if (rlo != null && rlo.get(r)) {
            rlos.add(id);
          }
          participations += placedSessions.get(p);
        }
        out.add(status(CoverageCell.builder().rowId(rowsAxis.rows.get(r).id()).columnId(columnsAxis.columns.get(c).id())
            .organizationIds(ids).engagedOrganizationIds(engaged).rloOrganizationIds(rlos)
            .participations(participations), ids.size()).build());
      }
    }
    return out;
  }

  private CoverageCell.Builder status(CoverageCell.Builder cell, int count) {
    int gap = settings.gapBelow();
    int weak = settings.weakBelow();
    if (count < gap) {
      return cell.status(CellStatus.GAP).thresholdName("gapBelow").threshold(gap)
          .statusReason(csos(count) + ": fewer than gapBelow = " + gap);
    }
    if (count < weak) {
      return cell.status(CellStatus.WEAK).thresholdName("weakBelow").threshold(weak)
          .statusReason(csos(count) + ": fewer than weakBelow = " + weak + ", not fewer than gapBelow = " + gap);
    }
    return cell.status(CellStatus.COVERED).thresholdName("weakBelow").threshold(weak)
        .statusReason(csos(count) + ": not fewer than weakBelow = " + weak);
  }

  static String csos(int count) {
    return count + (count == 1 ? " CSO" : " CSOs");
  }

  private List<CoverageRow> rows() {
    List<CoverageRow> out = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      GeographyAxis.Row row = rowsAxis.rows.get(r);
      List<String> near = new ArrayList<>();
      for (int n : rowsAxis.neighbours[r]) {
        near.add(rowsAxis.rows.get(n).id());
      }
      if (row.countries().isEmpty()) {
        warnings.add("row " + row.id() + " (" + row.name() + ") holds no country; its cells are always empty");
      }
      out.add(CoverageRow.builder().id(row.id()).name(row.name()).countries(row.countries()).parentId(row.parentId())
          .neighbourIds(near).organizationCount(rowTotals[r]).build());
    }
    return out;
  }

  private List<CoverageColumn> columns() {
    List<CoverageColumn> out = new ArrayList<>();
    for (int c = 0; c < columnCount; c++) {
      ThemeAxis.Column column = columnsAxis.columns.get(c);
      long[] counts = new long[rowCount];
      for (int r = 0; r < rowCount; r++) {
        IntList members = cells[r * columnCount + c];
        counts[r] = members == null ? 0 : members.size();
      }
      out.add(CoverageColumn.builder().id(column.id()).name(column.name()).pillarId(column.pillarId())
          .areaIds(column.areaIds()).organizationCount(columnTotals[c]).concentration(Measures.of(counts)).build());
    }
    return out;
  }

  // ---------------------------------------------------------------- priority gaps

  /** A cell that qualifies for the priority list, with the facts of its score. */
  private final class Ranked {
    final int row;
    final int column;
    final CoverageCell cell;
    final double severity;
    final Weight region;
    final Weight theme;
    final double score;

    Ranked(int row, int column, CoverageCell cell) {
      this.row = row;
      this.column = column;
      this.cell = cell;
      this.severity = (settings.weakBelow() - cell.csoCount()) / (double) settings.weakBelow();
      this.region = regionWeight(row);
      this.theme = themeWeight(column);
      this.score = region.value * theme.value * severity;
    }

    PriorityGap toGap(int rank, List<GapCandidate> candidates) {
      int weak = settings.weakBelow();
      String explanation = String.format(Locale.ROOT,
          "%s with %s; severity = (%d - %d) / %d = %.3f; score = region weight %.3f (%s)"
              + " x theme weight %.3f (%s) x severity %.3f = %.3f",
          cell.status(), csos(cell.csoCount()), weak, cell.csoCount(), weak, severity, region.value,
          region.key.map(k -> "from " + k).orElse("default"), theme.value,
          theme.key.map(k -> "from " + k).orElse("default"), severity, score);
      return PriorityGap.builder().rank(rank).rowId(cell.rowId()).columnId(cell.columnId()).status(cell.status())
          .csoCount(cell.csoCount()).weakBelow(weak).severity(severity).regionWeight(region.value)
          .regionWeightKey(region.key).themeWeight(theme.value).themeWeightKey(theme.key).score(score)
          .explanation(explanation).candidates(candidates).build();
    }
  }

  /**
   * A weight and the settings key it came from.
   *
   * @param value the weight
   * @param key the key, or empty for the default
   */
  private record Weight(double value, Optional<String> key) {}

  private Weight regionWeight(int row) {
    GeographyAxis.Row r = rowsAxis.rows.get(row);
    List<String> keys = new ArrayList<>();
    keys.add(r.id());
    keys.addAll(r.ancestorIds());
    return weight(settings.regionWeights(), keys);
  }

  private Weight themeWeight(int column) {
    ThemeAxis.Column c = columnsAxis.columns.get(column);
    return weight(settings.themeWeights(), c.id().equals(c.pillarId()) ? List.of(c.id()) : List.of(c.id(), c.pillarId()));
  }

  private static Weight weight(Map<String, Double> weights, List<String> keys) {
    for (String k : keys) {
      Double w = weights.get(k);
      if (w != null) {
        return new Weight(w, Optional.of(k));
      }
    }
    return new Weight(CoverageSettings.DEFAULT_WEIGHT, Optional.empty());
  }

  private List<Ranked> rankGaps(List<CoverageCell> cellList) {
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < cellList.size(); i++) {
      CoverageCell cell = cellList.get(i);
      // A row that holds no country (a liaison office's area) cannot be filled: its cells are not priorities.
      boolean fillable = !rowsAxis.rows.get(i / columnCount).countries().isEmpty();
      boolean qualifies = fillable && (cell.status() == CellStatus.GAP
          || (cell.status() == CellStatus.WEAK && settings.prioritizeWeakCells()));
      if (qualifies) {
        Ranked r = new Ranked(i / columnCount, i % columnCount, cell);
        if (r.score > 0) {
          ranked.add(r);
        }
      }
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score).thenComparingDouble(r -> -r.severity)
        .thenComparingInt(r -> r.row).thenComparingInt(r -> r.column));
    return ranked;
  }

  // ---------------------------------------------------------------- candidates

  /** What links one organization to one gap. */
  private static final class Link {
    final TreeSet<Integer> relatedColumns = new TreeSet<>();
    final TreeSet<Integer> nearbyRows = new TreeSet<>();

    int strength() {
      return relatedColumns.size() + nearbyRows.size();
    }
  }

  private List<GapCandidate> candidates(int row, int column) {
    if (settings.maxCandidatesPerGap() == 0) {
      return List.of();
    }
    IntList here = cells[row * columnCount + column];
    TreeMap<Integer, Link> links = new TreeMap<>();
    for (int other : columnsAxis.related[column]) {
      IntList members = cells[row * columnCount + other];
      for (int i = 0; members != null && i < members.size(); i++) {
        int p = members.get(i);
        if (here == null || !here.containsSorted(p)) {
          links.computeIfAbsent(p, k -> new Link()).relatedColumns.add(other);
        }
      }
    }
    for (int near : rowsAxis.neighbours[row]) {
      IntList members = cells[near * columnCount + column];
      for (int i = 0; members != null && i < members.size(); i++) {
        int p = members.get(i);
        if (here == null || !here.containsSorted(p)) {
          links.computeIfAbsent(p, k -> new Link()).nearbyRows.add(near);
        }
      }
    }
    List<Map.Entry<Integer, Link>> ordered = new ArrayList<>(links.entrySet());
    // Engaged first, then the strongest links, then presence in the place before presence nearby.
    ordered.sort(Comparator.comparing((Map.Entry<Integer, Link> e) ->
            !settings.engagedTiers().contains(placedTiers.get(e.getKey())))
        .thenComparingInt(e -> -e.getValue().strength())
        .thenComparing(e -> e.getValue().relatedColumns.isEmpty())
        .thenComparing(e -> placed.get(e.getKey()).id()));
    List<GapCandidate> out = new ArrayList<>();
    for (int i = 0; i < Math.min(ordered.size(), settings.maxCandidatesPerGap()); i++) {
      int p = ordered.get(i).getKey();
      Link link = ordered.get(i).getValue();
      EngagementTier tier = placedTiers.get(p);
      out.add(GapCandidate.builder().rank(i + 1).organizationId(placed.get(p).id())
          .organizationName(placed.get(p).name()).tier(tier).engaged(settings.engagedTiers().contains(tier))
          .strength(link.strength()).reasons(reasons(row, column, link)).build());
    }
    return out;
  }

  private List<CandidateReason> reasons(int row, int column, Link link) {
    List<CandidateReason> reasons = new ArrayList<>();
    String rowLabel = rowsAxis.rows.get(row).id() + " " + rowsAxis.rows.get(row).name();
    ThemeAxis.Column gap = columnsAxis.columns.get(column);
    if (!link.relatedColumns.isEmpty()) {
      List<String> areas = new ArrayList<>();
      link.relatedColumns.forEach(c -> areas.add(columnsAxis.columns.get(c).id()));
      reasons.add(CandidateReason.builder().kind(CandidateReason.Kind.RELATED_AREA_HERE).via(areas)
          .message("works on " + String.join(", ", areas) + " in " + rowLabel + ", of the same pillar "
              + gap.pillarId())
          .build());
    }
    if (!link.nearbyRows.isEmpty()) {
      List<String> ids = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      link.nearbyRows.forEach(r -> {
        ids.add(rowsAxis.rows.get(r).id());
        labels.add(rowsAxis.rows.get(r).id() + " " + rowsAxis.rows.get(r).name());
      });
      reasons.add(CandidateReason.builder().kind(CandidateReason.Kind.SAME_THEME_NEARBY).via(ids)
          .message("works on " + gap.id() + " in the neighbouring " + String.join(", ", labels)).build());
    }
    return reasons;
  }
}
