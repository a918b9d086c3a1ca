package org.lookingbeyond.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.registry.Registry;

class CsvRoundTripTest {
  @TempDir
  Path dir;

  @Test
  void aRegistryWrittenAsCsvFilesReadsBackEqual() {
    Registry registry = Fixtures.fullRegistry();
    Tabular.defaults().writeCsv(registry, dir);
    TabularDocument read = Tabular.defaults().readCsv(dir);
    assertEquals(registry, read.registry());
    assertTrue(read.unknownColumns().isEmpty());
  }

  @Test
  void aRegistryWrittenAsAZipOfCsvFilesReadsBackEqual() {
    Registry registry = Fixtures.fullRegistry();
    Path zip = dir.resolve("registry.zip");
    Tabular.defaults().writeCsvZip(TabularDocument.of(registry), zip);
    assertEquals(registry, Tabular.defaults().readCsv(zip).registry());
  }

  @Test
  void everyRecordFileIsWrittenEvenWhenEmpty() throws Exception {
    Tabular.defaults().writeCsv(Registry.builder().build(), dir);
    for (String file : List.of("organizations.csv", "network_memberships.csv", "participations.csv",
        "designations.csv", "applications.csv", "grants.csv", "consultations.csv")) {
      List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
      assertEquals(1, lines.size(), file);
      assertTrue(lines.get(0).startsWith("\uFEFF"), file + " starts with a byte order mark for Excel");
    }
  }

  @Test
  void formulaLookingTextIsNeutralisedOnOutputAndRestoredOnInput() throws Exception {
    Registry registry = Fixtures.fullRegistry();
    Tabular.defaults().writeCsv(registry, dir);
    String organizations = Files.readString(dir.resolve("organizations.csv"), StandardCharsets.UTF_8);
    assertTrue(organizations.contains("\"'=Sahel Youth Forum, \"\"fictional\"\"\""), organizations);
    assertTrue(organizations.contains("'+254 700 000 000"), "a phone number starting with + is not a formula");
    assertEquals("=Sahel Youth Forum, \"fictional\"",
        Tabular.defaults().readCsv(dir).registry().findOrganization("ORG-SAHEL").orElseThrow().name());
  }

  @Test
  void unknownColumnsAreKeptAndWrittenBack() throws Exception {
    Files.writeString(dir.resolve("organizations.csv"),
        "id,name,type,board_size,notes\nORG-1,One,NATIONAL_NGO,7,\nORG-2,Two,22,,met in May\n");
    TabularDocument read = Tabular.defaults().readCsv(dir);
    assertEquals(List.of("board_size", "notes"), read.unknownColumns().headers("organizations.csv"));
    assertEquals(Map.of("board_size", "7"), read.unknownColumns().values("organizations.csv", "ORG-1"));
    Path copy = dir.resolve("copy");
    Tabular.defaults().writeCsv(read, copy);
    TabularDocument again = Tabular.defaults().readCsv(copy);
    assertEquals(read, again);
    assertEquals(Map.of("notes", "met in May"), again.unknownColumns().values("organizations.csv", "ORG-2"));
  }

  @Test
  void theTemplateHasEveryFileWithItsHeadersAndTheInstructions() throws Exception {
    Tabular.defaults().writeCsvTemplate(dir);
    assertTrue(Tabular.defaults().readCsv(dir).registry().organizations().isEmpty());
    String instructions = Files.readString(dir.resolve("instructions.csv"), StandardCharsets.UTF_8);
    assertTrue(instructions.contains("organizations.csv,operating_countries,no,"), instructions);
    assertTrue(instructions.contains("grants.csv,amount,yes,"), instructions);
  }
}
