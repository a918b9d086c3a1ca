package org.lookingbeyond.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.tabular.TabularProblem.Code;

class XlsxTest {
  @TempDir
  Path dir;

  /** A workbook as a spreadsheet program saves one: typed cells, in the order the test writes them. */
  private Path workbook(WorkbookBody body) throws Exception {
    Path file = dir.resolve("registry.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Test", "1.0");
      body.fill(wb);
      wb.finish();
    }
    return file;
  }

  private interface WorkbookBody {
    void fill(Workbook wb) throws Exception;
  }

  private static void header(Worksheet ws, String... headers) {
    for (int c = 0; c < headers.length; c++) {
      ws.value(0, c, headers[c]);
    }
  }

  @Test
  void aRegistryWrittenAsAWorkbookReadsBackEqual() {
    Registry registry = Fixtures.fullRegistry();
    Path file = dir.resolve("registry.xlsx");
    Tabular.defaults().writeXlsx(TabularDocument.of(registry), file);
    assertEquals(registry, Tabular.defaults().read(file).registry());
  }

  @Test
  void everyRegistryReadsBackEqualFromItsWorkbook() {
    qt().withExamples(60).withShrinkCycles(20).forAll(RegistryDraws.registries()).checkAssert(registry -> {
      Path file = dir.resolve("generated.xlsx");
      Tabular.defaults().writeXlsx(TabularDocument.of(registry), file);
      assertEquals(registry, Tabular.defaults().readXlsx(file).registry());
    });
  }

  @Test
  void typedDateAndNumberCellsAreReadAsSuchAndTextDatesAreParsed() throws Exception {
    Path file = workbook(wb -> {
      Worksheet ws = wb.newWorksheet("Organizations");
      header(ws, "id", "name", "type", "registration_date", "member_organizations", "ecosoc_category",
          "ecosoc_year");
      ws.value(1, 0, "ORG-1");
      ws.value(1, 1, "One");
      ws.value(1, 2, 22);
      ws.value(1, 3, LocalDate.of(2012, 5, 2));
      ws.style(1, 3).format("dd/mm/yyyy").set();
      ws.value(1, 4, 14);
      ws.value(1, 5, "special");
      ws.value(1, 6, 2015.0);
      ws.value(2, 0, 12345);
      ws.value(2, 1, "Two");
      ws.value(2, 2, "national ngo");
      ws.value(2, 3, "2 May 2012");
      ws.value(3, 0, "ORG-3");
      ws.value(3, 1, "Three");
      ws.value(3, 2, "NATIONAL_NGO");
      ws.value(3, 3, LocalDateTime.of(2012, 5, 2, 0, 0));
      ws.style(3, 3).format("yyyy-mm-dd hh:mm").set();
    });
    Registry registry = Tabular.defaults().readXlsx(file).registry();
    assertEquals(List.of("12345", "ORG-1", "ORG-3"), registry.organizations().stream().map(Organization::id).toList());
    for (Organization o : registry.organizations()) {
      assertEquals(Optional.of(LocalDate.of(2012, 5, 2)), o.registrationDate(), o.id());
    }
    Organization one = registry.findOrganization("ORG-1").orElseThrow();
    assertEquals(14, one.memberOrganizations().getAsInt());
    assertEquals(2015, one.ecosocStatus().orElseThrow().yearGranted());
  }

  @Test
  void formulasAreNeverEvaluatedAndFormulaLookingTextStaysText() throws Exception {
    Path file = dir.resolve("registry.xlsx");
    Registry registry = Registry.builder().addOrganizations(Organization.builder().id("ORG-1")
        .name("=HYPERLINK(\"http://example.org\")").type(org.lookingbeyond.model.OrganisationType.OTHER).build())
        .build();
    Tabular.defaults().writeXlsx(TabularDocument.of(registry), file);
    assertEquals(registry, Tabular.defaults().readXlsx(file).registry());
    Path withFormula = workbook(wb -> {
      Worksheet ws = wb.newWorksheet("organizations");
      header(ws, "id", "name", "type");
      ws.value(1, 0, "ORG-1");
      ws.formula(1, 1, "CONCAT(\"A\",\"B\")");
      ws.value(1, 2, "OTHER");
    });
    // no cached value was saved: the cell reads as empty, and the formula is not run
    TabularProblem p = Tabular.defaults().tryReadXlsx(withFormula).problems().get(0);
    assertEquals(Code.MISSING_VALUE, p.code());
    assertEquals("B", p.column());
  }

  @Test
  void problemsNameTheSheetRowAndColumnAsExcelShowsThem() throws Exception {
    Path file = workbook(wb -> {
      Worksheet ws = wb.newWorksheet("organizations");
      header(ws, "id", "name", "type", "operating_countries");
      ws.value(1, 0, "ORG-1");
      ws.value(1, 1, "One");
      ws.value(1, 2, "NATIONAL_NGO");
      // row 3 left empty, as a person leaves a gap
      ws.value(3, 0, "ORG-1");
      ws.value(3, 1, "Again");
      ws.value(3, 2, "NATIONAL_NGO");
      ws.value(4, 0, "ORG-5");
      ws.value(4, 1, "Five");
      ws.value(4, 2, "NATIONAL_NGO");
      ws.value(4, 3, "Kenya; Narnia");
    });
    List<TabularProblem> problems = Tabular.defaults().tryRead(file).problems();
    assertEquals(2, problems.size(), problems::toString);
    assertEquals(Optional.of(RegistryProblem.Code.DUPLICATE_ID), problems.get(0).registryCode());
    assertEquals("organizations row 4, column A (id)", problems.get(0).location());
    assertEquals("organizations row 5, column D (operating_countries)", problems.get(1).location());
    assertEquals("Narnia", problems.get(1).value());
  }

  @Test
  void theTemplateHasEverySheetValidationAndInstructions() throws Exception {
    Path file = dir.resolve("template.xlsx");
    Tabular.defaults().writeXlsxTemplate(file);
    assertTrue(Tabular.defaults().readXlsx(file).registry().organizations().isEmpty());
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      assertEquals(List.of("organizations", "network_memberships", "participations", "designations",
          "applications", "grants", "consultations", "instructions"),
          wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
    }
    String sheet = new String(zipEntry(file, "xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(sheet.contains("dataValidation") && sheet.contains("NATIONAL_NGO"), "type is validated");
  }

  @Test
  void aFileThatIsNotAWorkbookIsUnreadable() throws Exception {
    Path file = dir.resolve("registry.xlsx");
    Files.writeString(file, "id,name\n");
    TabularProblem p = Tabular.defaults().tryRead(file).problems().get(0);
    assertEquals(Code.UNREADABLE_FILE, p.code());
    assertEquals("registry.xlsx", p.file());
  }

  private static byte[] zipEntry(Path zip, String name) throws Exception {
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
      return z.getInputStream(z.getEntry(name)).readAllBytes();
    }
  }

}
