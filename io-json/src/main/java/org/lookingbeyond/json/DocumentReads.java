package org.lookingbeyond.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.internal.Io;
import org.lookingbeyond.json.internal.ByteOrderMarks;
import org.lookingbeyond.json.internal.Node;
import org.lookingbeyond.json.internal.Problems;
import org.lookingbeyond.json.internal.ReadContext;
import org.lookingbeyond.json.internal.RegistryReader;
import org.lookingbeyond.json.internal.TreeReader;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.FactSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * How a {@link LookingBeyondJson} reads: opens the source, runs the reader of the document type, and
 * collects every problem, including a source that cannot be read at all.
 */
final class DocumentReads {
  private final JsonFactory factory;
  private final boolean strict;
  private final ReferenceData reference;
  private final Map<String, FactSchema> schemas;
  private final int maxProblems;

  DocumentReads(JsonFactory factory, boolean strict, ReferenceData reference, Map<String, FactSchema> schemas,
      int maxProblems) {
    this.factory = factory;
    this.strict = strict;
    this.maxProblems = maxProblems;
    this.reference = reference;
    this.schemas = schemas;
  }

  /** Opens a parser on the source. */
  interface ParserSource {
    JsonParser open();
  }

  ParserSource source(InputStream in) {
    return () -> factory.createParser(ObjectReadContext.empty(), in);
  }

  ParserSource source(Reader in) {
    return () -> factory.createParser(ObjectReadContext.empty(), ByteOrderMarks.skipping(in));
  }

  /** What a reader of a file does with the opened stream. */
  interface StreamReading<R> {
    R read(InputStream in, String documentName);
  }

  /** What a reader of a file returns when the file cannot be read. */
  interface Unreadable<R> {
    R failed(String documentName, List<JsonProblem> problems, IOException cause);
  }

  /**
   * Reads a file: a file that cannot be opened or read gives one UNREADABLE problem naming the file and
   * why, with the I/O failure as the cause.
   */
  static <R> R file(Path path, StreamReading<R> reading, Unreadable<R> unreadable) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try {
      if (Files.isDirectory(path)) {
        throw new IOException("is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return reading.read(in, name);
      }
    } catch (IOException e) {
      String why = Io.why(path, e);
      return unreadable.failed(name, List.of(new JsonProblem(JsonProblem.Code.UNREADABLE, "", 0, 0,
          "cannot read " + path + ": " + why)), e);
    }
  }

  static JsonDocumentException unreadable(String name, List<JsonProblem> problems, IOException cause) {
    return new JsonDocumentException(name, problems, cause);
  }

  RegistryReading registry(ParserSource source, String documentName) {
    ReadContext ctx = new ReadContext(strict, maxProblems);
    Optional<Registry> registry = Optional.empty();
    Throwable cause = null;
    JsonParser parser = null;
    try {
      parser = source.open();
      registry = new RegistryReader(parser, ctx, reference).read();
    } catch (Problems.Stopped e) {
      // too many problems to go on: the problems kept say what is wrong
    } catch (JacksonException e) {
      cause = unreadable(e, parser, ctx);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (registry.isEmpty() || !ctx.problems().isEmpty()) {
      return RegistryReading.failed(documentName, ctx.problems().sorted(), cause);
    }
    return RegistryReading.of(documentName, RegistryDocument.of(registry.get(), new UnknownFields(ctx.unknown())));
  }

  <T> Document<T> document(DocumentType<T> type, ParserSource source, String documentName) {
    ReadContext ctx = new ReadContext(strict, maxProblems);
    Optional<T> value = Optional.empty();
    Throwable cause = null;
    JsonParser parser = null;
    try {
      parser = source.open();
      JsonToken first = parser.nextToken();
      if (first == null) {
        ctx.problems().add(JsonProblem.Code.SYNTAX, "", 1, 1, "the document is empty");
      } else {
        Node root = new TreeReader(parser, ctx.problems()).read("");
        if (parser.nextToken() != null) {
          ctx.problems().add(JsonProblem.Code.SYNTAX, "", parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr(), "unexpected content after the document's end");
        }
        value = type.reader().read(root, ctx, schemas);
      }
    } catch (Problems.Stopped e) {
      // too many problems to go on: the problems kept say what is wrong
    } catch (JacksonException e) {
      cause = unreadable(e, parser, ctx);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (value.isEmpty() || !ctx.problems().isEmpty()) {
      if (ctx.problems().isEmpty()) {
        ctx.problems().add(JsonProblem.Code.WRONG_TYPE, "", 1, 1, "a " + type.format() + " document is a JSON object");
      }
      throw new JsonDocumentException(documentName, ctx.problems().sorted(), cause);
    }
    return Document.of(value.get(), new UnknownFields(ctx.unknown()));
  }

  /**
   * Records why reading stopped: an I/O failure of the source (UNREADABLE, returned as the cause), text
   * that cannot be read as JSON, or text that exceeds a limit, where the parser stopped. The line and
   * column come from the exception, or from the parser where the exception has none (limits).
   */
  private static @Nullable Throwable unreadable(JacksonException e, @Nullable JsonParser parser, ReadContext ctx) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      IOException io = (IOException) e.getCause();
      ctx.problems().add(JsonProblem.Code.UNREADABLE, "", 0, 0,
          "the document cannot be read: " + Io.why(io));
      return io;
    }
    boolean limit = e instanceof StreamConstraintsException;
    TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
        : parser != null ? parser.currentLocation() : null;
    ctx.problems().add(limit ? JsonProblem.Code.LIMIT_EXCEEDED : JsonProblem.Code.SYNTAX, "", line(at), column(at),
        redact(e.getOriginalMessage()));
    return null;
  }

  /**
   * Jackson's messages quote the offending text, which may be personal data (an unquoted e-mail address
   * is read as a token): the quoted text is left out.
   */
  private static String redact(@Nullable String message) {
    String text = message == null ? "unreadable JSON" : message;
    int cut = text.indexOf("\n at [");
    if (cut >= 0) {
      text = text.substring(0, cut);
    }
    return text.replaceAll("Unrecognized token '[^']*'", "Unrecognized token (text left out)")
        .replaceAll("\\(String\\) \"[^\"]*\"", "(text left out)");
  }

  private static int line(@Nullable TokenStreamLocation at) {
    return at == null ? 0 : Math.max(at.getLineNr(), 0);
  }

  private static int column(@Nullable TokenStreamLocation at) {
    return at == null ? 0 : Math.max(at.getColumnNr(), 0);
  }
}
