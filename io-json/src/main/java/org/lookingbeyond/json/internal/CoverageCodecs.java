package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.coverage.CandidateReason;
import org.lookingbeyond.coverage.CellStatus;
import org.lookingbeyond.coverage.CellTrend;
import org.lookingbeyond.coverage.Concentration;
import org.lookingbeyond.coverage.CoverageCell;
import org.lookingbeyond.coverage.CoverageColumn;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageRow;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.coverage.Exclusion;
import org.lookingbeyond.coverage.GapCandidate;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.PriorityGap;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.coverage.TrendKind;
import org.lookingbeyond.coverage.UnplaceableOrganization;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.OrganisationType;

/**
 * Reads and writes the coverage documents: the settings of an analysis, its report and the trend
 * between two reports.
 *
 * <p>Anchors of unknown members: the document {@code ""}; the settings {@code ""} in a settings document
 * and {@code /settings} in a report, with {@code .../geographyLevel} and {@code .../engagementRule}; a
 * row {@code /rows/{id}}; a column {@code /columns/{id}} and its {@code .../concentration}; a cell
 * {@code /cells/{rowId}/{columnId}} (in a report and in a trend); {@code /overallConcentration}; a
 * priority gap {@code /priorityGaps/{rowId}/{columnId}}, its candidates
 * {@code .../candidates/{organizationId}} and their reasons {@code .../reasons/{kind}}; an unplaceable
 * organization {@code /unplaceable/{organizationId}}; and in a trend {@code /geographyLevel}. Ids are
 * escaped as in JSON pointers.
 */
public final class CoverageCodecs {
  public static final String SETTINGS = "lookingbeyond.coverage-settings";
  public static final String REPORT = "lookingbeyond.coverage-report";
  public static final String TREND = "lookingbeyond.coverage-trend";
  public static final int MAJOR = 1;

  private CoverageCodecs() {}

  // ================================================================== settings

  public static Optional<CoverageSettings> readSettingsDocument(Fields root) {
    return settings(root);
  }

  public static void writeSettingsDocument(CoverageSettings s, Out out) {
    out.startObject();
    out.string("format", SETTINGS + "/" + MAJOR);
    settingsMembers(s, out, "");
    out.endObject("");
  }

  /** Reads the settings' members from an object (the document's root or a report's "settings"). */
  static Optional<CoverageSettings> settings(Fields f) {
    ReadContext ctx = f.context();
    Optional<LocalDate> asOf = f.requiredDate("asOf");
    Optional<GeographyLevel> geography = f.member("geographyLevel").flatMap(n -> geographyLevel(n, ctx,
        f.anchor() + "/geographyLevel"));
    Optional<ThemeLevel> theme = f.enumValue("themeLevel", ThemeLevel.class);
    Optional<List<OrganisationType>> types = list(f, "organizationTypes", n -> organisationType(n, ctx));
    Optional<Boolean> registered = f.bool("requireRegisteredByAsOf");
    Optional<List<String>> networks = list(f, "networks", n -> string(n, "networks", ctx));
    Optional<List<EngagementTier>> tiers = list(f, "engagementTiers", n -> enumOf(n, "engagementTiers",
        EngagementTier.class, ctx));
    Optional<EngagementRule> rule = f.member("engagementRule").flatMap(n -> engagementRule(n, ctx,
        f.anchor() + "/engagementRule"));
    Optional<List<EngagementTier>> engaged = list(f, "engagedTiers", n -> enumOf(n, "engagedTiers",
        EngagementTier.class, ctx));
    Optional<Integer> gapBelow = integerAtLeast(f, "gapBelow", 0, false);
    Optional<Integer> weakBelow = integerAtLeast(f, "weakBelow", 0, false);
    Map<String, Double> regionWeights = weights(f, "regionWeights");
    Map<String, Double> themeWeights = weights(f, "themeWeights");
    Optional<LocalDate> start = f.date("participationStart");
    Optional<LocalDate> end = f.date("participationEnd");
    Optional<Boolean> prioritizeWeak = f.bool("prioritizeWeakCells");
    Optional<Integer> maxGaps = integerAtLeast(f, "maxPriorityGaps", 0, false);
    Optional<Integer> maxCandidates = integerAtLeast(f, "maxCandidatesPerGap", 0, false);
    return f.build(() -> {
      var b = CoverageSettings.builder().asOf(asOf.orElseThrow());
      geography.ifPresent(b::geographyLevel);
      theme.ifPresent(b::themeLevel);
      types.ifPresent(b::organizationTypes);
      registered.ifPresent(b::requireRegisteredByAsOf);
      networks.ifPresent(b::networks);
      tiers.ifPresent(b::engagementTiers);
      rule.ifPresent(b::engagementRule);
      engaged.ifPresent(b::engagedTiers);
      gapBelow.ifPresent(b::gapBelow);
      weakBelow.ifPresent(b::weakBelow);
      b.regionWeights(regionWeights);
      b.themeWeights(themeWeights);
      start.ifPresent(b::participationStart);
      end.ifPresent(b::participationEnd);
      prioritizeWeak.ifPresent(b::prioritizeWeakCells);
      maxGaps.ifPresent(b::maxPriorityGaps);
      maxCandidates.ifPresent(b::maxCandidatesPerGap);
      return b.build();
    });
  }

  /** Writes every setting, defaults included: an empty set is written as [], unlike an absent one. */
  static void settingsMembers(CoverageSettings s, Out out, String anchor) {
    out.date("asOf", s.asOf());
    out.name("geographyLevel");
    writeGeographyLevel(s.geographyLevel(), out, anchor + "/geographyLevel");
    out.enumValue("themeLevel", s.themeLevel());
    array(out, "organizationTypes", names(s.organizationTypes()));
    out.bool("requireRegisteredByAsOf", s.requireRegisteredByAsOf());
    array(out, "networks", s.networks());
    array(out, "engagementTiers", names(s.engagementTiers()));
    out.name("engagementRule");
    writeEngagementRule(s.engagementRule(), out, anchor + "/engagementRule");
    array(out, "engagedTiers", names(s.engagedTiers()));
    out.number("gapBelow", s.gapBelow());
    out.number("weakBelow", s.weakBelow());
    weights(out, "regionWeights", s.regionWeights());
    weights(out, "themeWeights", s.themeWeights());
    out.date("participationStart", s.participationStart());
    out.date("participationEnd", s.participationEnd());
    out.bool("prioritizeWeakCells", s.prioritizeWeakCells());
    out.number("maxPriorityGaps", s.maxPriorityGaps());
    out.number("maxCandidatesPerGap", s.maxCandidatesPerGap());
  }

  private static Optional<GeographyLevel> geographyLevel(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"geographyLevel\"").flatMap(f -> {
      Optional<GeographyLevel.Kind> kind = f.requiredEnum("kind", GeographyLevel.Kind.class);
      GeographyLevel.Kind k = kind.orElse(null);
      Optional<GroupingKind> groupingKind = k == GeographyLevel.Kind.GROUPING_KIND
          ? f.requiredEnum("groupingKind", GroupingKind.class) : f.enumValue("groupingKind", GroupingKind.class);
      Optional<String> label = k == GeographyLevel.Kind.GROUPINGS ? f.requiredString("label") : f.string("label");
      Optional<Node> idsNode = k == GeographyLevel.Kind.GROUPINGS ? f.required("groupingIds")
          : f.member("groupingIds");
      List<String> ids = f.strings("groupingIds");
      if (k != null) {
        belongsTo(f, "groupingKind", groupingKind.isPresent(), k, GeographyLevel.Kind.GROUPING_KIND);
        belongsTo(f, "label", label.isPresent(), k, GeographyLevel.Kind.GROUPINGS);
        belongsTo(f, "groupingIds", idsNode.isPresent(), k, GeographyLevel.Kind.GROUPINGS);
      }
      return f.build(() -> {
        switch (kind.orElseThrow()) {
          case COUNTRY:
            return GeographyLevel.country();
          case INTERMEDIATE_REGION:
            return GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION);
          case SUB_REGION:
            return GeographyLevel.m49(RegionLevel.SUB_REGION);
          case REGION:
            return GeographyLevel.m49(RegionLevel.REGION);
          case GROUPING_KIND:
            return GeographyLevel.groupings(groupingKind.orElseThrow());
          default:
            return GeographyLevel.groupings(label.orElseThrow(), ids);
        }
      });
    });
  }

  /** A member that only one kind of level has, given with another kind, is an INVALID_VALUE problem. */
  private static void belongsTo(Fields f, String name, boolean present, GeographyLevel.Kind kind,
      GeographyLevel.Kind owner) {
    if (present && kind != owner) {
      f.context().problems().add(Code.INVALID_VALUE, f.member(name).orElseThrow(), "\"" + name
          + "\" is given only with \"kind\": \"" + owner + "\", not with \"" + kind + "\"");
    }
  }

  private static void writeGeographyLevel(GeographyLevel level, Out out, String anchor) {
    out.startObject();
    out.enumValue("kind", level.kind());
    level.groupingKind().ifPresent(k -> out.enumValue("groupingKind", k));
    out.string("label", level.label());
    out.strings("groupingIds", level.groupingIds());
    out.endObject(anchor);
  }

  static void writeEngagementRule(EngagementRule rule, Out out, String anchor) {
    out.startObject();
    out.number("windowMonths", rule.windowMonths());
    out.number("coreMinimumParticipations", rule.coreMinimumParticipations());
    out.bool("coreRequiresContribution", rule.coreRequiresContribution());
    out.endObject(anchor);
  }

  static Optional<EngagementRule> engagementRule(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"engagementRule\"").flatMap(f -> {
      Optional<Integer> window = integerAtLeast(f, "windowMonths", 1, false);
      Optional<Integer> core = integerAtLeast(f, "coreMinimumParticipations", 1, false);
      Optional<Boolean> contribution = f.bool("coreRequiresContribution");
      return f.build(() -> {
        var b = EngagementRule.builder();
        window.ifPresent(b::windowMonths);
        core.ifPresent(b::coreMinimumParticipations);
        contribution.ifPresent(b::coreRequiresContribution);
        return b.build();
      });
    });
  }

  /** An IATI organisation type by name ("NATIONAL_NGO") or code (22), as in the registry. */
  private static Optional<OrganisationType> organisationType(Node n, ReadContext ctx) {
    if (isKind(n, Node.ScalarNode.Kind.INTEGER)) {
      String code = ((Node.ScalarNode) n).text();
      Optional<OrganisationType> t = code.length() > 3 ? Optional.empty()
          : OrganisationType.fromCode(Integer.parseInt(code));
      if (t.isEmpty()) {
        ctx.problems().add(Code.INVALID_VALUE, n, "\"organizationTypes\": " + code
            + " is not an IATI organisation type code");
      }
      return t;
    }
    if (isKind(n, Node.ScalarNode.Kind.STRING)) {
      return enumOf(n, "organizationTypes", OrganisationType.class, ctx);
    }
    ctx.problems().add(Code.WRONG_TYPE, n, "\"organizationTypes\" elements must be IATI type names or codes, not "
        + Fields.article(n));
    return Optional.empty();
  }

  private static Map<String, Double> weights(Fields f, String name) {
    ReadContext ctx = f.context();
    Map<String, Double> out = new TreeMap<>();
    f.member(name).ifPresent(n -> {
      if (!(n instanceof Node.ObjectNode)) {
        f.wrongType(n, name, "an object of weights by id");
        return;
      }
      ((Node.ObjectNode) n).members().forEach((key, v) -> {
        String what = name + "/" + key;
        if (isKind(v, Node.ScalarNode.Kind.NOT_FINITE)) {
          ctx.taint();
        } else if (isKind(v, Node.ScalarNode.Kind.INTEGER) || isKind(v, Node.ScalarNode.Kind.DECIMAL)) {
          double d = Double.parseDouble(((Node.ScalarNode) v).text());
          if (!Double.isFinite(d)) {
            ctx.problems().add(Code.INVALID_VALUE, v, "\"" + what + "\" is out of range");
          } else if (d < 0) {
            ctx.problems().add(Code.INVALID_VALUE, v, "\"" + what + "\" must be 0 or more, not "
                + ((Node.ScalarNode) v).text());
          } else {
            out.put(key, d);
          }
        } else {
          ctx.problems().add(Code.WRONG_TYPE, v, "\"" + what + "\" must be a number, not " + Fields.article(v));
        }
      });
    });
    return out;
  }

  private static void weights(Out out, String name, Map<String, Double> weights) {
    out.name(name);
    out.startObject();
    weights.forEach((k, v) -> number(out, k, v));
    out.generator().writeEndObject();
  }

  // ================================================================== report

  public static Optional<CoverageReport> readReport(Fields f) {
    ReadContext ctx = f.context();
    Optional<CoverageSettings> settings = f.required("settings").flatMap(n -> Fields.of(n, ctx, "/settings",
        "\"settings\"")).flatMap(CoverageCodecs::settings);
    Optional<Integer> registry = integerAtLeast(f, "registryOrganizations", 0, true);
    Optional<Integer> placed = integerAtLeast(f, "placedOrganizations", 0, true);
    Map<Exclusion, Integer> exclusions = exclusions(f);
    Optional<List<String>> outside = list(f, "countriesOutsideRows", n -> string(n, "countriesOutsideRows", ctx));
    Optional<Double> coveredShare = ReportCodecs.decimal(f, "coveredShare", false);
    Optional<Concentration> overall = f.required("overallConcentration").flatMap(n -> concentration(n, ctx,
        "/overallConcentration", "\"overallConcentration\""));
    Optional<List<CoverageRow>> rows = requiredList(f, "rows", n -> row(n, ctx));
    Optional<List<CoverageColumn>> columns = requiredList(f, "columns", n -> column(n, ctx));
    List<Node> cellNodes = f.member("cells").filter(n -> n instanceof Node.ArrayNode)
        .map(n -> ((Node.ArrayNode) n).elements()).orElse(List.of());
    Optional<List<CoverageCell>> cells = requiredList(f, "cells", n -> cell(n, ctx));
    Optional<Integer> gapCount = integerAtLeast(f, "priorityGapCount", 0, true);
    Optional<List<PriorityGap>> gaps = list(f, "priorityGaps", n -> priorityGap(n, ctx));
    Optional<List<UnplaceableOrganization>> unplaceable = list(f, "unplaceable", n -> unplaceable(n, ctx));
    Optional<List<String>> warnings = list(f, "warnings", n -> string(n, "warnings", ctx));
    if (f.clean() && rows.isPresent() && columns.isPresent() && cells.isPresent()) {
      checkCells(f, rows.get(), columns.get(), cells.get(), cellNodes);
      coveredShare.ifPresent(share -> {
        long covered = cells.get().stream().filter(c -> c.status() == CellStatus.COVERED).count();
        double actual = cells.get().isEmpty() ? 0 : (double) covered / cells.get().size();
        if (Double.compare(actual, share) != 0) {
          ctx.problems().add(Code.INVALID_VALUE, f.member("coveredShare").orElseThrow(), "\"coveredShare\" is "
              + share + " but " + covered + " of the " + cells.get().size() + " cells are COVERED");
        }
      });
    }
    return f.build(() -> CoverageReport.builder().settings(settings.orElseThrow())
        .registryOrganizations(registry.orElseThrow()).placedOrganizations(placed.orElseThrow())
        .exclusions(exclusions).countriesOutsideRows(outside.orElse(List.of()))
        .overallConcentration(overall.orElseThrow()).rows(rows.orElseThrow()).columns(columns.orElseThrow())
        .cells(cells.orElseThrow()).priorityGapCount(gapCount.orElseThrow()).priorityGaps(gaps.orElse(List.of()))
        .unplaceable(unplaceable.orElse(List.of())).warnings(warnings.orElse(List.of())).build());
  }

  /** The cells of a report are rows x columns, in row-major order; each misplaced one is located. */
  private static void checkCells(Fields f, List<CoverageRow> rows, List<CoverageColumn> columns,
      List<CoverageCell> cells, List<Node> nodes) {
    int width = columns.size();
    if (cells.size() != rows.size() * width) {
      f.context().problems().add(Code.INVALID_VALUE, f.member("cells").orElseThrow(), "a report of " + rows.size()
          + " rows and " + width + " columns has " + rows.size() * width + " cells, not " + cells.size());
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      CoverageCell c = cells.get(i);
      String row = rows.get(i / width).id();
      String column = columns.get(i % width).id();
      if (!c.rowId().equals(row) || !c.columnId().equals(column)) {
        f.context().problems().add(Code.INVALID_VALUE, nodes.get(i), "cell " + i + " is " + c.rowId() + " x "
            + c.columnId() + "; in row-major order it must be " + row + " x " + column);
      }
    }
  }

  private static Map<Exclusion, Integer> exclusions(Fields f) {
    ReadContext ctx = f.context();
    Map<Exclusion, Integer> out = new EnumMap<>(Exclusion.class);
    f.member("exclusions").ifPresent(n -> {
      if (!(n instanceof Node.ObjectNode)) {
        f.wrongType(n, "exclusions", "an object of counts by filter");
        return;
      }
      ((Node.ObjectNode) n).members().forEach((key, v) -> {
        Optional<Exclusion> e = java.util.Arrays.stream(Exclusion.values()).filter(x -> x.name().equals(key))
            .findFirst();
        Optional<Integer> count = count(v, "exclusions/" + key, ctx);
        if (e.isEmpty()) {
          ctx.problems().add(Code.INVALID_VALUE, v, "\"exclusions\" has no filter \"" + key + "\"; the filters are "
              + java.util.Arrays.toString(Exclusion.values()));
        } else {
          count.ifPresent(c -> out.put(e.get(), c));
        }
      });
    });
    return out;
  }

  private static Optional<CoverageRow> row(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, anchorOf("/rows/", node, "id"), "a row").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> name = f.requiredString("name");
      Optional<List<String>> countries = list(f, "countries", n -> string(n, "countries", ctx));
      Optional<String> parent = f.string("parentId");
      Optional<List<String>> neighbours = list(f, "neighbourIds", n -> string(n, "neighbourIds", ctx));
      Optional<Integer> count = integerAtLeast(f, "organizationCount", 0, true);
      return f.build(() -> CoverageRow.builder().id(id.orElseThrow()).name(name.orElseThrow())
          .countries(countries.orElse(List.of())).parentId(parent).neighbourIds(neighbours.orElse(List.of()))
          .organizationCount(count.orElseThrow()).build());
    });
  }

  private static Optional<CoverageColumn> column(Node node, ReadContext ctx) {
    String anchor = anchorOf("/columns/", node, "id");
    return Fields.of(node, ctx, anchor, "a column").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> name = f.requiredString("name");
      Optional<String> pillar = f.requiredString("pillarId");
      Optional<List<String>> areas = list(f, "areaIds", n -> string(n, "areaIds", ctx));
      Optional<Integer> count = integerAtLeast(f, "organizationCount", 0, true);
      Optional<Concentration> concentration = f.required("concentration").flatMap(n -> concentration(n, ctx,
          anchor + "/concentration", "\"concentration\""));
      return f.build(() -> CoverageColumn.builder().id(id.orElseThrow()).name(name.orElseThrow())
          .pillarId(pillar.orElseThrow()).areaIds(areas.orElse(List.of())).organizationCount(count.orElseThrow())
          .concentration(concentration.orElseThrow()).build());
    });
  }

  private static Optional<Concentration> concentration(Node node, ReadContext ctx, String anchor, String what) {
    return Fields.of(node, ctx, anchor, what).flatMap(f -> {
      Optional<Double> hhi = ReportCodecs.decimal(f, "hhi", true);
      Optional<Double> gini = ReportCodecs.decimal(f, "gini", true);
      Optional<Integer> rows = integerAtLeast(f, "rows", 0, true);
      Optional<Integer> nonEmpty = integerAtLeast(f, "nonEmptyRows", 0, true);
      Optional<Long> total = f.required("total").flatMap(n -> longAtLeastZero(n, "total", f));
      return f.build(() -> Concentration.builder().hhi(hhi.orElseThrow()).gini(gini.orElseThrow())
          .rows(rows.orElseThrow()).nonEmptyRows(nonEmpty.orElseThrow()).total(total.orElseThrow()).build());
    });
  }

  private static void writeConcentration(Concentration c, Out out, String anchor) {
    out.startObject();
    number(out, "hhi", c.hhi());
    number(out, "gini", c.gini());
    out.number("rows", c.rows());
    out.number("nonEmptyRows", c.nonEmptyRows());
    out.generator().writeNumberProperty("total", c.total());
    out.endObject(anchor);
  }

  private static Optional<CoverageCell> cell(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, cellAnchor("/cells/", node), "a cell").flatMap(f -> {
      Optional<String> row = f.requiredString("rowId");
      Optional<String> column = f.requiredString("columnId");
      Optional<CellStatus> status = f.requiredEnum("status", CellStatus.class);
      Optional<Integer> csoCount = integerAtLeast(f, "csoCount", 0, true);
      Optional<Integer> engagedCount = integerAtLeast(f, "engagedCount", 0, true);
      Optional<Integer> rloCount = integerAtLeast(f, "rloCount", 0, true);
      Optional<Integer> participations = integerAtLeast(f, "participations", 0, true);
      Optional<String> thresholdName = f.requiredString("thresholdName");
      Optional<Integer> threshold = f.requiredInteger("threshold");
      Optional<String> reason = f.requiredString("statusReason");
      Optional<List<String>> ids = list(f, "organizationIds", n -> string(n, "organizationIds", ctx));
      Optional<List<String>> engaged = list(f, "engagedOrganizationIds", n -> string(n, "engagedOrganizationIds",
          ctx));
      Optional<List<String>> rlos = list(f, "rloOrganizationIds", n -> string(n, "rloOrganizationIds", ctx));
      matches(f, "csoCount", csoCount, ids, "organizationIds");
      matches(f, "engagedCount", engagedCount, engaged, "engagedOrganizationIds");
      matches(f, "rloCount", rloCount, rlos, "rloOrganizationIds");
      return f.build(() -> CoverageCell.builder().rowId(row.orElseThrow()).columnId(column.orElseThrow())
          .status(status.orElseThrow()).participations(participations.orElseThrow())
          .thresholdName(thresholdName.orElseThrow()).threshold(threshold.orElseThrow())
          .statusReason(reason.orElseThrow()).organizationIds(ids.orElse(List.of()))
          .engagedOrganizationIds(engaged.orElse(List.of())).rloOrganizationIds(rlos.orElse(List.of())).build());
    });
  }

  /** A count written beside the ids it counts must agree with them. */
  private static void matches(Fields f, String countName, Optional<Integer> count, Optional<List<String>> ids,
      String idsName) {
    if (count.isPresent() && f.clean()) {
      int actual = ids.map(List::size).orElse(0);
      if (count.get() != actual) {
        f.context().problems().add(Code.INVALID_VALUE, f.member(countName).orElseThrow(), "\"" + countName + "\" is "
            + count.get() + " but \"" + idsName + "\" holds " + actual + " ids");
      }
    }
  }

  private static Optional<PriorityGap> priorityGap(Node node, ReadContext ctx) {
    String anchor = cellAnchor("/priorityGaps/", node);
    return Fields.of(node, ctx, anchor, "a priority gap").flatMap(f -> {
      Optional<Integer> rank = integerAtLeast(f, "rank", 1, true);
      Optional<String> row = f.requiredString("rowId");
      Optional<String> column = f.requiredString("columnId");
      Optional<CellStatus> status = f.requiredEnum("status", CellStatus.class);
      Optional<Integer> csoCount = integerAtLeast(f, "csoCount", 0, true);
      Optional<Integer> weakBelow = f.requiredInteger("weakBelow");
      Optional<Double> severity = ReportCodecs.decimal(f, "severity", true);
      Optional<Double> regionWeight = ReportCodecs.decimal(f, "regionWeight", true);
      Optional<String> regionKey = f.string("regionWeightKey");
      Optional<Double> themeWeight = ReportCodecs.decimal(f, "themeWeight", true);
      Optional<String> themeKey = f.string("themeWeightKey");
      Optional<Double> score = ReportCodecs.decimal(f, "score", true);
      Optional<String> explanation = f.requiredString("explanation");
      Optional<List<GapCandidate>> candidates = list(f, "candidates", n -> candidate(n, ctx, anchor));
      return f.build(() -> PriorityGap.builder().rank(rank.orElseThrow()).rowId(row.orElseThrow())
          .columnId(column.orElseThrow()).status(status.orElseThrow()).csoCount(csoCount.orElseThrow())
          .weakBelow(weakBelow.orElseThrow()).severity(severity.orElseThrow())
          .regionWeight(regionWeight.orElseThrow()).regionWeightKey(regionKey)
          .themeWeight(themeWeight.orElseThrow()).themeWeightKey(themeKey).score(score.orElseThrow())
          .explanation(explanation.orElseThrow()).candidates(candidates.orElse(List.of())).build());
    });
  }

  private static Optional<GapCandidate> candidate(Node node, ReadContext ctx, String parent) {
    String anchor = anchorOf(parent + "/candidates/", node, "organizationId");
    return Fields.of(node, ctx, anchor, "a candidate").flatMap(f -> {
      Optional<Integer> rank = integerAtLeast(f, "rank", 1, true);
      Optional<String> id = f.requiredString("organizationId");
      Optional<String> name = f.requiredString("organizationName");
      Optional<EngagementTier> tier = f.requiredEnum("tier", EngagementTier.class);
      Optional<Boolean> engaged = f.required("engaged").flatMap(n -> f.bool("engaged"));
      Optional<Integer> strength = f.requiredInteger("strength");
      Optional<List<CandidateReason>> reasons = requiredList(f, "reasons", n -> reason(n, ctx, anchor));
      return f.build(() -> GapCandidate.builder().rank(rank.orElseThrow()).organizationId(id.orElseThrow())
          .organizationName(name.orElseThrow()).tier(tier.orElseThrow()).engaged(engaged.orElseThrow())
          .strength(strength.orElseThrow()).reasons(reasons.orElseThrow()).build());
    });
  }

  private static Optional<CandidateReason> reason(Node node, ReadContext ctx, String parent) {
    return Fields.of(node, ctx, anchorOf(parent + "/reasons/", node, "kind"), "a reason").flatMap(f -> {
      Optional<CandidateReason.Kind> kind = f.requiredEnum("kind", CandidateReason.Kind.class);
      Optional<List<String>> via = list(f, "via", n -> string(n, "via", ctx));
      Optional<String> message = f.requiredString("message");
      return f.build(() -> CandidateReason.builder().kind(kind.orElseThrow()).via(via.orElse(List.of()))
          .message(message.orElseThrow()).build());
    });
  }

  private static Optional<UnplaceableOrganization> unplaceable(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, anchorOf("/unplaceable/", node, "organizationId"), "an unplaceable organization")
        .flatMap(f -> {
          Optional<String> id = f.requiredString("organizationId");
          Optional<String> name = f.requiredString("organizationName");
          Optional<List<UnplaceableOrganization.Reason>> reasons = requiredList(f, "reasons", n -> enumOf(n,
              "reasons", UnplaceableOrganization.Reason.class, ctx));
          Optional<List<String>> outside = list(f, "countriesOutsideRows", n -> string(n, "countriesOutsideRows",
              ctx));
          Optional<String> message = f.requiredString("message");
          return f.build(() -> UnplaceableOrganization.builder().organizationId(id.orElseThrow())
              .organizationName(name.orElseThrow()).reasons(reasons.orElseThrow())
              .countriesOutsideRows(outside.orElse(List.of())).message(message.orElseThrow()).build());
        });
  }

  public static void writeReport(CoverageReport r, Out out) {
    out.startObject();
    out.string("format", REPORT + "/" + MAJOR);
    out.name("settings");
    out.startObject();
    settingsMembers(r.settings(), out, "/settings");
    out.endObject("/settings");
    out.number("registryOrganizations", r.registryOrganizations());
    out.number("placedOrganizations", r.placedOrganizations());
    out.name("exclusions");
    out.startObject();
    r.exclusions().forEach((k, v) -> out.number(k.name(), v));
    out.generator().writeEndObject();
    array(out, "countriesOutsideRows", r.countriesOutsideRows());
    number(out, "coveredShare", r.coveredShare());
    out.name("overallConcentration");
    writeConcentration(r.overallConcentration(), out, "/overallConcentration");
    out.name("rows");
    out.generator().writeStartArray();
    for (CoverageRow row : r.rows()) {
      out.startObject();
      out.string("id", row.id());
      out.string("name", row.name());
      out.strings("countries", row.countries());
      out.string("parentId", row.parentId());
      out.strings("neighbourIds", row.neighbourIds());
      out.number("organizationCount", row.organizationCount());
      out.endObject("/rows/" + Node.escape(row.id()));
    }
    out.generator().writeEndArray();
    out.name("columns");
    out.generator().writeStartArray();
    for (CoverageColumn c : r.columns()) {
      String anchor = "/columns/" + Node.escape(c.id());
      out.startObject();
      out.string("id", c.id());
      out.string("name", c.name());
      out.string("pillarId", c.pillarId());
      out.strings("areaIds", c.areaIds());
      out.number("organizationCount", c.organizationCount());
      out.name("concentration");
      writeConcentration(c.concentration(), out, anchor + "/concentration");
      out.endObject(anchor);
    }
    out.generator().writeEndArray();
    out.name("cells");
    out.generator().writeStartArray();
    for (CoverageCell c : r.cells()) {
      out.startObject();
      out.string("rowId", c.rowId());
      out.string("columnId", c.columnId());
      out.enumValue("status", c.status());
      out.number("csoCount", c.csoCount());
      out.number("engagedCount", c.engagedCount());
      out.number("rloCount", c.rloCount());
      out.number("participations", c.participations());
      out.string("thresholdName", c.thresholdName());
      out.number("threshold", c.threshold());
      out.string("statusReason", c.statusReason());
      out.strings("organizationIds", c.organizationIds());
      out.strings("engagedOrganizationIds", c.engagedOrganizationIds());
      out.strings("rloOrganizationIds", c.rloOrganizationIds());
      out.endObject(cellAnchor("/cells/", c.rowId(), c.columnId()));
    }
    out.generator().writeEndArray();
    out.number("priorityGapCount", r.priorityGapCount());
    out.name("priorityGaps");
    out.generator().writeStartArray();
    for (PriorityGap g : r.priorityGaps()) {
      writeGap(g, out);
    }
    out.generator().writeEndArray();
    out.name("unplaceable");
    out.generator().writeStartArray();
    for (UnplaceableOrganization u : r.unplaceable()) {
      out.startObject();
      out.string("organizationId", u.organizationId());
      out.string("organizationName", u.organizationName());
      array(out, "reasons", names(u.reasons()));
      out.strings("countriesOutsideRows", u.countriesOutsideRows());
      out.string("message", u.message());
      out.endObject("/unplaceable/" + Node.escape(u.organizationId()));
    }
    out.generator().writeEndArray();
    array(out, "warnings", r.warnings());
    out.endObject("");
  }

  private static void writeGap(PriorityGap g, Out out) {
    String anchor = cellAnchor("/priorityGaps/", g.rowId(), g.columnId());
    out.startObject();
    out.number("rank", g.rank());
    out.string("rowId", g.rowId());
    out.string("columnId", g.columnId());
    out.enumValue("status", g.status());
    out.number("csoCount", g.csoCount());
    out.number("weakBelow", g.weakBelow());
    number(out, "severity", g.severity());
    number(out, "regionWeight", g.regionWeight());
    out.string("regionWeightKey", g.regionWeightKey());
    number(out, "themeWeight", g.themeWeight());
    out.string("themeWeightKey", g.themeWeightKey());
    number(out, "score", g.score());
    out.string("explanation", g.explanation());
    if (!g.candidates().isEmpty()) {
      out.name("candidates");
      out.generator().writeStartArray();
      for (GapCandidate c : g.candidates()) {
        String candidate = anchor + "/candidates/" + Node.escape(c.organizationId());
        out.startObject();
        out.number("rank", c.rank());
        out.string("organizationId", c.organizationId());
        out.string("organizationName", c.organizationName());
        out.enumValue("tier", c.tier());
        out.bool("engaged", c.engaged());
        out.number("strength", c.strength());
        out.name("reasons");
        out.generator().writeStartArray();
        for (CandidateReason reason : c.reasons()) {
          out.startObject();
          out.enumValue("kind", reason.kind());
          out.strings("via", reason.via());
          out.string("message", reason.message());
          out.endObject(candidate + "/reasons/" + reason.kind().name());
        }
        out.generator().writeEndArray();
        out.endObject(candidate);
      }
      out.generator().writeEndArray();
    }
    out.endObject(anchor);
  }

  // ================================================================== trend

  public static Optional<CoverageTrend> readTrend(Fields f) {
    ReadContext ctx = f.context();
    Optional<LocalDate> baseline = f.requiredDate("baselineAsOf");
    Optional<LocalDate> current = f.requiredDate("currentAsOf");
    Optional<GeographyLevel> geography = f.required("geographyLevel").flatMap(n -> geographyLevel(n, ctx,
        "/geographyLevel"));
    Optional<ThemeLevel> theme = f.requiredEnum("themeLevel", ThemeLevel.class);
    Optional<Node> countsNode = f.member("counts");
    Optional<List<CellTrend>> cells = list(f, "cells", n -> cellTrend(n, ctx));
    boolean cellsRead = f.clean();
    countsNode.ifPresent(n -> {
      if (!(n instanceof Node.ObjectNode)) {
        f.wrongType(n, "counts", "an object of cell counts by trend kind");
        return;
      }
      Map<TrendKind, Integer> actual = new EnumMap<>(TrendKind.class);
      for (TrendKind k : TrendKind.values()) {
        actual.put(k, 0);
      }
      cells.ifPresent(list -> list.forEach(c -> actual.merge(c.kind(), 1, Integer::sum)));
      ((Node.ObjectNode) n).members().forEach((key, v) -> {
        Optional<TrendKind> kind = java.util.Arrays.stream(TrendKind.values()).filter(k -> k.name().equals(key))
            .findFirst();
        Optional<Integer> count = count(v, "counts/" + key, ctx);
        if (kind.isEmpty()) {
          ctx.problems().add(Code.INVALID_VALUE, v, "\"counts\" has no trend kind \"" + key + "\"; the kinds are "
              + java.util.Arrays.toString(TrendKind.values()));
        } else if (count.isPresent() && cellsRead && !count.get().equals(actual.get(kind.get()))) {
          ctx.problems().add(Code.INVALID_VALUE, v, "\"counts/" + key + "\" is " + count.get() + " but "
              + actual.get(kind.get()) + " cells are " + key);
        }
      });
    });
    return f.build(() -> CoverageTrend.builder().baselineAsOf(baseline.orElseThrow())
        .currentAsOf(current.orElseThrow()).geographyLevel(geography.orElseThrow()).themeLevel(theme.orElseThrow())
        .cells(cells.orElse(List.of())).build());
  }

  private static Optional<CellTrend> cellTrend(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, cellAnchor("/cells/", node), "a cell").flatMap(f -> {
      Optional<String> row = f.requiredString("rowId");
      Optional<String> column = f.requiredString("columnId");
      Optional<TrendKind> kind = f.requiredEnum("kind", TrendKind.class);
      Optional<Integer> baseline = integerAtLeast(f, "baselineCount", 0, true);
      Optional<Integer> current = integerAtLeast(f, "currentCount", 0, true);
      Optional<CellStatus> baselineStatus = f.enumValue("baselineStatus", CellStatus.class);
      Optional<CellStatus> currentStatus = f.enumValue("currentStatus", CellStatus.class);
      Optional<List<String>> entered = list(f, "entered", n -> string(n, "entered", ctx));
      Optional<List<String>> left = list(f, "left", n -> string(n, "left", ctx));
      return f.build(() -> CellTrend.builder().rowId(row.orElseThrow()).columnId(column.orElseThrow())
          .kind(kind.orElseThrow()).baselineCount(baseline.orElseThrow()).currentCount(current.orElseThrow())
          .baselineStatus(baselineStatus).currentStatus(currentStatus).entered(entered.orElse(List.of()))
          .left(left.orElse(List.of())).build());
    });
  }

  public static void writeTrend(CoverageTrend t, Out out) {
    out.startObject();
    out.string("format", TREND + "/" + MAJOR);
    out.date("baselineAsOf", t.baselineAsOf());
    out.date("currentAsOf", t.currentAsOf());
    out.name("geographyLevel");
    writeGeographyLevel(t.geographyLevel(), out, "/geographyLevel");
    out.enumValue("themeLevel", t.themeLevel());
    out.name("counts");
    out.startObject();
    t.counts().forEach((k, v) -> out.number(k.name(), v));
    out.generator().writeEndObject();
    out.name("cells");
    out.generator().writeStartArray();
    for (CellTrend c : t.cells()) {
      out.startObject();
      out.string("rowId", c.rowId());
      out.string("columnId", c.columnId());
      out.enumValue("kind", c.kind());
      out.number("baselineCount", c.baselineCount());
      out.number("currentCount", c.currentCount());
      c.baselineStatus().ifPresent(s -> out.enumValue("baselineStatus", s));
      c.currentStatus().ifPresent(s -> out.enumValue("currentStatus", s));
      out.strings("entered", c.entered());
      out.strings("left", c.left());
      out.endObject(cellAnchor("/cells/", c.rowId(), c.columnId()));
    }
    out.generator().writeEndArray();
    out.endObject("");
  }

  // ================================================================== helpers

  /**
   * A double as ReportCodecs writes it, except that a negative zero (a weight may be -0.0, which is not
   * equal to 0.0 as a Double) is written as {@code -0.0} so that it reads back equal.
   */
  private static void number(Out out, String name, double d) {
    if (!Double.isFinite(d)) {
      throw new InvalidValueException(ValueProblem.invalid("CoverageReport", null, name, "is " + d
          + ", which JSON cannot hold: a score overflows when weights are near Double.MAX_VALUE"));
    }
    out.name(name);
    out.generator().writeNumber(Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0) ? "-0.0"
        : ReportCodecs.number(d));
  }

  /** An array member written even when empty. */
  private static void array(Out out, String name, Collection<String> values) {
    out.name(name);
    out.generator().writeStartArray();
    values.forEach(out.generator()::writeString);
    out.generator().writeEndArray();
  }

  private static <E extends Enum<E>> List<String> names(Collection<E> values) {
    List<String> out = new ArrayList<>();
    (values instanceof List ? values : new TreeSet<>(values)).forEach(v -> out.add(v.name()));
    return out;
  }

  /** The elements of an array member, each read; empty if the member is absent or null. */
  private static <T> Optional<List<T>> list(Fields f, String name, Function<Node, Optional<T>> element) {
    if (f.member(name).isEmpty()) {
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    for (Node n : f.array(name)) {
      element.apply(n).ifPresent(out::add);
    }
    return Optional.of(out);
  }

  /** As {@link #list}, with a MISSING_FIELD problem when absent or null. */
  private static <T> Optional<List<T>> requiredList(Fields f, String name, Function<Node, Optional<T>> element) {
    if (f.member(name).isEmpty()) {
      f.required(name);
      return Optional.empty();
    }
    return list(f, name, element);
  }

  private static Optional<String> string(Node n, String name, ReadContext ctx) {
    if (isKind(n, Node.ScalarNode.Kind.STRING)) {
      return Optional.of(((Node.ScalarNode) n).text());
    }
    ctx.problems().add(Code.WRONG_TYPE, n, "\"" + name + "\" elements must be strings, not " + Fields.article(n));
    return Optional.empty();
  }

  static <E extends Enum<E>> Optional<E> enumOf(Node n, String name, Class<E> type, ReadContext ctx) {
    Optional<String> text = string(n, name, ctx);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get())) {
        return Optional.of(constant);
      }
    }
    ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" elements must be one of "
        + java.util.Arrays.toString(type.getEnumConstants()) + ", not \"" + Echo.excerpt(text.get()) + "\"");
    return Optional.empty();
  }

  /** A whole number of at least {@code min}; INVALID_VALUE below it. */
  private static Optional<Integer> integerAtLeast(Fields f, String name, int min, boolean required) {
    Optional<Integer> v = required ? f.requiredInteger(name) : f.integer(name);
    if (v.isPresent() && v.get() < min) {
      f.context().problems().add(Code.INVALID_VALUE, f.member(name).orElseThrow(), "\"" + name + "\" must be "
          + min + " or more, not " + v.get());
      return Optional.empty();
    }
    return v;
  }

  /** A count in a map of counts: a whole number, 0 or more. */
  private static Optional<Integer> count(Node v, String what, ReadContext ctx) {
    if (isKind(v, Node.ScalarNode.Kind.NOT_FINITE)) {
      ctx.taint();
      return Optional.empty();
    }
    if (!isKind(v, Node.ScalarNode.Kind.INTEGER)) {
      ctx.problems().add(Code.WRONG_TYPE, v, "\"" + what + "\" must be a whole number, not " + Fields.article(v));
      return Optional.empty();
    }
    try {
      int c = Integer.parseInt(((Node.ScalarNode) v).text());
      if (c >= 0) {
        return Optional.of(c);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    ctx.problems().add(Code.INVALID_VALUE, v, "\"" + what + "\" must be a whole number from 0 to " + Integer.MAX_VALUE
        + ", not " + ((Node.ScalarNode) v).text());
    return Optional.empty();
  }

  private static Optional<Long> longAtLeastZero(Node n, String name, Fields f) {
    if (!isKind(n, Node.ScalarNode.Kind.INTEGER)) {
      f.wrongType(n, name, "a whole number");
      return Optional.empty();
    }
    try {
      long v = Long.parseLong(((Node.ScalarNode) n).text());
      if (v >= 0) {
        return Optional.of(v);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    f.context().problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" must be a whole number from 0 to "
        + Long.MAX_VALUE + ", not " + ((Node.ScalarNode) n).text());
    return Optional.empty();
  }

  private static boolean isKind(Node n, Node.ScalarNode.Kind kind) {
    return n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == kind;
  }

  /** The anchor of a record by a string id member, else its pointer. */
  private static String anchorOf(String prefix, Node node, String idMember) {
    Optional<String> id = text(node, idMember);
    return id.isPresent() ? prefix + Node.escape(id.get()) : node.pointer();
  }

  /** The anchor of a cell (or priority gap) by its row and column ids, else its pointer. */
  private static String cellAnchor(String prefix, Node node) {
    Optional<String> row = text(node, "rowId");
    Optional<String> column = text(node, "columnId");
    return row.isPresent() && column.isPresent() ? cellAnchor(prefix, row.get(), column.get()) : node.pointer();
  }

  private static String cellAnchor(String prefix, String rowId, String columnId) {
    return prefix + Node.escape(rowId) + "/" + Node.escape(columnId);
  }

  private static Optional<String> text(Node node, String member) {
    if (node instanceof Node.ObjectNode) {
      Node id = ((Node.ObjectNode) node).members().get(member);
      if (isKind(id, Node.ScalarNode.Kind.STRING)) {
        return Optional.of(((Node.ScalarNode) id).text());
      }
    }
    return Optional.empty();
  }
}
