package org.lookingbeyond.internal;

import java.time.LocalDate;

/**
 * Date arithmetic that cannot throw: a result past {@link LocalDate#MIN} or {@link LocalDate#MAX} is
 * clamped to it, so that a huge day or month parameter of a policy, or a date at the edge of the
 * supported range, gives a far date rather than an exception.
 *
 * @since 0.1.0
 */
public final class Dates {
  private Dates() {}

  /**
   * A day plus (or minus, if negative) a number of days, clamped to {@code LocalDate}'s range.
   *
   * @param day the day
   * @param days the days to add
   * @return the day, clamped
   * @since 0.1.0
   */
  public static LocalDate plusDays(LocalDate day, long days) {
    long sum;
    try {
      sum = Math.addExact(day.toEpochDay(), days);
    } catch (ArithmeticException e) {
      return days > 0 ? LocalDate.MAX : LocalDate.MIN;
    }
    if (sum > LocalDate.MAX.toEpochDay()) {
      return LocalDate.MAX;
    }
    if (sum < LocalDate.MIN.toEpochDay()) {
      return LocalDate.MIN;
    }
    return LocalDate.ofEpochDay(sum);
  }

  /**
   * A day minus (or plus, if negative) a number of months, clamped to {@code LocalDate}'s range.
   *
   * @param day the day
   * @param months the months to subtract
   * @return the day, clamped
   * @since 0.1.0
   */
  public static LocalDate minusMonths(LocalDate day, long months) {
    long target;
    try {
      target = Math.subtractExact(day.getYear() * 12L + day.getMonthValue() - 1, months);
    } catch (ArithmeticException e) {
      return months > 0 ? LocalDate.MIN : LocalDate.MAX;
    }
    if (target < LocalDate.MIN.getYear() * 12L) {
      return LocalDate.MIN;
    }
    if (target > LocalDate.MAX.getYear() * 12L + 11) {
      return LocalDate.MAX;
    }
    return day.minusMonths(months);
  }
}
