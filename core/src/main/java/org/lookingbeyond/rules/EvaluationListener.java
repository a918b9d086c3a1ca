package org.lookingbeyond.rules;

/**
 * Observes evaluations, for metrics, tracing or logging. Methods are called on the evaluating thread;
 * implementations must be thread-safe when the evaluator is shared. The default methods do nothing.
 *
 * @since 0.1.0
 */
public interface EvaluationListener {

  /**
   * Called before a subject is evaluated.
   *
   * @param subjectId the subject's id
   * @param policy the policy
   * @since 0.1.0
   */
  default void beforeEvaluation(String subjectId, Policy policy) {}

  /**
   * Called after each rule is evaluated.
   *
   * @param subjectId the subject's id
   * @param outcome the rule's outcome
   * @since 0.1.0
   */
  default void afterRule(String subjectId, RuleOutcome outcome) {}

  /**
   * Called with the decision.
   *
   * @param decision the decision
   * @since 0.1.0
   */
  default void afterEvaluation(Decision decision) {}
}
