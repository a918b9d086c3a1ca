package org.lookingbeyond.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.reference.ReferenceData;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GeographyPropertiesTest {

  private static final Geography GEO = ReferenceData.defaults().geography();
  private static final List<Area> AREAS = GEO.areas();
  private static final List<Area> WITH_INTERMEDIATE =
      AREAS.stream().filter(a -> a.intermediateRegionCode().isPresent()).collect(Collectors.toUnmodifiableList());
  private static final List<Area> WITH_REGION =
      AREAS.stream().filter(a -> a.regionCode().isPresent()).collect(Collectors.toUnmodifiableList());
  /** Areas whose codes contain an 'i', which a Turkish default locale upper-cases to a dotted İ. */
  private static final List<Area> WITH_I = AREAS.stream()
      .filter(a -> (a.alpha2() + a.alpha3()).contains("I")).collect(Collectors.toUnmodifiableList());
  private static final Set<String> KNOWN_CODES = knownCodes();

  private static Set<String> knownCodes() {
    Set<String> codes = new HashSet<>();
    AREAS.forEach(a -> codes.addAll(List.of(a.alpha2(), a.alpha3(), a.numeric())));
    return Set.copyOf(codes);
  }

  private static List<RegionRef> everyRegionRef() {
    List<RegionRef> refs = new ArrayList<>();
    GEO.regions().forEach(r -> refs.add(RegionRef.m49(r.code())));
    GEO.groupings().forEach(g -> refs.add(RegionRef.grouping(g.id())));
    AREAS.forEach(a -> refs.add(RegionRef.country(a.alpha2())));
    return List.copyOf(refs);
  }

  // ---------------------------------------------------------------- generators

  /** A code with each letter in upper or lower case as the bits of a mask say; digits stay as they are. */
  private static String recase(String code, int mask) {
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      out.append((mask >> i & 1) == 1 ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }

  /** Any area, with areas whose codes hold an 'i' drawn often. */
  private static Gen<Area> areas() {
    return Generate.pick(AREAS).mix(Generate.pick(WITH_I), 40);
  }

  /** One of an area's codes (alpha-2, alpha-3 or numeric) in a random casing. */
  private static Gen<String> someCodeOf(Area area, int which, int mask) {
    String code = which == 0 ? area.alpha2() : which == 1 ? area.alpha3() : area.numeric();
    return Generate.constant(recase(code, mask));
  }

  private static Gen<String> unknownCodes() {
    Gen<String> alphanumeric = lists().of(Generate.pick(List.of(
            "a", "b", "i", "ı", "I", "İ", "k", "e", "z", "Z", "x", "Q", "0", "4", "9", "-", "_", ".", "é", "ß")))
        .ofSizeBetween(1, 5).map(parts -> String.join("", parts));
    Gen<String> anything = strings().basicLatinAlphabet().ofLengthBetween(0, 6);
    return alphanumeric.mix(anything, 30).assuming(s -> !KNOWN_CODES.contains(s.strip().toUpperCase(Locale.ROOT))
        && !KNOWN_CODES.contains(asciiUpper(s.strip())));
  }

  private static String asciiUpper(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.chars().forEach(c -> out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : (char) c));
    return out.toString();
  }

  // ---------------------------------------------------------------- properties over the shipped geography

  @Test
  void anAreaInAnIntermediateRegionIsInItsSubRegionAndRegionToo() {
    qt().forAll(Generate.pick(WITH_INTERMEDIATE)).checkAssert(area -> {
      M49Region intermediate = GEO.region(area.intermediateRegionCode().orElseThrow());
      M49Region subRegion = GEO.region(area.subRegionCode().orElseThrow());
      M49Region region = GEO.region(area.regionCode().orElseThrow());
      assertEquals(RegionLevel.INTERMEDIATE_REGION, intermediate.level());
      assertEquals(RegionLevel.SUB_REGION, subRegion.level());
      assertEquals(RegionLevel.REGION, region.level());
      assertTrue(GEO.countriesOf(intermediate.code()).contains(area), () -> area + " in " + intermediate);
      assertEquals(Optional.of(subRegion.code()), intermediate.parentCode(), () -> intermediate + " parent");
      assertTrue(GEO.countriesOf(subRegion.code()).contains(area), () -> area + " in " + subRegion);
      assertEquals(Optional.of(region.code()), subRegion.parentCode(), () -> subRegion + " parent");
      assertTrue(GEO.countriesOf(region.code()).contains(area), () -> area + " in " + region);
      assertTrue(GEO.children(subRegion.code()).contains(intermediate));
      assertTrue(GEO.children(region.code()).contains(subRegion));
      assertEquals(Optional.of(intermediate), GEO.regionOf(area.alpha3(), RegionLevel.INTERMEDIATE_REGION));
    });
  }

  @Test
  void everyRegionHoldsWhatItsChildrenHold() {
    List<M49Region> parents = GEO.regions().stream().filter(r -> r.level() != RegionLevel.INTERMEDIATE_REGION)
        .collect(Collectors.toList());
    qt().forAll(Generate.pick(parents)).checkAssert(parent -> {
      Set<Area> all = new HashSet<>(GEO.countriesOf(parent.code()));
      assertFalse(all.isEmpty(), () -> parent + " is empty");
      for (M49Region child : GEO.children(parent.code())) {
        assertTrue(all.containsAll(GEO.countriesOf(child.code())), () -> child + " not inside " + parent);
      }
      if (parent.level() == RegionLevel.REGION) {
        Set<Area> union = new HashSet<>();
        GEO.children(parent.code()).forEach(c -> union.addAll(GEO.countriesOf(c.code())));
        assertEquals(all, union, () -> parent + " is the union of its sub-regions");
      }
    });
  }

  @Test
  void anAreaIsInTheSubRegionAndRegionItNames() {
    qt().forAll(Generate.pick(WITH_REGION)).checkAssert(area -> {
      assertTrue(GEO.countriesOf(area.subRegionCode().orElseThrow()).contains(area));
      assertTrue(GEO.countriesOf(area.regionCode().orElseThrow()).contains(area));
      assertEquals(GEO.region(area.subRegionCode().orElseThrow()).parentCode(), area.regionCode());
    });
  }

  @Test
  void containsAgreesWithCountriesOf() {
    Gen<RegionRef> refs = Generate.pick(everyRegionRef());
    Gen<String> codes = areas().zip(integers().between(0, 2), integers().between(0, 7), GeographyPropertiesTest::pair)
        .flatMap(p -> someCodeOf(p.area, p.which, p.mask));
    qt().forAll(refs, codes).checkAssert((ref, code) -> {
      Area area = GEO.area(code);
      assertEquals(GEO.countriesOf(ref).contains(area), GEO.contains(ref, code), () -> ref + " contains " + code);
    });
  }

  private static final class CodeChoice {
    final Area area;
    final int which;
    final int mask;

    CodeChoice(Area area, int which, int mask) {
      this.area = area;
      this.which = which;
      this.mask = mask;
    }
  }

  private static CodeChoice pair(Area area, int which, int mask) {
    return new CodeChoice(area, which, mask);
  }

  @Test
  void alphaCodesAreFoundInAnyCaseUnderAnyDefaultLocale() {
    qt().forAll(areas(), integers().between(0, 7)).checkAssert((area, mask) -> {
      String alpha2 = recase(area.alpha2(), mask);
      String alpha3 = recase(area.alpha3(), mask >> 1 | (mask & 1) << 2);
      assertEquals(area, GEO.area(alpha2), () -> "area(" + alpha2 + ") under locale " + Locale.getDefault());
      assertEquals(area, GEO.area(alpha3), () -> "area(" + alpha3 + ") under locale " + Locale.getDefault());
      assertEquals(Optional.of(area), GEO.findArea(alpha2));
      assertTrue(GEO.contains(RegionRef.country(alpha2), alpha3));
      assertEquals(List.of(area), GEO.countriesOf(RegionRef.country(alpha2)));
      assertTrue(GEO.knows(RegionRef.country(alpha2)));
    });
  }

  @Test
  void codesWithAnIAreFoundInLowerCase() {
    for (String code : List.of("it", "ita", "in", "ind", "id", "idn", "ie", "irl", "ci", "civ", "li", "lie")) {
      Area area = GEO.area(code);
      assertEquals(code.toUpperCase(Locale.ROOT), code.length() == 2 ? area.alpha2() : area.alpha3());
      assertTrue(GEO.findArea(code).isPresent(), code);
    }
    assertEquals("Italy", GEO.area("it").name());
    assertEquals("India", GEO.area("ind").name());
    assertEquals("IT", RegionRef.country("it").code());
  }

  @Test
  void unknownCodesThrowAnExceptionNamingTheCode() {
    qt().forAll(unknownCodes()).checkAssert(code -> {
      UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> GEO.area(code));
      assertEquals(code, e.code());
      assertTrue(e.getMessage().contains("'" + code + "'"), e::getMessage);
      assertTrue(GEO.findArea(code).isEmpty());
      assertThrows(UnknownCodeException.class, () -> GEO.regionOf(code, RegionLevel.REGION));
    });
  }

  @Test
  void unknownRegionAndGroupingCodesThrowAnExceptionNamingTheCode() {
    Set<String> regionCodes = GEO.regions().stream().map(M49Region::code).collect(Collectors.toSet());
    Gen<String> threeDigits = integers().between(0, 999).map(n -> String.format(Locale.ROOT, "%03d", n))
        .assuming(c -> !regionCodes.contains(c));
    qt().forAll(threeDigits).checkAssert(code -> {
      UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> GEO.countriesOf(RegionRef.m49(code)));
      assertEquals(code, e.code());
      assertTrue(e.getMessage().contains(code));
      assertFalse(GEO.knows(RegionRef.m49(code)));
    });
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> GEO.grouping("NOPE"));
    assertEquals("NOPE", e.code());
    assertTrue(e.getMessage().contains("NOPE"));
  }

  // ---------------------------------------------------------------- a geography that does not fit together

  private static M49Region region(String code, String name, RegionLevel level, String parent) {
    return M49Region.builder().code(code).name(name).level(level).parentCode(Optional.ofNullable(parent)).build();
  }

  private static Area area(String alpha2, String alpha3, String numeric, String name, String region,
      String subRegion, String intermediate) {
    return Area.builder().alpha2(alpha2).alpha3(alpha3).numeric(numeric).name(name).regionCode(region)
        .subRegionCode(subRegion).intermediateRegionCode(Optional.ofNullable(intermediate)).build();
  }

  private static Geography.Builder smallValidGeography() {
    return Geography.builder()
        .addRegion(region("002", "Africa", RegionLevel.REGION, null))
        .addRegion(region("202", "Sub-Saharan Africa", RegionLevel.SUB_REGION, "002"))
        .addRegion(region("014", "Eastern Africa", RegionLevel.INTERMEDIATE_REGION, "202"))
        .addRegion(region("150", "Europe", RegionLevel.REGION, null))
        .addRegion(region("155", "Western Europe", RegionLevel.SUB_REGION, "150"))
        .addArea(area("KE", "KEN", "404", "Kenya", "002", "202", "014"))
        .addArea(area("AT", "AUT", "040", "Austria", "150", "155", null));
  }

  @Test
  void aSmallConsistentGeographyBuilds() {
    Geography geo = smallValidGeography()
        .addGrouping(Grouping.builder().id("ROEA").name("Eastern Africa office").kind(GroupingKind.FIELD_OFFICE_AREA)
            .addMembers("KE").build())
        .build();
    assertEquals(2, geo.areas().size());
    assertEquals(List.of("KE"), geo.countriesOf(RegionRef.m49("014")).stream().map(Area::alpha2)
        .collect(Collectors.toList()));
    assertTrue(geo.contains(RegionRef.grouping("ROEA"), "ken"));
  }

  @Test
  void everyInconsistencyOfAGeographyIsReportedAtOnce() {
    Geography.Builder builder = smallValidGeography()
        .addArea(area("KE", "KEX", "901", "Kenya again", "002", "202", "014"))
        .addArea(area("UG", "UGA", "800", "Uganda", "002", "777", null))
        .addArea(area("FR", "FRA", "250", "France", "002", "155", null))
        .addGrouping(Grouping.builder().id("ROEA").name("Eastern Africa office").kind(GroupingKind.FIELD_OFFICE_AREA)
            .addMembers("KE", "ZZ").build());
    InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);
    String message = e.getMessage();
    List<String> lines = message.lines().collect(Collectors.toList());
    assertTrue(lines.stream().anyMatch(l -> l.contains("KE") && l.contains("twice")),
        () -> "duplicate alpha-2 KE not reported: " + message);
    assertTrue(lines.stream().anyMatch(l -> l.contains("UG") && l.contains("777")),
        () -> "unknown sub-region 777 of UG not reported: " + message);
    assertTrue(lines.stream().anyMatch(l -> l.contains("FR") && l.contains("155") && l.contains("002")),
        () -> "sub-region 155 outside region 002 for FR not reported: " + message);
    assertTrue(lines.stream().anyMatch(l -> l.contains("ROEA") && l.contains("ZZ")),
        () -> "unknown member ZZ of ROEA not reported: " + message);
    assertEquals(4, e.problems().size(), message);
  }

  @Test
  void eachInconsistencyAloneIsAlsoReported() {
    List<Geography.Builder> broken = List.of(
        smallValidGeography().addArea(area("KE", "KEX", "901", "Kenya again", "002", "202", "014")),
        smallValidGeography().addArea(area("UG", "UGA", "800", "Uganda", "002", "777", null)),
        smallValidGeography().addArea(area("FR", "FRA", "250", "France", "002", "155", null)),
        smallValidGeography().addGrouping(Grouping.builder().id("ROEA").name("Eastern Africa office")
            .kind(GroupingKind.FIELD_OFFICE_AREA).addMembers("ZZ").build()));
    List<String> named = List.of("KE", "777", "155", "ZZ");
    for (int i = 0; i < broken.size(); i++) {
      Geography.Builder b = broken.get(i);
      String code = named.get(i);
      InvalidValueException e = assertThrows(InvalidValueException.class, b::build, code);
      assertTrue(e.getMessage().contains(code), e::getMessage);
    }
  }
}
