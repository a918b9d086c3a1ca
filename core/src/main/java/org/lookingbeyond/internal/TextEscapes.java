package org.lookingbeyond.internal;

/**
 * Escapes text for the library's Markdown and SVG renderers, so that any id or name gives a valid document.
 *
 * @since 0.1.0
 */
public final class TextEscapes {
  private TextEscapes() {}

  /**
   * Escapes the characters Markdown would read as markup, and the pipe that ends a table cell; a line break
   * becomes a space.
   *
   * @param text the text
   * @return the text as Markdown shows it
   * @since 0.1.0
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\|*_`[]<>#".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch == '\n' || ch == '\r' ? ' ' : ch);
    }
    return out.toString();
  }

  /**
   * Escapes text for XML, replacing the characters XML 1.0 forbids (most control characters, U+FFFE,
   * U+FFFF and unpaired surrogates) with U+FFFD.
   *
   * @param text the text
   * @return the text as XML character data or attribute value
   * @since 0.1.0
   */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        default:
          boolean forbidden = (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF
              || (Character.isSurrogate(ch) && !pairedSurrogate(text, i));
          out.append(forbidden ? '\uFFFD' : ch);
      }
    }
    return out.toString();
  }

  private static boolean pairedSurrogate(String text, int i) {
    char ch = text.charAt(i);
    if (Character.isHighSurrogate(ch)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
