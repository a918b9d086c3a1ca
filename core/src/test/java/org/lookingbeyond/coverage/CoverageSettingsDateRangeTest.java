package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.SupportedDates;

/** The as-of date of a coverage analysis lies in the supported range; its defaults never overflow. */
class CoverageSettingsDateRangeTest {

  @Test
  void anAsOfDateBeforeTheSupportedRangeIsRefusedNamingTheField() {
    for (LocalDate asOf : new LocalDate[] {LocalDate.MIN, LocalDate.of(1899, 12, 31)}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> CoverageSettings.defaults(asOf));
      assertEquals("asOf", e.problems().get(0).field().orElseThrow());
      assertTrue(e.getMessage().contains("1900-01-01 to 2999-12-31"), e.getMessage());
    }
  }

  @Test
  void anAsOfDateAfterTheSupportedRangeIsRefused() {
    for (LocalDate asOf : new LocalDate[] {LocalDate.MAX, LocalDate.of(3000, 1, 1)}) {
      assertThrows(InvalidValueException.class, () -> CoverageSettings.defaults(asOf));
    }
  }

  @Test
  void bothEndsOfTheSupportedRangeAreAccepted() {
    assertEquals(LocalDate.of(1899, 1, 2), CoverageSettings.defaults(SupportedDates.FIRST).participationStart());
    assertEquals(SupportedDates.LAST, CoverageSettings.defaults(SupportedDates.LAST).participationEnd());
  }
}
