package org.lookingbeyond.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs evaluations at DEBUG through SLF4J (logger {@code org.lookingbeyond.rules.evaluation}): the
 * subject id, the policy, each rule's status and reason code, and the verdict and score. It never logs
 * fact values, which may be personal data; ids and codes only.
 *
 * @since 0.1.0
 */
public final class Slf4jEvaluationListener implements EvaluationListener {
  private static final Logger LOG = LoggerFactory.getLogger("org.lookingbeyond.rules.evaluation");

  /**
   * Creates the listener.
   *
   * @since 0.1.0
   */
  public Slf4jEvaluationListener() {}

  @Override
  public void beforeEvaluation(String subjectId, Policy policy) {
    LOG.debug("evaluating {} under {} {} ({})", subjectId, policy.id(), policy.version(), policy.contentHash());
  }

  @Override
  public void afterRule(String subjectId, RuleOutcome outcome) {
    LOG.debug("{} rule {} {}: {}", subjectId, outcome.ruleId(), outcome.status(), outcome.reasonCode());
  }

  @Override
  public void afterEvaluation(Decision decision) {
    LOG.debug("{} is {} with score {} under {} {}", decision.subjectId(), decision.verdict(), decision.score(),
        decision.policyId(), decision.policyVersion());
  }
}
