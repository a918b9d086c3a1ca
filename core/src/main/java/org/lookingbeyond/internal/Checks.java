package org.lookingbeyond.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;

/**
 * Argument checks used by value types' {@code @Value.Check} methods. Each failure is an
 * {@link InvalidValueException} whose problem names the type, the value's id where it has one, the field
 * and the offending value (as a short, escaped excerpt), so that a caller can act on the message.
 *
 * @since 0.1.0
 */
public final class Checks {
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The most characters of a value a message echoes. */
  private static final int MAX_ECHO = 40;

  private Checks() {}

  /**
   * Throws an {@link InvalidValueException} when the condition is false. String arguments of the
   * template are echoed as excerpts ({@link #excerpt(Object)}).
   *
   * @param condition the condition that must hold
   * @param type the value type's name, such as {@code "Session"}
   * @param id the value's id, or null for a value without one
   * @param field the field concerned
   * @param template a {@link String#format} template saying what must hold, such as
   *     {@code "must be from 1 to 9999: %d"}
   * @param args the template's arguments
   * @throws InvalidValueException if {@code condition} is false
   * @since 0.1.0
   */
  public static void require(boolean condition, String type, @Nullable String id, String field, String template,
      Object... args) {
    if (!condition) {
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = args[i] instanceof CharSequence ? excerpt(args[i]) : args[i];
      }
      throw invalid(type, id, field, String.format(Locale.ROOT, template, shown));
    }
  }

  /**
   * The exception for a value that breaks an invariant, to throw where a check needs more than a
   * condition.
   *
   * @param type the value type's name
   * @param id the value's id, or null
   * @param field the field concerned
   * @param message what is wrong and why
   * @return the exception
   * @since 0.1.0
   */
  public static InvalidValueException invalid(String type, @Nullable String id, String field, String message) {
    return new InvalidValueException(ValueProblem.invalid(type, id == null ? null : excerpt(id), field, message));
  }

  /**
   * A value as a message may echo it: control characters and line separators escaped, at most 40
   * characters, then {@code ...}.
   *
   * @param value the value
   * @return the excerpt
   * @since 0.1.0
   */
  public static String excerpt(Object value) {
    String text = String.valueOf(value);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < text.length() && sb.length() < MAX_ECHO; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < text.length() ? sb + "..." : sb.toString();
  }

  /**
   * Requires a string with at least one non-whitespace character and no leading or trailing whitespace.
   *
   * @param value the value
   * @param type the value type's name, for the message
   * @param field the field's name, for the message
   * @return the value
   * @throws InvalidValueException if the value is blank or not trimmed
   * @since 0.1.0
   */
  public static String nonBlank(String value, String type, String field) {
    return nonBlank(value, type, null, field);
  }

  /**
   * Requires a string with at least one non-whitespace character and no leading or trailing whitespace.
   *
   * @param value the value
   * @param type the value type's name, for the message
   * @param id the value's id, or null
   * @param field the field's name, for the message
   * @return the value
   * @throws InvalidValueException if the value is blank or not trimmed
   * @since 0.1.0
   */
  public static String nonBlank(String value, String type, @Nullable String id, String field) {
    require(!value.isBlank(), type, id, field, "must not be blank");
    require(value.strip().equals(value), type, id, field, "must not start or end with whitespace: '%s'", value);
    return value;
  }

  /**
   * Requires an ISO 3166-1 alpha-2 code in upper case.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws InvalidValueException if the value is not two upper-case ASCII letters
   * @since 0.1.0
   */
  public static String alpha2(String value, String type, String field) {
    return alpha2(value, type, null, field);
  }

  /**
   * Requires an ISO 3166-1 alpha-2 code in upper case.
   *
   * @param value the value
   * @param type the value type's name
   * @param id the value's id, or null
   * @param field the field's name
   * @return the value
   * @throws InvalidValueException if the value is not two upper-case ASCII letters
   * @since 0.1.0
   */
  public static String alpha2(String value, String type, @Nullable String id, String field) {
    require(ALPHA2.matcher(value).matches(), type, id, field,
        "must be an ISO 3166-1 alpha-2 code (two upper-case letters): '%s'", value);
    return value;
  }

  /**
   * Requires an ISO 3166-1 alpha-3 code in upper case.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws InvalidValueException if the value is not three upper-case ASCII letters
   * @since 0.1.0
   */
  public static String alpha3(String value, String type, String field) {
    require(ALPHA3.matcher(value).matches(), type, null, field,
        "must be an ISO 3166-1 alpha-3 code (three upper-case letters): '%s'", value);
    return value;
  }

  /**
   * Requires a three-digit code (ISO 3166-1 numeric or UN M49), kept as a string with leading zeros.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws InvalidValueException if the value is not three ASCII digits
   * @since 0.1.0
   */
  public static String threeDigits(String value, String type, String field) {
    require(THREE_DIGITS.matcher(value).matches(), type, null, field,
        "must be a three-digit code such as \"040\": '%s'", value);
    return value;
  }

  /**
   * Requires a lower-case identifier of words joined by hyphens, such as {@code drug-prevention}.
   *
   * @param value the value
   * @param type the value type's name
   * @param field the field's name
   * @return the value
   * @throws InvalidValueException if the value is not such an identifier
   * @since 0.1.0
   */
  public static String slug(String value, String type, String field) {
    require(SLUG.matcher(value).matches(), type, null, field,
        "must be lower-case words joined by hyphens, such as \"drug-prevention\": '%s'", value);
    return value;
  }
}
