package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;

/**
 * Golden decisions: the applications of golden/registry.json assessed under the default policy give,
 * byte for byte, golden/decisions.json (every rule's outcome with its reason), golden/allocation.json
 * for a budget of USD 30,000 and golden/whatif.json against a version with a USD 15,000 ceiling. Run
 * with {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
class GoldenDecisionsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final LookingBeyondJson json = LookingBeyondJson.defaults();

  private Registry registry() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/golden/registry.json")) {
      return json.readRegistry(in, "golden/registry.json").registry();
    }
  }

  @Test
  void decisionsMatchTheGoldenFile() throws IOException {
    Registry registry = registry();
    List<Decision> decisions = SeedFunding.withDefaultPolicy().assessAll(registry, registry.applications(), AS_OF);
    compare("decisions.json", json.write(DocumentType.DECISIONS, decisions));
    assertEquals(decisions, json.read(DocumentType.DECISIONS, json.write(DocumentType.DECISIONS, decisions)).value());
  }

  @Test
  void allocationMatchesTheGoldenFile() throws IOException {
    Registry registry = registry();
    SeedFunding funding = SeedFunding.withDefaultPolicy();
    Allocation allocation = funding.allocate(registry, funding.assessAll(registry, registry.applications(), AS_OF),
        Money.of("30000", "USD"));
    compare("allocation.json", json.write(DocumentType.ALLOCATION, allocation));
    assertEquals(allocation, json.read(DocumentType.ALLOCATION, json.write(DocumentType.ALLOCATION, allocation)).value());
  }

  @Test
  void whatIfMatchesTheGoldenFile() throws IOException {
    Registry registry = registry();
    Policy lower = DefaultFundingPolicy.policy().toBuilder()
        .replaceParameter(Parameter.number("maxAmount", 15_000, "ceiling of a grant in the policy's currency"))
        .build();
    Policy renamed = rebuild(lower, "1.1-lower-ceiling");
    WhatIf w = SeedFunding.withDefaultPolicy().whatIf(registry, registry.applications(), DefaultFundingPolicy.policy(),
        renamed, AS_OF);
    compare("whatif.json", json.write(DocumentType.WHAT_IF, w));
    assertEquals(w, json.read(DocumentType.WHAT_IF, json.write(DocumentType.WHAT_IF, w)).value());
  }

  private static Policy rebuild(Policy p, String version) {
    Policy.Builder b = Policy.builder(p.id(), version, p.schema()).description(p.description())
        .effectiveFrom(p.effectiveFrom());
    p.parameters().values().forEach(b::parameter);
    p.rules().forEach(b::rule);
    return b.build();
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
