package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test and schema resources from the class path. */
final class TestResources {
  private TestResources() {}

  /** The text of a class-path resource, such as a schema; fails the test if it is missing. */
  static String text(String name) {
    try (InputStream in = TestResources.class.getResourceAsStream(name)) {
      assertNotNull(in, "resource not found on the class path: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
