/**
 * The domain model: civil society organizations, umbrella networks, UNODC field offices, governing
 * bodies and their sessions, participation in sessions, Regional Lead Organization designations,
 * seed-funding applications, grants and regional consultations.
 *
 * <p>Every type is an immutable value with a builder ({@code Organization.builder()}). A value checks
 * its own form when built (ids not blank, codes well formed) and throws an
 * {@link org.lookingbeyond.InvalidValueException} naming the type, field and id; whether values fit together
 * (references resolve, dates in order, amounts positive) is checked by the
 * {@link org.lookingbeyond.registry.Registry} builder, which reports every problem at once.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.model;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
