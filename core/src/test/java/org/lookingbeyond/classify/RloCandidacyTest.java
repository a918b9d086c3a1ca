package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/** RLO candidacy: every condition passing, each failing alone, unknowns, designations and regions to fill. */
class RloCandidacyTest {
  private static final RegionRef SUB_SAHARAN = RegionRef.m49("202");
  private static final RegionRef AFRICA = RegionRef.m49("002");
  private static final RegionRef ROEA = RegionRef.grouping("ROEA");

  /** A CSO in Kenya and Uganda, VNGOC member registered long ago, CORE, with a report submitted in time. */
  private static Org candidate() {
    return org("org").registered(LONG_AGO).memberOf("VNGOC");
  }

  private static World history(Org o) {
    return world(o).core("org").grant("G-1", "org", LocalDate.of(2025, 1, 10), Optional.of(LocalDate.of(2025, 2, 1)));
  }

  private static RloCandidacy candidacy(Registry registry, RegionRef region) {
    return StakeholderClassifier.withDefaultPolicy().rloCandidacy(registry, "org", region, AS_OF);
  }

  private static List<String> failed(RloCandidacy c) {
    return c.conditions().stream().filter(o -> o.status() == Status.FAIL).map(RuleOutcome::ruleId)
        .collect(Collectors.toList());
  }

  @Test
  void anOrganizationMeetingEveryConditionIsACandidateForEachRegionItOperatesIn() {
    StakeholderProfile p = classify(history(candidate()), "org");
    assertEquals(List.of(AFRICA, SUB_SAHARAN, ROEA), p.rloCandidacies().stream().map(RloCandidacy::region)
        .collect(Collectors.toList()), "M49 region, sub-region, then the regional office's area");
    for (RloCandidacy c : p.rloCandidacies()) {
      assertEquals(Verdict.ELIGIBLE, c.verdict(), c.toString());
      assertTrue(c.candidate());
      assertEquals(List.of("R1", "R2", "R3", "R4", "R5", "R6"), c.conditions().stream().map(RuleOutcome::ruleId)
          .collect(Collectors.toList()));
      assertTrue(c.conditions().stream().allMatch(o -> o.status() == Status.PASS));
      assertFalse(c.designated());
    }
    assertEquals(RegionKind.FIELD_OFFICE_AREA, p.rloCandidacies().get(2).regionKind());
    assertEquals("Sub-Saharan Africa", p.rloCandidacies().get(1).regionName());
  }

  private static void failsAlone(String rule, UnaryOperator<Org> change, UnaryOperator<World> history,
      RegionRef region) {
    RloCandidacy c = candidacy(history.apply(world(change.apply(candidate()))).registry(), region);
    assertEquals(Verdict.INELIGIBLE, c.verdict(), c.conditions().toString());
    assertEquals(List.of(rule), failed(c), c.conditions().toString());
    assertTrue(c.conditions().stream().noneMatch(o -> o.status() == Status.UNKNOWN));
  }

  private static World core(World w) {
    return w.core("org");
  }

  @Test
  void aNonCsoFailsR1Alone() {
    failsAlone("R1", o -> o.type(OrganisationType.PRIVATE_SECTOR), RloCandidacyTest::core, SUB_SAHARAN);
  }

  @Test
  void aRegionItDoesNotOperateInFailsR2Alone() {
    failsAlone("R2", o -> o, RloCandidacyTest::core, RegionRef.m49("150"));
  }

  @Test
  void aNationalScopeFailsR3Alone() {
    failsAlone("R3", o -> o.in("KE"), RloCandidacyTest::core, SUB_SAHARAN);
  }

  @Test
  void noLegitimacyFailsR4Alone() {
    failsAlone("R4", o -> org("org").registered(LocalDate.of(2024, 1, 1)), RloCandidacyTest::core, SUB_SAHARAN);
  }

  @Test
  void aLapsedOrganizationFailsR5Alone() {
    failsAlone("R5", o -> o, w -> w.took("org", "CND-60", ParticipationKind.ORAL_STATEMENT), SUB_SAHARAN);
  }

  @Test
  void anOverdueReportFailsR6Alone() {
    // the consultation ended on 10 January 2025; the report was due 30 days later and is still missing
    failsAlone("R6", o -> o, w -> w.core("org").grant("G-1", "org", LocalDate.of(2025, 1, 10), Optional.empty()),
        SUB_SAHARAN);
  }

  @Test
  void aReportSubmittedAfterTheAsOfDateIsStillOverdueOnIt() {
    failsAlone("R6", o -> o, w -> w.core("org").grant("G-1", "org", LocalDate.of(2025, 1, 10),
        Optional.of(AS_OF.plusDays(1))), SUB_SAHARAN);
  }

  @Test
  void anUnknownLegitimacyNeedsReview() {
    Registry r = world(org("org").registrationUnknown()).core("org").registry();
    RloCandidacy c = candidacy(r, SUB_SAHARAN);
    assertEquals(Verdict.NEEDS_REVIEW, c.verdict());
    RuleOutcome r4 = c.conditions().get(3);
    assertEquals(Status.UNKNOWN, r4.status());
    assertEquals(List.of(ClassificationFacts.LEGITIMATE.name()), r4.missingFacts());
  }

  @Test
  void aDesignatedRloIsMarkedForTheRegionsItsDesignationCovers() {
    Registry r = history(candidate()).rlo("D-1", "org", SUB_SAHARAN, LocalDate.of(2024, 1, 1)).registry();
    StakeholderProfile p = StakeholderClassifier.withDefaultPolicy().classify(r, "org", AS_OF);
    RloCandidacy africa = p.rloCandidacies().get(0);
    RloCandidacy subSaharan = p.rloCandidacies().get(1);
    RloCandidacy roea = p.rloCandidacies().get(2);
    assertFalse(africa.designated(), "Sub-Saharan Africa is not the whole of Africa");
    assertEquals(List.of("D-1"), subSaharan.designationIds());
    assertTrue(roea.designated(), "every ROEA country lies in Sub-Saharan Africa");
    assertEquals(Status.PASS, p.salience().power().status(), "an active RLO has power");
    assertTrue(p.evidence().get(ClassificationFacts.ACTIVE_RLO.name()).contains("D-1 M49:202"));
  }

  @Test
  void anExpiredDesignationMarksNothing() {
    Registry r = history(candidate()).rlo("D-0", "org", SUB_SAHARAN, LocalDate.of(2019, 1, 1),
        LocalDate.of(2020, 12, 31)).registry();
    StakeholderProfile p = StakeholderClassifier.withDefaultPolicy().classify(r, "org", AS_OF);
    assertTrue(p.rloCandidacies().stream().noneMatch(RloCandidacy::designated));
  }

  @Test
  void thePortfolioListsRegionsWithoutAnActiveRloAndTheirCandidates() {
    Registry r = history(candidate()).with(org("lapsed").registered(LONG_AGO).memberOf("VNGOC"),
        org("unsure").registrationUnknown()).took("unsure", "CND-68", ParticipationKind.ATTENDED)
        .rlo("D-1", "org", SUB_SAHARAN, LocalDate.of(2024, 1, 1)).registry();
    Portfolio p = StakeholderClassifier.withDefaultPolicy().classifyAll(r, AS_OF).portfolio();
    assertEquals(1, p.regionsWithoutRlo().size(), p.regionsWithoutRlo().toString());
    Portfolio.RegionNeed africa = p.regionsWithoutRlo().get(0);
    assertEquals(AFRICA, africa.region());
    assertEquals(List.of("org"), africa.candidates());
    assertEquals(List.of("unsure"), africa.toReview(), "legitimacy unknown without a registration date");
  }
}
