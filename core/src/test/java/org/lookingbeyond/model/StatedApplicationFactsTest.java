package org.lookingbeyond.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * An application tells "not stated" (the builder call left out) from "stated as none" (an empty set, or
 * {@code noFieldOffice(true)}) for its focus areas, invited Member States and field office.
 */
class StatedApplicationFactsTest {

  private static SeedFundingApplication unstated() {
    return SeedFundingApplication.builder().id("APP-1").applicantId("ORG-A").applicationDate(LocalDate.of(2025, 3, 17))
        .build();
  }

  @Test
  void anApplicationThatDoesNotSayStatesNothing() {
    SeedFundingApplication a = unstated();
    assertEquals(Optional.empty(), a.focusAreas());
    assertEquals(Optional.empty(), a.invitedMemberStates());
    assertEquals(Optional.empty(), a.fieldOfficeId());
    assertFalse(a.noFieldOffice());
  }

  @Test
  void anEmptySetStatesNoneAndDiffersFromNotSaying() {
    SeedFundingApplication none = SeedFundingApplication.builder().from(unstated()).focusAreas(Set.of())
        .invitedMemberStates(Set.of()).noFieldOffice(true).build();
    assertEquals(Optional.of(Set.of()), none.focusAreas());
    assertEquals(Optional.of(Set.of()), none.invitedMemberStates());
    assertTrue(none.noFieldOffice());
    assertEquals(Optional.empty(), none.fieldOfficeId());
    assertNotEquals(unstated(), none);
    assertEquals(none, SeedFundingApplication.builder().from(none).build(), "a copy keeps what was stated");
  }

  @Test
  void anEmptyOptionalTakesAStatementBack() {
    SeedFundingApplication stated = SeedFundingApplication.builder().from(unstated()).focusAreas(Set.of())
        .invitedMemberStates(Set.of("KE")).build();
    SeedFundingApplication back = SeedFundingApplication.builder().from(stated).focusAreas(Optional.empty())
        .invitedMemberStates(Optional.empty()).build();
    assertEquals(unstated(), back);
  }

  @Test
  void statedSetsAreSortedUnmodifiableCopies() {
    Set<String> invited = new HashSet<>(List.of("UG", "KE", "TZ"));
    SeedFundingApplication a = SeedFundingApplication.builder().from(unstated()).invitedMemberStates(invited)
        .focusAreas(Set.of("hiv-aids-prevention", "drug-prevention")).build();
    invited.add("RW");
    assertEquals("[KE, TZ, UG]", a.invitedMemberStates().orElseThrow().toString());
    assertEquals(List.of("drug-prevention", "hiv-aids-prevention"), List.copyOf(a.focusAreas().orElseThrow()));
    assertThrows(UnsupportedOperationException.class, () -> a.focusAreas().orElseThrow().add("anti-corruption"));
    SeedFundingApplication same = SeedFundingApplication.builder().from(unstated())
        .invitedMemberStates(Set.of("TZ", "KE", "UG")).focusAreas(List.of("drug-prevention", "hiv-aids-prevention")
            .stream().collect(java.util.stream.Collectors.toSet())).build();
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
  }

  @Test
  void namingAnOfficeAndStatingNoneAtOnceIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SeedFundingApplication.builder()
        .from(unstated())
        .fieldOfficeId("ROEA").noFieldOffice(true).build());
    assertTrue(e.getMessage().contains("SeedFundingApplication[APP-1].noFieldOffice: is true"), e.getMessage());
    assertTrue(e.getMessage().contains("'ROEA'"), e.getMessage());
  }

  @Test
  void aStatedMemberStateMustStillBeAnAlpha2Code() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SeedFundingApplication.builder()
        .from(unstated())
        .invitedMemberStates(Set.of("KE", "ken")).build());
    assertTrue(e.getMessage().contains("SeedFundingApplication[APP-1].invitedMemberStates: must be"), e.getMessage());
    assertTrue(e.getMessage().contains("'ken'"), e.getMessage());
  }
}
