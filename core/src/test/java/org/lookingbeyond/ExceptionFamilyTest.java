package org.lookingbeyond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.reference.ReferenceDataException;
import org.lookingbeyond.reference.ReferenceTables;
import org.lookingbeyond.reference.TableProblem;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.RegistryException;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.rules.Criteria;
import org.lookingbeyond.rules.Fact;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicyException;
import org.lookingbeyond.rules.PolicyProblem;

/**
 * Every exception the library throws for a reason of its own is a {@link LookingBeyondException} whose
 * problems say what, where and why; messages list at most twenty problems.
 */
class ExceptionFamilyTest {
  private static final Fact<Boolean> IS_CSO = Fact.bool("applicant.isCso", "whether the applicant is a CSO");
  private static final FactSchema SCHEMA = FactSchema.of("family-test", List.of(IS_CSO), Map.of());

  private static Organization organization(String id, String country) {
    return Organization.builder().id(id).name("Organization " + id).type(OrganisationType.NATIONAL_NGO)
        .addOperatingCountries(country).build();
  }

  @Test
  void aRegistryThatDoesNotBuildListsEachRecordAndField() {
    LookingBeyondException e = assertThrows(LookingBeyondException.class, () -> Registry.builder()
        .addOrganizations(organization("ORG-A", "KE"), organization("ORG-A", "UG"))
        .addParticipations(Participation.of("ORG-A", "CND-999", ParticipationKind.ATTENDED))
        .build());
    RegistryException registry = assertInstanceOf(RegistryException.class, e);
    assertEquals(2, registry.problems().size(), e::getMessage);
    RegistryProblem duplicate = registry.problems().stream()
        .filter(p -> p.code() == RegistryProblem.Code.DUPLICATE_ID).findFirst().orElseThrow();
    assertEquals("organization[ORG-A].id", duplicate.location());
    RegistryProblem dangling = registry.problems().stream()
        .filter(p -> p.code() == RegistryProblem.Code.DANGLING_REFERENCE).findFirst().orElseThrow();
    assertEquals("participation[ORG-A@CND-999/ATTENDED].sessionId", dangling.location());
    assertSame(registry.problems(), e.problems(), "the base type's view is the typed list");
  }

  @Test
  void aPolicyThatDoesNotBuildNamesTheRule() {
    LookingBeyondException e = assertThrows(LookingBeyondException.class, () -> Policy.builder("p", "1", SCHEMA)
        .gate("G1", "A CSO", Criteria.isTrue(IS_CSO))
        .gate("G1", "A CSO, again", Criteria.isTrue(IS_CSO))
        .build());
    PolicyException policy = assertInstanceOf(PolicyException.class, e);
    assertEquals("p 1", policy.policy());
    PolicyProblem duplicate = policy.problems().stream()
        .filter(p -> p.code() == PolicyProblem.Code.DUPLICATE_RULE_ID).findFirst().orElseThrow();
    assertEquals("rule G1", duplicate.location());
    assertTrue(e.getMessage().contains("in policy p 1"), e::getMessage);
  }

  @Test
  void aMalformedTableNamesLineAndColumn() {
    String csv = "# source: test\nid,acronym,name,focus,website\nNET-1,N1,,drug-prevention,\n";
    LookingBeyondException e = assertThrows(LookingBeyondException.class,
        () -> ReferenceTables.readNetworks(new StringReader(csv), "networks-test.csv"));
    ReferenceDataException reference = assertInstanceOf(ReferenceDataException.class, e);
    TableProblem problem = reference.problems().get(0);
    assertEquals(TableProblem.Code.MISSING_VALUE, problem.code());
    assertEquals("networks-test.csv:3:10 name", problem.location());
    assertEquals("a value is required", problem.message());
  }

  @Test
  void aTableWhoseReaderFailsIsUnreadableWithTheCause() {
    IOException failure = new IOException("Connection reset");
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw failure;
      }

      @Override
      public void close() {}
    };
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readNetworks(failing, "networks-remote.csv"));
    assertSame(failure, e.getCause());
    TableProblem problem = e.problems().get(0);
    assertEquals(TableProblem.Code.UNREADABLE, problem.code());
    assertEquals("networks-remote.csv", problem.location());
    assertTrue(problem.message().contains("Connection reset"), problem::message);
  }

  @Test
  void aValueThatBreaksItsInvariantNamesTypeFieldAndId() {
    LookingBeyondException e = assertThrows(LookingBeyondException.class,
        () -> Organization.builder().id("ORG-A").name("A").type(OrganisationType.NATIONAL_NGO)
            .addOperatingCountries("Kenya").build());
    InvalidValueException invalid = assertInstanceOf(InvalidValueException.class, e);
    ValueProblem problem = invalid.problems().get(0);
    assertEquals(ValueProblem.Code.INVALID_VALUE, problem.code());
    assertEquals("Organization[ORG-A].operatingCountries", problem.location());
    assertTrue(problem.message().contains("'Kenya'"), problem::message);
    assertEquals(problem.location() + ": " + problem.message(), e.getMessage());

    InvalidValueException money = assertThrows(InvalidValueException.class, () -> Money.of("20,000", "USD"));
    assertEquals("Money.amount", money.problems().get(0).location());
    assertInstanceOf(NumberFormatException.class, money.getCause());
  }

  @Test
  void anEchoedValueIsAShortEscapedExcerpt() {
    String name = "line one\nline two " + "x".repeat(200);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Organization.builder().id("ORG-A").name(" " + name).type(OrganisationType.NATIONAL_NGO).build());
    assertFalse(e.getMessage().contains("\n"), "a value cannot break the message into lines");
    assertTrue(e.getMessage().contains("line one\\u000aline two"), e::getMessage);
    assertTrue(e.getMessage().length() < 200, e::getMessage);
  }

  @Test
  void anUnknownIdNamesItsKindAndTheNearestKnownIds() {
    LookingBeyondException e = assertThrows(LookingBeyondException.class,
        () -> ReferenceData.defaults().taxonomy().area("drugs"));
    UnknownCodeException code = assertInstanceOf(UnknownCodeException.class, e);
    assertInstanceOf(UnknownIdException.class, e, "geography and taxonomy codes are ids too");
    assertEquals("thematic area", code.kind());
    assertEquals("drugs", code.code());
    assertTrue(e.getMessage().startsWith("unknown thematic area 'drugs'; 11 are known, such as 'drug-"),
        e::getMessage);
    ValueProblem problem = code.problems().get(0);
    assertEquals(ValueProblem.Code.UNKNOWN_ID, problem.code());
    assertEquals("thematic area[drugs]", problem.location());

    UnknownIdException session = assertThrows(UnknownIdException.class,
        () -> ReferenceData.defaults().sessionsOf("CDN"));
    assertEquals("governing body", session.kind());
    assertTrue(session.getMessage().contains("'CND'"), session::getMessage);
  }

  @Test
  void aMessageListsTwentyProblemsThenHowManyMore() {
    List<Organization> duplicates = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      duplicates.add(organization(String.format("ORG-%02d", i), "KE"));
      duplicates.add(organization(String.format("ORG-%02d", i), "UG"));
    }
    RegistryException e = assertThrows(RegistryException.class,
        () -> Registry.builder().addOrganizations(duplicates).build());
    assertEquals(30, e.problems().size(), "every problem stays in problems()");
    List<String> lines = e.getMessage().lines().toList();
    assertEquals("30 problems in the registry:", lines.get(0));
    assertEquals(1 + LookingBeyondException.MAX_LISTED_PROBLEMS + 1, lines.size(), e::getMessage);
    assertEquals("  ... and 10 more (see problems())", lines.get(lines.size() - 1));
  }

  @Test
  void aValueProblemLeavesOutWhatIsAbsentFromItsLocation() {
    assertEquals("Money.currency", ValueProblem.invalid("Money", null, "currency", "m").location());
    assertEquals("Geography", new ValueProblem(ValueProblem.Code.INVALID_VALUE, "Geography", Optional.empty(),
        Optional.empty(), "m").location());
  }
}
