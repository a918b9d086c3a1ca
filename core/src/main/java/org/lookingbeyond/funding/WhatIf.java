package org.lookingbeyond.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/**
 * The decisions of two policies over the same applications compared: the decisions that change (in
 * verdict or score) and, for each, the rules whose outcomes changed.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class WhatIf {

  WhatIf() {}

  /**
   * Returns a builder, for readers of stored WhatIf values (such as a JSON report); analyses create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link WhatIf} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableWhatIf.Builder {
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
   * A rule whose outcome changed.
   *
   * @param ruleId the rule
   * @param before its status under the first policy (empty if the rule is not there)
   * @param after its status under the second policy (empty if the rule is not there)
   * @param beforeMessage the first outcome's message, or empty text
   * @param afterMessage the second outcome's message, or empty text
   * @since 0.1.0
   */
  public record RuleChange(String ruleId, Optional<Status> before, Optional<Status> after, String beforeMessage,
      String afterMessage) {}

  /**
   * A decision that changed.
   *
   * @param applicationId the application
   * @param verdictBefore the first verdict
   * @param verdictAfter the second verdict
   * @param scoreBefore the first score
   * @param scoreAfter the second score
   * @param ruleChanges the rules whose outcomes changed, in the first policy's order, then new rules
   * @since 0.1.0
   */
  public record Change(String applicationId, Verdict verdictBefore, Verdict verdictAfter, double scoreBefore,
      double scoreAfter, List<RuleChange> ruleChanges) {
    /**
     * Creates the record; the list is copied.
     *
     * @param applicationId the application
     * @param verdictBefore the first verdict
     * @param verdictAfter the second verdict
     * @param scoreBefore the first score
     * @param scoreAfter the second score
     * @param ruleChanges the rules whose outcomes changed
     * @since 0.1.0
     */
    public Change {
      ruleChanges = List.copyOf(ruleChanges);
    }
  }

  /**
   * The first policy's id and version.
   *
   * @return such as {@code "seed-funding 1.0"}
   * @since 0.1.0
   */
  public abstract String before();

  /**
   * The second policy's id and version.
   *
   * @return such as {@code "seed-funding 2.0"}
   * @since 0.1.0
   */
  public abstract String after();

  /**
   * The decisions that changed, in the order of the applications.
   *
   * @return the changes
   * @since 0.1.0
   */
  public abstract List<Change> changes();

  /**
   * How many decisions did not change.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int unchanged();

  static WhatIf compare(List<Decision> before, List<Decision> after) {
    Checks.require(before.size() == after.size(), "WhatIf", null, "decisions", "%d decisions before, %d after",
        before.size(), after.size());
    List<Change> changes = new ArrayList<>();
    int same = 0;
    for (int i = 0; i < before.size(); i++) {
      Decision a = before.get(i);
      Decision b = after.get(i);
      Checks.require(a.subjectId().equals(b.subjectId()), "WhatIf", null, "decisions",
          "decision %d is on %s before and %s after", i, a.subjectId(), b.subjectId());
      if (a.verdict() == b.verdict() && a.score() == b.score()) {
        same++;
        continue;
      }
      Map<String, RuleOutcome> x = a.outcomes().stream().collect(Collectors.toMap(RuleOutcome::ruleId,
          Function.identity()));
      Map<String, RuleOutcome> y = b.outcomes().stream().collect(Collectors.toMap(RuleOutcome::ruleId,
          Function.identity()));
      List<RuleChange> rules = new ArrayList<>();
      for (RuleOutcome o : a.outcomes()) {
        RuleOutcome n = y.get(o.ruleId());
        if (n == null || n.status() != o.status() || n.credit() != o.credit()) {
          rules.add(new RuleChange(o.ruleId(), Optional.of(o.status()), Optional.ofNullable(n).map(RuleOutcome::status),
              o.message(), n == null ? "" : n.message()));
        }
      }
      for (RuleOutcome n : b.outcomes()) {
        if (!x.containsKey(n.ruleId())) {
          rules.add(new RuleChange(n.ruleId(), Optional.empty(), Optional.of(n.status()), "", n.message()));
        }
      }
      changes.add(new Change(a.subjectId(), a.verdict(), b.verdict(), a.score(), b.score(), rules));
    }
    String first = before.isEmpty() ? "-" : before.get(0).policyId() + " " + before.get(0).policyVersion();
    String second = after.isEmpty() ? "-" : after.get(0).policyId() + " " + after.get(0).policyVersion();
    return WhatIf.builder().before(first).after(second).changes(changes).unchanged(same).build();
  }
}
