package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.theme.ThematicArea;

class ReferenceDataBuilderTest {
  private static final ReferenceData DEFAULTS = ReferenceData.defaults();

  @Test
  void defaultsAreLoadedOnceAndShared() {
    assertSame(DEFAULTS, ReferenceData.defaults());
    assertThrows(UnsupportedOperationException.class, () -> DEFAULTS.sessions().clear());
  }

  @Test
  void anIntegratorExtendsTheTaxonomyWithoutCodeChanges() {
    ReferenceData ref = DEFAULTS.toBuilder()
        .addThematicArea(ThematicArea.of("terrorism-prevention", "Terrorism prevention", "trafficking-crime-terrorism"))
        .build();
    assertEquals(12, ref.taxonomy().areas().size());
    assertEquals("trafficking-crime-terrorism", ref.taxonomy().pillarOf("terrorism-prevention").id());
    assertEquals(11, DEFAULTS.taxonomy().areas().size(), "the defaults are untouched");
  }

  @Test
  void anIntegratorAddsAGroupingOfItsOwn() {
    ReferenceData ref = DEFAULTS.toBuilder()
        .addGrouping(Grouping.builder().id("SAHEL").name("Sahel").kind(GroupingKind.CUSTOM)
            .addMembers("BF", "ML", "MR", "NE", "TD").build())
        .build();
    assertEquals(5, ref.geography().countriesOf(RegionRef.grouping("SAHEL")).size());
    assertTrue(ref.geography().contains(RegionRef.grouping("SAHEL"), "mli"));
  }

  @Test
  void replacingTheFieldOfficeTableReplacesTheOfficeAreas() {
    Table<FieldOffice> offices = ReferenceTables.readFieldOffices(new StringReader(
        "# source: integrator's office list\n# as-of: 2027-01-01\n"
            + "id,code,name,seat_city,seat_country_iso2,kind,covered_countries_iso2,as_of,source\n"
            + "ROEA,ROEA,Regional Office for Eastern Africa,Nairobi,KE,REGIONAL,KE UG TZ RW BI SS,2027,\n"),
        "offices-2027.csv");
    ReferenceData ref = DEFAULTS.toBuilder().fieldOffices(offices).build();
    assertEquals(1, ref.fieldOffices().size());
    assertTrue(ref.geography().grouping("ROEA").members().contains("SS"));
    assertTrue(ref.geography().findGrouping("ROSA").isEmpty());
    TableInfo info = ref.tables().stream().filter(t -> t.name().equals("offices-2027.csv")).findFirst().orElseThrow();
    assertEquals(Optional.of("2027-01-01"), info.asOf());
  }

  @Test
  void aNewlyAnnouncedSessionReplacesTheProjectedOne() {
    Session projected = DEFAULTS.findSession("CND-70").orElseThrow();
    assertTrue(projected.projected());
    Session announced = Session.builder().id("CND-70").bodyCode("CND").number(70)
        .title("70th session of the Commission on Narcotic Drugs").year(2027).month(java.time.Month.MARCH)
        .start(LocalDate.of(2027, 3, 15)).end(LocalDate.of(2027, 3, 19)).venue("Vienna, Austria")
        .source("announcement").build();
    ReferenceData ref = DEFAULTS.toBuilder().addSession(announced).build();
    assertEquals(announced, ref.findSession("CND-70").orElseThrow());
    assertTrue(ref.findSession("CND-70-R1").orElseThrow().projected(), "its reconvened part is still projected");
    assertTrue(ref.findSession("CND-69-R1").orElseThrow().projected(),
        "a projected session before the announced one stays: only the one with the same id gives way");
    assertEquals(DEFAULTS.sessions().size(), ref.sessions().size());
  }

  @Test
  void projectedSessionsCannotBeAddedByHand() {
    Session projected = DEFAULTS.findSession("CND-71").orElseThrow();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DEFAULTS.toBuilder().addSession(projected));
    assertTrue(e.getMessage().contains("CND-71"));
  }

  @Test
  void projectionCanBeMovedOrTurnedOff() {
    assertTrue(DEFAULTS.toBuilder().withoutProjection().build().sessions().stream().noneMatch(Session::projected));
    ReferenceData later = DEFAULTS.toBuilder().projectSessions(LocalDate.of(2028, 12, 31), 2032).build();
    List<String> cnd = later.sessionsOf("CND").stream().filter(Session::projected).map(Session::id)
        .collect(Collectors.toList());
    assertEquals(List.of("CND-72", "CND-72-R1", "CND-73", "CND-73-R1", "CND-74", "CND-74-R1", "CND-75",
        "CND-75-R1"), cnd);
    assertTrue(later.findSession("CONGRESS-16").orElseThrow().projected());
    assertEquals(2031, later.findSession("CONGRESS-16").orElseThrow().year());
  }

  @Test
  void tablesThatDoNotFitTogetherAreAllReported() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> DEFAULTS.toBuilder()
        .addFieldOffice(FieldOffice.builder().id("PO-XK-PRISTINA").name("Programme office").seatCity("Pristina")
            .seatCountry("RS").kind(FieldOfficeKind.PROGRAMME).addCoveredCountries("XK").build())
        .addNetwork(Network.builder().id("NEW").name("New network").addFocus("knitting").build())
        .addSession(Session.builder().id("XYZ-1").bodyCode("XYZ").number(1).title("t").year(2027).build())
        .addGrouping(Grouping.builder().id("ROSA").name("clash").kind(GroupingKind.CUSTOM).build())
        .build());
    String message = e.getMessage();
    assertEquals(4, e.problems().size(), message);
    assertTrue(message.contains("unknown country XK"), message);
    assertTrue(message.contains("'knitting' is neither a pillar nor an area"), message);
    assertTrue(message.contains("no governing body has the code XYZ"), message);
    assertTrue(message.contains("[ROSA] id"), message);
  }

  @Test
  void anEmptyBuilderNeedsADateToProject() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> ReferenceData.emptyBuilder().build());
    assertTrue(e.getMessage().contains("as-of"), e.getMessage());
    assertFalse(ReferenceData.emptyBuilder().withoutProjection().build().geography().areas().iterator().hasNext());
  }
}
