package org.lookingbeyond.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void addingDaysWithinRangeIsOrdinaryArithmetic() {
    assertEquals(LocalDate.of(2025, 3, 1), Dates.plusDays(LocalDate.of(2025, 2, 28), 1));
    assertEquals(LocalDate.of(2024, 12, 31), Dates.plusDays(LocalDate.of(2025, 1, 1), -1));
  }

  @Test
  void addingDaysPastEitherEndClampsToThatEnd() {
    assertEquals(LocalDate.MAX, Dates.plusDays(LocalDate.MAX, 1));
    assertEquals(LocalDate.MAX, Dates.plusDays(LocalDate.of(2999, 12, 31), Long.MAX_VALUE));
    assertEquals(LocalDate.MIN, Dates.plusDays(LocalDate.MIN, -1));
    assertEquals(LocalDate.MIN, Dates.plusDays(LocalDate.of(1900, 1, 1), Long.MIN_VALUE));
  }

  @Test
  void subtractingMonthsWithinRangeIsOrdinaryArithmetic() {
    assertEquals(LocalDate.of(2024, 2, 29), Dates.minusMonths(LocalDate.of(2024, 3, 31), 1));
    assertEquals(LocalDate.of(2025, 6, 30), Dates.minusMonths(LocalDate.of(2026, 6, 30), 12));
  }

  @Test
  void subtractingMonthsPastEitherEndClampsToThatEnd() {
    assertEquals(LocalDate.MIN, Dates.minusMonths(LocalDate.MIN, 12));
    assertEquals(LocalDate.MIN, Dates.minusMonths(LocalDate.of(2025, 1, 1), Long.MAX_VALUE));
    assertEquals(LocalDate.MAX, Dates.minusMonths(LocalDate.MAX, -1));
    assertEquals(LocalDate.MAX, Dates.minusMonths(LocalDate.of(2025, 1, 1), Long.MIN_VALUE));
  }
}
