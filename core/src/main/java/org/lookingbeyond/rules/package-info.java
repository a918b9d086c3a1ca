/**
 * An explainable rule engine: typed facts, policies of rules over a closed catalog of criteria, and
 * evaluations that say for every rule whether it passed, failed, could not be decided for missing data
 * (naming the fact) or did not apply, with the value compared and the limit it was compared with.
 *
 * <p>Nothing in a policy is code: a policy defined in Java and one read from JSON are the same model,
 * built from the criteria of {@link org.lookingbeyond.rules.Criteria}. Building a policy checks it and
 * reports every problem; a built policy and its {@link org.lookingbeyond.rules.Evaluator} are immutable
 * and safe to share between threads. The bulk path evaluates a whole
 * {@link org.lookingbeyond.rules.FactTable} rule by rule into compact outcome codes and builds the
 * explanation of a row only when asked.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.rules;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
