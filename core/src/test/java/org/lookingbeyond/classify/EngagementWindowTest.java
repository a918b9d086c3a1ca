package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.registry.Registry;

/**
 * Engagement tiers in profiles at the edges of the 24-month window: a participation counts on its
 * session's first day, and the window is the 24 months ending on the as-of date, that day included.
 */
class EngagementWindowTest {
  /** CND-67 opened on 14 March 2024. */
  private static final LocalDate CND_67 = LocalDate.of(2024, 3, 14);

  private static EngagementTier tierOn(Registry registry, LocalDate asOf) {
    StakeholderProfile p = StakeholderClassifier.withDefaultPolicy().classify(registry, "org", asOf);
    EngagementTier bulk = StakeholderClassifier.withDefaultPolicy().classifyAll(registry, asOf).tier(0);
    assertEquals(p.engagement().tier(), bulk, "the bulk path gives the tier of the explained path");
    return p.engagement().tier();
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      // a day short of 24 months after the session: the window (2024-03-14 .. 2026-03-13) holds it
      "2026-03-13, ACTIVE",
      // exactly 24 months: the window starts on 2024-03-15, the day after the session
      "2026-03-14, LAPSED",
      "2026-03-15, LAPSED",
      // the day before the session: it has not happened yet
      "2024-03-13, PROSPECT",
      "2024-03-14, ACTIVE"})
  void oneSessionAtTheEdgesOfTheWindow(LocalDate asOf, EngagementTier expected) {
    Registry r = world(org("org")).took("org", "CND-67", ParticipationKind.ATTENDED).registry();
    assertEquals(expected, tierOn(r, asOf));
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      // CND-67 (2024-03-14), CCPCJ-33 (2024-05-13), CND-68 (2025-03-10, a side event)
      "2026-03-13, CORE",
      "2026-03-14, ACTIVE",
      "2026-03-15, ACTIVE",
      "2025-03-09, ACTIVE",
      "2025-03-10, CORE"})
  void coreNeedsAllThreeParticipationsInTheWindow(LocalDate asOf, EngagementTier expected) {
    Registry r = world(org("org")).core("org").registry();
    assertEquals(expected, tierOn(r, asOf));
    assertEquals(CND_67.plusMonths(24), LocalDate.of(2026, 3, 14));
  }

  @Test
  void aRegistrationIsNotAParticipation() {
    Registry r = world(org("org")).registeredFor("org", "CND-67").registeredFor("org", "CND-68").registry();
    assertEquals(EngagementTier.PROSPECT, tierOn(r, AS_OF), "registered twice, attended never (as recorded)");
    Registry attended = world(org("org")).registeredFor("org", "CND-68").took("org", "CND-68",
        ParticipationKind.ATTENDED).registry();
    Engagement e = StakeholderClassifier.withDefaultPolicy().classify(attended, "org", AS_OF).engagement();
    assertEquals(EngagementTier.ACTIVE, e.tier());
    assertEquals(1, e.recentParticipations(), "the registration does not add a participation");
  }

  @Test
  void theTierFollowsThePolicysEngagementRule() {
    ClassificationPolicy yearly = DefaultClassificationPolicy.policy().toBuilder().version("12-months")
        .settings(ClassificationSettings.builder().engagementRule(EngagementRule.builder().windowMonths(12).build())
            .build()).build();
    Registry r = world(org("org")).took("org", "CND-67", ParticipationKind.ATTENDED).registry();
    assertEquals(EngagementTier.LAPSED, StakeholderClassifier.of(yearly).classify(r, "org", AS_OF).engagement().tier());
    assertEquals(EngagementTier.ACTIVE, tierOn(r, AS_OF));
  }
}
