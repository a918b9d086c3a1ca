package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.registry.Registry;

class EngagementRuleTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static Registry registry(Participation... participations) {
    return Registry.builder()
        .addOrganizations(Organization.builder().id("org").name("Org").type(OrganisationType.NATIONAL_NGO).build())
        .addParticipations(participations).build();
  }

  private static Participation p(String session, ParticipationKind kind) {
    return Participation.of("org", session, kind);
  }

  @Test
  void threeSessionsInTwoYearsWithASideEventIsCore() {
    // CND-67 (14 Mar 2024), CCPCJ-33 (May 2024), CND-68 (10 Mar 2025): all within 24 months of 30 Jun 2025.
    Engagement e = EngagementRule.defaults().assess(registry(p("CND-67", ParticipationKind.ATTENDED),
        p("CCPCJ-33", ParticipationKind.ATTENDED), p("CND-68", ParticipationKind.SIDE_EVENT)), "org", AS_OF);
    assertEquals(EngagementTier.CORE, e.tier());
    assertEquals(List.of("CND-67", "CCPCJ-33", "CND-68"), e.recentSessions());
    assertEquals(1, e.recentContributions());
    assertEquals(LocalDate.of(2023, 7, 1), e.windowStart());
    assertTrue(e.reason().contains("3 participations in 3 session(s)"), e.reason());
  }

  @Test
  void threeSessionsOnlyAttendedIsActiveNotCore() {
    Engagement e = EngagementRule.defaults().assess(registry(p("CND-67", ParticipationKind.ATTENDED),
        p("CCPCJ-33", ParticipationKind.ATTENDED), p("CND-68", ParticipationKind.ATTENDED)), "org", AS_OF);
    assertEquals(EngagementTier.ACTIVE, e.tier());
    assertTrue(e.reason().contains("has 0"), e.reason());
    EngagementRule lenient = EngagementRule.builder().coreRequiresContribution(false).build();
    assertEquals(EngagementTier.CORE, lenient.assess(registry(p("CND-67", ParticipationKind.ATTENDED),
        p("CCPCJ-33", ParticipationKind.ATTENDED), p("CND-68", ParticipationKind.ATTENDED)), "org", AS_OF).tier());
  }

  @Test
  void threeParticipationsInTwoSessionsWithAStatementAreCore() {
    // DOMAIN: CORE is 3 or more participations in 24 months, at least one a statement or side event
    Engagement e = EngagementRule.defaults().assess(registry(p("CND-68", ParticipationKind.ATTENDED),
        p("CND-68", ParticipationKind.ORAL_STATEMENT), p("CND-67", ParticipationKind.ATTENDED)), "org", AS_OF);
    assertEquals(EngagementTier.CORE, e.tier());
    assertEquals(2, e.recentSessions().size());
    assertEquals(3, e.recentParticipations());
  }

  @Test
  void onlyOldParticipationIsLapsedAndNoneIsProspect() {
    Engagement lapsed = EngagementRule.defaults().assess(registry(p("CND-60", ParticipationKind.ORAL_STATEMENT)),
        "org", AS_OF);
    assertEquals(EngagementTier.LAPSED, lapsed.tier());
    assertEquals(Optional.of(LocalDate.of(2017, 3, 13)), lapsed.lastParticipation());
    assertEquals(EngagementTier.PROSPECT, EngagementRule.defaults().assess(registry(), "org", AS_OF).tier());
  }

  @Test
  void aSessionAfterTheAsOfDateDoesNotCountYet() {
    Engagement e = EngagementRule.defaults().assess(registry(p("CND-68", ParticipationKind.ATTENDED)), "org",
        LocalDate.of(2025, 3, 9));
    assertEquals(EngagementTier.PROSPECT, e.tier());
    assertEquals(EngagementTier.ACTIVE, EngagementRule.defaults().assess(registry(p("CND-68",
        ParticipationKind.ATTENDED)), "org", LocalDate.of(2025, 3, 10)).tier());
  }

  @Test
  void theWindowBoundaryIsInclusive() {
    // CND-67 opened on 14 March 2024; a 12-month window as of 14 March 2025 starts on 15 March 2024.
    EngagementRule year = EngagementRule.builder().windowMonths(12).build();
    assertEquals(EngagementTier.LAPSED, year.assess(registry(p("CND-67", ParticipationKind.ATTENDED)), "org",
        LocalDate.of(2025, 3, 14)).tier());
    assertEquals(EngagementTier.ACTIVE, year.assess(registry(p("CND-67", ParticipationKind.ATTENDED)), "org",
        LocalDate.of(2025, 3, 13)).tier());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(InvalidValueException.class, () -> EngagementRule.builder().windowMonths(0).build());
    assertThrows(UnknownIdException.class, () -> EngagementRule.defaults().assess(registry(), "nobody", AS_OF));
  }
}
