package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lookingbeyond.model.GeographicScope;

/** The scope derived from operating countries at every M49 level boundary, and declared-vs-derived checks. */
class ScopeTest {

  private static ScopeAssessment scopeOf(String... countries) {
    return classify(org("org").in(countries)).scope();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      // one country, whatever its place
      "KE; NATIONAL",
      "FR; NATIONAL",
      // two countries of one intermediate region (014 Eastern Africa) of sub-region 202
      "KE UG; SUBREGIONAL",
      // two intermediate regions (014 Eastern, 011 Western Africa) of the same sub-region 202: still one sub-region
      "KE NG; SUBREGIONAL",
      // sub-region 015 Northern Africa and 202 Sub-Saharan Africa: two sub-regions of region 002
      "EG KE; REGIONAL",
      // 155 Western Europe and 154 Northern Europe, both of 150 Europe
      "FR SE; REGIONAL",
      // 002 Africa and 150 Europe
      "KE FR; INTERNATIONAL",
      // 019 Americas: 419 Latin America and 021 Northern America are two sub-regions of one region
      "BR US; REGIONAL",
      // three regions
      "KE FR IN; INTERNATIONAL"})
  void scopeFollowsTheM49LevelsTheCountriesShare(String countries, Scope expected) {
    ScopeAssessment s = scopeOf(countries.split(" "));
    assertEquals(expected, s.scope(), s.finding().message());
    assertEquals(expected.name(), s.finding().value());
    assertEquals("scope.m49", s.finding().rule());
    assertTrue(s.finding().missingFacts().isEmpty());
  }

  @Test
  void theRegionsAndSubRegionsFoundAreFacts() {
    ScopeAssessment s = scopeOf("EG", "KE", "UG");
    assertEquals("[002]", s.finding().facts().get("m49.regions"));
    assertEquals("[015, 202]", s.finding().facts().get("m49.subRegions"));
    assertEquals("[EG, KE, UG]", s.finding().facts().get("organization.operatingCountries"));
  }

  @Test
  void noCountryIsUnknownAndNamesTheMissingFact() {
    ScopeAssessment s = scopeOf();
    assertEquals(Scope.UNKNOWN, s.scope());
    assertEquals(List.of("organization.operatingCountries"), s.finding().missingFacts());
    assertEquals("missing", s.finding().facts().get("organization.operatingCountries"));
  }

  @Test
  void antarcticaAloneIsOneAreaSoNational() {
    ScopeAssessment s = scopeOf("AQ");
    assertEquals(Scope.NATIONAL, s.scope());
    assertEquals("[AQ]", s.finding().facts().get("m49.noRegion"));
    assertTrue(s.finding().message().contains("lies in no M49 region"), s.finding().message());
  }

  @Test
  void antarcticaAddsACountryButNoRegion() {
    // Argentina and Antarctica: two areas, one sub-region (419): SUBREGIONAL, not REGIONAL or INTERNATIONAL
    assertEquals(Scope.SUBREGIONAL, scopeOf("AR", "AQ").scope());
    assertEquals(Scope.INTERNATIONAL, scopeOf("AR", "AQ", "FR").scope());
    assertEquals(Scope.REGIONAL, scopeOf("AR", "AQ", "US").scope());
  }

  @Test
  void severalAreasNoneInAnM49RegionGiveNoScope() {
    // The shipped geography has one such area (Antarctica); an integrator's may have more.
    assertEquals(Scope.UNKNOWN, Derivation.scopeOf(2, 0, 0));
    assertEquals(Scope.NATIONAL, Derivation.scopeOf(1, 0, 0));
    assertEquals(Scope.SUBREGIONAL, Derivation.scopeOf(2, 1, 1));
  }

  @Test
  void aDeclaredScopeThatContradictsTheDerivedOneIsReportedNotFixed() {
    StakeholderProfile p = classify(org("org").in("EG", "KE").declares(GeographicScope.NATIONAL));
    ScopeAssessment s = p.scope();
    assertEquals(Scope.REGIONAL, s.scope(), "the derived scope stands");
    assertEquals(Optional.of(GeographicScope.NATIONAL), s.declared());
    assertTrue(s.conflict());
    assertEquals("CONFLICT", s.declaredCheck().value());
    assertEquals("NATIONAL", s.declaredCheck().facts().get("organization.declaredScope"));
    assertEquals("REGIONAL", s.declaredCheck().facts().get("organization.scope"));
    assertEquals("REGIONAL", p.salience().power().factsUsed().get(ClassificationFacts.SCOPE.name()),
        "the rules read the derived scope");
  }

  @Test
  void aDeclaredScopeWiderThanTheDerivedOneIsAConflictToo() {
    ScopeAssessment s = scopeOf("KE");
    assertFalse(s.conflict());
    ScopeAssessment wider = classify(org("org").in("KE").declares(GeographicScope.INTERNATIONAL)).scope();
    assertTrue(wider.conflict());
    assertEquals(Scope.NATIONAL, wider.scope());
  }

  @Test
  void aMatchingDeclaredScopeIsConsistent() {
    ScopeAssessment s = classify(org("org").in("KE", "UG").declares(GeographicScope.SUBREGIONAL)).scope();
    assertFalse(s.conflict());
    assertEquals("CONSISTENT", s.declaredCheck().value());
  }

  @Test
  void aDeclaredScopeWithoutCountriesCannotBeChecked() {
    ScopeAssessment s = classify(org("org").in().declares(GeographicScope.REGIONAL)).scope();
    assertEquals(Scope.UNKNOWN, s.scope(), "the declared scope does not stand in for the derived one");
    assertFalse(s.conflict());
    assertEquals("UNCHECKED", s.declaredCheck().value());
    assertEquals(List.of("organization.operatingCountries"), s.declaredCheck().missingFacts());
  }

  @Test
  void noDeclaredScopeIsNothingToCompare() {
    ScopeAssessment s = scopeOf("KE");
    assertEquals("NOT_DECLARED", s.declaredCheck().value());
    assertFalse(s.conflict());
  }
}
