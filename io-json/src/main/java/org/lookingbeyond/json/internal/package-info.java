/**
 * Implementation of the io-json module: the located JSON tree, the readers and writers of each record
 * type and of whole documents. Not exported; not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.lookingbeyond.json.internal;

import org.jspecify.annotations.NullMarked;
