package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Codes and numbers in reference tables are ASCII; case-folding does not map other letters onto ASCII
 * ones; ids hold no invisible characters; duplicates are reported on their own lines.
 */
class CsvStrictnessTest {
  private static final String SESSIONS = "id,body,number,title,year,month,start,end,venue,reconvened,source\n";
  private static final String OFFICES =
      "id,code,name,seat_city,seat_country_iso2,kind,covered_countries_iso2,as_of,source\n";
  private static final String COUNTRIES = "alpha2,alpha3,numeric,name,region_code,region_name,sub_region_code,"
      + "sub_region_name,intermediate_region_code,intermediate_region_name\n";

  private static TableProblem onlyProblemOfSessions(String row) {
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readSessions(new StringReader(SESSIONS + row), "sessions.csv"));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  @Test
  void fullwidthAndArabicIndicDigitsAreNotNumbers() {
    TableProblem number = onlyProblemOfSessions("CND-70,CND,\uFF17\uFF10,T,2027,3,,,V,false,\n");
    assertEquals(Optional.of("number"), number.field());
    assertEquals(2, number.line());
    TableProblem year = onlyProblemOfSessions("CND-70,CND,70,T,\u0662\u0660\u0662\u0667,3,,,V,false,\n");
    assertEquals(Optional.of("year"), year.field());
  }

  @Test
  void aDotlessIIsNotReadAsAnAsciiI() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> ReferenceTables.readFieldOffices(
        new StringReader(OFFICES + "ROX,ROX,Office X,Nairobi,KE,reg\u0131onal,KE,2020,test\n"), "offices.csv"));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(Optional.of("kind"), e.problems().get(0).field());
  }

  @Test
  void controlCharactersAndByteOrderMarksInsideIdsAreRefused() {
    for (String id : new String[] {"CND\u0000-70", "CND-\uFEFF70", "CND-70\u0007"}) {
      TableProblem p = onlyProblemOfSessions(id + ",CND,70,T,2027,3,,,V,false,\n");
      assertEquals(Optional.of("id"), p.field());
      assertTrue(p.message().contains("U+"), p::toString);
      assertEquals(2, p.line());
    }
  }

  @Test
  void aDuplicatedHeaderColumnIsReportedOnTheHeader() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> ReferenceTables.readSessions(
        new StringReader(SESSIONS.replace(",source\n", ",source,title\n") + "CND-70,CND,70,T,2027,3,,,V,false,,T\n"),
        "sessions.csv"));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(1, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("'title' twice (columns 4 and 12)"), e::getMessage);
  }

  @Test
  void aDuplicatedCountryRowIsReportedOnItsLine() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> ReferenceTables.readCountries(
        new StringReader(COUNTRIES + "AT,AUT,040,Austria,150,Europe,155,Western Europe,,\n"
            + "KE,KEN,404,Kenya,002,Africa,202,Sub-Saharan Africa,014,Eastern Africa\n"
            + "AT,AUT,040,Austria,150,Europe,155,Western Europe,,\n"), "countries.csv"));
    assertEquals(3, e.problems().size(), e::getMessage);
    e.problems().forEach(p -> assertEquals(4, p.line(), p::toString));
    assertTrue(e.problems().get(0).message().contains("line 2"), e::getMessage);
  }

  @Test
  void aDateOutsideTheSupportedRangeIsRefused() {
    TableProblem p = onlyProblemOfSessions("CND-70,CND,70,T,2027,3,2027-03-15,+999999999-12-31,V,false,\n");
    assertEquals(Optional.of("end"), p.field());
    assertTrue(p.message().contains("1900-01-01 to 2999-12-31"), p::toString);
  }
}
