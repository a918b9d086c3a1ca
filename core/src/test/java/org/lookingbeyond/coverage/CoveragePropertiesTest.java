package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Csv;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.theme.ThematicArea;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of coverage reports over generated registries. */
class CoveragePropertiesTest {
  private static final ReferenceData REFERENCE = ReferenceData.defaults();
  /** Countries spread over every region, with Antarctica (no M49 region) and some no field office covers. */
  private static final List<String> COUNTRIES = List.of("KE", "UG", "TZ", "ET", "EG", "MA", "NG", "GH", "ZA", "BR",
      "CO", "MX", "GT", "US", "CA", "FR", "DE", "RU", "UA", "IN", "NP", "CN", "TH", "VN", "JO", "SA", "KZ", "TR",
      "AU", "FJ", "AQ");
  private static final List<String> AREAS =
      REFERENCE.taxonomy().areas().stream().map(ThematicArea::id).collect(Collectors.toUnmodifiableList());
  private static final List<String> SESSIONS = List.of("CND-66", "CND-67", "CND-68", "CCPCJ-32", "CCPCJ-33",
      "CCPCJ-34", "COSP-10", "COP-12", "CND-60");
  private static final List<RegionRef> RLO_REGIONS = List.of(RegionRef.grouping("ROEA"), RegionRef.grouping("ROMENA"),
      RegionRef.grouping("AFRICAN"), RegionRef.m49("014"), RegionRef.m49("202"), RegionRef.m49("142"),
      RegionRef.country("BR"));
  private static final List<String> IDS = IntStream.rangeClosed(1, 24)
      .mapToObj(i -> String.format(java.util.Locale.ROOT, "ORG-%02d", i)).collect(Collectors.toUnmodifiableList());
  private static final List<GeographyLevel> LEVELS = List.of(GeographyLevel.country(),
      GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION), GeographyLevel.m49(RegionLevel.SUB_REGION),
      GeographyLevel.m49(RegionLevel.REGION), GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA),
      GeographyLevel.groupings(GroupingKind.UN_REGIONAL_GROUP));
  /** From the finest M49 level to the coarsest. */
  private static final List<GeographyLevel> FINE_TO_COARSE = LEVELS.subList(0, 4);
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  // ---------------------------------------------------------------- generators

  /** The records of a registry, which can be added in any order. */
  static final class Records {
    final List<Organization> organizations;
    final List<Participation> participations;
    final List<RloDesignation> designations;

    Records(List<Organization> organizations, List<Participation> participations, List<RloDesignation> designations) {
      this.organizations = organizations;
      this.participations = participations;
      this.designations = designations;
    }

    Registry registry() {
      return Registry.builder(REFERENCE).addOrganizations(organizations).addParticipations(participations)
          .addDesignations(designations).build();
    }

    Records shuffled(long seed) {
      Random random = new Random(seed);
      List<Organization> o = new ArrayList<>(organizations);
      List<Participation> p = new ArrayList<>(participations);
      List<RloDesignation> d = new ArrayList<>(designations);
      Collections.shuffle(o, random);
      Collections.shuffle(p, random);
      Collections.shuffle(d, random);
      return new Records(o, p, d);
    }

    @Override
    public String toString() {
      return organizations.stream().map(o -> o.id() + ":" + o.type().code() + o.operatingCountries() + o.thematicAreas())
          .collect(Collectors.toList()) + " " + participations.stream().map(Participation::key)
          .collect(Collectors.toList()) + " " + designations.stream().map(d -> d.organizationId() + "@" + d.region())
          .collect(Collectors.toList());
    }
  }

  private static Gen<Organization> organizations() {
    return Generate.pick(IDS).zip(
        lists().of(Generate.pick(COUNTRIES)).ofSizeBetween(0, 4),
        lists().of(Generate.pick(AREAS)).ofSizeBetween(0, 3),
        Generate.enumValues(OrganisationType.class),
        (id, countries, areas, type) -> Organization.builder().id(id).name("Organization " + id).type(type)
            .addAllOperatingCountries(countries).addAllThematicAreas(areas).build());
  }

  private static Gen<Records> records() {
    Gen<List<Organization>> orgs = lists().of(organizations()).ofSizeBetween(0, 16).map(list -> {
      Map<String, Organization> byId = new LinkedHashMap<>();
      list.forEach(o -> byId.putIfAbsent(o.id(), o));
      return List.copyOf(byId.values());
    });
    return orgs.zip(longs().all(), (o, seed) -> {
      // Participations and designations drawn from a seed, so that they refer to the drawn organizations.
      Random random = new Random(seed);
      Map<String, Participation> participations = new LinkedHashMap<>();
      Map<String, RloDesignation> designations = new LinkedHashMap<>();
      for (Organization org : o) {
        for (int i = random.nextInt(5); i > 0; i--) {
          Participation p = Participation.of(org.id(), SESSIONS.get(random.nextInt(SESSIONS.size())),
              ParticipationKind.values()[random.nextInt(ParticipationKind.values().length)]);
          participations.putIfAbsent(p.key(), p);
        }
        if (random.nextInt(3) == 0) {
          RegionRef region = RLO_REGIONS.get(random.nextInt(RLO_REGIONS.size()));
          LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
          designations.putIfAbsent(org.id() + region, RloDesignation.builder().id("RLO-" + org.id())
              .organizationId(org.id()).region(region).validFrom(from).validUntil(from.plusDays(random.nextInt(800)))
              .build());
        }
      }
      return new Records(o, List.copyOf(participations.values()), List.copyOf(designations.values()));
    });
  }

  private static Gen<CoverageSettings> settings() {
    return Generate.pick(LEVELS).zip(Generate.enumValues(ThemeLevel.class), integers().between(0, 2),
        integers().between(0, 3), (level, theme, gap, extraWeak) -> CoverageSettings.builder().asOf(AS_OF)
            .geographyLevel(level).themeLevel(theme).gapBelow(gap).weakBelow(gap + extraWeak).build());
  }

  // ---------------------------------------------------------------- properties

  @Test
  void theReportDoesNotDependOnTheOrderOfTheRecords() {
    qt().withExamples(150).forAll(records(), settings(), longs().all()).checkAssert((records, settings, seed) -> {
      CoverageAnalyzer analyzer = CoverageAnalyzer.of(settings);
      CoverageReport one = analyzer.analyze(records.registry());
      CoverageReport other = analyzer.analyze(records.shuffled(seed).registry());
      assertEquals(one, other);
      for (CoverageRenderer renderer : List.of(CoverageRenderer.text(), CoverageRenderer.csv(),
          CoverageRenderer.markdown(), CoverageRenderer.svg())) {
        assertEquals(renderer.render(one), renderer.render(other), renderer.mediaType());
      }
    });
  }

  @Test
  void everyOrganizationIsCountedExcludedOrReportedUnplaceable() {
    qt().withExamples(200).forAll(records(), settings()).checkAssert((records, settings) -> {
      Registry registry = records.registry();
      CoverageReport r = CoverageAnalyzer.of(settings).analyze(registry);
      int excluded = r.exclusions().values().stream().mapToInt(Integer::intValue).sum();
      assertEquals(registry.organizations().size(), r.placedOrganizations() + r.unplaceable().size() + excluded);
      Set<String> placed = new TreeSet<>();
      r.cells().forEach(c -> placed.addAll(c.organizationIds()));
      assertEquals(r.placedOrganizations(), placed.size());
    });
  }

  @Test
  void distinctCountsNeverExceedTheRegistrySize() {
    qt().withExamples(200).forAll(records(), settings()).checkAssert((records, settings) -> {
      Registry registry = records.registry();
      CoverageReport r = CoverageAnalyzer.of(settings).analyze(registry);
      int size = registry.organizations().size();
      assertTrue(r.placedOrganizations() <= size);
      for (CoverageCell c : r.cells()) {
        assertTrue(c.csoCount() <= r.row(c.rowId()).organizationCount(), c.toString());
        assertTrue(c.csoCount() <= r.column(c.columnId()).organizationCount(), c.toString());
        assertTrue(c.engagedCount() <= c.csoCount() && c.rloCount() <= c.csoCount(), c.toString());
        assertEquals(new TreeSet<>(c.organizationIds()).size(), c.csoCount(), "distinct");
      }
      r.rows().forEach(row -> assertTrue(row.organizationCount() <= r.placedOrganizations(), row.toString()));
      r.columns().forEach(col -> assertTrue(col.organizationCount() <= r.placedOrganizations(), col.toString()));
    });
  }

  @Test
  void totalsAreDistinctOrganizationsNotSumsOfCells() {
    qt().withExamples(200).forAll(records(), settings()).checkAssert((records, settings) -> {
      Registry registry = records.registry();
      CoverageReport r = CoverageAnalyzer.of(settings).analyze(registry);
      Set<String> counted = new TreeSet<>();
      r.cells().forEach(c -> counted.addAll(c.organizationIds()));
      for (CoverageColumn column : r.columns()) {
        Set<String> inCells = new TreeSet<>();
        r.cells().stream().filter(c -> c.columnId().equals(column.id())).forEach(c -> inCells.addAll(c.organizationIds()));
        // Independently: the counted organizations that work on one of the column's areas.
        long onTheme = registry.organizations().stream().filter(o -> counted.contains(o.id()))
            .filter(o -> o.thematicAreas().stream().anyMatch(column.areaIds()::contains)).count();
        assertEquals(onTheme, column.organizationCount(), column.id());
        assertEquals(inCells.size(), column.organizationCount(), column.id());
      }
      for (CoverageRow row : r.rows()) {
        Set<String> inCells = new TreeSet<>();
        r.rowCells(row.id()).forEach(c -> inCells.addAll(c.organizationIds()));
        assertEquals(inCells.size(), row.organizationCount(), row.id());
      }
    });
  }

  @Test
  void aCoarserLevelNeverHasMoreDistinctOrganizationsInARowThanItsFinerRowsTogether() {
    qt().withExamples(100).forAll(records(), Generate.enumValues(ThemeLevel.class)).checkAssert((records, theme) -> {
      Registry registry = records.registry();
      List<CoverageReport> reports = new ArrayList<>();
      for (GeographyLevel level : FINE_TO_COARSE) {
        reports.add(CoverageAnalyzer.of(CoverageSettings.builder().asOf(AS_OF).geographyLevel(level).themeLevel(theme)
            .build()).analyze(registry));
      }
      for (int i = 0; i + 1 < reports.size(); i++) {
        CoverageReport fine = reports.get(i);
        CoverageReport coarse = reports.get(i + 1);
        for (CoverageRow parent : coarse.rows()) {
          List<CoverageRow> children = fine.rows().stream()
              .filter(f -> !f.countries().isEmpty() && parent.countries().containsAll(f.countries()))
              .collect(Collectors.toList());
          Set<String> union = new TreeSet<>();
          int sum = 0;
          int max = 0;
          for (CoverageRow child : children) {
            fine.rowCells(child.id()).forEach(c -> union.addAll(c.organizationIds()));
            sum += child.organizationCount();
            max = Math.max(max, child.organizationCount());
          }
          Set<String> own = new TreeSet<>();
          coarse.rowCells(parent.id()).forEach(c -> own.addAll(c.organizationIds()));
          assertEquals(union, own, parent.id() + " is the union of its finer rows");
          assertTrue(parent.organizationCount() <= sum, parent.id());
          assertTrue(parent.organizationCount() >= max, parent.id());
        }
        assertTrue(coarse.placedOrganizations() <= fine.placedOrganizations());
      }
    });
  }

  @Test
  void concentrationStaysWithinItsBounds() {
    qt().withExamples(200).forAll(records(), settings()).checkAssert((records, settings) -> {
      CoverageReport r = CoverageAnalyzer.of(settings).analyze(records.registry());
      List<Concentration> all = new ArrayList<>();
      r.columns().forEach(c -> all.add(c.concentration()));
      all.add(r.overallConcentration());
      for (Concentration c : all) {
        checkBounds(c);
      }
    });
  }

  @Test
  void measuresMatchTheirDefinitionsOnAnyCounts() {
    qt().withExamples(1000).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 30)).checkAssert(list -> {
      long[] counts = list.stream().mapToLong(Integer::longValue).toArray();
      Concentration c = Measures.of(counts);
      checkBounds(c);
      long total = 0;
      for (long x : counts) {
        total += x;
      }
      if (total > 0) {
        double hhi = 0;
        double pairs = 0;
        for (long x : counts) {
          hhi += ((double) x / total) * ((double) x / total);
          for (long y : counts) {
            pairs += Math.abs(x - y);
          }
        }
        double mean = (double) total / counts.length;
        assertEquals(hhi, c.hhi(), 1e-12);
        assertEquals(pairs / (2.0 * counts.length * counts.length * mean), c.gini(), 1e-12);
      }
    });
  }

  private static void checkBounds(Concentration c) {
    if (c.empty()) {
      assertEquals(0, c.hhi());
      assertEquals(0, c.gini());
      assertEquals(0, c.nonEmptyRows());
    } else {
      assertTrue(c.hhi() >= 1.0 / c.nonEmptyRows() && c.hhi() <= 1, () -> "HHI " + c);
      assertTrue(c.gini() >= 0 && c.gini() < 1, () -> "Gini " + c);
      assertTrue(c.gini() <= 1 - 1.0 / c.rows() + 1e-12, () -> "Gini at most 1 - 1/m: " + c);
    }
  }

  @Test
  void aReportComparedWithItselfIsAllUnchanged() {
    qt().withExamples(100).forAll(records(), settings()).checkAssert((records, settings) -> {
      CoverageReport r = CoverageAnalyzer.of(settings).analyze(records.registry());
      CoverageTrend trend = CoverageTrend.between(r, r);
      assertTrue(trend.isUnchanged());
      assertEquals(r.cells().size(), trend.cells().size());
    });
  }

  @Test
  void csvParsesBackToTheSameNumbers() {
    qt().withExamples(100).forAll(records(), settings()).checkAssert((records, settings) -> {
      CoverageReport r = CoverageAnalyzer.of(settings).analyze(records.registry());
      Csv.Table table = Csv.read(new StringReader(CoverageRenderer.csv().render(r)));
      assertEquals(List.of(), table.problems());
      assertEquals(CsvRenderer.HEADER, table.header());
      assertEquals(r.cells().size(), table.rows().size());
      for (int i = 0; i < r.cells().size(); i++) {
        CoverageCell cell = r.cells().get(i);
        List<String> f = table.rows().get(i).fields().stream().map(Csv.Field::value).collect(Collectors.toList());
        assertEquals(List.of(cell.rowId(), r.row(cell.rowId()).name(), cell.columnId(),
            r.column(cell.columnId()).name(), r.column(cell.columnId()).pillarId(),
            Integer.toString(cell.csoCount()), Integer.toString(cell.engagedCount()),
            Integer.toString(cell.rloCount()), Integer.toString(cell.participations()), cell.status().name(),
            cell.thresholdName(), Integer.toString(cell.threshold()),
            String.join(";", cell.organizationIds())), f);
      }
    });
  }
}
