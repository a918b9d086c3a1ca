package org.lookingbeyond.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.model.FieldOffice;

/** A replacement table read from a file; a file that cannot be read names itself and why. */
class TableFilesTest {
  @TempDir
  Path dir;

  private Path copyOfShipped(TableName table, String fileName) throws IOException {
    Path file = dir.resolve(fileName);
    try (Reader in = ReferenceTables.shipped(table)) {
      Files.writeString(file, readAll(in));
    }
    return file;
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  @Test
  void aCopyOfAShippedTableReadsBackNamedAfterItsFile() throws IOException {
    Path file = copyOfShipped(TableName.FIELD_OFFICES, "offices-2027.csv");
    Table<FieldOffice> offices = ReferenceTables.read(file, ReferenceTables::readFieldOffices);
    assertEquals("offices-2027.csv", offices.info().name());
    assertEquals(ReferenceData.defaults().fieldOffices().size(), offices.rows().size());
    Path groups = copyOfShipped(TableName.UN_REGIONAL_GROUPS, "groups.csv");
    Table<Grouping> groupings = ReferenceTables.read(groups,
        (in, name) -> ReferenceTables.readGroupings(in, name, GroupingKind.UN_REGIONAL_GROUP));
    assertEquals(5, groupings.rows().size());
  }

  @Test
  void aMissingFileIsUnreadableNamingTheFile() {
    Path missing = dir.resolve("offices-2028.csv");
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.read(missing, ReferenceTables::readFieldOffices));
    TableProblem problem = e.problems().get(0);
    assertEquals(TableProblem.Code.UNREADABLE, problem.code());
    assertEquals("offices-2028.csv", problem.table());
    assertEquals("cannot read " + missing + ": no such file", problem.message());
    assertInstanceOf(NoSuchFileException.class, e.getCause());
  }

  @Test
  void aDirectoryIsUnreadableSayingSo() {
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.read(dir, ReferenceTables::readSessions));
    assertTrue(e.problems().get(0).message().endsWith(": is a directory"), e::getMessage);
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void aFileThatIsNotUtf8IsUnreadableSayingSo() throws IOException {
    Path latin1 = Files.write(dir.resolve("networks-latin1.csv"),
        new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 'N', ',', (byte) 0xE9, '\n'});
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.read(latin1, ReferenceTables::readNetworks));
    assertTrue(e.problems().get(0).message().endsWith(": not UTF-8 text"), e::getMessage);
    assertInstanceOf(CharacterCodingException.class, e.getCause());
  }

  @Test
  void aMalformedTableInAFileListsItsProblemsUnderTheFileName() throws IOException {
    Path file = Files.writeString(dir.resolve("networks.csv"), "id,acronym,name,focus,website\nN1,,,,\n");
    ReferenceDataException e = assertThrows(ReferenceDataException.class,
        () -> ReferenceTables.read(file, ReferenceTables::readNetworks));
    assertEquals("networks.csv:2:5 name", e.problems().get(0).location());
    assertEquals(TableProblem.Code.MISSING_VALUE, e.problems().get(0).code());
  }
}
