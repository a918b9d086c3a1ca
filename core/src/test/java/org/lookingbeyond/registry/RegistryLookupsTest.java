package org.lookingbeyond.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;

/**
 * Every look-up of a registry by an id: an id it does not know throws, naming the id and its kind; a
 * known id with nothing to show gives an empty list. And a registry is one call away from a changed one.
 */
class RegistryLookupsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 17);

  /** A Kenyan drug-prevention NGO in VNGOC, at CND-67, with a designation, an application and a grant. */
  private static Registry nairobi() {
    Organization kenyan = Organization.builder().id("ORG-KE").name("Nairobi Drug Prevention Network")
        .type(OrganisationType.NATIONAL_NGO).addOperatingCountries("KE").addThematicAreas("drug-prevention")
        .addNetworkMemberships(NetworkMembership.of("VNGOC", LocalDate.of(2019, 1, 1))).build();
    Organization ugandan = Organization.builder().id("ORG-UG").name("Kampala Youth Forum")
        .type(OrganisationType.NATIONAL_NGO).addOperatingCountries("UG").build();
    return Registry.builder()
        .addOrganizations(kenyan, ugandan)
        .addParticipations(Participation.of("ORG-KE", "CND-67", ParticipationKind.ATTENDED))
        .addDesignations(RloDesignation.builder().id("RLO-1").organizationId("ORG-KE").region(RegionRef.m49("014"))
            .validFrom(LocalDate.of(2024, 1, 1)).build())
        .addApplications(SeedFundingApplication.builder().id("APP-1").applicantId("ORG-KE").applicationDate(DAY)
            .build())
        .addGrants(Grant.builder().id("GR-1").organizationId("ORG-KE").amount(Money.of("15000", "USD"))
            .consultationStart(LocalDate.of(2024, 5, 1)).consultationEnd(LocalDate.of(2024, 5, 2)).build())
        .build();
  }

  private static List<String> ids(List<Organization> organizations) {
    return organizations.stream().map(Organization::id).collect(Collectors.toList());
  }

  @Test
  void organizationsWorkingOnAnUnknownAreaNameTheAreaAndSuggestKnownOnes() {
    Registry r = nairobi();
    assertEquals(List.of("ORG-KE"), ids(r.organizationsWorkingOn("drug-prevention")));
    assertEquals(List.of(), r.organizationsWorkingOn("anti-corruption"), "a known area nobody works on");
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> r.organizationsWorkingOn("drugs"));
    assertEquals("thematic area", e.kind());
    assertTrue(e.getMessage().contains("such as 'drug-"), e::getMessage);
  }

  @Test
  void membersOfAnUnknownNetworkAreRefused() {
    Registry r = nairobi();
    assertEquals(List.of("ORG-KE"), ids(r.membersOf("VNGOC")));
    assertEquals(List.of(), r.membersOf("UNCAC-COALITION"), "a known network without members here");
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> r.membersOf("VNGO"));
    assertEquals("network", e.kind());
    assertTrue(e.getMessage().startsWith("unknown network 'VNGO'; 3 are known, such as 'VNGOC'"), e::getMessage);
  }

  @Test
  void participationsInAnUnknownSessionAreRefused() {
    Registry r = nairobi();
    assertEquals(1, r.participationsIn("CND-67").size());
    assertEquals(List.of(), r.participationsIn("CCPCJ-33"), "a known session without participations");
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> r.participationsIn("CND67"));
    assertEquals("session", e.kind());
    assertTrue(e.getMessage().contains("'CND-6"), e::getMessage);
  }

  @Test
  void recordsOfAnUnknownOrganizationAreRefusedByEveryLookUp() {
    Registry r = nairobi();
    List<Function<String, List<?>>> lookUps = List.of(r::participationsOf, r::designationsOf, r::applicationsOf,
        r::grantsOf);
    for (Function<String, List<?>> lookUp : lookUps) {
      assertEquals(1, lookUp.apply("ORG-KE").size());
      assertEquals(List.of(), lookUp.apply("ORG-UG"), "a known organization with no such records");
      UnknownIdException e = assertThrows(UnknownIdException.class, () -> lookUp.apply("ORG-TZ"));
      assertEquals("organization", e.kind());
      assertEquals("ORG-TZ", e.id());
    }
    assertTrue(r.findOrganization("ORG-TZ").isEmpty(), "the find... twin answers with an empty Optional");
  }

  @Test
  void toBuilderUnchangedGivesAnEqualRegistry() {
    Registry r = nairobi();
    Registry same = r.toBuilder().build();
    assertEquals(r, same);
    assertEquals(r.participations(), same.participations());
    assertEquals(r.reference(), same.reference());
  }

  @Test
  void toBuilderMakesAChangedRegistryInOneCall() {
    Registry r = nairobi();
    Registry next = r.toBuilder()
        .addParticipations(Participation.of("ORG-UG", "CND-67", ParticipationKind.ORAL_STATEMENT))
        .build();
    assertEquals(2, next.participationsIn("CND-67").size());
    assertEquals(1, r.participationsIn("CND-67").size(), "the original registry is unchanged");
    assertNotEquals(r, next);
  }

  @Test
  void toBuilderKeepsTheNetworksAndSessionsTheRegistryAdded() {
    Network regional = Network.builder().id("EA-NET").name("East African Network").build();
    Session extra = Session.builder().id("CND-EXTRA-1").bodyCode("CND").number(1).title("Special session")
        .year(2027).reconvened(false).build();
    Registry r = Registry.builder().addNetworks(List.of(regional)).addSessions(List.of(extra)).build();
    Registry next = r.toBuilder()
        .addParticipations(List.of())
        .addOrganizations(Organization.builder().id("ORG-EA").name("East African Forum")
            .type(OrganisationType.REGIONAL_NGO).addOperatingCountries("KE")
            .addNetworkMemberships(NetworkMembership.of("EA-NET", LocalDate.of(2020, 1, 1))).build())
        .build();
    assertEquals(List.of("ORG-EA"), ids(next.membersOf("EA-NET")));
    assertTrue(next.reference().findSession("CND-EXTRA-1").isPresent());
  }

  @Test
  void toBuilderStillValidatesWhatIsAdded() {
    Registry r = nairobi();
    Validation v = r.toBuilder()
        .addParticipations(Participation.of("ORG-TZ", "CND-67", ParticipationKind.ATTENDED)).validate();
    assertTrue(v.registry().isEmpty());
    assertEquals(RegistryProblem.Code.DANGLING_REFERENCE, v.problems().get(0).code());
  }
}
