package org.lookingbeyond.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.rules.Policy;

/**
 * Registry and policy documents for the command-line tests, written with io-json from the sample
 * registry and the default policy; the malformed ones break one value of a good document, so that the
 * test knows where the problem is.
 */
final class CliFiles {
  static final LookingBeyondJson JSON = LookingBeyondJson.defaults();

  /** A value made malformed, and where it starts in its file. */
  record Broken(Path file, int line, int column, String pointer) {
    /** The start of the line the tool prints for the problem: {@code file:line:column pointer}. */
    String location() {
      return file + ":" + line + ":" + column + " " + pointer;
    }
  }

  private CliFiles() {}

  static Path registry(Path dir) throws IOException {
    return write(dir.resolve("registry.json"), JSON.writeRegistry(SampleRegistry.registry()));
  }

  /** The sample registry with the first organization registered on 30 February. */
  static Broken malformedRegistry(Path dir) throws IOException {
    String good = JSON.writeRegistry(SampleRegistry.registry());
    return breakValue(dir.resolve("malformed-registry.json"), good, "\"registrationDate\": \"", "2025-02-30",
        "/organizations/0/registrationDate");
  }

  static Path policy(Path dir) throws IOException {
    return policy(dir, "policy.json", DefaultFundingPolicy.policy());
  }

  /** The default policy with a ceiling of USD 30,000, as version {@code 1.1-ceiling-30000}. */
  static Path higherCeilingPolicy(Path dir) throws IOException {
    return policy(dir, "policy-ceiling-30000.json", FundingReport.higherCeiling());
  }

  static Path policy(Path dir, String name, Policy policy) throws IOException {
    return write(dir.resolve(name), JSON.write(DocumentType.POLICY, policy));
  }

  /** The default policy in force from a day that is not a date (13th month). */
  static Broken malformedPolicy(Path dir) throws IOException {
    String good = JSON.write(DocumentType.POLICY, DefaultFundingPolicy.policy());
    return breakValue(dir.resolve("malformed-policy.json"), good, "\"effectiveFrom\": \"", "2008-13-01",
        "/effectiveFrom");
  }

  /** The default policy as version 2.0, in force from 1 January 2027 only. */
  static Policy laterVersion() {
    return DefaultFundingPolicy.policy().toBuilder().version("2.0").effectiveFrom(LocalDate.of(2027, 1, 1)).build();
  }

  private static Broken breakValue(Path file, String good, String before, String value, String pointer)
      throws IOException {
    int at = good.indexOf(before) + before.length();
    int end = good.indexOf('"', at);
    String bad = good.substring(0, at) + value + good.substring(end);
    write(file, bad);
    String head = bad.substring(0, at - 1);
    int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
    int column = head.length() - head.lastIndexOf('\n');
    return new Broken(file, line, column, pointer);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
