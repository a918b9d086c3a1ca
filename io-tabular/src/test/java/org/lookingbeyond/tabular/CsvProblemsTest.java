package org.lookingbeyond.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.tabular.TabularProblem.Code;

class CsvProblemsTest {
  private static final String ORGANIZATIONS_HEADER = "id,name,type,operating_countries,registration_date,email";

  @TempDir
  Path dir;

  private void write(String file, String text) throws Exception {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private List<TabularProblem> problems() {
    TabularReading reading = Tabular.defaults().tryReadCsv(dir);
    assertFalse(reading.isValid());
    return reading.problems();
  }

  private static TabularProblem only(List<TabularProblem> problems) {
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void aMissingRequiredColumnIsNamedOnTheHeaderRow() throws Exception {
    write("organizations.csv", "id,type\nORG-1,NATIONAL_NGO\n");
    TabularProblem p = only(problems());
    assertEquals(Code.MISSING_COLUMN, p.code());
    assertEquals("organizations.csv", p.file());
    assertEquals(1, p.row());
    assertEquals("name", p.header());
  }

  @Test
  void aBadCountryCodeIsLocatedByRowColumnLetterAndHeader() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,KE; XX,,\n");
    TabularProblem p = only(problems());
    assertEquals(Code.INVALID_VALUE, p.code());
    assertEquals(2, p.row());
    assertEquals("D", p.column());
    assertEquals("operating_countries", p.header());
    assertEquals("XX", p.value());
    assertEquals("organizations.csv row 2, column D (operating_countries)", p.location());
  }

  @Test
  void aBadDateSaysWhichFormsAreAccepted() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,,\nORG-2,Two,22,,31/02/2020,\n");
    TabularProblem p = only(problems());
    assertEquals(3, p.row());
    assertEquals("E", p.column());
    assertEquals("31/02/2020", p.value());
    assertTrue(p.message().contains("2025-03-01"), p.message());
  }

  @Test
  void aRowNumberCountsQuotedLineBreaksAsTheSpreadsheetDoes() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,\"One\nTwo\",NATIONAL_NGO,,,\nORG-2,Two,NGO?,,,\n");
    TabularProblem p = only(problems());
    assertEquals(3, p.row(), "the second record is row 3 although it starts on line 4");
    assertEquals("type", p.header());
  }

  @Test
  void everyProblemIsReportedAtOnceInRowOrder() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\n,One,NATIONAL_NGO,,,\nORG-2,,BANK,Atlantis,yesterday,\n");
    List<TabularProblem> problems = problems();
    assertEquals(List.of("2:A", "3:B", "3:C", "3:D", "3:E"),
        problems.stream().map(p -> p.row() + ":" + p.column()).toList(), problems::toString);
  }

  @Test
  void aDuplicateIdFromTheRegistrysValidationIsPlacedOnItsRow() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,,\nORG-1,Again,NATIONAL_NGO,,,\n");
    TabularProblem p = only(problems());
    assertEquals(Code.REGISTRY, p.code());
    assertEquals(Optional.of(RegistryProblem.Code.DUPLICATE_ID), p.registryCode());
    assertEquals("organizations.csv", p.file());
    assertEquals("id", p.header());
    assertEquals("A", p.column());
  }

  @Test
  void aDanglingReferenceIsPlacedOnTheReferringRowAndColumn() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,,\n");
    write("participations.csv", "organization_id,session_id,kind\nORG-1,CND-68,attended\nORG-9,CND-68,ATTENDED\n");
    TabularProblem p = only(problems());
    assertEquals(Optional.of(RegistryProblem.Code.DANGLING_REFERENCE), p.registryCode());
    assertEquals("participations.csv", p.file());
    assertEquals(3, p.row());
    assertEquals("A", p.column());
    assertEquals("organization_id", p.header());
    assertEquals("ORG-9", p.value());
  }

  @Test
  void aMembershipOfAnUnknownOrganizationIsPlacedOnItsRow() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,,\n");
    write("network_memberships.csv", "organization_id,network_id,since\nORG-1,VNGOC,2020-01-01\nORG-2,VNGOC,1.1.2020\n");
    TabularProblem p = only(problems());
    assertEquals("network_memberships.csv", p.file());
    assertEquals(3, p.row());
    assertEquals("organization_id", p.header());
  }

  @Test
  void contactDataIsNeverEchoed() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,,\nORG-1,Two,22,,,jane@example.org\n");
    String text = problems().toString() + Tabular.defaults().tryReadCsv(dir).problems();
    assertFalse(text.contains("jane@example.org"), text);
  }

  @Test
  void aLongValueIsCappedAndControlCharactersEscaped() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,\"" + "X".repeat(100) + "\u0007\",,,\n");
    TabularProblem p = only(problems());
    assertTrue(p.value().length() <= 43 && p.value().endsWith("..."), p.value());
  }

  @Test
  void countriesAreReadFromCodesInAnyCaseAndUnambiguousNames() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,\"Kenya, ug, TZA, 404\",,\n"
        + "ORG-2,Two,NATIONAL_NGO,\"Bolivia (Plurinational State of); fr\",,\n");
    TabularDocument document = Tabular.defaults().readCsv(dir);
    Organization one = document.registry().findOrganization("ORG-1").orElseThrow();
    assertEquals(List.of("KE", "TZ", "UG"), List.copyOf(one.operatingCountries()));
    assertEquals(List.of("BO", "FR"),
        List.copyOf(document.registry().findOrganization("ORG-2").orElseThrow().operatingCountries()));
  }

  @Test
  void aByteOrderMarkAndTextDatesAreAccepted() throws Exception {
    write("organizations.csv", "\uFEFF" + ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,2 May 2012,\n"
        + "ORG-2,Two,NATIONAL_NGO,,2.5.2012,\nORG-3,Three,NATIONAL_NGO,,2012/5/2,\n");
    TabularDocument document = Tabular.defaults().readCsv(dir);
    assertEquals(3, document.registry().organizations().stream()
        .filter(o -> o.registrationDate().orElseThrow().toString().equals("2012-05-02")).count());
  }

  @Test
  void strictModeRefusesAnUnknownColumnOnTheHeaderRow() throws Exception {
    write("organizations.csv", "id,name,type,notes\nORG-1,One,NATIONAL_NGO,x\n");
    TabularProblem p = only(Tabular.defaults().strict().tryReadCsv(dir).problems());
    assertEquals(Code.UNKNOWN_COLUMN, p.code());
    assertEquals(1, p.row());
    assertEquals("D", p.column());
    assertEquals("notes", p.header());
  }

  @Test
  void aFolderWithNoRecordFileIsAProblem() {
    assertEquals(Code.NO_RECORD_FILE, only(problems()).code());
  }

  @Test
  void textThatIsNotUtf8NamesTheFile() throws Exception {
    Files.write(dir.resolve("organizations.csv"), new byte[] {'i', 'd', '\n', (byte) 0xE9, '\n'});
    TabularProblem p = only(problems());
    assertEquals(Code.UNREADABLE_FILE, p.code());
    assertEquals("organizations.csv", p.file());
    assertTrue(p.message().contains("UTF-8"), p.message());
  }

  @Test
  void aCurrencyWithoutAnAmountIsAProblemAndNotDropped() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,NATIONAL_NGO,,,\n");
    write("applications.csv", "id,applicant_id,application_date,amount_requested,currency\n"
        + "APP-1,ORG-1,2025-04-01,,USD\nAPP-2,ORG-1,2025-04-01,100,\n");
    List<TabularProblem> problems = problems();
    assertEquals(List.of("2:D", "3:E"), problems.stream().map(p -> p.row() + ":" + p.column()).toList(),
        problems::toString);
    assertEquals(Code.INVALID_RECORD, problems.get(0).code());
  }

  @Test
  void readingThrowsAnExceptionListingEveryProblem() throws Exception {
    write("organizations.csv", ORGANIZATIONS_HEADER + "\nORG-1,One,BANK,,,\n");
    TabularException e = assertThrows(TabularException.class, () -> Tabular.defaults().readCsv(dir));
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().contains("organizations.csv row 2, column C (type)"), e.getMessage());
  }
}
