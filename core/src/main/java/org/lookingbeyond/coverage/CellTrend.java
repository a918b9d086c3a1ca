package org.lookingbeyond.coverage;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one cell changed from a baseline report to a current one, with the organizations that entered
 * and left it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CellTrend {

  CellTrend() {}

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
   * A builder of {@link CellTrend} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCellTrend.Builder {
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
   * The row id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String rowId();

  /**
   * The column id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String columnId();

  /**
   * How the count changed.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract TrendKind kind();

  /**
   * The baseline count of distinct CSOs (0 where the baseline has no such cell).
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int baselineCount();

  /**
   * The current count of distinct CSOs (0 where the current report has no such cell).
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int currentCount();

  /**
   * The change of the count.
   *
   * @return {@code currentCount - baselineCount}
   * @since 0.1.0
   */
  public int delta() {
    return currentCount() - baselineCount();
  }

  /**
   * The baseline status.
   *
   * @return the status, or empty where the baseline has no such cell
   * @since 0.1.0
   */
  public abstract Optional<CellStatus> baselineStatus();

  /**
   * The current status.
   *
   * @return the status, or empty where the current report has no such cell
   * @since 0.1.0
   */
  public abstract Optional<CellStatus> currentStatus();

  /**
   * The organizations counted now but not in the baseline, sorted.
   *
   * @return their ids
   * @since 0.1.0
   */
  public abstract List<String> entered();

  /**
   * The organizations counted in the baseline but not now, sorted.
   *
   * @return their ids
   * @since 0.1.0
   */
  public abstract List<String> left();
}
