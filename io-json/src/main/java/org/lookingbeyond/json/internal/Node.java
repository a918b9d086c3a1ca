package org.lookingbeyond.json.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read with its position: the JSON pointer, line and column where it starts. Objects keep
 * their members in document order; numbers keep their exact text.
 */
public abstract class Node {
  private final String pointer;
  private final int line;
  private final int column;

  Node(String pointer, int line, int column) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /** The RFC 6901 pointer to this value. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line where the value starts. */
  public int line() {
    return line;
  }

  /** The 1-based column where the value starts. */
  public int column() {
    return column;
  }

  /** The JSON type's name, for messages: object, array, string, number, boolean or null. */
  public abstract String typeName();

  /** An object. */
  public static final class ObjectNode extends Node {
    private final Map<String, Node> members;

    ObjectNode(String pointer, int line, int column, LinkedHashMap<String, Node> members) {
      super(pointer, line, column);
      this.members = members;
    }

    /** The members in document order. */
    public Map<String, Node> members() {
      return members;
    }

    @Override
    public String typeName() {
      return "object";
    }
  }

  /** An array. */
  public static final class ArrayNode extends Node {
    private final List<Node> elements;

    ArrayNode(String pointer, int line, int column, List<Node> elements) {
      super(pointer, line, column);
      this.elements = elements;
    }

    /** The elements. */
    public List<Node> elements() {
      return elements;
    }

    @Override
    public String typeName() {
      return "array";
    }
  }

  /** A string, number, boolean or null. */
  public static final class ScalarNode extends Node {
    /** The kinds of scalar. */
    public enum Kind {
      STRING, INTEGER, DECIMAL, BOOLEAN, NULL,
      /** A number that is not finite (NaN, Infinity), already reported; read as absent. */
      NOT_FINITE
    }

    private final Kind kind;
    private final String text;

    ScalarNode(String pointer, int line, int column, Kind kind, String text) {
      super(pointer, line, column);
      this.kind = kind;
      this.text = text;
    }

    /** The kind. */
    public Kind kind() {
      return kind;
    }

    /** The text: the string's value, the number's exact digits, "true"/"false", or "null". */
    public String text() {
      return text;
    }

    @Override
    public String typeName() {
      switch (kind) {
        case STRING:
          return "string";
        case BOOLEAN:
          return "boolean";
        case NULL:
          return "null";
        case NOT_FINITE:
          return "non-finite number";
        default:
          return "number";
      }
    }
  }

  /** Escapes a member name for a JSON pointer (RFC 6901: ~ becomes ~0, / becomes ~1). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
