package org.lookingbeyond.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation from drifting: every Java block of README.md and docs/*.md must be, line for
 * line, a region of a test in this package (between {@code // snippet:start} and {@code // snippet:end}),
 * so that it is compiled and run by the build; its leading import lines must be imports of that test.
 * A renamed method then breaks the build instead of the reader. A region no document shows fails too.
 */
class DocSnippetsTest {
  /** README.md has 4 Java blocks, docs/*.md 7 or more: fewer means the documents were not found. */
  private static final int MIN_BLOCKS = 11;
  private static final Path ROOT = projectRoot();
  private static final Path SOURCES = ROOT.resolve("io-json/src/test/java/org/lookingbeyond/docs");

  @Test
  void everyJavaBlockOfTheDocsIsARegionOfACompiledTest() {
    Map<String, List<String>> regions = regions();
    List<String> unmatched = new ArrayList<>();
    int blocks = 0;
    for (Path doc : documents()) {
      for (Block block : blocks(doc)) {
        blocks++;
        String source = regions.entrySet().stream().filter(e -> e.getValue().contains(block.body()))
            .map(Map.Entry::getKey).findFirst().orElse(null);
        if (source == null) {
          unmatched.add(ROOT.relativize(doc) + ":" + block.line() + " matches no snippet region; it starts: "
              + block.body().lines().findFirst().orElse(""));
          continue;
        }
        List<String> imports = imports(SOURCES.resolve(source));
        block.imports().stream().filter(i -> !imports.contains(i)).forEach(i -> unmatched.add(
            ROOT.relativize(doc) + ":" + block.line() + " shows '" + i + "', which " + source + " does not import"));
      }
    }
    assertEquals(List.of(), unmatched);
    assertTrue(blocks >= MIN_BLOCKS, "only " + blocks + " Java blocks found: is the project root " + ROOT + "?");
  }

  @Test
  void everySnippetRegionIsShownByADocument() {
    List<String> shown = documents().stream().flatMap(d -> blocks(d).stream()).map(Block::body)
        .collect(Collectors.toList());
    List<String> unused = new ArrayList<>();
    regions().forEach((file, bodies) -> bodies.stream().filter(b -> !shown.contains(b))
        .forEach(b -> unused.add(file + ": " + b.lines().findFirst().orElse(""))));
    assertEquals(List.of(), unused, "snippet regions no document shows");
  }

  private record Block(int line, List<String> imports, String body) {}

  private static List<Path> documents() {
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      List<Path> all = new ArrayList<>();
      all.add(ROOT.resolve("README.md"));
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced Java blocks of a document, their import lines apart. */
  private static List<Block> blocks(Path doc) {
    List<String> lines = read(doc);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      List<String> body = new ArrayList<>(lines.subList(start, end));
      List<String> imports = new ArrayList<>();
      while (!body.isEmpty() && (body.get(0).startsWith("import ") || body.get(0).isBlank())) {
        String first = body.remove(0);
        if (!first.isBlank()) {
          imports.add(first.strip());
        }
      }
      blocks.add(new Block(start, imports, normalize(body)));
      i = end;
    }
    return blocks;
  }

  /** Every region of every source file of this package, by file name. */
  private static Map<String, List<String>> regions() {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        List<String> lines = read(file);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).strip().equals("// snippet:start")) {
            int end = i + 1;
            while (!lines.get(end).strip().equals("// snippet:end")) {
              end++;
            }
            bodies.add(normalize(lines.subList(i + 1, end)));
            i = end;
          }
        }
        if (!bodies.isEmpty()) {
          regions.put(file.getFileName().toString(), bodies);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return regions;
  }

  private static List<String> imports(Path source) {
    return read(source).stream().map(String::strip).filter(l -> l.startsWith("import "))
        .collect(Collectors.toList());
  }

  /** Lines without their common indentation and trailing blanks, blank lines at either end dropped. */
  static String normalize(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.stream().map(String::stripTrailing).collect(Collectors.toList()));
    while (!kept.isEmpty() && kept.get(0).isEmpty()) {
      kept.remove(0);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    int indent = kept.stream().filter(l -> !l.isEmpty()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return kept.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).collect(Collectors.joining("\n"));
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("io-json"))) {
        return p;
      }
    }
    throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
  }
}
