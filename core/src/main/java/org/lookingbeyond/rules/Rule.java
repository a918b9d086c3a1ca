package org.lookingbeyond.rules;

import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A rule of a policy: an id, a title, a kind, a weight for scores, a criterion and, optionally, a
 * condition under which it applies.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Rule {

  Rule() {}

  /**
   * Returns a builder of rules.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Rule} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRule.Builder {
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
   * The rule's id, unique in its policy, such as {@code "G6"}.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * What the rule asks, in a few words, such as "Amount within the ceiling".
   *
   * @return the title
   * @since 0.1.0
   */
  public abstract String title();

  /**
   * The kind.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract RuleKind kind();

  /**
   * The points a SCORE rule gives when fully met; 0 for gates and advisories. A policy's score weights
   * add up to 100.
   *
   * @return the weight
   * @since 0.1.0
   */
  @Value.Default
  public int weight() {
    return 0;
  }

  /**
   * The criterion.
   *
   * @return the criterion
   * @since 0.1.0
   */
  public abstract Criterion criterion();

  /**
   * The condition under which the rule applies; where it fails, the outcome is NOT_APPLICABLE (and a
   * score rule's weight leaves the score's total).
   *
   * @return the condition, or empty for a rule that always applies
   * @since 0.1.0
   */
  public abstract Optional<Criterion> appliesWhen();

  /** The canonical text of the rule, part of the policy's content hash. */
  String canonical() {
    return id() + "|" + kind() + "|" + weight() + "|" + Policy.quote(title()) + "|" + criterion().canonical() + "|"
        + appliesWhen().map(Criterion::canonical).orElse("");
  }

  @Value.Check
  void check() {
    Checks.require(id().matches("[A-Za-z0-9][A-Za-z0-9._-]*"), "Rule", null, "id",
        "must be letters, digits, '.', '_' or '-': '%s'", id());
    Checks.nonBlank(title(), "Rule", id(), "title");
  }
}
