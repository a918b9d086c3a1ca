package org.lookingbeyond.internal;

import java.util.regex.Pattern;

/**
 * Argument checks used by value types' {@code @Value.Check} methods. Each failure names the type, the
 * field and the offending value, so that a caller can act on the message.
 *
 * @since 0.1.0
 */
public final class Checks {
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Checks() {}

  /**
   * Throws an {@link IllegalArgumentException} with a formatted message when the condition is false.
   *
   * @param condition the condition that must hold
   * @param template a {@link String#format} template
   * @param args the template's arguments
   * @throws IllegalArgumentException if {@code condition} is false
   * @since 0.1.0
   */
  public static void require(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, template, args));
    }
  }

  /**
   * Requires a string with at least one non-whitespace character and no leading or trailing whitespace.
   *
   * @param value the value
   * @param type the value type's name, for the message
   * @param field the field's name, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is blank or not trimmed
   * @since 0.1.0
   */
  public static String nonBlank(String value, String type, String field) {
    require(!value.isBlank(), "%s.%s must not be blank", type, field);
    require(value.strip().equals(value), "%s.%s must not start or end with whitespace: '%s'", type, field, value);
    return value;
  }

  /**
   * Requires an ISO 3166-1 alpha-2 code in upper case.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws IllegalArgumentException if the value is not two upper-case ASCII letters
   * @since 0.1.0
   */
  public static String alpha2(String value, String type, String field) {
    require(ALPHA2.matcher(value).matches(),
        "%s.%s must be an ISO 3166-1 alpha-2 code (two upper-case letters): '%s'", type, field, value);
    return value;
  }

  /**
   * Requires an ISO 3166-1 alpha-3 code in upper case.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws IllegalArgumentException if the value is not three upper-case ASCII letters
   * @since 0.1.0
   */
  public static String alpha3(String value, String type, String field) {
    require(ALPHA3.matcher(value).matches(),
        "%s.%s must be an ISO 3166-1 alpha-3 code (three upper-case letters): '%s'", type, field, value);
    return value;
  }

  /**
   * Requires a three-digit code (ISO 3166-1 numeric or UN M49), kept as a string with leading zeros.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws IllegalArgumentException if the value is not three ASCII digits
   * @since 0.1.0
   */
  public static String threeDigits(String value, String type, String field) {
    require(THREE_DIGITS.matcher(value).matches(),
        "%s.%s must be a three-digit code such as \"040\": '%s'", type, field, value);
    return value;
  }

  /**
   * Requires a lower-case identifier of words joined by hyphens, such as {@code drug-prevention}.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws IllegalArgumentException if the value is not such an identifier
   * @since 0.1.0
   */
  public static String slug(String value, String type, String field) {
    require(SLUG.matcher(value).matches(),
        "%s.%s must be lower-case words joined by hyphens, such as \"drug-prevention\": '%s'", type, field, value);
    return value;
  }
}
