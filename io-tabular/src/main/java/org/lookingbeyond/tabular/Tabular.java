package org.lookingbeyond.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.tabular.TabularProblem.Code;
import org.lookingbeyond.tabular.internal.Column;
import org.lookingbeyond.tabular.internal.CsvFiles;
import org.lookingbeyond.tabular.internal.Problems;
import org.lookingbeyond.tabular.internal.Sheet;
import org.lookingbeyond.tabular.internal.TabularReader;
import org.lookingbeyond.tabular.internal.TabularWriter;
import org.lookingbeyond.tabular.internal.Workbooks;

/**
 * Reads and writes the registry as CSV files, one per record type, in a folder or a zip file, or as an Excel
 * workbook with one sheet per record type:
 * {@code organizations.csv}, {@code network_memberships.csv}, {@code participations.csv},
 * {@code designations.csv}, {@code applications.csv}, {@code grants.csv} and {@code consultations.csv}.
 *
 * <p>Reading collects every problem, each located by file, row as the spreadsheet shows it (the header is
 * row 1), column letter and header, with an excerpt of the value (never of a contact column), then places
 * the registry's own validation problems on the row and column they come from. A missing file has no
 * records. Columns that no record type defines are kept and written back, or refused by
 * {@link #strict()}. Writing then reading gives back an equal registry.
 *
 * <pre>{@code
 * TabularDocument document = Tabular.defaults().readCsv(Path.of("registry"));
 * Tabular.defaults().writeCsv(document, Path.of("copy"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Tabular {
  private final ReferenceData reference;
  private final boolean strict;

  private Tabular(ReferenceData reference, boolean strict) {
    this.reference = reference;
    this.strict = strict;
  }

  /**
   * Reads against the shipped reference data, keeping unknown columns.
   *
   * @return the facade
   * @since 0.1.0
   */
  public static Tabular defaults() {
    return new Tabular(ReferenceData.defaults(), false);
  }

  /**
   * The same facade reading against other reference data (countries, areas, sessions, networks).
   *
   * @param reference the reference data
   * @return a new facade
   * @since 0.1.0
   */
  public Tabular withReference(ReferenceData reference) {
    return new Tabular(Objects.requireNonNull(reference, "reference"), strict);
  }

  /**
   * The same facade refusing unknown columns: each is a {@link Code#UNKNOWN_COLUMN} problem.
   *
   * @return a new facade
   * @since 0.1.0
   */
  public Tabular strict() {
    return new Tabular(reference, true);
  }

  /**
   * Reads a folder of CSV files, or a zip file holding them (at its root or in one folder), without
   * throwing for problems in the data.
   *
   * @param source the folder or the {@code .zip} file
   * @return the document or every problem
   * @since 0.1.0
   */
  public TabularReading tryReadCsv(Path source) {
    Map<Sheet, List<List<String>>> sheets = new EnumMap<>(Sheet.class);
    List<TabularProblem> problems = new ArrayList<>();
    String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
    if (Files.isDirectory(source)) {
      for (Sheet sheet : Sheet.values()) {
        Path file = source.resolve(sheet.fileName());
        if (Files.isRegularFile(file)) {
          try {
            sheets.put(sheet, CsvFiles.read(file));
          } catch (IOException e) {
            problems.add(unreadable(sheet.fileName(), e));
          }
        }
      }
    } else {
      readZip(source, name, sheets, problems);
    }
    if (sheets.isEmpty() && problems.isEmpty()) {
      problems.add(Problems.file(name, 0, "", "", Code.NO_RECORD_FILE, "holds none of the record files "
          + List.of(Sheet.values()).stream().map(Sheet::fileName).toList()));
    }
    TabularReader.Result result = new TabularReader(reference, strict).read(sheets, problems);
    return new TabularReading(source.toString(),
        result.registry().map(r -> new TabularDocument(r,
            new UnknownColumns(result.unknownHeaders(), result.unknownValues()))),
        result.problems());
  }

  /**
   * Reads a folder of CSV files or a zip file holding them.
   *
   * @param source the folder or the {@code .zip} file
   * @return the document
   * @throws TabularException listing every problem, each located
   * @since 0.1.0
   */
  public TabularDocument readCsv(Path source) {
    return tryReadCsv(source).orElseThrow();
  }

  /**
   * Writes a registry as CSV files (UTF-8 with a byte order mark, so that Excel opens them as such) into a
   * folder, created if absent; every record file is written, with its header row only when empty.
   *
   * @param document the registry and the unknown columns to write back
   * @param folder the folder
   * @throws UncheckedIOException naming the file that cannot be written and why
   * @since 0.1.0
   */
  public void writeCsv(TabularDocument document, Path folder) {
    Map<Sheet, List<List<String>>> sheets = rows(document);
    Path file = folder;
    try {
      Files.createDirectories(folder);
      for (Map.Entry<Sheet, List<List<String>>> e : sheets.entrySet()) {
        file = folder.resolve(e.getKey().fileName());
        CsvFiles.write(file, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a registry as CSV files into a folder.
   *
   * @param registry the registry
   * @param folder the folder
   * @throws UncheckedIOException naming the file that cannot be written and why
   * @since 0.1.0
   */
  public void writeCsv(Registry registry, Path folder) {
    writeCsv(TabularDocument.of(registry), folder);
  }

  /**
   * Writes a registry as a zip file of CSV files, one entry per record file at the zip's root.
   *
   * @param document the registry and the unknown columns to write back
   * @param zip the zip file, replaced if present
   * @throws UncheckedIOException when the file cannot be written, saying why
   * @since 0.1.0
   */
  public void writeCsvZip(TabularDocument document, Path zip) {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (Map.Entry<Sheet, List<List<String>>> e : rows(document).entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey().fileName()));
        CsvFiles.write(new NonClosingWriter(writer), e.getValue());
        writer.flush();
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + zip + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the empty template: every record file with its header row, and {@code instructions.csv} listing
   * each column's file, header, whether it is required, its meaning and form, and an example.
   *
   * @param folder the folder, created if absent
   * @throws UncheckedIOException naming the file that cannot be written and why
   * @since 0.1.0
   */
  public void writeCsvTemplate(Path folder) {
    writeCsv(Registry.builder(reference).build(), folder);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("file", "column", "required", "meaning", "example"));
    for (Sheet sheet : Sheet.values()) {
      for (Column c : sheet.columns()) {
        rows.add(List.of(sheet.fileName(), c.header(), c.required() ? "yes" : "no", c.meaning(), c.example()));
      }
    }
    Path file = folder.resolve("instructions.csv");
    try {
      CsvFiles.write(file, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a workbook ({@code .xlsx}) or, for any other path, a folder of CSV files or a zip of them.
   *
   * @param source the workbook, folder or zip file
   * @return the document or every problem
   * @since 0.1.0
   */
  public TabularReading tryRead(Path source) {
    return isWorkbook(source) ? tryReadXlsx(source) : tryReadCsv(source);
  }

  /**
   * Reads a workbook ({@code .xlsx}) or, for any other path, a folder of CSV files or a zip of them.
   *
   * @param source the workbook, folder or zip file
   * @return the document
   * @throws TabularException listing every problem, each located
   * @since 0.1.0
   */
  public TabularDocument read(Path source) {
    return tryRead(source).orElseThrow();
  }

  /**
   * Reads an Excel workbook ({@code .xlsx}) with one sheet per record type, named as the CSV files without
   * {@code .csv} ({@code organizations}, {@code participations}...), as a stream of rows. Date cells and
   * number cells are read as such; text cells holding dates are parsed as in CSV files. A problem's
   * {@link TabularProblem#file()} is the sheet's name.
   *
   * @param workbook the workbook
   * @return the document or every problem
   * @since 0.1.0
   */
  public TabularReading tryReadXlsx(Path workbook) {
    Map<Sheet, List<List<String>>> sheets = new EnumMap<>(Sheet.class);
    List<TabularProblem> problems = new ArrayList<>();
    String name = workbook.getFileName() == null ? workbook.toString() : workbook.getFileName().toString();
    try (InputStream in = Files.newInputStream(workbook)) {
      sheets.putAll(Workbooks.read(in));
    } catch (IOException e) {
      problems.add(unreadable(name, e));
    }
    if (sheets.isEmpty() && problems.isEmpty()) {
      problems.add(Problems.file(name, 0, "", "", Code.NO_RECORD_FILE, "holds none of the record sheets "
          + List.of(Sheet.values()).stream().map(Sheet::baseName).toList()));
    }
    TabularReader.Result result = new TabularReader(reference, strict).read(sheets, problems);
    List<TabularProblem> located = result.problems().stream().map(Tabular::onSheet).toList();
    return new TabularReading(workbook.toString(),
        result.registry().map(r -> new TabularDocument(r,
            new UnknownColumns(result.unknownHeaders(), result.unknownValues()))),
        located);
  }

  /**
   * Reads an Excel workbook ({@code .xlsx}).
   *
   * @param workbook the workbook
   * @return the document
   * @throws TabularException listing every problem, each located by sheet, row and column
   * @since 0.1.0
   */
  public TabularDocument readXlsx(Path workbook) {
    return tryReadXlsx(workbook).orElseThrow();
  }

  /**
   * Writes a registry as an Excel workbook, one sheet per record type with a header row; dates are date
   * cells and amounts, years and counts number cells (text when a number cell could not hold them exactly).
   *
   * @param document the registry and the unknown columns to write back
   * @param workbook the {@code .xlsx} file, replaced if present
   * @throws UncheckedIOException when the file cannot be written, saying why
   * @since 0.1.0
   */
  public void writeXlsx(TabularDocument document, Path workbook) {
    writeWorkbook(rows(document), workbook, false);
  }

  /**
   * Writes the empty workbook: every record sheet with its header row, list validation on the enumeration
   * columns (organisation type, ECOSOC category and state, scope, due diligence flags, participation kind)
   * and an {@code instructions} sheet listing each column's meaning, whether it is required and an example.
   *
   * @param workbook the {@code .xlsx} file, replaced if present
   * @throws UncheckedIOException when the file cannot be written, saying why
   * @since 0.1.0
   */
  public void writeXlsxTemplate(Path workbook) {
    writeWorkbook(rows(TabularDocument.of(Registry.builder(reference).build())), workbook, true);
  }

  private static void writeWorkbook(Map<Sheet, List<List<String>>> sheets, Path workbook, boolean template) {
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Workbooks.write(out, sheets, template);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + workbook + ": " + e.getMessage(), e);
    }
  }

  private static boolean isWorkbook(Path source) {
    Path name = source.getFileName();
    return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }

  /** A problem of a workbook names the sheet, not the CSV file. */
  private static TabularProblem onSheet(TabularProblem p) {
    String file = p.file().endsWith(".csv") ? p.file().substring(0, p.file().length() - 4) : p.file();
    return new TabularProblem(p.code(), file, p.row(), p.column(), p.header(), p.value(), p.registryCode(),
        p.message());
  }

  private static Map<Sheet, List<List<String>>> rows(TabularDocument document) {
    UnknownColumns unknown = document.unknownColumns();
    Map<String, List<String>> headers = new java.util.HashMap<>();
    unknown.files().forEach(f -> headers.put(f, unknown.headers(f)));
    return TabularWriter.rows(document.registry(), unknown::values, headers);
  }

  private static void readZip(Path zip, String name, Map<Sheet, List<List<String>>> sheets,
      List<TabularProblem> problems) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String entry = e.getName();
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        if (e.isDirectory() || entry.chars().filter(c -> c == '/').count() > 1) {
          continue;
        }
        for (Sheet sheet : Sheet.values()) {
          if (sheet.fileName().equals(base)) {
            try {
              sheets.put(sheet, CsvFiles.read(new InputStreamReader(new NonClosingInput(in), StandardCharsets.UTF_8)));
            } catch (IOException x) {
              problems.add(unreadable(sheet.fileName(), x));
            }
          }
        }
      }
    } catch (IOException e) {
      problems.add(unreadable(name, e));
    }
  }

  private static TabularProblem unreadable(String file, IOException e) {
    return Problems.file(file, 0, "", "", Code.UNREADABLE_FILE, "cannot be read: " + e.getMessage());
  }
}
