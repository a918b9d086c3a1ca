/**
 * Stakeholder classification: who an organization is to the unit. This version holds the engagement
 * tier (CORE, ACTIVE, LAPSED, PROSPECT) derived from participation history, with every number of its
 * rule configurable and each result carrying the facts it used.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.classify;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
