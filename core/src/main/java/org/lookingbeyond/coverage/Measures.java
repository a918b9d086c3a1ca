package org.lookingbeyond.coverage;

import java.util.Arrays;

/**
 * The concentration measures, computed from integer sums and one final division so that their bounds
 * hold exactly in floating point: equal shares give exactly the double nearest {@code 1/n}, never less.
 */
final class Measures {
  private Measures() {}

  static Concentration of(long[] counts) {
    long total = 0;
    long squares = 0;
    int nonEmpty = 0;
    for (long c : counts) {
      total += c;
      squares += c * c;
      if (c > 0) {
        nonEmpty++;
      }
    }
    return Concentration.builder().hhi(hhi(total, squares)).gini(gini(counts, total)).rows(counts.length)
        .nonEmptyRows(nonEmpty).total(total).build();
  }

  private static double hhi(long total, long squares) {
    // sum (x_i / T)^2 = sum x_i^2 / T^2; 0 by definition for an empty column.
    return total == 0 ? 0 : squares / ((double) total * total);
  }

  private static double gini(long[] counts, long total) {
    int m = counts.length;
    if (total == 0 || m == 0) {
      return 0;
    }
    long[] sorted = counts.clone();
    Arrays.sort(sorted);
    // With x sorted ascending and i from 1: G = sum (2i - m - 1) x_i / (m T), the mean absolute
    // difference over twice the mean, in O(m log m) rather than over all pairs.
    long weighted = 0;
    for (int i = 0; i < m; i++) {
      weighted += (2L * (i + 1) - m - 1) * sorted[i];
    }
    return weighted / ((double) m * total);
  }
}
