package org.lookingbeyond.model;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.internal.Checks;

/**
 * An amount of money in an ISO 4217 currency. The amount is kept exactly (no floating point) and
 * without trailing zeros, so that {@code 20000.00 USD} equals {@code 20000 USD}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Money implements Comparable<Money> {
  /** The most digits an amount may have before, and after, the decimal point. */
  public static final int MAX_DIGITS = 30;

  Money() {}

  /**
   * Creates an amount.
   *
   * @param amount the decimal amount
   * @param currency the ISO 4217 currency
   * @return the amount
   * @since 0.1.0
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Creates an amount from its decimal text and an ISO 4217 code.
   *
   * @param amount the decimal amount, such as {@code "20000"} or {@code "1500.50"}
   * @param currencyCode the ISO 4217 code, such as {@code "USD"}
   * @return the amount
   * @throws InvalidValueException if the amount is not a decimal number or the code is not ISO 4217
   * @since 0.1.0
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(ValueProblem.invalid("Money", null, "amount",
          "must be a decimal number: '" + Checks.excerpt(amount) + "'"), e);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(ValueProblem.invalid("Money", null, "currency",
          "must be an ISO 4217 code: '" + Checks.excerpt(currencyCode) + "'"), e);
    }
    return of(value, currency);
  }

  /**
   * The amount.
   *
   * @return the amount, without trailing zeros
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The currency.
   *
   * @return the ISO 4217 currency
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Whether the amount is greater than zero.
   *
   * @return true if positive
   * @since 0.1.0
   */
  public boolean isPositive() {
    return amount().signum() > 0;
  }

  /**
   * Compares two amounts of the same currency.
   *
   * @param other an amount in the same currency
   * @return negative, zero or positive as this amount is less than, equal to or greater than the other
   * @throws org.lookingbeyond.InvalidValueException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    Checks.require(currency().equals(other.currency()), "Money", null, "currency",
        "cannot compare amounts in %s and %s", currency(), other.currency());
    return amount().compareTo(other.amount());
  }

  @Value.Check
  Money normalize() {
    // precision and scale are ints, and a scale near Integer.MIN_VALUE (1E+2147483647) overflows their difference
    long integerDigits = (long) amount().precision() - amount().scale();
    Checks.require(integerDigits <= MAX_DIGITS && amount().scale() <= MAX_DIGITS,
        "Money", null, "amount", "must have at most %d digits before and after the point", MAX_DIGITS);
    BigDecimal stripped = amount().stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.equals(amount()) ? this : ImmutableMoney.of(stripped, currency());
  }

  /**
   * The text form: the plain decimal amount, a space and the currency code, such as {@code "20000 USD"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
