package org.lookingbeyond.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.lookingbeyond.LookingBeyondException;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.reference.ReferenceTables;

/**
 * Fuzz tests of every reader: whatever the input, a reader returns or throws a
 * {@link LookingBeyondException}; any other exception or error is a finding.
 *
 * <p>Under {@code mvn verify} each method replays its seeds and the crashes kept as regression inputs
 * ({@code src/test/resources/org/lookingbeyond/json/ReadersFuzzTestInputs/<method>/}). To fuzz one
 * method for its bounded time (see {@code maxDuration}), with the library and Jackson instrumented:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl io-json -am test -Dtest='ReadersFuzzTest#registry' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * A crash found is saved as a new input under that directory: commit it with the fix.
 */
class ReadersFuzzTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.builder().maxProblems(50).build();

  private static void refusedOrRead(Runnable read) {
    try {
      read.run();
    } catch (LookingBeyondException expected) {
      // a refusal with located problems: what the library documents
    }
  }

  private static <T> void document(DocumentType<T> type, byte[] input) {
    refusedOrRead(() -> JSON.read(type, new ByteArrayInputStream(input), "fuzz"));
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "60s")
  void registry(byte[] input) {
    refusedOrRead(() -> JSON.readRegistry(new ByteArrayInputStream(input), "fuzz"));
    refusedOrRead(() -> JSON.tryReadRegistry(text(input)));
  }

  @FuzzTest(maxDuration = "60s")
  void policy(byte[] input) {
    document(DocumentType.POLICY, input);
  }

  @FuzzTest(maxDuration = "60s")
  void coverageSettings(byte[] input) {
    document(DocumentType.COVERAGE_SETTINGS, input);
  }

  @FuzzTest(maxDuration = "60s")
  void reports(byte[] input) {
    document(DocumentType.DECISIONS, input);
    document(DocumentType.ALLOCATION, input);
    document(DocumentType.WHAT_IF, input);
    document(DocumentType.COVERAGE_REPORT, input);
    document(DocumentType.COVERAGE_TREND, input);
  }

  @FuzzTest(maxDuration = "60s")
  void referenceTables(byte[] input) {
    String csv = text(input);
    refusedOrRead(() -> ReferenceTables.readCountries(new StringReader(csv), "fuzz.csv"));
    refusedOrRead(() -> ReferenceTables.readGroupings(new StringReader(csv), "fuzz.csv", GroupingKind.CUSTOM));
    refusedOrRead(() -> ReferenceTables.readTaxonomy(new StringReader(csv), "fuzz.csv"));
    refusedOrRead(() -> ReferenceTables.readNetworks(new StringReader(csv), "fuzz.csv"));
    refusedOrRead(() -> ReferenceTables.readFieldOffices(new StringReader(csv), "fuzz.csv"));
    refusedOrRead(() -> ReferenceTables.readGoverningBodies(new StringReader(csv), "fuzz.csv"));
    refusedOrRead(() -> ReferenceTables.readSessions(new StringReader(csv), "fuzz.csv"));
  }
}
