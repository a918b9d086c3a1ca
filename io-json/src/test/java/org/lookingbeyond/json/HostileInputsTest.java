package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.model.Grant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inputs a hostile user would send: each is refused with a located problem of the library's own
 * exception, quickly, and with a short message (never an ArithmeticException, DateTimeException or
 * OutOfMemoryError).
 */
class HostileInputsTest {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();
  private static final Duration GENEROUS = Duration.ofSeconds(30);
  private static final int SHORT_MESSAGE = 2_000;

  private static String registry(String members) {
    return "{\"format\":\"lookingbeyond.registry/1\"," + members + "}";
  }

  private static String grant(String amount, String end) {
    return "{\"id\":\"GR-1\",\"organizationId\":\"ORG-A\",\"amount\":{\"amount\":" + amount
        + ",\"currency\":\"USD\"},\"consultationStart\":\"2025-05-12\",\"consultationEnd\":\"" + end + "\"}";
  }

  private static String organizationA() {
    return "\"organizations\":[{\"id\":\"ORG-A\",\"name\":\"A\",\"type\":\"NATIONAL_NGO\"}]";
  }

  private static JsonProblem refused(Supplier<?> read, JsonProblem.Code code, String pointer) {
    JsonDocumentException e = assertTimeout(GENEROUS, () -> assertThrows(JsonDocumentException.class, read::get));
    assertTrue(e.getMessage().length() < SHORT_MESSAGE, () -> "message of " + e.getMessage().length() + " chars");
    return e.problems().stream().filter(p -> p.code() == code && p.pointer().equals(pointer)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " at " + pointer + " in " + e.problems()));
  }

  // ---------------------------------------------------------------- finding 1: exponents

  @Test
  void aGrantAmountWithTheLargestExponentIsAnInvalidValueNotAnArithmeticFailure() {
    for (String amount : List.of("1E+2147483647", "12E+2147483646", "-1E+2147483647", "1E-2147483647")) {
      JsonProblem p = refused(() -> JSON.readRegistry(registry(organizationA() + ",\"grants\":["
          + grant(amount, "2025-05-13") + "]")), JsonProblem.Code.INVALID_VALUE, "/grants/0/amount/amount");
      assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    }
  }

  @Test
  void anAllocationBudgetWithTheLargestExponentIsAnInvalidValue() {
    String doc = "{\"format\":\"lookingbeyond.allocation/1\",\"budget\":{\"amount\":1E+2147483647,"
        + "\"currency\":\"USD\"}}";
    refused(() -> JSON.read(DocumentType.ALLOCATION, doc), JsonProblem.Code.INVALID_VALUE, "/budget/amount");
  }

  @Test
  void aGrantWithTheLargestExponentThroughTheJacksonModuleIsAJacksonFailure() {
    JsonMapper mapper = JsonMapper.builder().addModule(new LookingBeyondModule()).build();
    JacksonException e = assertThrows(JacksonException.class,
        () -> mapper.readValue(grant("1E+2147483647", "2025-05-13"), Grant.class));
    assertTrue(e.getMessage().contains("/amount/amount"), e.getMessage());
  }

  // ---------------------------------------------------------------- finding 2: dates

  @Test
  void coverageSettingsAsOfTheEarliestDayJavaKnowsAreRefusedAtTheField() {
    JsonProblem p = refused(() -> JSON.read(DocumentType.COVERAGE_SETTINGS,
        "{\"format\":\"lookingbeyond.coverage-settings/1\",\"asOf\":\"-999999999-01-01\"}"),
        JsonProblem.Code.INVALID_VALUE, "/asOf");
    assertTrue(p.message().contains("1900-01-01 to 2999-12-31"), p::toString);
  }

  @Test
  void aGrantEndingOnTheLastDayJavaKnowsIsRefusedAtTheField() {
    refused(() -> JSON.readRegistry(registry(organizationA() + ",\"grants\":["
        + grant("100", "+999999999-12-31") + "]")), JsonProblem.Code.INVALID_VALUE, "/grants/0/consultationEnd");
  }

  @Test
  void theEdgesOfTheSupportedRangeAreRead() {
    assertEquals(1, JSON.readRegistry(registry(organizationA() + ",\"grants\":[" + grant("100", "2999-12-31")
        .replace("2025-05-12", "1900-01-01") + "]")).registry().grants().size());
  }

  // ---------------------------------------------------------------- finding 3: a cap on problems

  @Test
  void aMillionEmptyOrganizationsGiveAThousandProblemsAndACount() {
    StringBuilder sb = new StringBuilder("{\"format\":\"lookingbeyond.registry/1\",\"organizations\":[{}");
    sb.append(",{}".repeat(999_999)).append("]}");
    JsonDocumentException e = assertTimeout(GENEROUS,
        () -> assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(sb.toString())));
    List<JsonProblem> problems = e.problems();
    assertEquals(1001, problems.size());
    JsonProblem last = problems.get(1000);
    assertEquals(JsonProblem.Code.LIMIT_EXCEEDED, last.code());
    // reading stops after counting 100 times the limit past it: a million broken records cost no more
    assertTrue(last.message().startsWith("and at least 100000 more problems"), last::toString);
    assertTrue(last.line() > 0 && !last.pointer().isEmpty(), last::toString);
    assertTrue(e.getMessage().length() < SHORT_MESSAGE, () -> e.getMessage().length() + " chars");
  }

  @Test
  void theProblemCapIsConfigurable() {
    String doc = "{\"format\":\"lookingbeyond.registry/1\",\"organizations\":[" + "{},".repeat(9) + "{}]}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> LookingBeyondJson.builder().maxProblems(5).build().readRegistry(doc));
    assertEquals(6, e.problems().size());
    assertTrue(e.problems().get(5).message().startsWith("and 25 more problems"), e.problems()::toString);
    assertThrows(org.lookingbeyond.InvalidValueException.class, () -> LookingBeyondJson.builder().maxProblems(0));
  }

  @Test
  void aMillionNumbersAsOperatingCountriesAreRefusedQuickly() {
    String doc = registry("\"organizations\":[{\"id\":\"ORG-A\",\"name\":\"A\",\"type\":\"NATIONAL_NGO\","
        + "\"operatingCountries\":[1" + ",1".repeat(999_999) + "]}]");
    JsonDocumentException e = assertTimeout(GENEROUS,
        () -> assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(doc)));
    assertEquals(1001, e.problems().size());
    assertEquals(JsonProblem.Code.WRONG_TYPE, e.problems().get(0).code());
  }

  // ---------------------------------------------------------------- finding 12: nesting past Jackson's limit

  @Test
  void nestingPastJacksonsOwnLimitThroughTheModuleIsLocated() {
    JsonMapper mapper = JsonMapper.builder().addModule(new LookingBeyondModule()).build();
    String deep = "[".repeat(3000) + "]".repeat(3000);
    JacksonException e = assertThrows(JacksonException.class,
        () -> mapper.readValue("{\"id\":\"GR-1\",\n \"extra\":" + deep + "}", Grant.class));
    assertTrue(e.getLocation() != null && e.getLocation().getLineNr() == 2, () -> "no location: " + e);
  }

  @Test
  void nestingPastTheReadersLimitIsLocated() {
    String deep = "[".repeat(3000) + "]".repeat(3000);
    JsonProblem p = refused(() -> LookingBeyondJson.builder().maxNestingDepth(1000).build()
        .readRegistry(registry("\n\"x\":" + deep)), JsonProblem.Code.LIMIT_EXCEEDED, "");
    assertEquals(2, p.line(), p::toString);
    assertTrue(p.column() > 1, p::toString);
  }

  // ---------------------------------------------------------------- finding 7: echoed values are short

  @Test
  void aHugeBadDateIsEchoedAsAShortExcerpt() {
    String bad = "x".repeat(999_000);
    JsonProblem p = refused(() -> JSON.readRegistry(registry(organizationA() + ",\"grants\":["
        + grant("100", bad) + "]")), JsonProblem.Code.INVALID_VALUE, "/grants/0/consultationEnd");
    assertTrue(p.message().length() < 200, () -> p.message().length() + " chars");
    assertTrue(p.message().contains("xxx..."), p::message);
  }

  @Test
  void hugeBadEnumMembersFormatsAndKeysAreEchoedAsShortExcerpts() {
    String huge = "Y".repeat(100_000);
    for (String doc : List.of(
        registry("\"organizations\":[{\"id\":\"ORG-A\",\"name\":\"A\",\"type\":\"" + huge + "\"}]"),
        "{\"format\":\"" + huge + "\"}",
        registry("\"" + huge + "\":1,\"" + huge + "\":2"))) {
      JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(doc));
      e.problems().forEach(p -> assertTrue(p.message().length() < 400, () -> p.message().length() + " chars"));
    }
  }

  @Test
  void aHugeSchemaNameAndCriterionKindInAPolicyAreEchoedAsShortExcerpts() throws java.io.IOException {
    String policy;
    try (java.io.InputStream in = HostileInputsTest.class.getResourceAsStream("/golden/default-policy.json")) {
      policy = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String huge = "Z".repeat(200_000);
    for (String doc : List.of(policy.replace("\"schema\": \"seed-funding\"", "\"schema\": \"" + huge + "\""),
        policy.replaceFirst("\"kind\": \"isTrue\"", "\"kind\": \"" + huge + "\""))) {
      JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.read(DocumentType.POLICY, doc));
      assertTrue(e.problems().stream().anyMatch(p -> p.code() == JsonProblem.Code.INVALID_VALUE), e::getMessage);
      e.problems().forEach(p -> assertTrue(p.message().length() < 400, () -> p.message().length() + " chars"));
    }
  }

  @Test
  void controlCharactersInAnEchoedValueAreEscaped() {
    JsonProblem p = refused(() -> JSON.readRegistry(registry("\"organizations\":[{\"id\":\"ORG-A\",\"name\":\"A\","
        + "\"type\":\"NGO\\u0007\\n\"}]")), JsonProblem.Code.INVALID_VALUE, "/organizations/0/type");
    assertTrue(p.message().contains("NGO\\u0007\\u000a"), p::message);
  }
}
