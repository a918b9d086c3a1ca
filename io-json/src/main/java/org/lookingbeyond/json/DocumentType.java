package org.lookingbeyond.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.lookingbeyond.classify.ClassificationPolicy;
import org.lookingbeyond.classify.ClassificationReport;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.json.internal.ClassificationPolicyCodec;
import org.lookingbeyond.json.internal.ClassificationReportCodec;
import org.lookingbeyond.json.internal.CoverageCodecs;
import org.lookingbeyond.json.internal.Node;
import org.lookingbeyond.json.internal.Out;
import org.lookingbeyond.json.internal.PolicyCodec;
import org.lookingbeyond.json.internal.ReadContext;
import org.lookingbeyond.json.internal.ReportCodecs;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.Policy;

/**
 * The kinds of document besides the registry (which {@link LookingBeyondJson#readRegistry} streams):
 * policies, coverage settings and reports, each with its {@code "format"} name and major version.
 *
 * <pre>{@code
 * Document<Policy> doc = json.read(DocumentType.POLICY, Path.of("seed-funding-2027.json"));
 * String report = json.write(DocumentType.DECISIONS, decisions);
 * }</pre>
 *
 * @param <T> the type of the document's value
 * @since 0.1.0
 */
public final class DocumentType<T> {

  /** A rule policy ({@code lookingbeyond.policy/1}): parameters, rules, criteria from the closed catalog. */
  public static final DocumentType<Policy> POLICY = new DocumentType<>(PolicyCodec.TYPE, PolicyCodec.MAJOR,
      (root, ctx, schemas) -> PolicyCodec.read(root, ctx, schemas), PolicyCodec::write);

  /** Eligibility decisions with every rule's outcome explained ({@code lookingbeyond.decisions/1}). */
  public static final DocumentType<List<Decision>> DECISIONS = new DocumentType<>(ReportCodecs.DECISIONS,
      ReportCodecs.MAJOR, (root, ctx, schemas) -> ReportCodecs.open(root, ctx, ReportCodecs.DECISIONS)
          .map(ReportCodecs::readDecisions), ReportCodecs::writeDecisions);

  /** A budget allocation with the reason for every unfunded application ({@code lookingbeyond.allocation/1}). */
  public static final DocumentType<Allocation> ALLOCATION = new DocumentType<>(ReportCodecs.ALLOCATION,
      ReportCodecs.MAJOR, (root, ctx, schemas) -> ReportCodecs.open(root, ctx, ReportCodecs.ALLOCATION)
          .flatMap(ReportCodecs::readAllocation), ReportCodecs::writeAllocation);

  /** A what-if comparison of two policies ({@code lookingbeyond.whatif/1}). */
  public static final DocumentType<WhatIf> WHAT_IF = new DocumentType<>(ReportCodecs.WHAT_IF, ReportCodecs.MAJOR,
      (root, ctx, schemas) -> ReportCodecs.open(root, ctx, ReportCodecs.WHAT_IF).flatMap(ReportCodecs::readWhatIf),
      ReportCodecs::writeWhatIf);

  /**
   * The settings of a coverage analysis ({@code lookingbeyond.coverage-settings/1}): the geography and
   * theme levels, filters, thresholds, weights, participation period, engagement rule and priority
   * options. Only {@code asOf} is required; an absent setting takes its default, and the writer writes
   * every setting.
   *
   * <pre>{@code
   * CoverageSettings settings = json.read(DocumentType.COVERAGE_SETTINGS, Path.of("coverage.json")).value();
   * CoverageReport report = CoverageAnalyzer.of(settings).analyze(registry);
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final DocumentType<CoverageSettings> COVERAGE_SETTINGS = new DocumentType<>(CoverageCodecs.SETTINGS,
      CoverageCodecs.MAJOR, (root, ctx, schemas) -> ReportCodecs.open(root, ctx, CoverageCodecs.SETTINGS,
          "a coverage settings document").flatMap(CoverageCodecs::readSettingsDocument),
      CoverageCodecs::writeSettingsDocument);

  /**
   * A coverage report ({@code lookingbeyond.coverage-report/1}): its settings, rows, columns, every cell
   * with its organizations, counts, status and the reason for it, totals, concentration, priority gaps
   * with their weights, facts and candidates, unplaceable organizations, exclusions and warnings.
   *
   * <p>JSON has no infinity: a report holding a non-finite number (a priority score that overflows when
   * weights are near {@code Double.MAX_VALUE}) cannot be written, and writing it throws
   * {@link org.lookingbeyond.InvalidValueException} naming the member.
   *
   * @since 0.1.0
   */
  public static final DocumentType<CoverageReport> COVERAGE_REPORT = new DocumentType<>(CoverageCodecs.REPORT,
      CoverageCodecs.MAJOR, (root, ctx, schemas) -> ReportCodecs.open(root, ctx, CoverageCodecs.REPORT)
          .flatMap(CoverageCodecs::readReport), CoverageCodecs::writeReport);

  /**
   * Two coverage reports compared cell by cell ({@code lookingbeyond.coverage-trend/1}).
   *
   * @since 0.1.0
   */
  public static final DocumentType<CoverageTrend> COVERAGE_TREND = new DocumentType<>(CoverageCodecs.TREND,
      CoverageCodecs.MAJOR, (root, ctx, schemas) -> ReportCodecs.open(root, ctx, CoverageCodecs.TREND)
          .flatMap(CoverageCodecs::readTrend), CoverageCodecs::writeTrend);

  /**
   * A stakeholder classification policy ({@code lookingbeyond.classification-policy/1}): id, version,
   * period, description, the settings (priority areas, grid thresholds, urgency window, report due days,
   * field office kinds of candidate RLO regions, engagement rule; an absent setting takes its default)
   * and its four rule policies, {@code attributes}, {@code power}, {@code interest} and
   * {@code rloCandidacy}, each written as a policy document's members without {@code "format"}.
   *
   * <pre>{@code
   * ClassificationPolicy policy = json.read(DocumentType.CLASSIFICATION_POLICY, Path.of("classify.json")).value();
   * Classification all = StakeholderClassifier.of(policy).classifyAll(registry, asOf);
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final DocumentType<ClassificationPolicy> CLASSIFICATION_POLICY = new DocumentType<>(
      ClassificationPolicyCodec.TYPE, ClassificationPolicyCodec.MAJOR, ClassificationPolicyCodec::read,
      ClassificationPolicyCodec::write);

  /**
   * A stakeholder classification report ({@code lookingbeyond.classification-report/1}): every profile
   * with the rule outcomes and findings that explain each field, and the portfolio summary.
   *
   * <pre>{@code
   * String text = json.write(DocumentType.CLASSIFICATION_REPORT, ClassificationReport.of(classification));
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final DocumentType<ClassificationReport> CLASSIFICATION_REPORT = new DocumentType<>(
      ClassificationReportCodec.TYPE, ClassificationReportCodec.MAJOR, (root, ctx, schemas) -> ReportCodecs.open(root,
          ctx, ClassificationReportCodec.TYPE).flatMap(ClassificationReportCodec::read),
      ClassificationReportCodec::write);

  interface Reader<T> {
    Optional<T> read(Node root, ReadContext ctx, Map<String, FactSchema> schemas);
  }

  private final String name;
  private final int major;
  private final Reader<T> reader;
  private final BiConsumer<T, Out> writer;

  private DocumentType(String name, int major, Reader<T> reader, BiConsumer<T, Out> writer) {
    this.name = name;
    this.major = major;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * The format this version writes, such as {@code "lookingbeyond.policy/1"}.
   *
   * @return the format
   * @since 0.1.0
   */
  public String format() {
    return name + "/" + major;
  }

  Reader<T> reader() {
    return reader;
  }

  BiConsumer<T, Out> writer() {
    return writer;
  }

  @Override
  public String toString() {
    return format();
  }
}
