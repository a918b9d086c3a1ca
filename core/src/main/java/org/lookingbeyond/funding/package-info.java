/**
 * Seed funding for regional consultations: the facts an application presents to a policy, the default
 * policy of gates, scores and advisories (every number a parameter), the assessment of applications
 * under the policy in force on their application date, the allocation of a budget, and what-if
 * comparisons of two policy versions.
 *
 * <p>Entry point: {@link org.lookingbeyond.funding.SeedFunding}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.funding;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
