package org.lookingbeyond.json.internal;

import tools.jackson.core.JsonGenerator;

/** Writes a {@link Node} back as it was read: members in order, numbers with their exact digits. */
public final class NodeWriter {
  private NodeWriter() {}

  public static void write(Node node, JsonGenerator gen) {
    if (node instanceof Node.ObjectNode) {
      gen.writeStartObject();
      ((Node.ObjectNode) node).members().forEach((name, value) -> {
        gen.writeName(name);
        write(value, gen);
      });
      gen.writeEndObject();
    } else if (node instanceof Node.ArrayNode) {
      gen.writeStartArray();
      ((Node.ArrayNode) node).elements().forEach(e -> write(e, gen));
      gen.writeEndArray();
    } else {
      Node.ScalarNode s = (Node.ScalarNode) node;
      switch (s.kind()) {
        case STRING:
          gen.writeString(s.text());
          break;
        case INTEGER:
        case DECIMAL:
        case NOT_FINITE:
          gen.writeNumber(s.text());
          break;
        case BOOLEAN:
          gen.writeBoolean(Boolean.parseBoolean(s.text()));
          break;
        default:
          gen.writeNull();
      }
    }
  }
}
