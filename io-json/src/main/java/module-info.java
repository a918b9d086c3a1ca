/**
 * Looking Beyond SDK JSON: reads and writes the library's documents with Jackson 3, with JSON Schemas,
 * located and collected errors, and lossless round trips. Core stays free of Jackson; this module holds
 * every serializer and deserializer.
 *
 * @since 0.1.0
 */
module org.lookingbeyond.json {
  requires transitive org.lookingbeyond.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.lookingbeyond.json;
  // The JSON Schemas are resources that integrators and tools read from the jar.
  opens org.lookingbeyond.json.schema;

  provides tools.jackson.databind.JacksonModule with org.lookingbeyond.json.LookingBeyondModule;
}
