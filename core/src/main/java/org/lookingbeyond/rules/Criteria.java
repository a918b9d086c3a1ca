package org.lookingbeyond.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates criteria over typed facts, so that a policy written in Java reads its facts with the right
 * types:
 *
 * <pre>{@code
 * Criterion amountWithinCeiling = Criteria.all(
 *     Criteria.positive(AMOUNT),
 *     Criteria.atMost(AMOUNT, "maxAmount"),
 *     Criteria.textEquals(CURRENCY, "currency"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Criteria {
  private Criteria() {}

  /**
   * See {@link Criterion.IsTrue}.
   *
   * @param fact a boolean fact
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion isTrue(Fact<Boolean> fact) {
    return new Criterion.IsTrue(fact.name());
  }

  /**
   * See {@link Criterion.IsFalse}.
   *
   * @param fact a boolean fact
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion isFalse(Fact<Boolean> fact) {
    return new Criterion.IsFalse(fact.name());
  }

  /**
   * See {@link Criterion.Positive}.
   *
   * @param fact a number fact
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion positive(Fact<Double> fact) {
    return new Criterion.Positive(fact.name());
  }

  /**
   * See {@link Criterion.AtLeast}.
   *
   * @param fact a number fact
   * @param parameter a NUMBER or INTEGER parameter's name
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion atLeast(Fact<Double> fact, String parameter) {
    return new Criterion.AtLeast(fact.name(), parameter);
  }

  /**
   * See {@link Criterion.AtMost}.
   *
   * @param fact a number fact
   * @param parameter a NUMBER or INTEGER parameter's name
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion atMost(Fact<Double> fact, String parameter) {
    return new Criterion.AtMost(fact.name(), parameter);
  }

  /**
   * See {@link Criterion.Between}.
   *
   * @param fact a number fact
   * @param minParameter the lower bound's parameter
   * @param maxParameter the upper bound's parameter
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion between(Fact<Double> fact, String minParameter, String maxParameter) {
    return new Criterion.Between(fact.name(), minParameter, maxParameter);
  }

  /**
   * See {@link Criterion.DaysBetween}.
   *
   * @param from the first date
   * @param to the second date
   * @param minParameter the fewest days' parameter
   * @param maxParameter the most days' parameter
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion daysBetween(Fact<LocalDate> from, Fact<LocalDate> to, String minParameter,
      String maxParameter) {
    return new Criterion.DaysBetween(from.name(), to.name(), minParameter, maxParameter);
  }

  /**
   * See {@link Criterion.YearsBefore}.
   *
   * @param earlier the earlier date
   * @param later the later date
   * @param yearsParameter the years' parameter
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion yearsBefore(Fact<LocalDate> earlier, Fact<LocalDate> later, String yearsParameter) {
    return new Criterion.YearsBefore(earlier.name(), later.name(), yearsParameter);
  }

  /**
   * See {@link Criterion.TextEquals}.
   *
   * @param fact a text fact
   * @param parameter a TEXT parameter's name
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion textEquals(Fact<String> fact, String parameter) {
    return new Criterion.TextEquals(fact.name(), parameter);
  }

  /**
   * See {@link Criterion.NotEmpty}.
   *
   * @param fact a text-set fact
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion notEmpty(Fact<Set<String>> fact) {
    return new Criterion.NotEmpty(fact.name());
  }

  /**
   * See {@link Criterion.Intersects}.
   *
   * @param fact a text-set fact
   * @param other another text-set fact
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion intersects(Fact<Set<String>> fact, Fact<Set<String>> other) {
    return new Criterion.Intersects(fact.name(), other.name());
  }

  /**
   * See {@link Criterion.Graded}.
   *
   * @param fact a text fact
   * @param gradesParameter a GRADES parameter's name
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion graded(Fact<String> fact, String gradesParameter) {
    return new Criterion.Graded(fact.name(), gradesParameter);
  }

  /**
   * See {@link Criterion.Proportion}.
   *
   * @param fact a number fact between 0 and 1
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion proportion(Fact<Double> fact) {
    return new Criterion.Proportion(fact.name());
  }

  /**
   * See {@link Criterion.AllOf}.
   *
   * @param criteria the contained criteria
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion all(Criterion... criteria) {
    return new Criterion.AllOf(List.of(criteria));
  }

  /**
   * See {@link Criterion.AnyOf}.
   *
   * @param criteria the contained criteria
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion any(Criterion... criteria) {
    return new Criterion.AnyOf(List.of(criteria));
  }

  /**
   * See {@link Criterion.Not}.
   *
   * @param criterion the contained criterion
   * @return the criterion
   * @since 0.1.0
   */
  public static Criterion not(Criterion criterion) {
    return new Criterion.Not(criterion);
  }

  /** Formats a fact or parameter value for explanations: numbers without trailing zeros, sets sorted. */
  static String format(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Set) {
      return ((Set<?>) value).stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map) {
      return ((Map<?, ?>) value).entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
