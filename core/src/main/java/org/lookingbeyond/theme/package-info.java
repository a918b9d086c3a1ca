/**
 * The thematic taxonomy: pillars of UNODC's work and the thematic areas within them, with stable ids
 * that data refers to. The taxonomy is data; an integrator can add areas without code changes.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.theme;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
