package org.lookingbeyond.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.ParticipationKind;

/**
 * Excel workbooks (.xlsx): one sheet per record type, read as a stream of rows with typed cells turned into
 * the texts the CSV cells hold, and written with dates and numbers as typed cells.
 */
public final class Workbooks {
  private static final Set<String> DATES = Set.of("registration_date", "due_diligence_assessed_on", "since",
      "until", "valid_from", "valid_until", "application_date", "planned_start", "planned_end",
      "consultation_start", "consultation_end", "report_due", "report_submitted", "start", "end",
      "record_submitted");
  private static final Set<String> NUMBERS = Set.of("member_organizations", "ecosoc_year", "amount",
      "amount_requested");
  /** The enumerations a template's cells are validated against, by header. */
  private static final Map<String, Class<? extends Enum<?>>> ENUMERATIONS = Map.of(
      "type", OrganisationType.class, "ecosoc_category", EcosocStatus.Category.class,
      "ecosoc_state", EcosocStatus.State.class, "declared_scope", GeographicScope.class,
      "tobacco_industry_ties", Flag.class, "sanctions_listed", Flag.class, "psea_measures", Flag.class,
      "kind", ParticipationKind.class);
  private static final int TEMPLATE_ROWS = 1000;

  private Workbooks() {}

  /**
   * The rows of each record sheet, by the sheet's name in any case; other sheets are skipped. Missing rows
   * and cells are filled with empty ones, so that row numbers are those the spreadsheet shows. A formula
   * cell gives the value the spreadsheet program last computed, never evaluated here.
   */
  public static Map<Sheet, List<List<String>>> read(InputStream in) throws IOException {
    Map<Sheet, List<List<String>>> sheets = new EnumMap<>(Sheet.class);
    try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      Iterator<org.dhatim.fastexcel.reader.Sheet> it = workbook.getSheets().iterator();
      while (it.hasNext()) {
        org.dhatim.fastexcel.reader.Sheet sheet = it.next();
        for (Sheet s : Sheet.values()) {
          if (s.baseName().equalsIgnoreCase(sheet.getName().strip())) {
            sheets.put(s, rows(sheet));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    }
    return sheets;
  }

  private static List<List<String>> rows(org.dhatim.fastexcel.reader.Sheet sheet) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      while (it.hasNext()) {
        Row row = it.next();
        while (rows.size() < row.getRowNum() - 1) {
          rows.add(List.of());
        }
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(text(row.getCell(i)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** A cell as the text a CSV cell would hold: ISO dates, plain numbers, TRUE or FALSE. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case NUMBER:
        if (isDate(cell)) {
          return cell.asDate().toLocalDate().toString();
        }
        BigDecimal n = cell.asNumber().stripTrailingZeros();
        return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      case STRING:
        // a text cell is never a formula; neutralised here so that the shared reading undoes only this
        return Cells.neutralise(cell.asString() == null ? "" : cell.asString());
      case EMPTY:
        return "";
      default:
        // FORMULA (its cached value) and ERROR (such as #N/A, which then fails its column's parsing)
        return cell.getRawValue() == null ? "" : Cells.neutralise(cell.getRawValue());
    }
  }

  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return bare.contains("y") || bare.contains("d");
  }

  /**
   * Writes the rows as a workbook: dates as date cells, numbers that a double holds exactly as number cells,
   * everything else as text cells (text is never a formula in a workbook, so the apostrophe the CSV output
   * adds before formula-looking text is left out). A template also gets list validation on the enumeration
   * columns and an instructions sheet.
   */
  public static void write(OutputStream out, Map<Sheet, List<List<String>>> sheets, boolean template)
      throws IOException {
    Workbook workbook = new Workbook(out, "LookingBeyondSDK", "0.1");
    for (Map.Entry<Sheet, List<List<String>>> e : sheets.entrySet()) {
      Worksheet ws = workbook.newWorksheet(e.getKey().baseName());
      List<List<String>> rows = e.getValue();
      List<String> headers = rows.get(0);
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          cell(ws, r, c, r == 0 ? "" : Cells.unneutralise(headers.get(c)), Cells.unneutralise(row.get(c)));
        }
      }
      if (template) {
        for (int c = 0; c < headers.size(); c++) {
          Class<? extends Enum<?>> type = ENUMERATIONS.get(headers.get(c));
          if (type != null) {
            String list = Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(","));
            ws.range(1, c, TEMPLATE_ROWS, c).validateWithListByFormula("\"" + list + "\"").allowBlank(true);
          }
        }
      }
    }
    if (template) {
      Worksheet ws = workbook.newWorksheet("instructions");
      List<String> head = List.of("sheet", "column", "required", "meaning", "example");
      for (int c = 0; c < head.size(); c++) {
        ws.value(0, c, head.get(c));
      }
      int r = 1;
      for (Sheet sheet : Sheet.values()) {
        for (Column col : sheet.columns()) {
          ws.value(r, 0, sheet.baseName());
          ws.value(r, 1, col.header());
          ws.value(r, 2, col.required() ? "yes" : "no");
          ws.value(r, 3, col.meaning());
          ws.value(r, 4, col.example());
          r++;
        }
      }
    }
    workbook.finish();
  }

  private static void cell(Worksheet ws, int r, int c, String header, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (DATES.contains(header)) {
      try {
        ws.value(r, c, LocalDate.parse(text));
        ws.style(r, c).format("yyyy-mm-dd").set();
        return;
      } catch (DateTimeParseException notIso) {
        // written as text
      }
    }
    if (NUMBERS.contains(header)) {
      try {
        BigDecimal n = new BigDecimal(text);
        double d = n.doubleValue();
        if (n.precision() <= 15 && new BigDecimal(Double.toString(d)).compareTo(n) == 0) {
          ws.value(r, c, n);
          return;
        }
      } catch (NumberFormatException notNumber) {
        // written as text
      }
    }
    ws.value(r, c, text);
  }
}
