/**
 * Implementation details shared by the packages of the core module: argument checks, the value style
 * and the CSV reader of the reference tables. Not exported; not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.lookingbeyond.internal;

import org.jspecify.annotations.NullMarked;
