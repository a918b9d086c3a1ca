package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.GroupingKind;

class ReferenceTablesTest {

  private static ReferenceDataException sessionsError(String csv) {
    return assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readSessions(new StringReader(csv), "my-sessions.csv"));
  }

  private static final String SESSIONS_HEADER = "# source: test\n# as-of: 2026-01-01\n"
      + "id,body,number,title,year,month,start,end,venue,reconvened,source\n";

  @Test
  void readsAWellFormedSessionsTableWithQuotedFields() {
    Table<org.lookingbeyond.model.Session> t = ReferenceTables.readSessions(new StringReader(SESSIONS_HEADER
        + "CND-70,CND,70,\"70th session, \"\"regular\"\"\",2027,3,2027-03-15,2027-03-19,\"Vienna, Austria\",false,\n"),
        "my-sessions.csv");
    assertEquals(1, t.rows().size());
    assertEquals("70th session, \"regular\"", t.rows().get(0).title());
    assertEquals(Optional.of("test"), t.info().source());
    assertEquals(Optional.of("2026-01-01"), t.info().asOf());
  }

  @Test
  void everyBadValueIsReportedWithLineColumnAndField() {
    ReferenceDataException e = sessionsError(SESSIONS_HEADER
        + "CND-70,CND,seventy,T,2027,3,2027-03-15,2027-03-19,V,false,\n"
        + "CND-71,CND,71,T,2028,13,2028-03-15,2028-03-19,V,maybe,\n"
        + "CND-72,CND,72,T,2029,3,2029-03-20,2029-03-19,V,false,\n"
        + "CND-73,CND,73,T,2030,3,15/03/2030,,V,false,\n");
    List<TableProblem> problems = e.problems();
    assertEquals(5, problems.size(), e.getMessage());
    assertProblem(problems.get(0), 4, 12, "number", "'seventy' is not a whole number");
    assertProblem(problems.get(1), 5, 22, "month", "'13' is not a month number");
    assertProblem(problems.get(2), 5, 49, "reconvened", "'maybe' is not true or false");
    assertProblem(problems.get(3), 6, 35, "end", "ends (2029-03-19) before it starts (2029-03-20)");
    assertProblem(problems.get(4), 7, 24, "start", "'15/03/2030' is not an ISO-8601 date");
    assertTrue(e.getMessage().contains("my-sessions.csv:4:12: number: 'seventy'"), e.getMessage());
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderAndNoRowIsHalfRead() {
    ReferenceDataException e = sessionsError("id,body,number,title,year,month,start,end,venue,source\n"
        + "CND-70,CND,70,T,2027,3,,,V,\n");
    assertEquals(1, e.problems().size());
    assertProblem(e.problems().get(0), 1, 1, "reconvened", "the header has no column 'reconvened'");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsAndAnUnclosedQuoteAreBothReported() {
    ReferenceDataException e = sessionsError(SESSIONS_HEADER
        + "CND-70,CND,70,T,2027\n"
        + "CND-71,CND,71,\"unclosed,2028,3,,,V,false,\n");
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals(4, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("expected 11 fields"));
    assertEquals(5, e.problems().get(1).line());
    assertEquals(15, e.problems().get(1).column());
    assertTrue(e.problems().get(1).message().contains("not closed"));
  }

  @Test
  void aValueTheModelRefusesBecomesAProblemOfItsRow() {
    ReferenceDataException e = sessionsError(SESSIONS_HEADER + "CND-70,CND,70,T,2027,3,2028-03-15,,V,false,\n");
    assertEquals(4, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("is not in year 2027"), e.getMessage());
  }

  @Test
  void countriesTableRefusesMalformedCodesAndInconsistentRegionNames() {
    String csv = "alpha2,alpha3,numeric,name,region_code,region_name,sub_region_code,sub_region_name,"
        + "intermediate_region_code,intermediate_region_name\n"
        + "AT,AUT,040,Austria,150,Europe,155,Western Europe,,\n"
        + "de,DEU,276,Germany,150,Europe,155,Western Europe,,\n"
        + "FR,FRA,250,France,150,Europa,155,Western Europe,,\n"
        + "KE,KEN,404,Kenya,002,Africa,202,Sub-Saharan Africa,014,\n";
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readCountries(new StringReader(csv), "countries-x.csv"));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertEquals(3, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("alpha-2"), e.getMessage());
    assertEquals(4, e.problems().get(1).line());
    assertEquals(Optional.of("region_code"), e.problems().get(1).field());
    assertEquals(5, e.problems().get(2).line());
    assertEquals(Optional.of("intermediate_region_name"), e.problems().get(2).field());
  }

  @Test
  void groupingsTableRefusesAMemberListedTwice() {
    String csv = "group_id,group_name,alpha2\nSAHEL,Sahel,ML\nSAHEL,Sahel,NE\nSAHEL,Sahel,ML\n";
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readGroupings(new StringReader(csv), "sahel.csv", GroupingKind.CUSTOM));
    assertEquals(1, e.problems().size());
    assertProblem(e.problems().get(0), 4, 13, "alpha2", "ML is listed twice in grouping SAHEL");
  }

  @Test
  void taxonomyTableRefusesAnAreaWithoutPillarAndAnUnknownKind() {
    String csv = "kind,id,name,pillar\nPILLAR,p,P,\nAREA,a,A,\nTOPIC,t,T,p\n";
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readTaxonomy(new StringReader(csv), "tax.csv"));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertProblem(e.problems().get(0), 3, 10, "pillar", "an area must name its pillar");
    assertProblem(e.problems().get(1), 4, 1, "kind", "'TOPIC' is not PILLAR or AREA");
  }

  @Test
  void anEmptyTableHasNoHeader() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readNetworks(new StringReader("# source: nothing\n"), "empty.csv"));
    assertTrue(e.problems().get(0).message().contains("no header"));
  }

  private static void assertProblem(TableProblem p, int line, int column, String field, String message) {
    assertEquals(line, p.line(), p.toString());
    assertEquals(column, p.column(), p.toString());
    assertEquals(Optional.of(field), p.field(), p.toString());
    assertTrue(p.message().contains(message), p.toString());
  }

  @Test
  void anIdGivenOnTwoRowsIsReportedWithTheLineOfTheFirst() {
    ReferenceDataException e = sessionsError(SESSIONS_HEADER
        + "CND-70,CND,70,T,2027,3,,,V,false,\n"
        + "CND-70,CND,70,T again,2027,3,,,V,false,\n");
    assertEquals(1, e.problems().size(), e.getMessage());
    assertProblem(e.problems().get(0), 5, 1, "id", "'CND-70' is already the id of the row on line 4");
  }
}
