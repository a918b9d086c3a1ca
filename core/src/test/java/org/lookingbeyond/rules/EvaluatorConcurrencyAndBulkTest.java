package org.lookingbeyond.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.rules.RulesFixtures.AMOUNT;
import static org.lookingbeyond.rules.RulesFixtures.APPLIED;
import static org.lookingbeyond.rules.RulesFixtures.AS_OF;
import static org.lookingbeyond.rules.RulesFixtures.CALL_THEMES;
import static org.lookingbeyond.rules.RulesFixtures.CURRENCY;
import static org.lookingbeyond.rules.RulesFixtures.ECOSOC;
import static org.lookingbeyond.rules.RulesFixtures.IS_CSO;
import static org.lookingbeyond.rules.RulesFixtures.OVERDUE_REPORT;
import static org.lookingbeyond.rules.RulesFixtures.REGISTERED;
import static org.lookingbeyond.rules.RulesFixtures.SCHEMA;
import static org.lookingbeyond.rules.RulesFixtures.SCHEMA_WITH_DOMAIN_PARAMETER;
import static org.lookingbeyond.rules.RulesFixtures.SESSION_END;
import static org.lookingbeyond.rules.RulesFixtures.THEMES;
import static org.lookingbeyond.rules.RulesFixtures.WOMEN_SHARE;
import static org.lookingbeyond.rules.RulesFixtures.facts;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.InvalidValueException;

class EvaluatorConcurrencyAndBulkTest {

  static {
    // slf4j-simple fixes its default level when the first logger of the JVM is created (ArchUnit's engine may
    // come first), but reads a named logger's level when that logger is created: the listener's, lazily.
    System.setProperty("org.slf4j.simpleLogger.log.org.lookingbeyond.rules.evaluation", "debug");
  }

  private static final Policy POLICY = RulesFixtures.everyKindPolicy();
  private static final LocalDate BASE = LocalDate.of(2026, 2, 26);

  // ---------------------------------------------------------------- value pools, near every boundary

  private static <T> List<Optional<T>> pool(List<T> values) {
    List<Optional<T>> pool = new ArrayList<>();
    pool.add(Optional.empty());
    values.forEach(v -> pool.add(Optional.of(v)));
    return List.copyOf(pool);
  }

  private static List<LocalDate> around(LocalDate day, int... offsets) {
    return IntStream.of(offsets).mapToObj(day::plusDays).collect(Collectors.toList());
  }

  private static final List<Optional<Boolean>> BOOLEANS = pool(List.of(true, false));
  private static final List<Optional<Double>> AMOUNTS =
      pool(List.of(-5.0, 0.0, 0.5, 999.99, 1_000.0, 12_345.5, 20_000.0, 20_000.01, 1e9));
  private static final List<Optional<Double>> SHARES = pool(List.of(-0.3, 0.0, 0.125, 1.0 / 3, 0.5, 0.875, 1.0, 1.7));
  private static final List<Optional<LocalDate>> SESSION_ENDS = pool(around(BASE, -3, -1, 0, 1, 3));
  private static final List<Optional<LocalDate>> APPLICATION_DAYS =
      pool(around(BASE, -5, 0, 2, 6, 7, 8, 60, 119, 120, 121, 122, 400));
  private static final List<Optional<LocalDate>> REGISTRATION_DAYS = pool(List.of(LocalDate.of(2024, 2, 20),
      LocalDate.of(2024, 2, 26), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1),
      LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 1), LocalDate.of(2020, 1, 1),
      LocalDate.of(2027, 1, 1)));
  private static final List<Optional<String>> CURRENCIES = pool(List.of("USD", "EUR", "usd"));
  private static final List<Optional<String>> STATUSES = pool(List.of("GENERAL", "SPECIAL", "ROSTER", "NONE"));
  private static final List<Optional<Set<String>>> THEME_SETS = pool(List.of(Set.of(), Set.of("drugs"),
      Set.of("justice"), Set.of("drugs", "justice"), Set.of("corruption", "youth")));

  /** Picks one value per fact, by a function from a pool to one of its values. */
  private interface Picker {
    <T> Optional<T> pick(List<Optional<T>> pool);
  }

  private static FactRecord record(Picker p) {
    return facts().set(IS_CSO, p.pick(BOOLEANS)).set(OVERDUE_REPORT, p.pick(BOOLEANS)).set(AMOUNT, p.pick(AMOUNTS))
        .set(WOMEN_SHARE, p.pick(SHARES)).set(REGISTERED, p.pick(REGISTRATION_DAYS))
        .set(SESSION_END, p.pick(SESSION_ENDS)).set(APPLIED, p.pick(APPLICATION_DAYS))
        .set(CURRENCY, p.pick(CURRENCIES)).set(ECOSOC, p.pick(STATUSES)).set(THEMES, p.pick(THEME_SETS))
        .set(CALL_THEMES, p.pick(THEME_SETS)).build();
  }

  private static final Gen<FactRecord> RECORDS = in -> record(new Picker() {
    @Override
    public <T> Optional<T> pick(List<Optional<T>> pool) {
      return Generate.pick(pool).generate(in);
    }
  });

  private static List<FactRecord> randomRecords(long seed, int n) {
    Random random = new Random(seed);
    Picker p = new Picker() {
      @Override
      public <T> Optional<T> pick(List<Optional<T>> pool) {
        return pool.get(random.nextInt(pool.size()));
      }
    };
    return IntStream.range(0, n).mapToObj(i -> record(p)).collect(Collectors.toList());
  }

  private static List<String> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.format(java.util.Locale.ROOT, "APP-%04d", i))
        .collect(Collectors.toList());
  }

  private static FactTable table(List<FactRecord> records) {
    return FactTable.of(SCHEMA, ids(records.size()), records);
  }

  // ---------------------------------------------------------------- (a) bulk path = single path

  @Test
  void theBulkPathDecidesEveryRowAsTheSinglePathDoes() {
    Evaluator evaluator = POLICY.evaluator();
    int rules = POLICY.rules().size();
    qt().withExamples(200).forAll(lists().of(RECORDS).ofSizeBetween(1, 200)).checkAssert(records -> {
      FactTable t = table(records);
      BulkResult bulk = evaluator.evaluateAll(t, AS_OF);
      assertEquals(records.size(), bulk.size());
      Map<Verdict, Integer> counted = new EnumMap<>(Verdict.class);
      for (int row = 0; row < records.size(); row++) {
        assertEquals(records.get(row), t.record(row), "a table gives back the record it was given");
        Decision single = evaluator.evaluate(t.subjectId(row), records.get(row), AS_OF);
        int r = row;
        assertEquals(single.verdict(), bulk.verdict(row), () -> "verdict of " + records.get(r));
        assertEquals(single.score(), bulk.score(row), () -> "score of " + records.get(r));
        for (int rule = 0; rule < rules; rule++) {
          int k = rule;
          assertEquals(single.outcomes().get(rule).status(), bulk.status(row, rule),
              () -> "rule " + POLICY.rules().get(k).id() + " for " + records.get(r));
        }
        assertEquals(single, bulk.decision(row));
        counted.merge(single.verdict(), 1, Integer::sum);
      }
      for (Verdict v : Verdict.values()) {
        assertEquals(counted.getOrDefault(v, 0), bulk.count(v), v::toString);
      }
    });
  }

  @Test
  void theGeneratedRecordsReachEveryVerdictAndEveryStatus() {
    List<FactRecord> records = randomRecords(7, 2_000);
    BulkResult bulk = POLICY.evaluator().evaluateAll(table(records), AS_OF);
    for (Verdict v : Verdict.values()) {
      assertTrue(bulk.count(v) > 0, v::toString);
    }
    Set<Status> seen = IntStream.range(0, bulk.size()).boxed()
        .flatMap(row -> IntStream.range(0, POLICY.rules().size()).mapToObj(rule -> bulk.status(row, rule)))
        .collect(Collectors.toSet());
    assertEquals(Set.of(Status.values()), seen);
  }

  // ---------------------------------------------------------------- (b) one evaluator, 16 threads

  @Test
  void anEvaluatorSharedBySixteenThreadsDecidesAsOneThreadDoes() throws Exception {
    int n = 2_000;
    int threads = 16;
    List<FactRecord> records = randomRecords(20_271, n);
    List<String> ids = ids(n);
    Map<String, Decision> expected = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      expected.put(ids.get(i), POLICY.evaluator().evaluate(ids.get(i), records.get(i), AS_OF));
    }
    AtomicInteger decisions = new AtomicInteger();
    AtomicInteger ruleOutcomes = new AtomicInteger();
    Evaluator shared = POLICY.evaluator().withListener(new EvaluationListener() {
      @Override
      public void afterRule(String subjectId, RuleOutcome outcome) {
        ruleOutcomes.incrementAndGet();
      }

      @Override
      public void afterEvaluation(Decision decision) {
        decisions.incrementAndGet();
      }
    });
    FactTable table = FactTable.of(SCHEMA, ids, records);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, Decision>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        Callable<Map<String, Decision>> task = () -> {
          List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toList());
          Collections.shuffle(order, new Random(seed));
          start.await();
          Map<String, Decision> mine = new LinkedHashMap<>();
          for (int i : order) {
            mine.put(ids.get(i), shared.evaluate(ids.get(i), records.get(i), AS_OF));
          }
          BulkResult bulk = shared.evaluateAll(table, AS_OF);
          for (int i = 0; i < n; i++) {
            Decision d = mine.get(ids.get(i));
            if (bulk.verdict(i) != d.verdict() || bulk.score(i) != d.score()) {
              throw new AssertionError("bulk and single paths differ on " + ids.get(i));
            }
          }
          return mine;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Map<String, Decision>> f : results) {
        Map<String, Decision> mine = f.get(2, TimeUnit.MINUTES);
        assertEquals(expected.keySet(), mine.keySet());
        for (String id : ids) {
          assertEquals(expected.get(id), mine.get(id), id);
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
    assertEquals(threads * n, decisions.get());
    assertEquals(threads * n * POLICY.rules().size(), ruleOutcomes.get());
  }

  // ---------------------------------------------------------------- (c) listeners

  /** Writes down every call, in order. */
  private static final class Recorder implements EvaluationListener {
    final List<String> events = new ArrayList<>();
    final List<RuleOutcome> outcomes = new ArrayList<>();
    Policy policy;

    @Override
    public void beforeEvaluation(String subjectId, Policy p) {
      policy = p;
      events.add("before " + subjectId);
    }

    @Override
    public void afterRule(String subjectId, RuleOutcome outcome) {
      outcomes.add(outcome);
      events.add("rule " + subjectId + " " + outcome.ruleId() + " " + outcome.status());
    }

    @Override
    public void afterEvaluation(Decision decision) {
      events.add("after " + decision.subjectId() + " " + decision.verdict());
    }
  }

  @Test
  void aListenerHearsTheStartEveryRuleInOrderAndTheDecision() {
    Recorder recorder = new Recorder();
    FactRecord r = randomRecords(3, 1).get(0);
    Decision d = POLICY.evaluator().withListener(recorder).evaluate("APP-7", r, AS_OF);
    List<String> expected = new ArrayList<>();
    expected.add("before APP-7");
    d.outcomes().forEach(o -> expected.add("rule APP-7 " + o.ruleId() + " " + o.status()));
    expected.add("after APP-7 " + d.verdict());
    assertEquals(expected, recorder.events);
    assertEquals(POLICY.rules().size(), recorder.outcomes.size());
    assertEquals(d.outcomes(), recorder.outcomes);
    assertSame(POLICY, recorder.policy);
    assertEquals(POLICY.evaluator().evaluate("APP-7", r, AS_OF), d, "listening changes nothing");
  }

  @Test
  void theBulkPathDoesNotCallTheListener() {
    Recorder recorder = new Recorder();
    List<FactRecord> records = randomRecords(5, 10);
    BulkResult bulk = POLICY.evaluator().withListener(recorder).evaluateAll(table(records), AS_OF);
    assertEquals(10, bulk.size());
    assertEquals(List.of(), recorder.events);
  }

  @Test
  void theSlf4jListenerLogsEvaluationsWithoutChangingThem() {
    Evaluator logged = POLICY.evaluator().withListener(new Slf4jEvaluationListener());
    for (FactRecord r : randomRecords(11, 5)) {
      Decision d = assertDoesNotThrow(() -> logged.evaluate("APP-9", r, AS_OF));
      assertEquals(POLICY.evaluator().evaluate("APP-9", r, AS_OF), d);
    }
    Decision fast = assertDoesNotThrow(() -> logged.withFailFast().evaluate("APP-9", facts().build(), AS_OF));
    assertEquals(Verdict.NEEDS_REVIEW, fast.verdict());
  }

  // ---------------------------------------------------------------- (d) refused facts

  @Test
  void aRecordRefusesAFactOfAnotherSchemaNamingIt() {
    Fact<Boolean> foreign = Fact.bool("applicant.isFoundation", "a fact of another schema");
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> facts().set(foreign, true));
    assertTrue(e.getMessage().contains("applicant.isFoundation"), e.getMessage());
  }

  @Test
  void aRecordRefusesAFactOfAnotherTypeNamingIt() {
    Fact<String> csoAsText = Fact.text(IS_CSO.name(), "the CSO flag misread as text");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> facts().set(csoAsText, "yes"));
    assertTrue(e.getMessage().contains("applicant.isCso"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> facts().set(csoAsText, Optional.of("yes")));
  }

  @Test
  void aRecordRefusesANumberThatIsNotFiniteNamingTheFact() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> facts().set(AMOUNT, bad));
      assertTrue(e.getMessage().contains("application.amount"), e.getMessage());
    }
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> facts().set(WOMEN_SHARE, Optional.of(Double.NaN)));
    assertTrue(e.getMessage().contains("applicant.womenShare"), e.getMessage());
  }

  @Test
  void aTableRefusesARecordOfAnotherSchemaNamingBoth() {
    FactRecord mine = facts().set(IS_CSO, true).build();
    FactRecord other = FactRecord.builder(SCHEMA_WITH_DOMAIN_PARAMETER).set(IS_CSO, true).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FactTable.of(SCHEMA, List.of("APP-1", "APP-2"), List.of(mine, other)));
    assertTrue(e.getMessage().contains("test-grants-reporting") && e.getMessage().contains("record 1"),
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> FactTable.of(SCHEMA, List.of("APP-1"), List.of(mine, mine)));
  }

  @Test
  void anEvaluatorRefusesFactsOfAnotherSchema() {
    FactRecord other = FactRecord.builder(SCHEMA_WITH_DOMAIN_PARAMETER).set(IS_CSO, true).build();
    InvalidValueException single = assertThrows(InvalidValueException.class,
        () -> POLICY.evaluator().evaluate("APP-1", other, AS_OF));
    assertTrue(single.getMessage().contains("test-grants-reporting"), single.getMessage());
    FactTable otherTable = FactTable.of(SCHEMA_WITH_DOMAIN_PARAMETER, List.of("APP-1"), List.of(other));
    InvalidValueException bulk = assertThrows(InvalidValueException.class,
        () -> POLICY.evaluator().evaluateAll(otherTable, AS_OF));
    assertTrue(bulk.getMessage().contains("test-grants-reporting"), bulk.getMessage());
  }
}
