package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Criteria;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.RuleKind;

/** The classification policy: its defaults, its content hash, its checks and its versions. */
class ClassificationPolicyTest {
  private static final ClassificationPolicy DEFAULT = DefaultClassificationPolicy.policy();

  @Test
  void theDefaultPolicyHoldsTheSpecificationsNumbers() {
    assertEquals("stakeholder-classification", DEFAULT.id());
    assertEquals("1.0", DEFAULT.version());
    assertEquals(LocalDate.of(2008, 1, 1), DEFAULT.effectiveFrom());
    ClassificationSettings s = DEFAULT.settings();
    assertEquals(50.0, s.powerThreshold());
    assertEquals(50.0, s.interestThreshold());
    assertEquals(90, s.urgencyWindowDays());
    assertEquals(30, s.reportDueDays());
    assertEquals(Set.of(FieldOfficeKind.REGIONAL), s.rloFieldOfficeKinds());
    assertEquals(EngagementRule.defaults(), s.engagementRule());
    assertEquals(2.0, DEFAULT.attributes().parameter("legitimacyMinYearsRegistered").asNumber());
    assertEquals("GENERAL", DEFAULT.attributes().parameter("powerEcosocCategory").value());
    assertEquals("INTERNATIONAL", DEFAULT.attributes().parameter("powerScope").value());
    assertTrue(DEFAULT.attributes().rules().stream().allMatch(r -> r.kind() == RuleKind.ATTRIBUTE));
    assertEquals(List.of(ClassificationPolicy.CSO, ClassificationPolicy.POWER, ClassificationPolicy.LEGITIMACY,
        ClassificationPolicy.URGENCY), DEFAULT.attributes().rules().stream().map(r -> r.id()).toList());
    assertEquals(List.of(30, 25, 20, 15, 10), DEFAULT.power().rules().stream().map(r -> r.weight()).toList());
    assertEquals(List.of(40, 30, 15, 15), DEFAULT.interest().rules().stream().map(r -> r.weight()).toList());
    assertEquals(6, DEFAULT.rloCandidacy().rules().size());
  }

  @Test
  void theContentHashChangesWithEveryNumberAndOnlyWithContent() {
    ClassificationPolicy same = DEFAULT.toBuilder().build();
    assertEquals(DEFAULT.contentHash(), same.contentHash());
    assertEquals(DEFAULT, same);
    ClassificationPolicy wider = DEFAULT.toBuilder().settings(ClassificationSettings.builder().urgencyWindowDays(91)
        .build()).build();
    assertNotEquals(DEFAULT.contentHash(), wider.contentHash());
    ClassificationPolicy renamed = DEFAULT.toBuilder().version("1.1").build();
    assertNotEquals(DEFAULT.contentHash(), renamed.contentHash());
    ClassificationPolicy fewer = DEFAULT.toBuilder().settings(ClassificationSettings.builder()
        .priorityAreas(Set.of(ANTI_CORRUPTION)).build()).build();
    assertNotEquals(DEFAULT.contentHash(), fewer.contentHash());
    assertTrue(DEFAULT.contentHash().matches("[0-9a-f]{64}"));
  }

  @Test
  void profilesCarryThePolicysIdVersionAndHash() {
    StakeholderProfile p = classify(org("org"));
    assertEquals(DEFAULT.id(), p.policyId());
    assertEquals(DEFAULT.version(), p.policyVersion());
    assertEquals(DEFAULT.contentHash(), p.policyHash());
  }

  @Test
  void buildingReportsEveryProblemAtOnce() {
    Policy gates = DEFAULT.rloCandidacy();
    Policy missingUrgency = DEFAULT.attributes().toBuilder().removeRule(ClassificationPolicy.URGENCY)
        .rule(DEFAULT.attributes().rules().get(3).toBuilder().id("urgent").build())
        .gate("G", "A gate among attributes", Criteria.isTrue(ClassificationFacts.ACTIVE_RLO)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassificationPolicy
        .builder("custom", "1").effectiveFrom(LocalDate.of(2027, 1, 1)).effectiveUntil(LocalDate.of(2026, 1, 1))
        .attributes(missingUrgency).power(gates).rloCandidacy(gates).build());
    String m = e.getMessage();
    assertTrue(m.contains("in force until 2026-01-01, before it starts on 2027-01-01"), m);
    assertTrue(m.contains("attributes: rule G is a GATE rule; this part holds ATTRIBUTE rules only"), m);
    assertTrue(m.contains("attributes: no ATTRIBUTE rule has the id urgency"), m);
    assertTrue(m.contains("power: policy rlo-candidacy 1.0 reads fact schema rlo-candidacy; this part reads"
        + " stakeholder"), m);
    assertTrue(m.contains("power: rule R1 is a GATE rule; this part holds SCORE rules only"), m);
    assertTrue(m.contains("interest: missing"), m);
    assertTrue(m.contains("has 11 problem(s)"), m);
  }

  @Test
  void theVersionInForceOnTheAsOfDateClassifies() {
    ClassificationPolicy v1 = DEFAULT.toBuilder().effectiveUntil(LocalDate.of(2025, 12, 31)).build();
    ClassificationPolicy v2 = DEFAULT.toBuilder().version("2.0").effectiveFrom(LocalDate.of(2026, 1, 1))
        .settings(ClassificationSettings.builder().powerThreshold(10).build()).build();
    StakeholderClassifier c = StakeholderClassifier.of(v2, v1);
    assertEquals(List.of(v1, v2), c.versions());
    Registry r = world(org("org")).registry();
    assertEquals("1.0", c.classify(r, "org", LocalDate.of(2025, 12, 31)).policyVersion());
    assertEquals("2.0", c.classify(r, "org", LocalDate.of(2026, 1, 1)).policyVersion());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> c.classify(r, "org", LocalDate.of(2007, 12, 31)));
    assertTrue(none.getMessage().contains("in force on 2007-12-31"), none.getMessage());
  }

  @Test
  void overlappingOrSameNamedVersionsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StakeholderClassifier.of(DEFAULT, DEFAULT.toBuilder().effectiveFrom(LocalDate.of(2020, 1, 1)).build()));
    assertTrue(e.getMessage().contains("two versions are both called 1.0"), e.getMessage());
    assertTrue(e.getMessage().contains("both in force on 2020-01-01"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StakeholderClassifier.of(List.of()));
  }

  @Test
  void aPriorityAreaUnknownToTheTaxonomyIsRefusedWhenClassifying() {
    ClassificationPolicy odd = DEFAULT.toBuilder().settings(ClassificationSettings.builder()
        .priorityAreas(Set.of("space-law")).build()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StakeholderClassifier.of(odd).classify(world(org("org")).registry(), "org", AS_OF));
    assertTrue(e.getMessage().contains("space-law"), e.getMessage());
  }

  @Test
  void relevanceIsTheShareOfItsAreasAmongThePriorityAreas() {
    ClassificationPolicy narrow = DEFAULT.toBuilder().settings(ClassificationSettings.builder()
        .priorityAreas(Set.of(ANTI_CORRUPTION, "trafficking-crime-terrorism")).build()).build();
    StakeholderProfile p = StakeholderClassifier.of(narrow).classify(world(org("org").on(DRUG_PREVENTION,
        ANTI_CORRUPTION, TRAFFICKING)).registry(), "org", AS_OF);
    assertEquals(2.0 / 3, p.relevance().orElseThrow(), 1e-9);
    assertEquals(Set.of(ANTI_CORRUPTION, TRAFFICKING), p.matchedAreas());
    assertEquals("0.667", p.relevanceFinding().value());
    assertEquals(Set.of("corruption-justice-integrity", "health-human-development", "trafficking-crime-terrorism"),
        p.pillars());
  }

  @Test
  void anOrganizationWithoutAreasHasNoRelevanceAndNoPillars() {
    StakeholderProfile p = classify(org("org").on());
    assertTrue(p.relevance().isEmpty());
    assertEquals(List.of("organization.thematicAreas"), p.relevanceFinding().missingFacts());
    assertEquals("UNKNOWN", p.pillarsFinding().value());
  }

  @Test
  void aNonCsoIsNamedByItsType() {
    StakeholderProfile p = classify(org("org").type(org.lookingbeyond.model.OrganisationType.GOVERNMENT));
    assertEquals(false, p.isCso());
    assertEquals(org.lookingbeyond.model.OrganisationType.GOVERNMENT, p.type());
    assertEquals("false", p.cso().factsUsed().get(ClassificationFacts.IS_CSO.name()));
  }
}
