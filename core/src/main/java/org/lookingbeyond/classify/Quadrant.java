package org.lookingbeyond.classify;

/**
 * The quadrants of Mendelow's power/interest grid.
 *
 * @since 0.1.0
 */
public enum Quadrant {
  /** High power, high interest: manage closely. */
  KEY_PLAYER,
  /** High power, low interest: keep satisfied. */
  KEEP_SATISFIED,
  /** Low power, high interest: keep informed. */
  KEEP_INFORMED,
  /** Low power, low interest: monitor with minimal effort. */
  MINIMAL_EFFORT;

  /**
   * The quadrant of a pair of scores; a score equal to its threshold is high.
   *
   * @param power the power score, 0-100
   * @param interest the interest score, 0-100
   * @param powerThreshold the lowest high power score
   * @param interestThreshold the lowest high interest score
   * @return the quadrant
   * @since 0.1.0
   */
  public static Quadrant of(double power, double interest, double powerThreshold, double interestThreshold) {
    boolean highPower = power >= powerThreshold;
    boolean highInterest = interest >= interestThreshold;
    if (highPower) {
      return highInterest ? KEY_PLAYER : KEEP_SATISFIED;
    }
    return highInterest ? KEEP_INFORMED : MINIMAL_EFFORT;
  }

  /**
   * Whether the quadrant is one of high power.
   *
   * @return true for KEY_PLAYER and KEEP_SATISFIED
   * @since 0.1.0
   */
  public boolean highPower() {
    return this == KEY_PLAYER || this == KEEP_SATISFIED;
  }

  /**
   * Whether the quadrant is one of high interest.
   *
   * @return true for KEY_PLAYER and KEEP_INFORMED
   * @since 0.1.0
   */
  public boolean highInterest() {
    return this == KEY_PLAYER || this == KEEP_INFORMED;
  }
}
