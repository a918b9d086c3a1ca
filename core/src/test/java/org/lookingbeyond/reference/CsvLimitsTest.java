package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference-table readers have the JSON reader's limits: field length, rows and problems listed. */
class CsvLimitsTest {
  private static final Duration GENEROUS = Duration.ofSeconds(30);
  private static final String HEADER = "id,body,number,title,year,month,start,end,venue,reconvened,source\n";

  private static ReferenceDataException refused(String csv) {
    return assertTimeout(GENEROUS, () -> assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.readSessions(new StringReader(csv), "hostile.csv")));
  }

  @Test
  void aFieldOfNearlyAMillionQuotesGivesOneProblemNotAMillion() {
    ReferenceDataException e = refused(HEADER + "CND-70,CND,70,x" + "\"".repeat(999_000)
        + ",2027,3,2027-03-15,2027-03-19,V,false,\n");
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(2, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("a quote inside an unquoted field"));
  }

  @Test
  void aMillionRaggedRowsGiveAThousandProblemsAndACount() {
    ReferenceDataException e = refused(HEADER + "CND-70,CND\n".repeat(1_000_000));
    List<TableProblem> problems = e.problems();
    assertEquals(1001, problems.size());
    assertEquals(2, problems.get(0).line());
    TableProblem last = problems.get(1000);
    assertTrue(last.message().startsWith("and 999000 more problems"), last::toString);
    assertEquals(1002, last.line());
    assertTrue(e.getMessage().length() < 5_000, () -> e.getMessage().length() + " chars");
  }

  @Test
  void aFieldLongerThanAMillionCharactersIsRefusedAtItsStart() {
    ReferenceDataException e = refused(HEADER + "CND-70,CND,70," + "T".repeat(2_000_000)
        + ",2027,3,2027-03-15,2027-03-19,V,false,\n");
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(2, e.problems().get(0).line());
    assertEquals(15, e.problems().get(0).column());
    assertTrue(e.problems().get(0).message().contains("longer than 1000000 characters"), e::getMessage);
  }
}
