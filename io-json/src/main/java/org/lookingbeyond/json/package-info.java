/**
 * JSON documents of the Looking Beyond SDK: the {@link org.lookingbeyond.json.LookingBeyondJson}
 * facade that reads and writes them with located, collected errors and lossless round trips, and the
 * {@link org.lookingbeyond.json.LookingBeyondModule} that teaches Jackson the core value types.
 *
 * <p>JSON Schemas (2020-12) of the documents ship under {@code org/lookingbeyond/json/schema/} in this
 * module's jar.
 *
 * @since 0.1.0
 */
@NullMarked
package org.lookingbeyond.json;

import org.jspecify.annotations.NullMarked;
