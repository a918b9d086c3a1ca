package org.lookingbeyond.json.internal;

import java.util.Locale;

/** Input values as problem messages may echo them: short, with control characters escaped. */
public final class Echo {
  /** The most characters of a value a message echoes. */
  public static final int MAX_ECHO = 64;

  private Echo() {}

  /**
   * A value as a message may echo it: control characters, line separators and lone surrogates escaped,
   * at most {@link #MAX_ECHO} characters, then {@code ...}.
   */
  public static String excerpt(Object value) {
    String text = String.valueOf(value);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < text.length() && sb.length() < MAX_ECHO; i++) {
      char c = text.charAt(i);
      boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)));
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || loneSurrogate) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < text.length() ? sb + "..." : sb.toString();
  }
}
