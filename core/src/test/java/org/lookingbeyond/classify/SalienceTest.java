package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.rules.Status;

/** The eight salience classes of Mitchell, Agle and Wood, and UNKNOWN for each unknown attribute. */
class SalienceTest {

  /**
   * Builds a stakeholder holding exactly the attributes asked for: power from being a network with member
   * organizations, legitimacy from ten years of registration, urgency from a pending application.
   */
  private static StakeholderProfile stakeholder(boolean power, boolean legitimacy, boolean urgency) {
    Org o = org("org");
    if (power) {
      o.network(12);
    }
    if (legitimacy) {
      o.registered(LONG_AGO);
    }
    World w = world(o);
    if (urgency) {
      w.pendingApplication("org");
    }
    return classify(w, "org");
  }

  @ParameterizedTest(name = "power {0}, legitimacy {1}, urgency {2}: {3} ({4})")
  @CsvSource({
      "false, false, false, NON_STAKEHOLDER, NONE",
      "true,  false, false, DORMANT,         LATENT",
      "false, true,  false, DISCRETIONARY,   LATENT",
      "false, false, true,  DEMANDING,       LATENT",
      "true,  true,  false, DOMINANT,        EXPECTANT",
      "true,  false, true,  DANGEROUS,       EXPECTANT",
      "false, true,  true,  DEPENDENT,       EXPECTANT",
      "true,  true,  true,  DEFINITIVE,      DEFINITIVE"})
  void eachCombinationOfAttributesGivesItsClassAndGroup(boolean power, boolean legitimacy, boolean urgency,
      SalienceClass expected, SalienceGroup group) {
    Salience s = stakeholder(power, legitimacy, urgency).salience();
    assertEquals(power ? Status.PASS : Status.FAIL, s.power().status(), s.power().message());
    assertEquals(legitimacy ? Status.PASS : Status.FAIL, s.legitimacy().status(), s.legitimacy().message());
    assertEquals(urgency ? Status.PASS : Status.FAIL, s.urgency().status(), s.urgency().message());
    assertEquals(expected, s.salienceClass());
    assertEquals(group, s.group());
    assertEquals(expected.name(), s.finding().value());
    assertTrue(s.finding().missingFacts().isEmpty());
  }

  @Test
  void powerIsUnknownWithoutCountriesSoTheClassIsUnknownAndNamesTheMissingScope() {
    StakeholderProfile p = classify(org("org").in().registered(LONG_AGO));
    Salience s = p.salience();
    assertEquals(Status.UNKNOWN, s.power().status());
    assertEquals(List.of(ClassificationFacts.SCOPE.name()), s.power().missingFacts());
    assertEquals(Status.PASS, s.legitimacy().status());
    assertEquals(SalienceClass.UNKNOWN, s.salienceClass());
    assertEquals(SalienceGroup.UNKNOWN, s.group());
    assertEquals(List.of(ClassificationFacts.SCOPE.name()), s.finding().missingFacts());
    assertTrue(s.finding().message().contains("power is UNKNOWN"), s.finding().message());
  }

  @Test
  void powerHeldDespiteAnUnknownScopeIsKnown() {
    Salience s = classify(org("org").in().ecosoc(EcosocStatus.Category.GENERAL, EcosocStatus.State.ACTIVE))
        .salience();
    assertEquals(Status.PASS, s.power().status(), "any(...) passes on its first passing condition");
    assertEquals(SalienceClass.DOMINANT, s.salienceClass(), "active ECOSOC status also gives legitimacy");
  }

  @Test
  void legitimacyIsUnknownWithoutARegistrationDate() {
    Salience s = classify(org("org").registrationUnknown()).salience();
    assertEquals(Status.UNKNOWN, s.legitimacy().status());
    assertEquals(List.of(ClassificationFacts.REGISTRATION_DATE.name()), s.legitimacy().missingFacts());
    assertEquals(SalienceClass.UNKNOWN, s.salienceClass());
    assertEquals(List.of(ClassificationFacts.REGISTRATION_DATE.name()), s.finding().missingFacts());
  }

  @Test
  void urgencyIsUnknownForASessionThatMayStartWithinTheWindow() {
    // CND-69 is known to be in March 2026 without its days: as of 15 December 2025 the 90-day window ends
    // on 15 March 2026, so the session may or may not start within it.
    World w = world(org("org")).registeredFor("org", "CND-69");
    StakeholderProfile p = StakeholderClassifier.withDefaultPolicy().classify(w.registry(), "org",
        LocalDate.of(2025, 12, 15));
    Salience s = p.salience();
    assertEquals(Status.UNKNOWN, s.urgency().status());
    assertEquals(List.of(ClassificationFacts.UPCOMING_REGISTRATIONS.name()), s.urgency().missingFacts());
    assertEquals(SalienceClass.UNKNOWN, s.salienceClass());
    assertTrue(p.evidence().get(ClassificationFacts.UPCOMING_REGISTRATIONS.name()).contains("CND-69"),
        p.evidence().toString());
  }

  @Test
  void theSameRegistrationIsCertainOnceTheWholeMonthLiesInTheWindow() {
    World w = world(org("org")).registeredFor("org", "CND-69");
    Salience s = StakeholderClassifier.withDefaultPolicy().classify(w.registry(), "org", LocalDate.of(2026, 1, 1))
        .salience();
    assertEquals(Status.PASS, s.urgency().status(), s.urgency().message());
    assertEquals(SalienceClass.DEMANDING, s.salienceClass());
  }

  @Test
  void theClassIsAPureFunctionOfTheThreeStatuses() {
    for (Status p : Status.values()) {
      for (Status l : Status.values()) {
        for (Status u : Status.values()) {
          SalienceClass c = SalienceClass.of(p, l, u);
          boolean unknown = p == Status.UNKNOWN || l == Status.UNKNOWN || u == Status.UNKNOWN;
          assertEquals(unknown, c == SalienceClass.UNKNOWN);
          if (!unknown) {
            assertEquals(p == Status.PASS, c.hasPower());
            assertEquals(l == Status.PASS, c.hasLegitimacy());
            assertEquals(u == Status.PASS, c.hasUrgency());
          }
        }
      }
    }
  }
}
