package org.lookingbeyond.docs;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.registry.Registry;

/**
 * What the documentation's snippets take as given: the golden registry (four fictional organizations in
 * East Africa, their participations, designations, applications and a grant), its files and an as-of date.
 */
final class DocFixtures {
  /** The as-of date of the golden reports. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private DocFixtures() {}

  /** The text of a test resource such as {@code /golden/registry.json}; fails the test if it is missing. */
  static String resource(String name) {
    try (InputStream in = DocFixtures.class.getResourceAsStream(name)) {
      assertNotNull(in, "resource not found on the class path: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The registry of {@code golden/registry.json}, over the shipped reference data. */
  static Registry goldenRegistry() {
    return LookingBeyondJson.defaults().readRegistry(resource("/golden/registry.json")).registry();
  }

  /** Writes a test resource into a file, as a reader of the documentation would have it on disk. */
  static Path copy(String resource, Path file) {
    return write(file, resource(resource));
  }

  /** Writes text into a file, UTF-8. */
  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a snippet prints on the standard error stream while it runs. */
  static String standardErrorOf(Runnable snippet) {
    PrintStream saved = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      snippet.run();
    } finally {
      System.setErr(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
