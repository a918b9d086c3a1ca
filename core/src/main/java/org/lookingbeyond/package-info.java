/**
 * What every capability of the library shares: one family of unchecked exceptions, rooted at
 * {@link org.lookingbeyond.LookingBeyondException}, each carrying the located {@link org.lookingbeyond.Problem}s
 * that caused it.
 *
 * <p>The family lives in the root package because every other package (geography, taxonomy, model,
 * reference data, registry, analyses, the rule engine and the JSON module) throws it: placed in any one
 * of them it would make the others depend on that one. This package depends on no other package of the
 * library.
 *
 * <pre>{@code
 * try {
 *   Registry registry = json.readRegistry(Path.of("registry.json")).registry();
 * } catch (LookingBeyondException e) {
 *   e.problems().forEach(p -> log.warn("{} at {}: {}", p.code(), p.location(), p.message()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package org.lookingbeyond;

import org.jspecify.annotations.NullMarked;
