package org.lookingbeyond.geo;

import java.util.Collection;
import org.lookingbeyond.UnknownIdException;

/**
 * Thrown when a code names no country, area, region or grouping that a geography knows, or no pillar
 * or thematic area that a taxonomy knows.
 *
 * @since 0.1.0
 */
public final class UnknownCodeException extends UnknownIdException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what was looked up, such as {@code "country or area"}
   * @param code the code that was looked up
   * @param hint what codes are accepted
   * @since 0.1.0
   */
  public UnknownCodeException(String what, String code, String hint) {
    super(what, code, hint);
  }

  /**
   * Creates the exception, naming some of the known codes, nearest to the given one first.
   *
   * @param what what was looked up, such as {@code "thematic area"}
   * @param code the code that was looked up
   * @param known the codes that are known
   * @return the exception
   * @since 0.1.0
   */
  public static UnknownCodeException of(String what, String code, Collection<String> known) {
    return new UnknownCodeException(what, code, knownHint(code, known));
  }

  /**
   * The code that was looked up, as given; the same as {@link #id()}.
   *
   * @return the code
   * @since 0.1.0
   */
  public String code() {
    return id();
  }
}
