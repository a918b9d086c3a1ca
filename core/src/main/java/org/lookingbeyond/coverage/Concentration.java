package org.lookingbeyond.coverage;

import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * How concentrated counts are across the rows of a coverage matrix: the Herfindahl-Hirschman index
 * and the Gini coefficient of one column's cell counts, or of the row totals.
 *
 * <p>For counts {@code x_1 .. x_m} over {@code m} rows with total {@code T > 0}, and {@code n} rows
 * with a count above 0:
 * <ul>
 *   <li>HHI {@code = sum (x_i / T)^2}, in {@code [1/n, 1]}: {@code 1/n} when the {@code n} non-empty
 *       rows hold equal counts, 1 when one row holds everything. {@code 1 / HHI} is the effective
 *       number of rows.
 *   <li>Gini {@code = sum_i sum_j |x_i - x_j| / (2 m^2 mean)}, computed over every row including empty
 *       ones, in {@code [0, 1 - 1/m]}, so below 1: 0 when all rows hold the same count, near 1 when one
 *       row of many holds everything.
 * </ul>
 * With {@code T = 0} (no organization in the column) both are defined as 0 and {@link #empty()} is
 * true: an empty column is not concentrated, it is absent, and that is reported as gaps.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Concentration {

  Concentration() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Concentration} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableConcentration.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The Herfindahl-Hirschman index of the counts' shares.
   *
   * @return the index, in {@code [1/n, 1]}, or 0 when {@link #empty()}
   * @since 0.1.0
   */
  public abstract double hhi();

  /**
   * The Gini coefficient of the counts over all rows.
   *
   * @return the coefficient, in {@code [0, 1)}; 0 when {@link #empty()}
   * @since 0.1.0
   */
  public abstract double gini();

  /**
   * The number of rows the counts are spread over ({@code m}).
   *
   * @return the number of rows
   * @since 0.1.0
   */
  public abstract int rows();

  /**
   * The number of rows with a count above 0 ({@code n}).
   *
   * @return the number of non-empty rows
   * @since 0.1.0
   */
  public abstract int nonEmptyRows();

  /**
   * The sum of the counts ({@code T}); an organization in several rows is in several counts.
   *
   * @return the sum
   * @since 0.1.0
   */
  public abstract long total();

  /**
   * Whether every count is 0, so that both measures are 0 by definition.
   *
   * @return true if empty
   * @since 0.1.0
   */
  public boolean empty() {
    return total() == 0;
  }

  /**
   * The effective number of rows, {@code 1 / HHI}: how many equally covered rows would give the same
   * index.
   *
   * @return the effective number, in {@code [1, n]}, or 0 when {@link #empty()}
   * @since 0.1.0
   */
  public double effectiveRows() {
    return empty() ? 0 : 1 / hhi();
  }

  @Value.Check
  void check() {
    Checks.require(rows() >= 0 && nonEmptyRows() >= 0 && nonEmptyRows() <= rows(), "Concentration", null,
        "nonEmptyRows", "must hold 0 <= nonEmptyRows (%d) <= rows (%d)", nonEmptyRows(), rows());
    Checks.require(total() >= nonEmptyRows(), "Concentration", null, "total", "%d is below nonEmptyRows %d", total(),
        nonEmptyRows());
    Checks.require(hhi() >= 0 && hhi() <= 1, "Concentration", null, "hhi", "must be in [0, 1]: %s", hhi());
    Checks.require(gini() >= 0 && gini() < 1, "Concentration", null, "gini", "must be in [0, 1): %s", gini());
    Checks.require(total() > 0 || (hhi() == 0 && gini() == 0), "Concentration", null, "hhi",
        "an empty one has hhi and gini 0");
  }
}
