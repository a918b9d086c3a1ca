package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;
import tools.jackson.databind.node.ObjectNode;

/** The facade's contract: sources and sinks, output form, errors, limits, threads. */
class FacadeBehaviourTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();

  @TempDir
  Path dir;

  /** The full fixture, written, with unknown members at the root and in an organization. */
  private static String documentWithUnknownMembers() {
    ObjectNode root = (ObjectNode) Generators.TREE.readTree(JSON.writeRegistry(Fixtures.fullRegistry()));
    root.put("x-exported-by", "tool ünïcode ☀ \"q\"");
    ((ObjectNode) root.get("organizations").get(0)).putRawValue("x-score", new tools.jackson.databind.util.RawValue(
        "1.50"));
    return Generators.TREE.writeValueAsString(root);
  }

  // ------------------------------------------------------------------ sources and sinks

  @Test
  void readingFromPathStreamReaderAndStringGivesEqualDocuments() throws IOException {
    String text = documentWithUnknownMembers();
    RegistryDocument fromString = JSON.readRegistry(text);
    assertEquals(Fixtures.fullRegistry(), fromString.registry());
    assertFalse(fromString.unknownFields().isEmpty());

    Path file = dir.resolve("registry.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertEquals(fromString, JSON.readRegistry(file), "from a path");
    assertEquals(fromString, JSON.readRegistry(new StringReader(text), "reader"), "from a reader");
    assertEquals(fromString, JSON.readRegistry(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "utf-8"), "from a UTF-8 stream");
    byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    assertEquals(fromString, JSON.readRegistry(new ByteArrayInputStream(utf8Bom), "utf-8 bom"),
        "from a UTF-8 stream with a BOM");
    byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(fromString, JSON.readRegistry(new ByteArrayInputStream(utf16be), "utf-16be"),
        "from a UTF-16BE stream with a BOM");
    byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(fromString, JSON.readRegistry(new ByteArrayInputStream(utf16le), "utf-16le"),
        "from a UTF-16LE stream with a BOM");
  }

  @Test
  void writingToPathStreamWriterAndStringGivesIdenticalBytes() throws IOException {
    RegistryDocument doc = JSON.readRegistry(documentWithUnknownMembers());
    byte[] expected = JSON.writeRegistry(doc).getBytes(StandardCharsets.UTF_8);

    Path file = dir.resolve("out.json");
    Files.writeString(file, "previous, longer content that must be replaced entirely ".repeat(200));
    JSON.writeRegistry(doc, file);
    assertArrayEquals(expected, Files.readAllBytes(file), "to a path");

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.writeRegistry(doc, stream);
    assertArrayEquals(expected, stream.toByteArray(), "to a stream");

    StringWriter writer = new StringWriter();
    JSON.writeRegistry(doc, writer);
    assertArrayEquals(expected, writer.toString().getBytes(StandardCharsets.UTF_8), "to a writer");

    assertEquals(JSON.writeRegistry(doc.registry()), JSON.writeRegistry(RegistryDocument.of(doc.registry())));
  }

  @Test
  void theWriterOrStreamWrittenToIsFlushedAndNotClosed() {
    RegistryDocument doc = RegistryDocument.of(Fixtures.fullRegistry());
    TrackingOutputStream stream = new TrackingOutputStream();
    JSON.writeRegistry(doc, stream);
    assertFalse(stream.closed, "the stream is not closed");
    assertEquals(JSON.writeRegistry(doc), stream.toString(StandardCharsets.UTF_8), "everything was flushed");
    stream.write(' ');

    TrackingWriter writer = new TrackingWriter();
    JSON.writeRegistry(doc, writer);
    assertFalse(writer.closed, "the writer is not closed");
    assertEquals(JSON.writeRegistry(doc), writer.toString(), "everything was flushed");
    writer.write(' ');
  }

  /** The javadoc: "the stream is read to the document's end and not closed" (the same for a reader). */
  @Test
  void theReaderOrStreamReadFromIsNotClosed() {
    String text = JSON.writeRegistry(Fixtures.fullRegistry());
    boolean[] closed = new boolean[2];
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Reader reader = new StringReader(text) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    JSON.readRegistry(in, "stream");
    JSON.readRegistry(reader, "reader");
    org.junit.jupiter.api.Assertions.assertAll(
        () -> assertFalse(closed[0], "readRegistry(InputStream, String) closed the stream"),
        () -> assertFalse(closed[1], "readRegistry(Reader, String) closed the reader"));
  }

  @Test
  void aWriterThatFailsGivesAnUncheckedIoExceptionNotAJacksonOne() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full (test)");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full (test)");
      }

      @Override
      public void close() {}
    };
    RegistryDocument doc = RegistryDocument.of(Fixtures.fullRegistry());
    assertThrows(UncheckedIOException.class, () -> JSON.writeRegistry(doc, broken));
    JsonDocumentException missing = assertThrows(JsonDocumentException.class,
        () -> JSON.readRegistry(dir.resolve("missing.json")));
    assertEquals(JsonProblem.Code.UNREADABLE, missing.problems().get(0).code());
  }

  // ------------------------------------------------------------------ output form

  @Test
  void outputUsesNewlinesTwoSpaceIndentationIsoDatesAndDecimalMoney() {
    String text = JSON.writeRegistry(Fixtures.fullRegistry());
    assertFalse(text.contains("\r"), "no carriage returns");
    assertFalse(text.contains("\t"), "no tabs");
    assertTrue(text.startsWith("{\n  \"format\": \"lookingbeyond.registry/1\",\n"), text);
    int depth = 0;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String body = line.stripLeading();
      int indent = line.length() - body.length();
      if (body.startsWith("}") || body.startsWith("]")) {
        depth--;
      }
      assertEquals(2 * depth, indent, () -> "indentation of: " + line);
      if (body.endsWith("{") || body.endsWith("[")) {
        depth++;
      }
    }
    assertEquals(0, depth);
    assertTrue(Pattern.compile("\"amount\": 18500\\.5,\n +\"currency\": \"USD\"").matcher(text).find(),
        () -> "money as a decimal amount and an ISO 4217 code:\n" + text);
    assertFalse(text.contains("18500.50"), "amounts without trailing zeros");
    assertTrue(text.contains("\"consultationStart\": \"2025-05-12\""), "ISO-8601 dates");
    assertTrue(text.contains("\"registrationDate\": \"2012-05-02\""), "ISO-8601 dates");

    Registry round = Registry.builder()
        .addOrganizations(Organization.builder().id("ORG-1").name("Org (fictional)")
            .type(OrganisationType.NATIONAL_NGO).build())
        .addGrants(Grant.builder().id("GR-1").organizationId("ORG-1").amount(Money.of("2E+4", "EUR"))
            .consultationStart(LocalDate.of(2025, 1, 2)).consultationEnd(LocalDate.of(2025, 1, 3)).build())
        .build();
    String plain = JSON.writeRegistry(round);
    assertTrue(plain.contains("\"amount\": 20000,"), () -> "a round amount is written in plain digits:\n" + plain);
  }

  // ------------------------------------------------------------------ errors

  private static final String HEAD = "{\"format\": \"lookingbeyond.registry/1\", ";
  private static final String ORG = "{\"id\": \"ORG-1\", \"name\": \"N\", \"type\": \"NATIONAL_NGO\"}";

  private static String grantWithAmount(String amount) {
    return HEAD + "\"organizations\": [" + ORG + "], \"grants\": [{\"id\": \"GR-1\", \"organizationId\": \"ORG-1\","
        + " \"amount\": {\"amount\": " + amount + ", \"currency\": \"USD\"}, \"consultationStart\": \"2025-01-01\","
        + " \"consultationEnd\": \"2025-01-02\"}]}";
  }

  private static Map<String, String> garbage() {
    Map<String, String> g = new LinkedHashMap<>();
    g.put("empty", "");
    g.put("blank", " \n\t ");
    g.put("open brace", "{");
    g.put("close brace", "}");
    g.put("array", "[]");
    g.put("NUL", "\u0000");
    g.put("truncated literal", "nul");
    g.put("string", "\"text\"");
    g.put("number", "42");
    g.put("lone surrogate", "\"\\ud800\"");
    g.put("format not a string", "{\"format\": 1}");
    g.put("format major overflows int", "{\"format\": \"lookingbeyond.registry/99999999999\"}");
    g.put("format major overflows long", "{\"format\": \"lookingbeyond.registry/99999999999999999999999\"}");
    g.put("format minor only", "{\"format\": \"lookingbeyond.registry/.1\"}");
    g.put("trailing garbage", "{\"format\": \"lookingbeyond.registry/1\"} x");
    g.put("two documents", "{\"format\": \"lookingbeyond.registry/1\"}{}");
    g.put("huge array nesting", "[".repeat(100_000));
    g.put("huge object nesting", "{\"a\":".repeat(50_000));
    g.put("deep unknown member", HEAD + "\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    g.put("string over the limit", "{\"format\": \"" + "a".repeat(1_100_000) + "\"}");
    g.put("number over the limit", HEAD + "\"x\": " + "9".repeat(1_000) + "}");
    g.put("NaN amount", grantWithAmount("NaN"));
    g.put("Infinity amount", grantWithAmount("-Infinity"));
    g.put("huge exponent amount", grantWithAmount("1e999999999"));
    g.put("tiny exponent amount", grantWithAmount("1e-999999999"));
    g.put("slow exponent amount", grantWithAmount("1e99999"));
    g.put("int overflow", HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\","
        + " \"memberOrganizations\": 99999999999999999999}]}");
    g.put("type code overflow", HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": -999}]}");
    g.put("cadence interval overflow", HEAD + "\"reference\": {\"governingBodies\": [{\"code\": \"XB\","
        + " \"name\": \"X body\", \"cadence\": {\"intervalYears\": 2147483647, \"month\": 1,"
        + " \"reconvenedMonth\": 12}}]}, \"sessions\": [{\"id\": \"XB-1\", \"bodyCode\": \"XB\", \"number\": 1,"
        + " \"title\": \"t\", \"year\": 2025}]}");
    g.put("session year out of range", HEAD + "\"sessions\": [{\"id\": \"CND-999\", \"bodyCode\": \"CND\","
        + " \"number\": 2147483647, \"title\": \"t\", \"year\": 99999, \"month\": 0}]}");
    g.put("date out of range", HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\","
        + " \"registrationDate\": \"+1000000000-01-01\"}]}");
    g.put("records of the wrong shape", HEAD + "\"organizations\": {}, \"grants\": [1, null, [], \"x\"],"
        + " \"reference\": [], \"sessions\": null}");
    g.put("bad reference", HEAD + "\"reference\": {\"pillars\": [{\"id\": \"Not A Slug\", \"name\": \"\"}],"
        + " \"thematicAreas\": [{\"id\": \"a\", \"name\": \"A\", \"pillarId\": \"nowhere\"}], \"groupings\":"
        + " [{\"id\": \"ROEA\", \"name\": \"clash\", \"members\": [\"ZZ\"]}]}}");
    g.put("region garbage", HEAD + "\"organizations\": [" + ORG + "], \"designations\": [{\"id\": \"R\","
        + " \"organizationId\": \"ORG-1\", \"region\": \"M49:\", \"validFrom\": \"2025-02-30\"}]}");
    return g;
  }

  @Test
  void noJacksonExceptionEscapesAnyReadMethodForGarbage() throws IOException {
    Path file = dir.resolve("garbage.json");
    for (Map.Entry<String, String> e : garbage().entrySet()) {
      String name = e.getKey();
      String text = e.getValue();
      Files.writeString(file, text, StandardCharsets.UTF_8);
      List<Callable<RegistryDocument>> reads = List.of(
          () -> JSON.readRegistry(text),
          () -> JSON.readRegistry(new StringReader(text), name),
          () -> JSON.readRegistry(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name),
          () -> JSON.readRegistry(file));
      for (Callable<RegistryDocument> read : reads) {
        JsonDocumentException thrown = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
          try {
            read.call();
            return null;
          } catch (JsonDocumentException expected) {
            return expected;
          } catch (Exception | StackOverflowError other) {
            throw new AssertionError(name + ": " + other.getClass().getName() + " escaped: " + other.getMessage(),
                other);
          }
        }, () -> name + ": reading took more than 5 s");
        if (thrown == null) {
          fail(name + ": garbage was read as a registry");
        }
        assertFalse(thrown.problems().isEmpty(), name);
        thrown.problems().forEach(p -> assertTrue(p.line() >= 0 && p.column() >= 0, name + ": " + p));
      }
    }
    byte[] badUtf8 = "{\"format\": \"lookingbeyond.registry/1\", \"x\": \"\u00e9\"}".getBytes(
        StandardCharsets.ISO_8859_1);
    assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(new ByteArrayInputStream(badUtf8), "latin-1"),
        "bytes that are not UTF-8");
  }

  /** A caller may raise the nesting limit up to its maximum; deeper documents still fail as document problems. */
  @Test
  void aDeepDocumentUnderARaisedNestingLimitFailsCleanly() {
    assertThrows(InvalidValueException.class, () -> LookingBeyondJson.builder().maxNestingDepth(Integer.MAX_VALUE));
    LookingBeyondJson deep = LookingBeyondJson.builder()
        .maxNestingDepth(LookingBeyondJson.Builder.MAX_NESTING_DEPTH).build();
    int allowed = LookingBeyondJson.Builder.MAX_NESTING_DEPTH - 2;
    RegistryDocument doc = deep.readRegistry(HEAD + "\"x\": " + "[".repeat(allowed) + "]".repeat(allowed) + "}");
    assertTrue(doc.unknownFields().fields("").containsKey("x"));
    try {
      deep.readRegistry(HEAD + "\"x\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}");
      fail("a 200,000-deep member was read under a limit of " + LookingBeyondJson.Builder.MAX_NESTING_DEPTH);
    } catch (JsonDocumentException expected) {
      assertEquals(JsonProblem.Code.LIMIT_EXCEEDED, expected.problems().get(0).code());
    } catch (StackOverflowError e) {
      fail("a StackOverflowError escaped readRegistry for a 200,000-deep unknown member");
    }
  }

  @Test
  void problemMessagesNeverHoldContactData() {
    String email = "jane.doe.private@example.org";
    String phone = "+254 700 123 456";
    String contact = "\"contact\": {\"contactPerson\": \"Jane Doe\", \"email\": \"" + email + "\", \"phone\": \""
        + phone + "\", \"postalAddress\": 7}";
    List<String> documents = List.of(
        // structural errors in the organization that holds the contact
        HEAD + "\"organizations\": [{\"id\": \"o\", \"type\": \"NGO?\", \"registrationDate\": \"2020-02-30\","
            + " \"operatingCountries\": \"KE\", " + contact + "}]}",
        // registry errors: unknown codes, dangling network, a duplicate id
        HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\","
            + " \"registrationCountry\": \"ZZ\", \"networkMemberships\": [{\"networkId\": \"NOPE\","
            + " \"since\": \"2020-01-01\"}], " + contact + "}, {\"id\": \"o\", \"name\": \"n\", \"type\": 22}]}",
        // errors inside the contact itself, and a duplicate e-mail key
        HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\", \"contact\":"
            + " {\"email\": \"" + email + "\", \"email\": \"" + email + "\", \"phone\": [\"" + phone + "\"],"
            + " \"contactPerson\": {\"name\": \"" + email + "\"}}}]}",
        // contact data where an object belongs
        HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\", \"contact\": \""
            + email + " " + phone + "\"}]}",
        // a syntax error right after the e-mail, and an unquoted e-mail
        HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\", \"contact\":"
            + " {\"email\": \"" + email + "\" \"phone\": \"" + phone + "\"}}]}",
        HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\", \"contact\":"
            + " {\"email\": " + email + "}}]}",
        HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\", \"contact\":"
            + " {\"phone\": " + phone + "}}]}");
    LookingBeyondJson strict = LookingBeyondJson.builder().strict(true).build();
    for (String doc : documents) {
      for (LookingBeyondJson json : List.of(JSON, strict)) {
        JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> json.readRegistry(doc), doc);
        List<String> texts = new ArrayList<>();
        texts.add(e.getMessage());
        e.problems().forEach(p -> {
          texts.add(p.message());
          texts.add(p.toString());
        });
        for (String t : texts) {
          assertFalse(t.contains(email) || t.contains("jane.doe.private"), () -> "the e-mail leaked: " + t);
          assertFalse(t.contains(phone) || t.contains("700 123"), () -> "the phone number leaked: " + t);
        }
      }
    }
    // an unknown member inside a contact, refused in strict mode
    String withUnknown = HEAD + "\"organizations\": [{\"id\": \"o\", \"name\": \"n\", \"type\": \"NATIONAL_NGO\","
        + " \"contact\": {\"email\": \"" + email + "\", \"mobile\": \"" + phone + "\"}}]}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> strict.readRegistry(withUnknown));
    assertFalse(e.getMessage().contains(phone) || e.getMessage().contains(email), e.getMessage());
    assertFalse(JSON.readRegistry(withUnknown).unknownFields().toString().contains(phone),
        "UnknownFields.toString lists names, not values");
  }

  @Test
  void theBuilderRejectsNonPositiveLimits() {
    List<Consumer<LookingBeyondJson.Builder>> bad = List.of(
        b -> b.maxDocumentLength(0), b -> b.maxDocumentLength(-1), b -> b.maxDocumentLength(Long.MIN_VALUE),
        b -> b.maxNestingDepth(0), b -> b.maxNestingDepth(-5), b -> b.maxNestingDepth(Integer.MIN_VALUE),
        b -> b.maxStringLength(0), b -> b.maxStringLength(-1),
        b -> b.maxNumberLength(0), b -> b.maxNumberLength(-100));
    for (Consumer<LookingBeyondJson.Builder> set : bad) {
      assertThrows(InvalidValueException.class, () -> set.accept(LookingBeyondJson.builder()));
    }
    LookingBeyondJson tight = LookingBeyondJson.builder().maxDocumentLength(1).maxNestingDepth(1).maxStringLength(1)
        .maxNumberLength(1).build();
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> tight.readRegistry(JSON.writeRegistry(Fixtures.fullRegistry())));
    assertEquals(JsonProblem.Code.LIMIT_EXCEEDED, e.problems().get(0).code(), e.getMessage());
    assertThrows(NullPointerException.class, () -> LookingBeyondJson.builder().reference(null));
  }

  // ------------------------------------------------------------------ threads

  private static final int ROUNDS = 12;

  @Test
  void oneInstanceServesEightThreadsAtOnceWithIdenticalResults() throws Exception {
    LookingBeyondJson json = LookingBeyondJson.builder().build();
    LookingBeyondJson compact = LookingBeyondJson.builder().pretty(false).build();
    List<String> documents = List.of(documentWithUnknownMembers(), JSON.writeRegistry(Fixtures.fullRegistry()),
        JSON.writeRegistry(Registry.builder().build()));
    List<RegistryDocument> expectedDocs = new ArrayList<>();
    List<String> expectedText = new ArrayList<>();
    List<String> expectedCompact = new ArrayList<>();
    for (String d : documents) {
      RegistryDocument doc = json.readRegistry(d);
      expectedDocs.add(doc);
      expectedText.add(json.writeRegistry(doc));
      expectedCompact.add(compact.writeRegistry(doc));
    }
    String broken = "{\"format\": \"lookingbeyond.registry/1\", \"organizations\": [{\"id\": 1}]}";
    List<JsonProblem> brokenProblems = assertThrows(JsonDocumentException.class, () -> json.readRegistry(broken))
        .problems();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          int checks = 0;
          for (int round = 0; round < ROUNDS; round++) {
            int i = (round + offset) % documents.size();
            RegistryDocument doc = json.readRegistry(documents.get(i));
            assertEquals(expectedDocs.get(i), doc);
            assertEquals(expectedText.get(i), json.writeRegistry(doc));
            assertEquals(expectedCompact.get(i), compact.writeRegistry(doc));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.writeRegistry(expectedDocs.get(i), out);
            assertEquals(expectedText.get(i), out.toString(StandardCharsets.UTF_8));
            assertEquals(brokenProblems, assertThrows(JsonDocumentException.class, () -> json.readRegistry(broken))
                .problems());
            checks++;
          }
          return checks;
        }));
      }
      for (Future<Integer> f : results) {
        assertEquals(ROUNDS, f.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ helpers

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static final class TrackingOutputStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void write(int b) {
      if (closed) {
        throw new IllegalStateException("closed");
      }
      super.write(b);
    }
  }

  private static final class TrackingWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void write(int c) {
      if (closed) {
        throw new IllegalStateException("closed");
      }
      super.write(c);
    }
  }
}
