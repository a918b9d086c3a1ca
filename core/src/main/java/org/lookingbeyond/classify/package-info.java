/**
 * Stakeholder classification: who each organization is to the unit as of a date, every field with the
 * rule and the facts that produced it. A {@link org.lookingbeyond.classify.StakeholderProfile} says
 * whether the organization is a CSO (by its IATI type); its geographic scope derived from its operating
 * countries through the M49 hierarchy, with any conflict with the declared one; its pillars and its
 * relevance to the unit's priority areas; its salience (power, legitimacy and urgency, the class and
 * group of Mitchell, Agle and Wood); its place on Mendelow's power/interest grid; its engagement tier;
 * and its candidacy as a Regional Lead Organization for each region it operates in.
 *
 * <p>Entry point: {@link org.lookingbeyond.classify.StakeholderClassifier}, under a versioned
 * {@link org.lookingbeyond.classify.ClassificationPolicy} whose rules run on the rule engine of
 * {@code org.lookingbeyond.rules} (defaults: {@link org.lookingbeyond.classify.DefaultClassificationPolicy}).
 * A whole registry is classified on a bulk path ({@link org.lookingbeyond.classify.Classification}) that
 * builds explanations only for the profiles asked for, summarized by a
 * {@link org.lookingbeyond.classify.Portfolio} and rendered by a
 * {@link org.lookingbeyond.classify.ClassificationRenderer}. Engagement tiers alone come from
 * {@link org.lookingbeyond.classify.EngagementRule}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.classify;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
