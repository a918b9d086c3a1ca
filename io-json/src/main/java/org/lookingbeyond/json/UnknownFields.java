package org.lookingbeyond.json;

import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lookingbeyond.json.internal.Node;
import org.lookingbeyond.json.internal.NodeWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The members of a document that its format does not define, kept when it was read leniently so that
 * writing it again loses nothing.
 *
 * <p>Each object that had unknown members is identified by an <em>anchor</em>: a path like a JSON
 * pointer, but naming records by id rather than by position, so that the members follow their record
 * when the registry orders its records differently. For example {@code /organizations/ke-hrn} for an
 * organization with id {@code ke-hrn}, {@code /organizations/ke-hrn/contact} for its contact details,
 * {@code /participations/ke-hrn@CND-67~1ATTENDED} for a participation (its key
 * {@code ke-hrn@CND-67/ATTENDED}, escaped as in a JSON pointer) and {@code ""} for the document
 * itself. Within an anchor, members keep their document order.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class UnknownFields {
  private static final UnknownFields NONE = new UnknownFields(Map.of());
  private final Map<String, LinkedHashMap<String, Node>> byAnchor;

  UnknownFields(Map<String, LinkedHashMap<String, Node>> byAnchor) {
    Map<String, LinkedHashMap<String, Node>> copy = new LinkedHashMap<>();
    byAnchor.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
    this.byAnchor = Collections.unmodifiableMap(copy);
  }

  /**
   * No unknown members.
   *
   * @return the empty instance
   * @since 0.1.0
   */
  public static UnknownFields none() {
    return NONE;
  }

  /**
   * Whether there are no unknown members.
   *
   * @return true if none were kept
   * @since 0.1.0
   */
  public boolean isEmpty() {
    return byAnchor.isEmpty();
  }

  /**
   * The anchors of the objects that had unknown members, in document order.
   *
   * @return the anchors
   * @since 0.1.0
   */
  public Set<String> anchors() {
    return byAnchor.keySet();
  }

  /**
   * The unknown members of one object, each as compact JSON text.
   *
   * @param anchor the object's anchor
   * @return member name to JSON text, in document order; empty for an anchor with none
   * @since 0.1.0
   */
  public Map<String, String> fields(String anchor) {
    LinkedHashMap<String, Node> members = byAnchor.get(anchor);
    if (members == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    JsonFactory factory = JsonFactory.builder().streamWriteConstraints(tools.jackson.core.StreamWriteConstraints.builder()
        .maxNestingDepth(LookingBeyondJson.Builder.MAX_NESTING_DEPTH + 8).build()).build();
    members.forEach((name, node) -> {
      StringWriter text = new StringWriter();
      try (JsonGenerator gen = factory.createGenerator(ObjectWriteContext.empty(), text)) {
        NodeWriter.write(node, gen);
      }
      out.put(name, text.toString());
    });
    return Collections.unmodifiableMap(out);
  }

  Map<String, LinkedHashMap<String, Node>> byAnchor() {
    return byAnchor;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownFields && asText().equals(((UnknownFields) o).asText());
  }

  @Override
  public int hashCode() {
    return asText().hashCode();
  }

  private Map<String, Map<String, String>> asText() {
    Map<String, Map<String, String>> text = new LinkedHashMap<>();
    byAnchor.keySet().forEach(a -> text.put(a, fields(a)));
    return text;
  }

  /**
   * Lists the anchors and member names (not their values, which may hold personal data).
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("UnknownFields[");
    byAnchor.forEach((a, m) -> sb.append(a.isEmpty() ? "(document)" : a).append(m.keySet()).append(' '));
    return sb.toString().strip() + "]";
  }
}
