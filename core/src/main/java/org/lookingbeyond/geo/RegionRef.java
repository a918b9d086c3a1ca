package org.lookingbeyond.geo;

import java.util.Locale;
import org.immutables.value.Value;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.internal.Checks;

/**
 * A reference to a set of countries by one of three schemes: a single country, an M49 region at any
 * level, or a named grouping (a field office area, a UN regional group or an integrator's grouping).
 *
 * <p>The text form is {@code SCHEME:code}, such as {@code M49:014}, {@code GROUPING:ROEA} or
 * {@code COUNTRY:KE}; see {@link #parse(String)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class RegionRef implements Comparable<RegionRef> {

  RegionRef() {}

  /**
   * How a region reference names its countries.
   *
   * @since 0.1.0
   */
  public enum Scheme {
    /** One country or area by its ISO 3166-1 alpha-2 code. */
    COUNTRY,
    /** An M49 region, sub-region or intermediate region by its three-digit code. */
    M49,
    /** A named {@link Grouping} by its id. */
    GROUPING
  }

  /**
   * The scheme.
   *
   * @return the scheme
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract Scheme scheme();

  /**
   * The code or id within the scheme.
   *
   * @return the code
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String code();

  /**
   * A reference to an M49 region, sub-region or intermediate region.
   *
   * @param m49Code a three-digit code such as {@code "014"}
   * @return the reference
   * @throws org.lookingbeyond.InvalidValueException if the code is not three digits
   * @since 0.1.0
   */
  public static RegionRef m49(String m49Code) {
    return ImmutableRegionRef.of(Scheme.M49, m49Code);
  }

  /**
   * A reference to a named grouping.
   *
   * @param groupingId the grouping's id, such as {@code "ROEA"}
   * @return the reference
   * @throws org.lookingbeyond.InvalidValueException if the id is blank
   * @since 0.1.0
   */
  public static RegionRef grouping(String groupingId) {
    return ImmutableRegionRef.of(Scheme.GROUPING, groupingId);
  }

  /**
   * A reference to one country or area.
   *
   * @param alpha2 the ISO 3166-1 alpha-2 code, in any case
   * @return the reference
   * @throws org.lookingbeyond.InvalidValueException if the code is not two letters
   * @since 0.1.0
   */
  public static RegionRef country(String alpha2) {
    return ImmutableRegionRef.of(Scheme.COUNTRY, alpha2.toUpperCase(Locale.ROOT));
  }

  /**
   * Parses the text form {@code SCHEME:code}; the scheme is case-insensitive.
   *
   * @param text such as {@code "M49:014"}
   * @return the reference
   * @throws InvalidValueException if the text has no known scheme or an invalid code
   * @since 0.1.0
   */
  public static RegionRef parse(String text) {
    int colon = text.indexOf(':');
    Checks.require(colon > 0, "RegionRef", null, "text", "must have the form SCHEME:code, such as M49:014: '%s'", text);
    String scheme = text.substring(0, colon).toUpperCase(Locale.ROOT);
    String code = text.substring(colon + 1);
    for (Scheme s : Scheme.values()) {
      if (s.name().equals(scheme)) {
        return s == Scheme.COUNTRY ? country(code) : ImmutableRegionRef.of(s, code);
      }
    }
    throw Checks.invalid("RegionRef", null, "text",
        "has an unknown scheme: '" + Checks.excerpt(text) + "'; expected COUNTRY, M49 or GROUPING");
  }

  @Value.Check
  void check() {
    switch (scheme()) {
      case COUNTRY:
        Checks.alpha2(code(), "RegionRef", "code");
        break;
      case M49:
        Checks.threeDigits(code(), "RegionRef", "code");
        break;
      default:
        Checks.nonBlank(code(), "RegionRef", "code");
    }
  }

  @Override
  public int compareTo(RegionRef other) {
    int c = scheme().compareTo(other.scheme());
    return c != 0 ? c : code().compareTo(other.code());
  }

  /**
   * The text form, {@code SCHEME:code}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return scheme() + ":" + code();
  }
}
