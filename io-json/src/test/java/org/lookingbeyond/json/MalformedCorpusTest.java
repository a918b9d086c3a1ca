package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every malformed registry document of {@code src/test/resources/malformed/} and checks that the
 * reader refuses it with exactly the problems listed for it in {@code expectations.tsv} (code, pointer,
 * line, column and a part of the message), and with nothing else.
 *
 * <p>A file's name chooses the reader's settings: {@code strict} reads in strict mode,
 * {@code limit-depth} with a nesting limit of 10, {@code limit-string} with a string limit of 50,
 * {@code limit-number} with a number limit of 20 and {@code limit-size} with a document limit of 200.
 */
class MalformedCorpusTest {
  private static final String DIRECTORY = "/malformed/";
  private static final String EXPECTATIONS = "expectations.tsv";
  private static final int MINIMUM_FILES = 70;

  /** An at sign followed by a domain name: an e-mail address, or a part of one. */
  private static final Pattern EMAIL = Pattern.compile("@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  /** A run of digits shaped like a telephone number: with a leading +, or in space-separated groups. */
  private static final Pattern PHONE = Pattern.compile("\\+\\s?\\d[\\d ()-]{5,}\\d|\\b\\d{2,4} \\d{2,4} \\d{2,4}\\b");

  /** One expected problem: a row of the expectations file. */
  private record Expected(String code, String pointer, int line, int column, String substring) {
    boolean matches(JsonProblem p) {
      return p.code().name().equals(code) && p.pointer().equals(pointer) && p.line() == line
          && p.column() == column && p.message().contains(substring);
    }

    @Override
    public String toString() {
      return line + ":" + column + " " + (pointer.isEmpty() ? "(document)" : pointer) + " " + code + ": ..."
          + substring + "...";
    }
  }

  @TestFactory
  Stream<DynamicTest> everyMalformedDocumentIsRefusedWithExactlyItsExpectedProblems() {
    Map<String, List<Expected>> expectations = expectations();
    return corpus().stream().map(file -> DynamicTest.dynamicTest(file,
        () -> check(file, expectations.getOrDefault(file, List.of()))));
  }

  @Test
  void theCorpusIsLargeAndEveryFileHasExpectationsAndEveryExpectationAFile() {
    List<String> files = corpus();
    Map<String, List<Expected>> expectations = expectations();
    assertTrue(files.size() >= MINIMUM_FILES, "the corpus has " + files.size() + " files, fewer than " + MINIMUM_FILES);
    Set<String> withoutExpectations = new TreeSet<>(files);
    withoutExpectations.removeAll(expectations.keySet());
    assertTrue(withoutExpectations.isEmpty(), "files without expectations: " + withoutExpectations);
    Set<String> withoutFiles = new TreeSet<>(expectations.keySet());
    withoutFiles.removeAll(files);
    assertTrue(withoutFiles.isEmpty(), "expectations without files: " + withoutFiles);
    for (String file : files) {
      assertTrue(file.matches("[0-9]{3}-[a-z0-9-]+\\.json"), "file name " + file + " is not NNN-short-description.json");
    }
  }

  private static void check(String file, List<Expected> expected) throws IOException {
    LookingBeyondJson json = settingsFor(file);
    JsonDocumentException e;
    try (InputStream in = open(file)) {
      e = assertThrows(JsonDocumentException.class, () -> json.readRegistry(in, file),
          file + " must be refused with a JsonDocumentException");
    }
    List<JsonProblem> actual = e.problems();
    String report = "\nexpected:\n  " + expected.stream().map(Expected::toString).collect(Collectors.joining("\n  "))
        + "\nactual:\n  " + actual.stream().map(JsonProblem::toString).collect(Collectors.joining("\n  "));

    assertFalse(actual.isEmpty(), file + ": a refused document has at least one problem");
    String count = actual.size() + (actual.size() == 1 ? " problem " : " problems ");
    assertTrue(e.getMessage().startsWith(count), file + ": the message starts with the count: " + e.getMessage());
    assertEquals(file, e.document());
    for (JsonProblem p : actual) {
      assertFalse(EMAIL.matcher(p.message()).find(), file + ": a message quotes an e-mail address: " + p);
      assertFalse(PHONE.matcher(p.message()).find(), file + ": a message quotes a telephone number: " + p);
    }

    List<JsonProblem> unmatched = new ArrayList<>(actual);
    List<Expected> missing = new ArrayList<>();
    for (Expected x : expected) {
      JsonProblem match = unmatched.stream().filter(x::matches).findFirst().orElse(null);
      if (match == null) {
        missing.add(x);
      } else {
        unmatched.remove(match);
      }
    }
    if (!missing.isEmpty() || !unmatched.isEmpty()) {
      fail(file + ": " + missing.size() + " expected problem(s) not reported, " + unmatched.size()
          + " unexpected problem(s) reported" + report);
    }
    assertEquals(expected.size(), actual.size(), file + report);
  }

  private static LookingBeyondJson settingsFor(String file) {
    LookingBeyondJson.Builder b = LookingBeyondJson.builder();
    if (file.contains("strict")) {
      b.strict(true);
    }
    if (file.contains("limit-depth")) {
      b.maxNestingDepth(10);
    }
    if (file.contains("limit-string")) {
      b.maxStringLength(50);
    }
    if (file.contains("limit-number")) {
      b.maxNumberLength(20);
    }
    if (file.contains("limit-size")) {
      b.maxDocumentLength(200);
    }
    return b.build();
  }

  private static InputStream open(String file) {
    InputStream in = MalformedCorpusTest.class.getResourceAsStream(DIRECTORY + file);
    assertNotNull(in, "no resource " + DIRECTORY + file);
    return in;
  }

  /** The .json files of the corpus directory, by name. */
  private static List<String> corpus() {
    URL url = MalformedCorpusTest.class.getResource(DIRECTORY + EXPECTATIONS);
    assertNotNull(url, "no resource " + DIRECTORY + EXPECTATIONS);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The expectations by file, in the order of the file: one row per expected problem. */
  private static Map<String, List<Expected>> expectations() {
    Map<String, List<Expected>> byFile = new LinkedHashMap<>();
    try (InputStream in = open(EXPECTATIONS)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int lineNumber = 0;
      for (String line : text.split("\n", -1)) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        assertEquals(6, cells.length, EXPECTATIONS + " line " + lineNumber + " has not 6 tab-separated cells: " + line);
        byFile.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new Expected(cells[1], cells[2],
            Integer.parseInt(cells[3]), Integer.parseInt(cells[4]), cells[5]));
        JsonProblem.Code.valueOf(cells[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byFile;
  }
}
