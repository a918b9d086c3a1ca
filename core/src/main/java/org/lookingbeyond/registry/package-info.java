/**
 * The registry: an immutable, validated and indexed snapshot of organizations, networks, sessions,
 * participations, RLO designations, applications, grants and consultations over a set of reference
 * data, which every analysis of the library reads.
 *
 * <p>Entry point: {@link org.lookingbeyond.registry.Registry#builder()}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.registry;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
