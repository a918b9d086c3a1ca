package org.lookingbeyond.geo;

/**
 * Thrown when a code names no country, area, region or grouping that a geography knows.
 *
 * @since 0.1.0
 */
public final class UnknownCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The code that was looked up. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param what what was looked up, such as {@code "country or area"}
   * @param code the code that was looked up
   * @param hint what codes are accepted
   * @since 0.1.0
   */
  public UnknownCodeException(String what, String code, String hint) {
    super("unknown " + what + " code '" + code + "': " + hint);
    this.code = code;
  }

  /**
   * The code that was looked up, as given.
   *
   * @return the code
   * @since 0.1.0
   */
  public String code() {
    return code;
  }
}
