package org.lookingbeyond.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.lookingbeyond.json.JsonProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a parser into a {@link Node}, reporting duplicate keys and non-finite
 * numbers as problems (keeping the first of duplicate members) instead of stopping.
 */
public final class TreeReader {
  private final JsonParser parser;
  private final Problems problems;

  public TreeReader(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** Reads the value at the parser's current token; on return the parser is on its last token. */
  public Node read(String pointer) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        LinkedHashMap<String, Node> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          parser.nextToken();
          String childPointer = pointer + "/" + Node.escape(name);
          unpairedSurrogate(name, "the key", childPointer, nameAt.getLineNr(), nameAt.getColumnNr());
          Node value = read(childPointer);
          if (members.containsKey(name)) {
            problems.add(JsonProblem.Code.DUPLICATE_KEY, childPointer, nameAt.getLineNr(), nameAt.getColumnNr(),
                "the key \"" + Echo.excerpt(name) + "\" appears more than once in this object; the first is kept");
          } else {
            members.put(name, value);
          }
        }
        return new Node.ObjectNode(pointer, line, column, members);
      }
      case START_ARRAY: {
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(pointer + "/" + elements.size()));
        }
        return new Node.ArrayNode(pointer, line, column, elements);
      }
      case VALUE_STRING: {
        String text = parser.getString();
        unpairedSurrogate(text, "the string", pointer, line, column);
        return new Node.ScalarNode(pointer, line, column, Node.ScalarNode.Kind.STRING, text);
      }
      case VALUE_NUMBER_INT:
        return new Node.ScalarNode(pointer, line, column, Node.ScalarNode.Kind.INTEGER, parser.getString());
      case VALUE_NUMBER_FLOAT: {
        String text = parser.getString();
        if (text.contains("NaN") || text.contains("Infinity")) {
          problems.add(JsonProblem.Code.INVALID_NUMBER, pointer, line, column,
              "'" + Echo.excerpt(text) + "' is not a finite number; JSON numbers are finite decimals");
          return new Node.ScalarNode(pointer, line, column, Node.ScalarNode.Kind.NOT_FINITE, text);
        }
        return new Node.ScalarNode(pointer, line, column, Node.ScalarNode.Kind.DECIMAL, text);
      }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.ScalarNode(pointer, line, column, Node.ScalarNode.Kind.BOOLEAN, parser.getString());
      default:
        return new Node.ScalarNode(pointer, line, column, Node.ScalarNode.Kind.NULL, "null");
    }
  }

  /**
   * Reports a UTF-16 surrogate without its pair (a JSON escape such as {@code \ud800} alone): it is no
   * character, cannot be written as UTF-8, and would come back as {@code ?} through byte output.
   */
  private void unpairedSurrogate(String text, String what, String pointer, int line, int column) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problems.add(JsonProblem.Code.INVALID_VALUE, pointer, line, column, what + " \"" + Echo.excerpt(text)
            + "\" has an unpaired UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
            + ") at index " + i + "; text must be valid Unicode");
        return;
      }
    }
  }
}
