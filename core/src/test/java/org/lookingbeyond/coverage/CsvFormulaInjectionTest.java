package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lookingbeyond.internal.CsvOut;

/** Names and ids that a spreadsheet would run as formulas are written as text (OWASP, CSV injection). */
class CsvFormulaInjectionTest {

  @Test
  void anAreaNamedLikeAFormulaIsPrefixedAndQuoted() {
    assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\"",
        CsvOut.field("=HYPERLINK(\"http://x.example\",\"x\")"));
  }

  @Test
  void everyFormulaTriggerIsNeutralised() {
    assertEquals("\"'+1+2\"", CsvOut.field("+1+2"));
    assertEquals("\"'-1+2\"", CsvOut.field("-1+2"));
    assertEquals("\"'@SUM(A1)\"", CsvOut.field("@SUM(A1)"));
    assertEquals("\"'\tTAB\"", CsvOut.field("\tTAB"));
    assertEquals("\"'\rCR\"", CsvOut.field("\rCR"));
  }

  @Test
  void numbersAndOrdinaryTextAreLeftAsTheyAre() {
    assertEquals("-2", CsvOut.field("-2"));
    assertEquals("-0.5", CsvOut.field("-0.5"));
    assertEquals("Eastern Africa", CsvOut.field("Eastern Africa"));
    assertEquals("a=b", CsvOut.field("a=b"));
  }
}
