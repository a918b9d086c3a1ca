/**
 * The sheets' columns, cell parsing and CSV input and output behind
 * {@link org.lookingbeyond.tabular.Tabular}; not exported.
 *
 * @since 0.1.0
 */
@NullMarked
package org.lookingbeyond.tabular.internal;

import org.jspecify.annotations.NullMarked;
