package org.lookingbeyond.coverage;

/**
 * How well a cell of the coverage matrix is covered, from its count of distinct CSOs and the two
 * thresholds of {@link CoverageSettings}.
 *
 * @since 0.1.0
 */
public enum CellStatus {
  /** Fewer CSOs than {@link CoverageSettings#gapBelow()} (by default: none). */
  GAP,
  /** At least {@link CoverageSettings#gapBelow()} but fewer than {@link CoverageSettings#weakBelow()} (by default 1 or 2). */
  WEAK,
  /** At least {@link CoverageSettings#weakBelow()} CSOs (by default 3 or more). */
  COVERED
}
