package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.registry.Registry;

/**
 * Golden coverage report: golden/registry.json analyzed with the default settings as of 2025-06-30 gives,
 * byte for byte, golden/coverage-report.json, which reads back equal. Run with {@code -Dgolden.update=true}
 * to rewrite the file after an intended change, then review the diff.
 */
class GoldenCoverageTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final LookingBeyondJson json = LookingBeyondJson.defaults();

  private Registry registry() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/golden/registry.json")) {
      return json.readRegistry(in, "golden/registry.json").registry();
    }
  }

  @Test
  void theCoverageReportMatchesTheGoldenFile() throws IOException {
    CoverageReport report = CoverageAnalyzer.of(CoverageSettings.defaults(AS_OF)).analyze(registry());
    String text = json.write(DocumentType.COVERAGE_REPORT, report);
    compare("coverage-report.json", text);
    Document<CoverageReport> back = json.read(DocumentType.COVERAGE_REPORT, text);
    assertEquals(report, back.value());
    assertTrue(back.unknownFields().isEmpty());
    assertEquals(text, json.write(DocumentType.COVERAGE_REPORT, back.value()), "the same bytes again");
  }

  private void compare(String file, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden", file);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/" + file)) {
      String expected = in == null ? "(missing: run with -Dgolden.update=true)" : new String(in.readAllBytes(),
          StandardCharsets.UTF_8);
      assertEquals(expected, actual, file + " differs from the golden file");
    }
  }
}
