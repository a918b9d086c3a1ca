package org.lookingbeyond;

import java.time.LocalDate;

/**
 * The range of days the library supports: 1900-01-01 to 2999-12-31, both inclusive. Readers refuse a
 * date outside it with a located problem, and value types whose defaults are computed from a date
 * refuse one; inside it every date arithmetic of the library is safe (it cannot overflow
 * {@link LocalDate}'s own range, whatever a policy's day or month parameters are).
 *
 * @since 0.1.0
 */
public final class SupportedDates {
  /**
   * The first supported day, 1900-01-01.
   *
   * @since 0.1.0
   */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  /**
   * The last supported day, 2999-12-31.
   *
   * @since 0.1.0
   */
  public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

  private SupportedDates() {}

  /**
   * Whether a day is in the supported range.
   *
   * @param day the day
   * @return true if {@code FIRST <= day <= LAST}
   * @since 0.1.0
   */
  public static boolean contains(LocalDate day) {
    return !day.isBefore(FIRST) && !day.isAfter(LAST);
  }

  /**
   * The supported range as text, for messages: {@code "1900-01-01 to 2999-12-31"}.
   *
   * @return the range
   * @since 0.1.0
   */
  public static String range() {
    return FIRST + " to " + LAST;
  }
}
