package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Session;

/** The shipped tables through the API, and the look-ups of reference data by an id. */
class ShippedTablesAndLookupsTest {
  private static final ReferenceData DEFAULTS = ReferenceData.defaults();

  private static String text(TableName table) {
    try (Reader in = ReferenceTables.shipped(table)) {
      StringWriter out = new StringWriter();
      in.transferTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(TableName table, BiFunction<Reader, String, T> reader) {
    try (Reader in = ReferenceTables.shipped(table)) {
      return reader.apply(in, table.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyShippedTableOpensWithItsSourceAndAsOfDate() {
    for (TableName table : TableName.values()) {
      String text = text(table);
      assertTrue(text.startsWith("# ") && text.contains("# source:"), table + " names its source");
      assertTrue(text.contains("# as-of:"), table + " names its as-of date");
    }
    assertEquals(DEFAULTS.tables().stream().map(TableInfo::name).collect(Collectors.toSet()),
        EnumSet.allOf(TableName.class).stream().map(TableName::fileName).collect(Collectors.toSet()),
        "the default reference data is made of exactly the shipped tables");
  }

  @Test
  void aShippedTableReadsBackIntoWhatTheDefaultsHold() throws IOException {
    try (Reader in = ReferenceTables.shipped(TableName.FIELD_OFFICES)) {
      Table<FieldOffice> offices = ReferenceTables.readFieldOffices(in, TableName.FIELD_OFFICES.fileName());
      assertEquals(DEFAULTS.fieldOffices(), offices.rows().stream()
          .sorted(java.util.Comparator.comparing(FieldOffice::id)).collect(Collectors.toList()),
          "the same offices (the defaults list them by id, the file in its own order)");
      assertEquals("field_offices.csv", offices.info().name());
    }
    try (Reader in = ReferenceTables.shipped(TableName.SESSIONS)) {
      Set<String> real = DEFAULTS.sessions().stream().filter(s -> !s.projected()).map(Session::id)
          .collect(Collectors.toSet());
      assertEquals(real, ReferenceTables.readSessions(in, "sessions.csv").rows().stream().map(Session::id)
          .collect(Collectors.toSet()));
    }
    try (Reader in = ReferenceTables.shipped(TableName.UN_REGIONAL_GROUPS)) {
      assertEquals(DEFAULTS.geography().groupings(GroupingKind.UN_REGIONAL_GROUP),
          ReferenceTables.readGroupings(in, "un_regional_groups.csv", GroupingKind.UN_REGIONAL_GROUP).rows());
    }
  }

  @Test
  void sessionsOfAnUnknownBodyAreRefusedNamingTheBodiesThereAre() {
    assertTrue(DEFAULTS.sessionsOf("CND").size() > 10);
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> DEFAULTS.sessionsOf("CNDX"));
    assertEquals("governing body", e.kind());
    assertTrue(e.getMessage().contains("such as 'CND'"), e::getMessage);
    assertTrue(DEFAULTS.findGoverningBody("CNDX").isEmpty(), "the find... twin answers with an empty Optional");
  }

  @Test
  void aKnownBodyWithoutSessionsHasAnEmptyList() {
    ReferenceData withoutSessions = ReferenceData.emptyBuilder()
        .countries(read(TableName.COUNTRIES, ReferenceTables::readCountries))
        .taxonomy(read(TableName.TAXONOMY, ReferenceTables::readTaxonomy))
        .governingBodies(read(TableName.GOVERNING_BODIES, ReferenceTables::readGoverningBodies))
        .withoutProjection()
        .build();
    assertEquals(List.of(), withoutSessions.sessionsOf("CND"));
  }

  @Test
  void fieldOfficesCoveringAnUnknownCountryAreRefused() {
    assertEquals(List.of("ROEA"), DEFAULTS.fieldOfficesCovering("KE").stream().map(FieldOffice::id)
        .collect(Collectors.toList()));
    assertEquals(List.of(), DEFAULTS.fieldOfficesCovering("AQ"), "Antarctica: no office covers it");
    assertThrows(UnknownCodeException.class, () -> DEFAULTS.fieldOfficesCovering("XK1"));
  }

  @Test
  void removingAGroupingTheGeographyDoesNotHaveIsRefused() {
    Geography geo = DEFAULTS.geography();
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> geo.toBuilder().removeGrouping("ROEX"));
    assertTrue(e.getMessage().contains("such as 'ROEA'"), e::getMessage);
    assertTrue(geo.toBuilder().removeGrouping("ROEA").build().findGrouping("ROEA").isEmpty());
  }
}
