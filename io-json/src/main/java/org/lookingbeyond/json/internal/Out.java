package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lookingbeyond.model.Money;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the members of the library's documents in a fixed order, leaving out absent values and
 * empty lists (except a list stated as empty, see {@link #statedStrings}), and puts back the unknown
 * members kept for each object's anchor.
 */
public final class Out {
  private final JsonGenerator gen;
  private final Map<String, LinkedHashMap<String, Node>> unknown;

  public Out(JsonGenerator gen, Map<String, LinkedHashMap<String, Node>> unknown) {
    this.gen = gen;
    this.unknown = unknown;
  }

  public JsonGenerator generator() {
    return gen;
  }

  /** Whether unknown members were kept for an anchor. */
  public boolean hasUnknown(String anchor) {
    return unknown.containsKey(anchor);
  }

  public void startObject() {
    gen.writeStartObject();
  }

  /** Writes the unknown members kept for the anchor, then closes the object. */
  public void endObject(String anchor) {
    LinkedHashMap<String, Node> extra = unknown.get(anchor);
    if (extra != null) {
      extra.forEach((name, value) -> {
        gen.writeName(name);
        NodeWriter.write(value, gen);
      });
    }
    gen.writeEndObject();
  }

  public void string(String name, String value) {
    gen.writeStringProperty(name, value);
  }

  public void string(String name, Optional<String> value) {
    value.ifPresent(v -> gen.writeStringProperty(name, v));
  }

  public void number(String name, int value) {
    gen.writeNumberProperty(name, value);
  }

  public void bool(String name, boolean value) {
    gen.writeBooleanProperty(name, value);
  }

  public void date(String name, LocalDate value) {
    gen.writeStringProperty(name, value.toString());
  }

  public void date(String name, Optional<LocalDate> value) {
    value.ifPresent(v -> date(name, v));
  }

  public void enumValue(String name, Enum<?> value) {
    gen.writeStringProperty(name, value.name());
  }

  public void strings(String name, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    gen.writeName(name);
    gen.writeStartArray();
    values.forEach(gen::writeString);
    gen.writeEndArray();
  }

  /** Writes a set that may be stated as empty: nothing if not stated, {@code []} if stated as none. */
  public void statedStrings(String name, Optional<? extends Collection<String>> values) {
    values.ifPresent(v -> {
      gen.writeName(name);
      gen.writeStartArray();
      v.forEach(gen::writeString);
      gen.writeEndArray();
    });
  }

  public void money(String name, Money money, String anchor) {
    gen.writeName(name);
    startObject();
    gen.writeName("amount");
    gen.writeNumber(money.amount());
    string("currency", money.currency().getCurrencyCode());
    endObject(anchor + "/" + name);
  }

  public void name(String name) {
    gen.writeName(name);
  }
}
