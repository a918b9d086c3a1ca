package org.lookingbeyond.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.InvalidValueException;

/** Amounts whose exponent would overflow a digit count held in an int. */
class MoneyBoundsTest {

  @Test
  void anAmountWithTheLargestExponentIsRefusedAsTooManyDigits() {
    for (String amount : new String[] {"1E+2147483647", "12E+2147483646", "-1E+2147483647"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of(amount, "USD"), amount);
      assertEquals("amount", e.problems().get(0).field().orElseThrow(), amount);
      assertTrue(e.getMessage().contains("at most 30 digits"), e.getMessage());
    }
  }

  @Test
  void anAmountWithTheSmallestExponentIsRefusedAsTooManyDecimals() {
    assertThrows(InvalidValueException.class, () -> Money.of("1E-2147483647", "USD"));
  }

  @Test
  void thirtyDigitsBeforeThePointAreAccepted() {
    Money m = Money.of(new BigDecimal("1E+29"), Currency.getInstance("USD"));
    assertEquals(30, m.amount().precision() - m.amount().scale());
  }
}
