package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Status;

/** Urgency: a pending application, or a registration for a session starting within 90 days. */
class UrgencyTest {

  private static Status urgencyOn(Registry registry, LocalDate asOf) {
    return StakeholderClassifier.withDefaultPolicy().classify(registry, "org", asOf).salience().urgency().status();
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      // COSP-11 opens on 15 December 2025
      "2025-09-15, FAIL",
      "2025-09-16, PASS",
      "2025-12-15, PASS",
      "2025-12-16, FAIL"})
  void aRegistrationIsUrgentFromNinetyDaysBeforeTheSessionOpensToTheDayItOpens(LocalDate asOf, Status expected) {
    assertEquals(expected, urgencyOn(world(org("org")).registeredFor("org", "COSP-11").registry(), asOf));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ATTENDED", "ORAL_STATEMENT", "SIDE_EVENT"})
  void anyParticipationRecordedForTheSessionImpliesARegistration(ParticipationKind kind) {
    assertEquals(Status.PASS, urgencyOn(world(org("org")).took("org", "COSP-11", kind).registry(),
        LocalDate.of(2025, 12, 1)));
  }

  @ParameterizedTest(name = "{0}, dated {1}: {2}")
  @CsvSource({
      "SUBMITTED, 2025-05-30, PASS",
      "SUBMITTED, 2025-06-30, PASS",
      "SUBMITTED, 2025-07-01, FAIL",
      "APPROVED,  2025-05-30, FAIL",
      "REJECTED,  2025-05-30, FAIL",
      "WITHDRAWN, 2025-05-30, FAIL"})
  void onlyAPendingApplicationMadeByTheAsOfDateIsUrgent(ApplicationStatus status, LocalDate date, Status expected) {
    Registry r = world(org("org")).applied("APP-1", "org", date, status).registry();
    StakeholderProfile p = StakeholderClassifier.withDefaultPolicy().classify(r, "org", AS_OF);
    assertEquals(expected, p.salience().urgency().status(), p.salience().urgency().message());
    assertTrue(p.evidence().get(ClassificationFacts.PENDING_APPLICATIONS.name())
        .equals(expected == Status.PASS ? "[APP-1]" : "[]"), p.evidence().toString());
  }
}
