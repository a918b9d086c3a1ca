package org.lookingbeyond.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.funding.FundingFacts;
import org.lookingbeyond.internal.Io;
import org.lookingbeyond.json.internal.Out;
import org.lookingbeyond.json.internal.RegistryReader;
import org.lookingbeyond.json.internal.RegistryWriter;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.FactSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes the library's JSON documents. The entry point of the io-json module.
 *
 * <pre>{@code
 * LookingBeyondJson json = LookingBeyondJson.defaults();
 * RegistryDocument doc = json.readRegistry(Path.of("registry.json"));   // every problem, or a registry
 * Registry registry = doc.registry();
 * json.writeRegistry(doc, Path.of("registry-out.json"));                 // unknown members kept
 * }</pre>
 *
 * <h2>Reading</h2>
 * A document that cannot be read throws one {@link JsonDocumentException} listing <em>every</em>
 * problem found (or, from {@link #tryReadRegistry(Path) tryReadRegistry}, returns them in a
 * {@link RegistryReading}), each with a JSON pointer, line, column, {@link JsonProblem.Code code} and message:
 * structural problems (wrong types, missing fields, bad dates and codes, duplicate keys) and, when the
 * structure is sound, the registry's own (duplicate ids, dangling references, unknown codes, periods
 * that end before they start, zero or negative amounts, overlapping designations). Only text that is
 * not JSON at all (a syntax error, a truncated document) or that exceeds a limit stops the reading at
 * that point; a file or stream that cannot be read at all is one {@link JsonProblem.Code#UNREADABLE}
 * problem naming the file and why. No Jackson exception escapes, and nothing read is returned alongside
 * problems.
 *
 * <p>Records are read one at a time from each top-level array, so a large registry is never held as a
 * JSON tree. Members the format does not define are kept and written back unchanged
 * ({@link UnknownFields}); {@link Builder#strict(boolean) strict mode} refuses them instead.
 *
 * <h2>Writing</h2>
 * The same document always gives the same bytes: members in a fixed order, records in the registry's
 * order, dates in ISO-8601, money as a decimal amount and an ISO 4217 currency. Output is indented with
 * two spaces and {@code \n} line ends by default, or compact on request.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LookingBeyondJson {
  /** The format this version writes and reads: {@value}. */
  public static final String REGISTRY_FORMAT = RegistryReader.TYPE + "/" + RegistryReader.MAJOR;

  private static final LookingBeyondJson DEFAULTS = builder().build();

  private final JsonFactory factory;
  private final boolean pretty;
  private final ReferenceData reference;
  private final DocumentReads reads;
  /** A private copy of the settings, for {@link #rebuild()}. */
  private final Builder settings;

  private LookingBeyondJson(Builder b) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(b.maxDocumentLength)
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .maxNumberLength(b.maxNumberLength)
            .maxNameLength(b.maxStringLength)
            .build())
        .streamWriteConstraints(tools.jackson.core.StreamWriteConstraints.builder()
            .maxNestingDepth(Builder.MAX_NESTING_DEPTH + 8).build())
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(tools.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    this.pretty = b.pretty;
    this.reference = b.reference;
    this.reads = new DocumentReads(factory, b.strict, b.reference, java.util.Map.copyOf(b.schemas),
        b.maxProblems);
    this.settings = new Builder(b);
  }

  /**
   * The reader and writer with default settings: lenient, pretty output, the shipped reference data,
   * and the limits of {@link Builder}.
   *
   * @return the default instance
   * @since 0.1.0
   */
  public static LookingBeyondJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with default settings.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this instance's settings, to make a variant of it (as Jackson's mappers
   * do): {@code json.rebuild().strict(true).build()}.
   *
   * @return a new builder with these settings
   * @since 0.1.0
   */
  public Builder rebuild() {
    return new Builder(settings);
  }

  /**
   * Reads a registry document from a file (UTF-8).
   *
   * @param path the file
   * @return the document
   * @throws JsonDocumentException listing every problem of the document; for a file that cannot be read
   *     (no such file, access denied, a directory, an I/O error), one {@link JsonProblem.Code#UNREADABLE}
   *     problem naming the file and why, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public RegistryDocument readRegistry(Path path) {
    return tryReadRegistry(path).orElseThrow();
  }

  /**
   * Reads a registry document from a stream (UTF-8, UTF-16 or UTF-32, detected); the stream is read to
   * the document's end and not closed.
   *
   * @param in the stream
   * @param documentName a name for messages, such as a file name or URL
   * @return the document
   * @throws JsonDocumentException listing every problem of the document; a stream that fails gives an
   *     {@link JsonProblem.Code#UNREADABLE} problem, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public RegistryDocument readRegistry(InputStream in, String documentName) {
    return tryReadRegistry(in, documentName).orElseThrow();
  }

  /**
   * Reads a registry document from a reader; the reader is read to the document's end and not closed.
   *
   * @param in the reader
   * @param documentName a name for messages
   * @return the document
   * @throws JsonDocumentException listing every problem of the document; a reader that fails gives an
   *     {@link JsonProblem.Code#UNREADABLE} problem, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public RegistryDocument readRegistry(Reader in, String documentName) {
    return tryReadRegistry(in, documentName).orElseThrow();
  }

  /**
   * Reads a registry document from its text.
   *
   * @param json the document's text
   * @return the document
   * @throws JsonDocumentException listing every problem of the document
   * @since 0.1.0
   */
  public RegistryDocument readRegistry(String json) {
    return tryReadRegistry(json).orElseThrow();
  }

  /**
   * Reads a registry document from a file (UTF-8) without throwing: the result holds the document or
   * every problem, as {@link #readRegistry(Path)} would report them (a file that cannot be read gives one
   * {@link JsonProblem.Code#UNREADABLE} problem).
   *
   * @param path the file
   * @return the document or the problems
   * @since 0.1.0
   */
  public RegistryReading tryReadRegistry(Path path) {
    return DocumentReads.file(path, this::tryReadRegistry, RegistryReading::failed);
  }

  /**
   * Reads a registry document from a stream without throwing; the stream is read to the document's end
   * and not closed.
   *
   * @param in the stream (UTF-8, UTF-16 or UTF-32, detected)
   * @param documentName a name for messages, such as a file name or URL
   * @return the document or the problems
   * @since 0.1.0
   */
  public RegistryReading tryReadRegistry(InputStream in, String documentName) {
    return reads.registry(reads.source(in), documentName);
  }

  /**
   * Reads a registry document from a reader without throwing; the reader is read to the document's end
   * and not closed.
   *
   * @param in the reader
   * @param documentName a name for messages
   * @return the document or the problems
   * @since 0.1.0
   */
  public RegistryReading tryReadRegistry(Reader in, String documentName) {
    return reads.registry(reads.source(in), documentName);
  }

  /**
   * Reads a registry document from its text without throwing.
   *
   * @param json the document's text
   * @return the document or the problems
   * @since 0.1.0
   */
  public RegistryReading tryReadRegistry(String json) {
    return tryReadRegistry(new StringReader(json), "the document");
  }

  /**
   * Writes a registry document as text.
   *
   * @param document the document
   * @return the JSON text
   * @since 0.1.0
   */
  public String writeRegistry(RegistryDocument document) {
    StringWriter out = new StringWriter();
    writeRegistry(document, out);
    return out.toString();
  }

  /**
   * Writes a registry, with no unknown members, as text.
   *
   * @param registry the registry
   * @return the JSON text
   * @since 0.1.0
   */
  public String writeRegistry(Registry registry) {
    return writeRegistry(RegistryDocument.of(registry));
  }

  /**
   * Writes a registry document to a writer, which is flushed and not closed.
   *
   * @param document the document
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public void writeRegistry(RegistryDocument document, Writer out) {
    try (JsonGenerator gen = factory.createGenerator(writeContext(), nonClosing(out))) {
      RegistryWriter.write(document.registry(), document.unknownFields().byAnchor(), reference, new Out(gen,
          document.unknownFields().byAnchor()));
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write the registry document", e));
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a registry document to a stream in UTF-8; the stream is flushed and not closed.
   *
   * @param document the document
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public void writeRegistry(RegistryDocument document, OutputStream out) {
    Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
    writeRegistry(document, w);
  }

  /**
   * Writes a registry document to a file in UTF-8, replacing it.
   *
   * @param document the document
   * @param path the file
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public void writeRegistry(RegistryDocument document, Path path) {
    try (Writer w = Files.newBufferedWriter(path)) {
      writeRegistry(document, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + Io.why(path, e), e);
    }
  }

  /**
   * Reads a policy or report document from its text.
   *
   * @param <T> the document's value type
   * @param type the kind of document
   * @param json the text
   * @return the document
   * @throws JsonDocumentException listing every problem of the document
   * @since 0.1.0
   */
  public <T> Document<T> read(DocumentType<T> type, String json) {
    return read(type, new StringReader(json), "the document");
  }

  /**
   * Reads a policy or report document from a file (UTF-8).
   *
   * @param <T> the document's value type
   * @param type the kind of document
   * @param path the file
   * @return the document
   * @throws JsonDocumentException listing every problem of the document; for a file that cannot be read
   *     (no such file, access denied, a directory, an I/O error), one {@link JsonProblem.Code#UNREADABLE}
   *     problem naming the file and why, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public <T> Document<T> read(DocumentType<T> type, Path path) {
    return DocumentReads.file(path, (in, name) -> read(type, in, name), (name, problems, cause) -> {
      throw DocumentReads.unreadable(name, problems, cause);
    });
  }

  /**
   * Reads a policy or report document from a stream (encoding detected); the stream is not closed.
   *
   * @param <T> the document's value type
   * @param type the kind of document
   * @param in the stream
   * @param documentName a name for messages
   * @return the document
   * @throws JsonDocumentException listing every problem of the document; a stream that fails gives an
   *     {@link JsonProblem.Code#UNREADABLE} problem, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public <T> Document<T> read(DocumentType<T> type, InputStream in, String documentName) {
    return reads.document(type, reads.source(in), documentName);
  }

  /**
   * Reads a policy or report document from a reader; the reader is not closed.
   *
   * @param <T> the document's value type
   * @param type the kind of document
   * @param in the reader
   * @param documentName a name for messages
   * @return the document
   * @throws JsonDocumentException listing every problem of the document; a reader that fails gives an
   *     {@link JsonProblem.Code#UNREADABLE} problem, with the {@link IOException} as the cause
   * @since 0.1.0
   */
  public <T> Document<T> read(DocumentType<T> type, Reader in, String documentName) {
    return reads.document(type, reads.source(in), documentName);
  }

  /**
   * Writes a policy or report as text.
   *
   * @param <T> the value type
   * @param type the kind of document
   * @param value the value
   * @return the JSON text
   * @since 0.1.0
   */
  public <T> String write(DocumentType<T> type, T value) {
    return write(type, Document.of(value));
  }

  /**
   * Writes a policy or report document, with its unknown members, as text.
   *
   * @param <T> the value type
   * @param type the kind of document
   * @param document the document
   * @return the JSON text
   * @since 0.1.0
   */
  public <T> String write(DocumentType<T> type, Document<T> document) {
    StringWriter out = new StringWriter();
    write(type, document, out);
    return out.toString();
  }

  /**
   * Writes a policy or report document to a writer, which is flushed and not closed.
   *
   * @param <T> the value type
   * @param type the kind of document
   * @param document the document
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public <T> void write(DocumentType<T> type, Document<T> document, Writer out) {
    try (JsonGenerator gen = factory.createGenerator(writeContext(), nonClosing(out))) {
      type.writer().accept(document.value(), new Out(gen, document.unknownFields().byAnchor()));
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write the " + type + " document", e));
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a policy or report document to a file in UTF-8, replacing it.
   *
   * @param <T> the value type
   * @param type the kind of document
   * @param document the document
   * @param path the file
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public <T> void write(DocumentType<T> type, Document<T> document, Path path) {
    try (Writer w = Files.newBufferedWriter(path)) {
      write(type, document, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + Io.why(path, e), e);
    }
  }

  private ObjectWriteContext writeContext() {
    if (!pretty) {
      return ObjectWriteContext.empty();
    }
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter).withArrayIndenter(indenter);
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  private static Writer nonClosing(Writer out) {
    return new java.io.FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * Settings of a {@link LookingBeyondJson}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    /** The highest nesting depth that may be configured. */
    public static final int MAX_NESTING_DEPTH = 1000;

    private boolean strict;
    private boolean pretty = true;
    private long maxDocumentLength = 1L << 30;
    private int maxNestingDepth = 64;
    private int maxStringLength = 1_000_000;
    private int maxNumberLength = 100;
    private int maxProblems = org.lookingbeyond.json.internal.Problems.DEFAULT_MAX;
    private ReferenceData reference = ReferenceData.defaults();
    private final java.util.Map<String, FactSchema> schemas = new java.util.TreeMap<>(
        java.util.Map.of(FundingFacts.SCHEMA.name(), FundingFacts.SCHEMA,
            org.lookingbeyond.classify.ClassificationFacts.STAKEHOLDER.name(),
            org.lookingbeyond.classify.ClassificationFacts.STAKEHOLDER,
            org.lookingbeyond.classify.ClassificationFacts.RLO_CANDIDACY.name(),
            org.lookingbeyond.classify.ClassificationFacts.RLO_CANDIDACY));

    private Builder() {}

    private Builder(Builder other) {
      this.strict = other.strict;
      this.pretty = other.pretty;
      this.maxDocumentLength = other.maxDocumentLength;
      this.maxNestingDepth = other.maxNestingDepth;
      this.maxStringLength = other.maxStringLength;
      this.maxNumberLength = other.maxNumberLength;
      this.maxProblems = other.maxProblems;
      this.reference = other.reference;
      this.schemas.putAll(other.schemas);
    }

    /**
     * Adds a fact schema that policy documents may name in their {@code "schema"} member; the
     * seed-funding schema and the two classification schemas are known by default.
     *
     * @param schema the schema
     * @return this builder
     * @since 0.1.0
     */
    public Builder factSchema(FactSchema schema) {
      schemas.put(schema.name(), schema);
      return this;
    }

    /**
     * Refuses members the format does not define, each reported with its location, instead of keeping
     * them. Off by default.
     *
     * @param strict true to refuse unknown members
     * @return this builder
     * @since 0.1.0
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Indents the output (two spaces, {@code \n} line ends); on by default. Off writes compact JSON.
     *
     * @param pretty true for indented output
     * @return this builder
     * @since 0.1.0
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The largest document read, in bytes (or characters for text input); 1 GiB by default.
     *
     * @param length the limit, 1 or more
     * @return this builder
     * @throws InvalidValueException if the limit is less than 1
     * @since 0.1.0
     */
    public Builder maxDocumentLength(long length) {
      requirePositive(length, "maxDocumentLength");
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects read; 64 by default (the format itself needs 5), at most
     * {@value #MAX_NESTING_DEPTH}.
     *
     * @param depth the limit, from 1 to {@value #MAX_NESTING_DEPTH}
     * @return this builder
     * @throws InvalidValueException if the limit is outside that range
     * @since 0.1.0
     */
    public Builder maxNestingDepth(int depth) {
      requirePositive(depth, "maxNestingDepth");
      if (depth > MAX_NESTING_DEPTH) {
        throw new InvalidValueException(ValueProblem.invalid("LookingBeyondJson.Builder", null, "maxNestingDepth",
            "must be at most " + MAX_NESTING_DEPTH + " (values are read recursively): " + depth));
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest string (and member name) read, in characters; 1,000,000 by default.
     *
     * @param length the limit, 1 or more
     * @return this builder
     * @throws InvalidValueException if the limit is less than 1
     * @since 0.1.0
     */
    public Builder maxStringLength(int length) {
      requirePositive(length, "maxStringLength");
      this.maxStringLength = length;
      return this;
    }

    /**
     * The longest number read, in characters; 100 by default.
     *
     * @param length the limit, 1 or more
     * @return this builder
     * @throws InvalidValueException if the limit is less than 1
     * @since 0.1.0
     */
    public Builder maxNumberLength(int length) {
      requirePositive(length, "maxNumberLength");
      this.maxNumberLength = length;
      return this;
    }

    /**
     * The most problems a refused document lists; 1,000 by default. Past it, problems are only counted
     * (reading stops once 100 times the limit have been counted), and the list ends with one
     * {@link JsonProblem.Code#LIMIT_EXCEEDED} problem saying how many more there were, so that a document
     * with millions of errors is refused quickly and in memory bounded by its size.
     *
     * @param max the limit, 1 or more
     * @return this builder
     * @throws InvalidValueException if the limit is less than 1
     * @since 0.1.0
     */
    public Builder maxProblems(int max) {
      requirePositive(max, "maxProblems");
      this.maxProblems = max;
      return this;
    }

    /**
     * The reference data documents are read over and written against: a document's
     * {@code "reference"} member, networks, field offices and sessions extend it, and writing puts in
     * the document what a registry adds to it. The shipped data by default.
     *
     * @param reference the base reference data
     * @return this builder
     * @since 0.1.0
     */
    public Builder reference(ReferenceData reference) {
      this.reference = java.util.Objects.requireNonNull(reference, "reference");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return an immutable, shareable instance
     * @since 0.1.0
     */
    public LookingBeyondJson build() {
      return new LookingBeyondJson(this);
    }

    private static void requirePositive(long value, String name) {
      if (value < 1) {
        throw new InvalidValueException(ValueProblem.invalid("LookingBeyondJson.Builder", null, name,
            "must be 1 or more: " + value));
      }
    }
  }
}
