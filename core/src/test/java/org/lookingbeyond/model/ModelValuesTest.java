package org.lookingbeyond.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.geo.RegionRef;

class ModelValuesTest {

  private static Organization.Builder org() {
    return Organization.builder().id("org-1").name("Example Organization").type(OrganisationType.NATIONAL_NGO);
  }

  @Test
  void anOrganizationNamesTheFieldItRefuses() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> org().addOperatingCountries("ke").build());
    assertTrue(e.getMessage().contains("Organization[org-1].operatingCountries"), e.getMessage());
    assertTrue(e.getMessage().contains("'ke'"), e.getMessage());
    ValueProblem problem = e.problems().get(0);
    assertEquals(ValueProblem.Code.INVALID_VALUE, problem.code());
    assertEquals("Organization", problem.type());
    assertEquals(Optional.of("org-1"), problem.id());
    assertEquals(Optional.of("operatingCountries"), problem.field());
    assertThrows(InvalidValueException.class, () -> org().id(" ").build());
    assertThrows(InvalidValueException.class, () -> org().memberOrganizations(-1).build());
  }

  @Test
  void organizationsKeepCountriesAndAreasSortedWhateverTheInputOrder() {
    Organization a = org().addOperatingCountries("UG", "KE", "TZ").addThematicAreas("hiv-aids-prevention",
        "drug-prevention").build();
    Organization b = org().addOperatingCountries("TZ", "UG", "KE").addThematicAreas("drug-prevention",
        "hiv-aids-prevention").build();
    assertEquals(a, b);
    assertEquals("[KE, TZ, UG]", a.operatingCountries().toString());
  }

  @Test
  void governmentBodiesAndCompaniesAreNotCsos() {
    assertFalse(org().type(OrganisationType.GOVERNMENT).build().isCso());
    assertFalse(org().type(OrganisationType.PRIVATE_SECTOR_THIRD_COUNTRY).build().isCso());
    assertTrue(org().type(OrganisationType.ACADEMIC).build().isCso());
    assertEquals(Optional.of(OrganisationType.FOUNDATION), OrganisationType.fromCode(60));
    assertEquals(Optional.empty(), OrganisationType.fromCode(99));
  }

  @Test
  void contactDetailsNeverAppearInTextForms() {
    Organization o = org().contact(ContactDetails.builder().email("director@example.org").phone("+43 1 234 5678")
        .contactPerson("Jane Example").build()).build();
    String text = o.toString() + o.contact().orElseThrow().toString();
    assertFalse(text.contains("example.org"), text);
    assertFalse(text.contains("5678"), text);
    assertFalse(text.contains("Jane"), text);
  }

  @Test
  void networkMembershipHoldsBetweenItsDaysInclusive() {
    NetworkMembership m = NetworkMembership.builder().networkId("VNGOC").since(LocalDate.of(2020, 1, 1))
        .until(LocalDate.of(2022, 12, 31)).build();
    Organization o = org().addNetworkMemberships(m).build();
    assertTrue(o.isMemberOn("VNGOC", LocalDate.of(2020, 1, 1)));
    assertTrue(o.isMemberOn("VNGOC", LocalDate.of(2022, 12, 31)));
    assertFalse(o.isMemberOn("VNGOC", LocalDate.of(2023, 1, 1)));
    assertFalse(o.isMemberOn("VNGOC", LocalDate.of(2019, 12, 31)));
    assertFalse(o.isMemberOn("UNCAC-COALITION", LocalDate.of(2021, 1, 1)));
  }

  @Test
  void moneyIsExactAndEqualWhateverTheScale() {
    assertEquals(Money.of("20000.00", "USD"), Money.of("20000", "USD"));
    assertEquals("20000 USD", Money.of("2E+4", "USD").toString());
    assertEquals("1500.5 EUR", Money.of("1500.50", "EUR").toString());
    assertTrue(Money.of("0.01", "USD").isPositive());
    assertFalse(Money.of("0", "USD").isPositive());
    assertTrue(Money.of("20000", "USD").compareTo(Money.of("19999.99", "USD")) > 0);
    InvalidValueException mixed = assertThrows(InvalidValueException.class,
        () -> Money.of("1", "USD").compareTo(Money.of("1", "EUR")));
    assertTrue(mixed.getMessage().contains("USD") && mixed.getMessage().contains("EUR"));
    assertTrue(assertThrows(InvalidValueException.class, () -> Money.of("1", "DOLLARS")).getMessage()
        .contains("ISO 4217"));
    assertTrue(assertThrows(InvalidValueException.class, () -> Money.of("twenty", "USD")).getMessage()
        .contains("decimal"));
  }

  @Test
  void designationsOverlapWhenTheyShareADay() {
    RloDesignation a = designation("a", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertTrue(a.overlaps(designation("b", LocalDate.of(2025, 12, 31), null)));
    assertFalse(a.overlaps(designation("c", LocalDate.of(2026, 1, 1), null)));
    assertTrue(designation("d", LocalDate.of(2020, 1, 1), null).overlaps(a));
    assertTrue(a.activeOn(LocalDate.of(2025, 6, 1)));
    assertFalse(a.activeOn(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aSessionStartMustFallInItsYearAndMonth() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Session.builder().id("CND-70")
        .bodyCode("CND").number(70).title("t").year(2027).month(Month.MARCH).start(LocalDate.of(2027, 4, 1)).build());
    assertTrue(e.getMessage().contains("not in month MARCH"), e.getMessage());
  }

  @Test
  void ecosocStatusBeganIn1946() {
    assertThrows(InvalidValueException.class,
        () -> EcosocStatus.of(EcosocStatus.Category.GENERAL, EcosocStatus.State.ACTIVE, 1945));
    assertTrue(EcosocStatus.of(EcosocStatus.Category.SPECIAL, EcosocStatus.State.ACTIVE, 2010).isActive());
    assertFalse(EcosocStatus.of(EcosocStatus.Category.SPECIAL, EcosocStatus.State.SUSPENDED, 2010).isActive());
  }

  @Test
  void cadenceParityNeedsAnEvenInterval() {
    assertThrows(InvalidValueException.class, () -> Cadence.builder().intervalYears(1).month(Month.MAY)
        .yearParity(Cadence.YearParity.ODD).build());
    assertTrue(Cadence.YearParity.ODD.admits(2027));
    assertFalse(Cadence.YearParity.ODD.admits(2026));
    assertTrue(Cadence.YearParity.EVEN.admits(2026));
  }

  @Test
  void regionReferencesParseAndPrintTheirTextForm() {
    assertEquals(RegionRef.m49("014"), RegionRef.parse("m49:014"));
    assertEquals(RegionRef.country("KE"), RegionRef.parse("COUNTRY:ke"));
    assertEquals("GROUPING:ROEA", RegionRef.grouping("ROEA").toString());
    assertThrows(InvalidValueException.class, () -> RegionRef.parse("014"));
    assertThrows(InvalidValueException.class, () -> RegionRef.parse("CONTINENT:Africa"));
    assertThrows(InvalidValueException.class, () -> RegionRef.m49("14"));
  }

  private static RloDesignation designation(String id, LocalDate from, LocalDate until) {
    return RloDesignation.builder().id(id).organizationId("org-1").region(RegionRef.m49("014")).validFrom(from)
        .validUntil(Optional.ofNullable(until)).build();
  }
}
