package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every hostile document of {@code src/test/resources/hostile/}: values at and past the edges of
 * what Java holds (dates, exponents), unpaired surrogates in every id and name, policies and coverage
 * settings alike. Each must be refused with a {@link JsonDocumentException} holding the expected problem
 * code at the expected pointer, with a line and column, a short message, and within a generous time.
 * The file's name says the document type ({@code registry}, {@code policy}, {@code settings}).
 */
class HostileCorpusTest {
  private static final String DIRECTORY = "/hostile/";
  private static final int MINIMUM_FILES = 200;
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();

  private record Expected(String file, JsonProblem.Code code, String pointer) {}

  @TestFactory
  Stream<DynamicTest> everyHostileDocumentIsRefusedWithALocatedProblem() {
    return expectations().stream().map(x -> DynamicTest.dynamicTest(x.file(), () -> check(x)));
  }

  @Test
  void theCorpusHasAtLeastTwoHundredDocuments() {
    assertTrue(expectations().size() >= MINIMUM_FILES, expectations().size() + " documents");
  }

  private static void check(Expected x) {
    byte[] bytes = read(x.file());
    JsonDocumentException e = assertTimeout(GENEROUS, () -> assertThrows(JsonDocumentException.class,
        () -> read(x.file(), bytes), x.file() + " must be refused"));
    assertEquals(x.file(), e.document());
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == x.code() && p.pointer().equals(x.pointer())
        && p.line() > 0 && p.column() > 0), () -> x.file() + ": no located " + x.code() + " at " + x.pointer()
        + " in " + e.problems());
    e.problems().forEach(p -> assertTrue(p.message().length() < 1_000, () -> x.file() + ": long message " + p));
    assertTrue(e.getMessage().length() < 10_000, () -> x.file() + ": message of " + e.getMessage().length());
  }

  private static Object read(String file, byte[] bytes) {
    InputStream in = new java.io.ByteArrayInputStream(bytes);
    if (file.contains("-registry-")) {
      return JSON.readRegistry(in, file);
    }
    if (file.contains("-policy-")) {
      return JSON.read(DocumentType.POLICY, in, file);
    }
    return JSON.read(DocumentType.COVERAGE_SETTINGS, in, file);
  }

  private static byte[] read(String file) {
    try (InputStream in = HostileCorpusTest.class.getResourceAsStream(DIRECTORY + file)) {
      assertNotNull(in, "no resource " + DIRECTORY + file);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Expected> expectations() {
    List<Expected> all = new ArrayList<>();
    String text = new String(read("expectations.tsv"), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertEquals(3, cells.length, line);
      all.add(new Expected(cells[0], JsonProblem.Code.valueOf(cells[1]), cells[2]));
    }
    return all;
  }
}
