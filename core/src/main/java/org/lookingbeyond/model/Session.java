package org.lookingbeyond.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A session of a governing body: a regular session, or a reconvened or resumed part of one.
 *
 * <p>Real sessions carry the dates a source gave. Where no source gave them, {@link #start()} and
 * {@link #end()} are empty and the year (and month, where known) still place the session; nothing is
 * guessed. Sessions projected from a body's {@link Cadence} are marked {@link #projected()} and carry
 * a year and month only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Session {

  Session() {}

  /**
   * Returns a builder of sessions.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Session} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSession.Builder {
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
   * The session's id: {@code BODY-NUMBER} for a regular session (such as {@code "CND-67"}),
   * {@code BODY-NUMBER-Rk} for its k-th reconvened or resumed part.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The code of the governing body.
   *
   * @return the body's code
   * @since 0.1.0
   */
  public abstract String bodyCode();

  /**
   * The session's number, such as 67 for the 67th session of CND.
   *
   * @return the number, from 1 to 9999
   * @since 0.1.0
   */
  public abstract int number();

  /**
   * The session's title.
   *
   * @return the title
   * @since 0.1.0
   */
  public abstract String title();

  /**
   * The year of the session (of its start where dated).
   *
   * @return the year
   * @since 0.1.0
   */
  public abstract int year();

  /**
   * The month of the session (of its start where dated).
   *
   * @return the month, or empty where no source gave it
   * @since 0.1.0
   */
  public abstract Optional<Month> month();

  /**
   * The first day.
   *
   * @return the date, or empty where no source gave it
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> start();

  /**
   * The last day.
   *
   * @return the date, or empty where no source gave it
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> end();

  /**
   * Where the session was held, such as {@code "Vienna, Austria"}.
   *
   * @return the venue, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> venue();

  /**
   * Whether this is a reconvened (CND, CCPCJ) or resumed (IRG) part of a session.
   *
   * @return true for a reconvened or resumed part
   * @since 0.1.0
   */
  @Value.Default
  public boolean reconvened() {
    return false;
  }

  /**
   * Whether this session was projected from the body's cadence rather than taken from a source.
   *
   * @return true for a projected session
   * @since 0.1.0
   */
  @Value.Default
  public boolean projected() {
    return false;
  }

  /**
   * Where the session's data comes from.
   *
   * @return the source, or empty (projected sessions have none)
   * @since 0.1.0
   */
  public abstract Optional<String> source();

  /**
   * Whether both the first and the last day are known.
   *
   * @return true if dated
   * @since 0.1.0
   */
  public boolean isDated() {
    return start().isPresent() && end().isPresent();
  }

  /**
   * The earliest day the session can start: its first day where known, else the first day of its
   * month, else 1 January of its year.
   *
   * @return the earliest possible first day
   * @since 0.1.0
   */
  public LocalDate earliestStart() {
    return start().orElseGet(() -> LocalDate.of(year(), month().orElse(Month.JANUARY), 1));
  }

  /**
   * The latest day the session can end: its last day where known, else the last day of its month,
   * else 31 December of its year.
   *
   * @return the latest possible last day
   * @since 0.1.0
   */
  public LocalDate latestEnd() {
    if (end().isPresent()) {
      return end().get();
    }
    java.time.YearMonth m = java.time.YearMonth.of(year(), month().orElse(Month.DECEMBER));
    return m.atEndOfMonth();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Session", "id");
    Checks.nonBlank(bodyCode(), "Session", id(), "bodyCode");
    Checks.nonBlank(title(), "Session", id(), "title");
    Checks.require(number() >= 1 && number() <= 9999, "Session", id(), "number", "must be from 1 to 9999: %d", number());
    Checks.require(year() >= 1946 && year() <= 9999, "Session", id(), "year", "must be from 1946 to 9999: %d", year());
    start().ifPresent(s -> {
      Checks.require(s.getYear() == year(), "Session", id(), "start", "%s is not in year %d", s, year());
      month().ifPresent(m -> Checks.require(s.getMonth() == m, "Session", id(), "start", "%s is not in month %s", s, m));
    });
  }

  @Override
  public String toString() {
    return "Session[" + id() + (projected() ? ", projected" : "") + "]";
  }
}
