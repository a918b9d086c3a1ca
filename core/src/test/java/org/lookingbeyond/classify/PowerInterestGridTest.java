package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.rules.Criteria;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.Status;

/** Power and interest scores, and the quadrants at their thresholds. */
class PowerInterestGridTest {

  /**
   * A policy whose power score is 50 for an organization without ECOSOC status and whose interest score
   * is its relevance times 100, with the given thresholds.
   */
  private static ClassificationPolicy halfway(double powerThreshold, double interestThreshold) {
    Policy power = Policy.builder("power-test", "1", ClassificationFacts.STAKEHOLDER)
        .parameter(Parameter.grades("grades", Map.of("NONE", 0.5, "GENERAL", 1.0), "credit by ECOSOC category"))
        .score("P", "ECOSOC status", 100, Criteria.graded(ClassificationFacts.ECOSOC_STATUS, "grades")).build();
    Policy interest = Policy.builder("interest-test", "1", ClassificationFacts.STAKEHOLDER)
        .score("I", "Relevance", 100, Criteria.proportion(ClassificationFacts.RELEVANCE)).build();
    return DefaultClassificationPolicy.policy().toBuilder().version("grid-test").power(power).interest(interest)
        .settings(ClassificationSettings.builder().priorityAreas(Set.of(DRUG_PREVENTION))
            .powerThreshold(powerThreshold).interestThreshold(interestThreshold).build())
        .build();
  }

  /** Half of its two areas are priority areas: relevance 0.5, interest 50; no ECOSOC status: power 50. */
  private static PowerInterest gridUnder(ClassificationPolicy policy) {
    return StakeholderClassifier.of(policy).classify(world(org("org").on(DRUG_PREVENTION, ANTI_CORRUPTION))
        .registry(), "org", AS_OF).grid();
  }

  @ParameterizedTest(name = "thresholds power {0}, interest {1}: {2}")
  @CsvSource({
      "50,     50,     KEY_PLAYER",
      "50,     50.01,  KEEP_SATISFIED",
      "50.01,  50,     KEEP_INFORMED",
      "50.01,  50.01,  MINIMAL_EFFORT",
      "49.99,  49.99,  KEY_PLAYER",
      "0,      100,    KEEP_SATISFIED",
      "100,    0,      KEEP_INFORMED"})
  void aScoreEqualToItsThresholdIsHighAndJustBelowIsLow(double powerThreshold, double interestThreshold,
      Quadrant expected) {
    PowerInterest g = gridUnder(halfway(powerThreshold, interestThreshold));
    assertEquals(50.0, g.powerScore());
    assertEquals(50.0, g.interestScore());
    assertEquals(expected, g.quadrant(), g.finding().message());
    assertEquals(expected.name(), g.finding().value());
    assertTrue(g.finding().limit().orElseThrow().contains("power >= "), g.finding().limit().toString());
  }

  @Test
  void quadrantsOfScoresAroundTheDefaultThresholds() {
    assertEquals(Quadrant.KEY_PLAYER, Quadrant.of(50, 50, 50, 50));
    assertEquals(Quadrant.KEEP_SATISFIED, Quadrant.of(50, 49.99, 50, 50));
    assertEquals(Quadrant.KEEP_INFORMED, Quadrant.of(49.99, 50, 50, 50));
    assertEquals(Quadrant.MINIMAL_EFFORT, Quadrant.of(49.99, 49.99, 50, 50));
    assertEquals(Quadrant.MINIMAL_EFFORT, Quadrant.of(0, 0, 50, 50));
    assertEquals(Quadrant.KEY_PLAYER, Quadrant.of(100, 100, 50, 50));
  }

  @Test
  void defaultPowerScoreIsTheWeightedSumOfItsCriteria() {
    // GENERAL status 30 + INTERNATIONAL reach 25 + member of VNGOC 10 = 65 of 100
    StakeholderProfile p = classify(org("org").in("KE", "FR").memberOf("VNGOC")
        .ecosoc(EcosocStatus.Category.GENERAL, EcosocStatus.State.ACTIVE));
    PowerInterest g = p.grid();
    assertEquals(65.0, g.powerScore());
    assertEquals(30.0, g.powerCriteria().get(0).points());
    assertEquals(25.0, g.powerCriteria().get(1).points());
    assertEquals(10.0, g.powerCriteria().get(4).points());
    // relevance 1 (every area is a priority by default) 40 + PROSPECT 0 = 40
    assertEquals(40.0, g.interestScore());
    assertEquals(Quadrant.KEEP_SATISFIED, g.quadrant());
  }

  @Test
  void aCriterionWithMissingFactsEarnsNothingAndIsNamed() {
    PowerInterest g = classify(org("org").on()).grid();
    assertEquals(Status.UNKNOWN, g.interestCriteria().get(0).status(), "relevance without areas is unknown");
    assertEquals(0.0, g.interestScore());
    assertTrue(g.finding().facts().get("undecidedCriteria").startsWith("I1 (missing organization.relevance)"),
        g.finding().facts().toString());
    assertTrue(g.finding().message().contains("earn nothing"), g.finding().message());
  }

  @Test
  void thresholdsOutsideZeroToHundredAreRefused() {
    org.lookingbeyond.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.lookingbeyond.InvalidValueException.class, () -> ClassificationSettings.builder().powerThreshold(100.5)
            .build());
    assertTrue(e.getMessage().contains("powerThreshold"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(org.lookingbeyond.InvalidValueException.class,
        () -> ClassificationSettings.builder().interestThreshold(-1).build());
  }

  @Test
  void theInterestScoreGrowsWithEngagement() {
    World w = world(org("org")).core("org");
    PowerInterest g = StakeholderClassifier.withDefaultPolicy().classify(w.registry(), "org", LocalDate.of(2025, 6, 30))
        .grid();
    assertEquals(70.0, g.interestScore(), "relevance 40 + CORE 30");
    assertEquals(Quadrant.KEEP_INFORMED, g.quadrant());
  }
}
