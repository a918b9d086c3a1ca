package org.lookingbeyond.tabular.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** RFC 4180 CSV in UTF-8 (a byte order mark is skipped on reading and written on writing, for Excel). */
public final class CsvFiles {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  private static final char BOM = '\uFEFF';

  private CsvFiles() {}

  /** The rows of a CSV text, each a list of cell texts; a blank line is an empty row. */
  public static List<List<String>> read(Reader in) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    reader.mark(1);
    if (reader.read() != BOM) {
      reader.reset();
    }
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
        .readValues(reader)) {
      while (it.hasNext()) {
        rows.add(Arrays.asList(it.next()));
      }
    } catch (JacksonException e) {
      throw new IOException("not valid CSV after row " + rows.size() + ": " + e.getOriginalMessage(), e);
    }
    return rows;
  }

  /** The rows of a CSV file that must be UTF-8. */
  public static List<List<String>> read(Path file) throws IOException {
    try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return read(in);
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text: save the file as CSV UTF-8", e);
    }
  }

  /** Writes rows as CSV, with a byte order mark first. */
  public static void write(Writer out, List<List<String>> rows) throws IOException {
    out.write(BOM);
    try (SequenceWriter w = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
      for (List<String> row : rows) {
        w.write(row.toArray(new String[0]));
      }
    } catch (JacksonException e) {
      throw new IOException(e.getOriginalMessage(), e);
    }
  }

  /** Writes rows to a CSV file. */
  public static void write(Path file, List<List<String>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, rows);
    }
  }
}
