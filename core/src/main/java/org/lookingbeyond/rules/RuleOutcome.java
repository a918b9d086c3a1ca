package org.lookingbeyond.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one rule for one subject, with its explanation as data: the status, a reason code, a
 * message template and its arguments, the value compared and the limit it was compared with, and every
 * fact the rule read.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class RuleOutcome {

  RuleOutcome() {}

  /**
   * Returns a builder, for readers of stored RuleOutcome values (such as a JSON report); analyses create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link RuleOutcome} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRuleOutcome.Builder {
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
   * The rule's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String ruleId();

  /**
   * The rule's title.
   *
   * @return the title
   * @since 0.1.0
   */
  public abstract String title();

  /**
   * The rule's kind.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract RuleKind kind();

  /**
   * The status.
   *
   * @return the status
   * @since 0.1.0
   */
  public abstract Status status();

  /**
   * For a SCORE rule, the share of its weight earned, between 0 and 1; otherwise 1 for PASS, else 0.
   *
   * @return the credit
   * @since 0.1.0
   */
  public abstract double credit();

  /**
   * For a SCORE rule, the points earned ({@code weight * credit}); 0 otherwise.
   *
   * @return the points
   * @since 0.1.0
   */
  public abstract double points();

  /**
   * A stable code for the reason: the deciding criterion's kind and the status, such as
   * {@code "atMost.FAIL"} or {@code "missing.UNKNOWN"}.
   *
   * @return the reason code
   * @since 0.1.0
   */
  public abstract String reasonCode();

  /**
   * The message template, with {@code {name}} placeholders filled from {@link #arguments()}.
   *
   * @return the template
   * @since 0.1.0
   */
  public abstract String template();

  /**
   * The template's arguments, by name.
   *
   * @return the arguments
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, String> arguments();

  /**
   * The value compared, as text.
   *
   * @return the value, or empty where none was compared (a missing fact, a composite)
   * @since 0.1.0
   */
  public abstract Optional<String> actual();

  /**
   * The limit it was compared with, as text, such as {@code "20000"} or {@code "[7, 120]"}.
   *
   * @return the limit, or empty where there is none
   * @since 0.1.0
   */
  public abstract Optional<String> limit();

  /**
   * Every fact the rule read, by name, as text ({@code "missing"} for a missing fact).
   *
   * @return the facts used
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, String> factsUsed();

  /**
   * The facts that were missing, which made the outcome UNKNOWN.
   *
   * @return the missing facts' names, sorted; empty unless the status is UNKNOWN (a composite that
   *     passed or failed despite a missing fact lists that fact as {@code "missing"} in {@link #factsUsed()})
   * @since 0.1.0
   */
  public abstract List<String> missingFacts();

  /**
   * The message: the template with its arguments filled in.
   *
   * @return the message
   * @since 0.1.0
   */
  public String message() {
    String text = template();
    for (Map.Entry<String, String> e : arguments().entrySet()) {
      text = text.replace("{" + e.getKey() + "}", e.getValue());
    }
    return text;
  }

  @Override
  public String toString() {
    return ruleId() + " " + status() + ": " + message();
  }
}
