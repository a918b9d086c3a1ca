package org.lookingbeyond.classify;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * How one field of a {@link StakeholderProfile} that no policy rule decides was derived: the rule
 * applied, the value found, the facts read (by name, as text), the limit compared with, and the facts
 * that were missing. The fields decided by policy rules carry a {@link org.lookingbeyond.rules.RuleOutcome}
 * instead, which says the same for a rule.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Finding {

  Finding() {}

  /**
   * Returns a builder, for readers of stored findings (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Finding} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableFinding.Builder {
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
   * The rule applied, as a stable id such as {@code "scope.m49"} or {@code "quadrant.mendelow"}; the
   * classification documentation describes each.
   *
   * @return the rule's id
   * @since 0.1.0
   */
  public abstract String rule();

  /**
   * The value found, as text, such as {@code "SUBREGIONAL"}.
   *
   * @return the value
   * @since 0.1.0
   */
  public abstract String value();

  /**
   * A stable code for the reason, such as {@code "scope.SUBREGIONAL"} or {@code "scope.UNKNOWN"}.
   *
   * @return the reason code
   * @since 0.1.0
   */
  public abstract String reasonCode();

  /**
   * Why the value was found, in one sentence with the numbers compared.
   *
   * @return the message
   * @since 0.1.0
   */
  public abstract String message();

  /**
   * Every fact read, by name, as text ({@code "missing"} for a missing fact).
   *
   * @return the facts
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> facts();

  /**
   * The limit the facts were compared with, such as {@code "power >= 50, interest >= 50"}.
   *
   * @return the limit, or empty where none was compared
   * @since 0.1.0
   */
  public abstract Optional<String> limit();

  /**
   * The facts whose absence left the value UNKNOWN.
   *
   * @return their names, sorted; empty when the value is known
   * @since 0.1.0
   */
  public abstract List<String> missingFacts();

  @Value.Check
  void check() {
    Checks.nonBlank(rule(), "Finding", "rule");
    Checks.nonBlank(value(), "Finding", rule(), "value");
  }

  @Override
  public String toString() {
    return rule() + " = " + value() + ": " + message();
  }
}
