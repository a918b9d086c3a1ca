package org.lookingbeyond.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lookingbeyond.json.JsonProblem.Code;

/** Checks a document's {@code "format"} member: its type, and a major version this library reads. */
public final class Formats {
  private Formats() {}

  /**
   * Checks the format. Returns false (reading stops) for another document type or an unsupported
   * version; a format that is not a string is reported and reading goes on as this type.
   */
  public static boolean check(Node node, String type, int major, ReadContext ctx) {
    String text = node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.ScalarNode.Kind.STRING
        ? ((Node.ScalarNode) node).text() : null;
    if (text == null) {
      ctx.problems().add(Code.WRONG_TYPE, node, "\"format\" must be a string such as \"" + type + "/" + major + "\"");
      return true;
    }
    Matcher m = Pattern.compile(Pattern.quote(type) + "/(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8}))?").matcher(text);
    if (!m.matches()) {
      ctx.problems().add(Code.UNSUPPORTED_FORMAT, node, "\"format\" is \"" + Echo.excerpt(text) + "\"; this reader reads \""
          + type + "/" + major + "\" documents (a minor version such as \"" + type + "/" + major
          + ".2\" is accepted)");
      return false;
    }
    int found = Integer.parseInt(m.group(1));
    if (found > major) {
      ctx.problems().add(Code.UNSUPPORTED_FORMAT, node, "\"format\" is \"" + text + "\", a newer major version than"
          + " this library reads (" + type + "/" + major + "); upgrade the library to read it");
      return false;
    }
    if (found < 1) {
      ctx.problems().add(Code.UNSUPPORTED_FORMAT, node, "\"format\" is \"" + text + "\"; versions start at 1");
      return false;
    }
    return true;
  }
}
