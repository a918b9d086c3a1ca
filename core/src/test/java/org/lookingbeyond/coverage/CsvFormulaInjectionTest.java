package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names and ids that a spreadsheet would run as formulas are written as text (OWASP, CSV injection). */
class CsvFormulaInjectionTest {

  @Test
  void anAreaNamedLikeAFormulaIsPrefixedAndQuoted() {
    assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\"",
        CsvRenderer.field("=HYPERLINK(\"http://x.example\",\"x\")"));
  }

  @Test
  void everyFormulaTriggerIsNeutralised() {
    assertEquals("\"'+1+2\"", CsvRenderer.field("+1+2"));
    assertEquals("\"'-1+2\"", CsvRenderer.field("-1+2"));
    assertEquals("\"'@SUM(A1)\"", CsvRenderer.field("@SUM(A1)"));
    assertEquals("\"'\tTAB\"", CsvRenderer.field("\tTAB"));
    assertEquals("\"'\rCR\"", CsvRenderer.field("\rCR"));
  }

  @Test
  void numbersAndOrdinaryTextAreLeftAsTheyAre() {
    assertEquals("-2", CsvRenderer.field("-2"));
    assertEquals("-0.5", CsvRenderer.field("-0.5"));
    assertEquals("Eastern Africa", CsvRenderer.field("Eastern Africa"));
    assertEquals("a=b", CsvRenderer.field("a=b"));
  }
}
