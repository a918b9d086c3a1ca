/**
 * Geography: ISO 3166-1 countries and areas, the UN M49 hierarchy of regions, sub-regions and
 * intermediate regions, named groupings of countries (UNODC field office areas, UN regional groups,
 * groupings an integrator defines) and the {@link org.lookingbeyond.geo.Geography} that answers
 * questions over them.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.geo;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
