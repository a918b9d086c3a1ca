/**
 * The reference data the library ships: ISO 3166-1 countries and areas with the UN M49 hierarchy, UN
 * regional groups, the thematic taxonomy, umbrella networks, UNODC field offices, governing bodies and
 * their sessions (2008-2026, projected to 2030 by cadence). Each table names its source and as-of date,
 * and an integrator can replace or extend each one.
 *
 * <p>Entry point: {@link org.lookingbeyond.reference.ReferenceData#defaults()}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.reference;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
