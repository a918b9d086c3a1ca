package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.model.Session;

class ShippedReferenceDataTest {
  private final ReferenceData ref = ReferenceData.defaults();
  private final Geography geo = ref.geography();

  @Test
  void ships249CountriesAndAreasWithUniqueCodes() {
    List<Area> areas = geo.areas();
    assertEquals(249, areas.size());
    assertEquals(249, areas.stream().map(Area::alpha2).distinct().count());
    assertEquals(249, areas.stream().map(Area::alpha3).distinct().count());
    assertEquals(249, areas.stream().map(Area::numeric).distinct().count());
  }

  @Test
  void everyAreaButAntarcticaIsInExactlyOneRegion() {
    for (Area a : geo.areas()) {
      if (a.alpha2().equals("AQ")) {
        assertTrue(a.regionCode().isEmpty(), "Antarctica has no M49 region");
        continue;
      }
      String region = a.regionCode().orElseThrow(() -> new AssertionError(a + " has no region"));
      long regionsContaining = geo.regions(RegionLevel.REGION).stream()
          .filter(r -> geo.countriesOf(r.code()).contains(a)).count();
      assertEquals(1, regionsContaining, a.toString());
      assertTrue(geo.countriesOf(region).contains(a));
    }
  }

  @Test
  void ships_the_five_regions_and_their_subregions() {
    assertEquals(List.of("002", "009", "019", "142", "150"),
        geo.regions(RegionLevel.REGION).stream().map(r -> r.code()).collect(Collectors.toList()));
    assertEquals(Set.of("015", "202"), codes(geo.children("002")));
    assertEquals(Set.of("419", "021"), codes(geo.children("019")));
    assertEquals(Set.of("030", "034", "035", "143", "145"), codes(geo.children("142")));
    assertEquals(Set.of("151", "154", "039", "155"), codes(geo.children("150")));
    assertEquals(Set.of("053", "054", "057", "061"), codes(geo.children("009")));
    assertEquals(Set.of("011", "014", "017", "018"), codes(geo.children("202")));
    assertEquals(Set.of("005", "013", "029"), codes(geo.children("419")));
  }

  @Test
  void alpha2Alpha3AndNumericLookupsAgree() {
    for (Area a : geo.areas()) {
      assertEquals(a, geo.area(a.alpha2()));
      assertEquals(a, geo.area(a.alpha3().toLowerCase(java.util.Locale.ROOT)));
      assertEquals(a, geo.area(a.numeric()));
    }
  }

  @Test
  void spotChecksAgainstTheM49Source() {
    Area at = geo.area("AT");
    assertEquals("AUT", at.alpha3());
    assertEquals("040", at.numeric());
    assertEquals("155", geo.regionOf("AT", RegionLevel.SUB_REGION).orElseThrow().code());
    assertEquals("Western Europe", geo.regionOf("AT", RegionLevel.SUB_REGION).orElseThrow().name());
    Area ke = geo.area("ken");
    assertEquals("404", ke.numeric());
    assertEquals("014", geo.regionOf("KE", RegionLevel.INTERMEDIATE_REGION).orElseThrow().code());
    assertEquals("Eastern Africa", geo.regionOf("KE", RegionLevel.INTERMEDIATE_REGION).orElseThrow().name());
    assertEquals("202", geo.regionOf("404", RegionLevel.SUB_REGION).orElseThrow().code());
    assertEquals("Sub-Saharan Africa", geo.region("202").name());
    assertEquals("002", geo.regionOf("KE", RegionLevel.REGION).orElseThrow().code());
  }

  @Test
  void unRegionalGroupsHold193MemberStatesEachInOneGroup() {
    var groups = geo.groupings(GroupingKind.UN_REGIONAL_GROUP);
    assertEquals(5, groups.size());
    Set<String> seen = new HashSet<>();
    groups.forEach(g -> g.members().forEach(m -> assertTrue(seen.add(m), m + " is in two groups")));
    assertEquals(193, seen.size());
    assertTrue(geo.grouping("AFRICAN").members().contains("KE"));
  }

  @Test
  void fieldOfficeAreasCutAcrossM49Regions() {
    var roca = geo.grouping("ROCA");
    assertEquals(GroupingKind.FIELD_OFFICE_AREA, roca.kind());
    assertEquals(Set.of("KG", "KZ", "TJ", "TM", "UZ"), roca.members());
    var roea = ref.findFieldOffice("ROEA").orElseThrow();
    assertEquals(13, roea.coveredCountries().size());
    // ROEA and ROSAF overlap (NOTES.md 2.4): Tanzania is covered by both.
    assertEquals(Set.of("ROEA", "ROSAF"),
        ref.fieldOfficesCovering("TZ").stream().map(o -> o.id()).collect(Collectors.toSet()));
    // ROMENA covers Northern Africa (002) and Western Asia (142).
    Set<String> regions = geo.countriesOf(org.lookingbeyond.geo.RegionRef.grouping("ROMENA")).stream()
        .map(a -> a.regionCode().orElseThrow()).collect(Collectors.toSet());
    assertEquals(Set.of("002", "142"), regions);
  }

  @Test
  void taxonomyHasThreePillarsAndElevenAreas() {
    assertEquals(3, ref.taxonomy().pillars().size());
    assertEquals(11, ref.taxonomy().areas().size());
    assertEquals("health-human-development", ref.taxonomy().pillarOf("drug-prevention").id());
    assertEquals(4, ref.taxonomy().areasOf("health-human-development").size());
  }

  @Test
  void sessionsCarryRealDatesAndNeverGuessedOnes() {
    Session cop12 = ref.findSession("COP-12").orElseThrow();
    assertEquals(java.time.LocalDate.of(2024, 10, 14), cop12.start().orElseThrow());
    assertEquals(java.time.LocalDate.of(2024, 10, 18), cop12.end().orElseThrow());
    Session cnd69 = ref.findSession("CND-69").orElseThrow();
    assertFalse(cnd69.projected());
    assertTrue(cnd69.start().isEmpty(), "no source gave CND 69's dates");
    assertEquals(java.time.Month.MARCH, cnd69.month().orElseThrow());
    assertEquals(104, ref.sessions().stream().filter(s -> !s.projected()).count());
    Session congress = ref.findSession("CONGRESS-15").orElseThrow();
    assertEquals("Abu Dhabi, United Arab Emirates", congress.venue().orElseThrow());
  }

  @Test
  void sessionsAreProjectedByCadenceTo2030() {
    List<String> cnd = ref.sessionsOf("CND").stream().filter(Session::projected).map(Session::id)
        .collect(Collectors.toList());
    assertEquals(List.of("CND-69-R1", "CND-70", "CND-70-R1", "CND-71", "CND-71-R1", "CND-72", "CND-72-R1",
        "CND-73", "CND-73-R1"), cnd);
    List<String> cosp = ref.sessionsOf("COSP").stream().filter(Session::projected).map(Session::id)
        .collect(Collectors.toList());
    assertEquals(List.of("COSP-12", "COSP-13"), cosp);
    Session cosp12 = ref.findSession("COSP-12").orElseThrow();
    assertEquals(2027, cosp12.year());
    assertEquals(java.time.Month.DECEMBER, cosp12.month().orElseThrow());
    assertTrue(cosp12.start().isEmpty(), "projected sessions carry no invented dates");
    assertEquals(List.of("COP-14", "COP-15"), ref.sessionsOf("COP").stream().filter(Session::projected)
        .map(Session::id).collect(Collectors.toList()));
    assertTrue(ref.sessionsOf("CONGRESS").stream().noneMatch(Session::projected), "next Congress is 2031");
  }

  @Test
  void everyTableNamesItsSourceAndAsOfDate() {
    assertEquals(7, ref.tables().size());
    for (TableInfo t : ref.tables()) {
      assertTrue(t.source().isPresent(), t.name() + " names no source");
      assertTrue(t.asOf().isPresent(), t.name() + " names no as-of date");
    }
  }

  private static Set<String> codes(List<org.lookingbeyond.geo.M49Region> regions) {
    return regions.stream().map(r -> r.code()).collect(Collectors.toSet());
  }
}
