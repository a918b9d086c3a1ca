package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lookingbeyond.classify.ClassificationReport;
import org.lookingbeyond.classify.Engagement;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.classify.Finding;
import org.lookingbeyond.classify.Portfolio;
import org.lookingbeyond.classify.PowerInterest;
import org.lookingbeyond.classify.Quadrant;
import org.lookingbeyond.classify.RegionKind;
import org.lookingbeyond.classify.RloCandidacy;
import org.lookingbeyond.classify.Salience;
import org.lookingbeyond.classify.SalienceClass;
import org.lookingbeyond.classify.Scope;
import org.lookingbeyond.classify.ScopeAssessment;
import org.lookingbeyond.classify.StakeholderProfile;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Verdict;

/**
 * Reads and writes a classification report: every stakeholder profile with its explanations, and the
 * portfolio summary ({@link PortfolioCodec}).
 *
 * <p>Anchors of unknown members: the document {@code ""}; a profile {@code /profiles/{organizationId}},
 * below it {@code .../cso}, {@code .../scope} (its findings {@code .../scope/finding} and
 * {@code .../scope/declaredCheck}), {@code .../pillarsFinding}, {@code .../relevanceFinding},
 * {@code .../salience} ({@code .../salience/power}, {@code legitimacy}, {@code urgency},
 * {@code finding}), {@code .../grid} (its criteria {@code .../grid/powerCriteria/outcomes/{ruleId}} and
 * {@code .../grid/interestCriteria/outcomes/{ruleId}}, {@code .../grid/finding}), {@code .../engagement}
 * ({@code .../engagement/rule}) and {@code .../rloCandidacies/{region}} (its conditions
 * {@code .../conditions/outcomes/{ruleId}}); the portfolio
 * {@code /portfolio}. Ids are escaped as in JSON pointers.
 */
public final class ClassificationReportCodec {
  public static final String TYPE = "lookingbeyond.classification-report";
  public static final int MAJOR = 1;

  private ClassificationReportCodec() {}

  public static Optional<ClassificationReport> read(Fields f) {
    ReadContext ctx = f.context();
    List<StakeholderProfile> profiles = new ArrayList<>();
    for (Node n : f.array("profiles")) {
      profile(n, ctx).ifPresent(profiles::add);
    }
    Optional<Portfolio> portfolio = f.required("portfolio").flatMap(n -> PortfolioCodec.read(n, ctx, "/portfolio"));
    return f.build(() -> ClassificationReport.of(profiles, portfolio.orElseThrow()));
  }

  public static void write(ClassificationReport r, Out out) {
    out.startObject();
    out.string("format", TYPE + "/" + MAJOR);
    out.name("profiles");
    out.generator().writeStartArray();
    for (StakeholderProfile p : r.profiles()) {
      writeProfile(p, out);
    }
    out.generator().writeEndArray();
    out.name("portfolio");
    PortfolioCodec.write(r.portfolio(), out, "/portfolio");
    out.endObject("");
  }

  // ---- profile

  private static Optional<StakeholderProfile> profile(Node node, ReadContext ctx) {
    String anchor = ActivityCodecs.anchorOf("profiles", node, "organizationId");
    return Fields.of(node, ctx, anchor, "a profile").flatMap(f -> {
      Optional<String> id = f.requiredString("organizationId");
      Optional<String> name = f.requiredString("organizationName");
      Optional<LocalDate> asOf = f.requiredDate("asOf");
      Optional<String> policy = f.requiredString("policyId");
      Optional<String> version = f.requiredString("policyVersion");
      Optional<String> hash = f.requiredString("policyHash");
      Optional<OrganisationType> type = f.requiredEnum("type", OrganisationType.class);
      Optional<RuleOutcome> cso = f.required("cso").flatMap(n -> ReportCodecs.outcomeAt(n, ctx, anchor + "/cso"));
      Optional<ScopeAssessment> scope = f.required("scope").flatMap(n -> scope(n, ctx, anchor + "/scope"));
      List<String> pillars = f.strings("pillars");
      Optional<Finding> pillarsFinding = f.required("pillarsFinding").flatMap(n -> finding(n, ctx,
          anchor + "/pillarsFinding"));
      Optional<Double> relevance = ReportCodecs.decimal(f, "relevance", false);
      List<String> matched = f.strings("matchedAreas");
      Optional<Finding> relevanceFinding = f.required("relevanceFinding").flatMap(n -> finding(n, ctx,
          anchor + "/relevanceFinding"));
      Optional<Salience> salience = f.required("salience").flatMap(n -> salience(n, ctx, anchor + "/salience"));
      Optional<PowerInterest> grid = f.required("grid").flatMap(n -> grid(n, ctx, anchor + "/grid"));
      Optional<Engagement> engagement = f.required("engagement").flatMap(n -> engagement(n, ctx,
          anchor + "/engagement"));
      List<RloCandidacy> candidacies = new ArrayList<>();
      for (Node n : f.array("rloCandidacies")) {
        candidacy(n, ctx, anchor).ifPresent(candidacies::add);
      }
      Map<String, String> evidence = ReportCodecs.stringMap(f, "evidence");
      return f.build(() -> StakeholderProfile.builder().organizationId(id.orElseThrow())
          .organizationName(name.orElseThrow()).asOf(asOf.orElseThrow()).policyId(policy.orElseThrow())
          .policyVersion(version.orElseThrow()).policyHash(hash.orElseThrow()).type(type.orElseThrow())
          .cso(cso.orElseThrow()).scope(scope.orElseThrow()).pillars(pillars)
          .pillarsFinding(pillarsFinding.orElseThrow())
          .relevance(relevance.map(OptionalDouble::of).orElse(OptionalDouble.empty())).matchedAreas(matched)
          .relevanceFinding(relevanceFinding.orElseThrow()).salience(salience.orElseThrow())
          .grid(grid.orElseThrow()).engagement(engagement.orElseThrow()).rloCandidacies(candidacies)
          .evidence(evidence).build());
    });
  }

  private static void writeProfile(StakeholderProfile p, Out out) {
    String anchor = "/profiles/" + Node.escape(p.organizationId());
    out.startObject();
    out.string("organizationId", p.organizationId());
    out.string("organizationName", p.organizationName());
    out.date("asOf", p.asOf());
    out.string("policyId", p.policyId());
    out.string("policyVersion", p.policyVersion());
    out.string("policyHash", p.policyHash());
    out.enumValue("type", p.type());
    out.name("cso");
    ReportCodecs.writeOutcome(p.cso(), out, anchor + "/cso");
    out.name("scope");
    writeScope(p.scope(), out, anchor + "/scope");
    out.strings("pillars", p.pillars());
    out.name("pillarsFinding");
    writeFinding(p.pillarsFinding(), out, anchor + "/pillarsFinding");
    if (p.relevance().isPresent()) {
      out.name("relevance");
      out.generator().writeNumber(ReportCodecs.number(p.relevance().getAsDouble()));
    }
    out.strings("matchedAreas", p.matchedAreas());
    out.name("relevanceFinding");
    writeFinding(p.relevanceFinding(), out, anchor + "/relevanceFinding");
    out.name("salience");
    writeSalience(p.salience(), out, anchor + "/salience");
    out.name("grid");
    writeGrid(p.grid(), out, anchor + "/grid");
    out.name("engagement");
    writeEngagement(p.engagement(), out, anchor + "/engagement");
    out.name("rloCandidacies");
    out.generator().writeStartArray();
    for (RloCandidacy c : p.rloCandidacies()) {
      writeCandidacy(c, out, anchor + "/rloCandidacies/" + Node.escape(c.region().toString()));
    }
    out.generator().writeEndArray();
    ReportCodecs.stringMap(out, "evidence", p.evidence());
    out.endObject(anchor);
  }

  // ---- parts of a profile

  static Optional<Finding> finding(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "a finding").flatMap(f -> {
      Optional<String> rule = f.requiredString("rule");
      Optional<String> value = f.requiredString("value");
      Optional<String> reason = f.requiredString("reasonCode");
      Optional<String> message = f.requiredString("message");
      Map<String, String> facts = ReportCodecs.stringMap(f, "facts");
      Optional<String> limit = f.string("limit");
      List<String> missing = f.strings("missingFacts");
      return f.build(() -> Finding.builder().rule(rule.orElseThrow()).value(value.orElseThrow())
          .reasonCode(reason.orElseThrow()).message(message.orElseThrow()).facts(facts).limit(limit)
          .missingFacts(missing).build());
    });
  }

  static void writeFinding(Finding x, Out out, String anchor) {
    out.startObject();
    out.string("rule", x.rule());
    out.string("value", x.value());
    out.string("reasonCode", x.reasonCode());
    out.string("message", x.message());
    ReportCodecs.stringMap(out, "facts", x.facts());
    out.string("limit", x.limit());
    out.strings("missingFacts", x.missingFacts());
    out.endObject(anchor);
  }

  private static Optional<ScopeAssessment> scope(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"scope\"").flatMap(f -> {
      Optional<Scope> scope = f.requiredEnum("scope", Scope.class);
      Optional<Finding> finding = f.required("finding").flatMap(n -> finding(n, ctx, anchor + "/finding"));
      Optional<GeographicScope> declared = f.enumValue("declared", GeographicScope.class);
      Optional<Boolean> conflict = f.bool("conflict");
      Optional<Finding> check = f.required("declaredCheck").flatMap(n -> finding(n, ctx, anchor + "/declaredCheck"));
      return f.build(() -> ScopeAssessment.builder().scope(scope.orElseThrow()).finding(finding.orElseThrow())
          .declared(declared).conflict(conflict.orElse(false)).declaredCheck(check.orElseThrow()).build());
    });
  }

  private static void writeScope(ScopeAssessment s, Out out, String anchor) {
    out.startObject();
    out.enumValue("scope", s.scope());
    out.name("finding");
    writeFinding(s.finding(), out, anchor + "/finding");
    s.declared().ifPresent(d -> out.enumValue("declared", d));
    out.bool("conflict", s.conflict());
    out.name("declaredCheck");
    writeFinding(s.declaredCheck(), out, anchor + "/declaredCheck");
    out.endObject(anchor);
  }

  private static Optional<Salience> salience(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"salience\"").flatMap(f -> {
      Optional<RuleOutcome> power = f.required("power").flatMap(n -> ReportCodecs.outcomeAt(n, ctx,
          anchor + "/power"));
      Optional<RuleOutcome> legitimacy = f.required("legitimacy").flatMap(n -> ReportCodecs.outcomeAt(n, ctx,
          anchor + "/legitimacy"));
      Optional<RuleOutcome> urgency = f.required("urgency").flatMap(n -> ReportCodecs.outcomeAt(n, ctx,
          anchor + "/urgency"));
      Optional<SalienceClass> cls = f.requiredEnum("class", SalienceClass.class);
      f.member("group");
      Optional<Finding> finding = f.required("finding").flatMap(n -> finding(n, ctx, anchor + "/finding"));
      return f.build(() -> Salience.builder().power(power.orElseThrow()).legitimacy(legitimacy.orElseThrow())
          .urgency(urgency.orElseThrow()).salienceClass(cls.orElseThrow()).finding(finding.orElseThrow()).build());
    });
  }

  private static void writeSalience(Salience s, Out out, String anchor) {
    out.startObject();
    out.name("power");
    ReportCodecs.writeOutcome(s.power(), out, anchor + "/power");
    out.name("legitimacy");
    ReportCodecs.writeOutcome(s.legitimacy(), out, anchor + "/legitimacy");
    out.name("urgency");
    ReportCodecs.writeOutcome(s.urgency(), out, anchor + "/urgency");
    out.enumValue("class", s.salienceClass());
    out.enumValue("group", s.group());
    out.name("finding");
    writeFinding(s.finding(), out, anchor + "/finding");
    out.endObject(anchor);
  }

  private static Optional<PowerInterest> grid(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"grid\"").flatMap(f -> {
      Optional<Double> power = ReportCodecs.decimal(f, "powerScore", true);
      List<RuleOutcome> powerCriteria = outcomes(f, "powerCriteria", anchor);
      Optional<Double> interest = ReportCodecs.decimal(f, "interestScore", true);
      List<RuleOutcome> interestCriteria = outcomes(f, "interestCriteria", anchor);
      Optional<Quadrant> quadrant = f.requiredEnum("quadrant", Quadrant.class);
      Optional<Finding> finding = f.required("finding").flatMap(n -> finding(n, ctx, anchor + "/finding"));
      return f.build(() -> PowerInterest.builder().powerScore(power.orElseThrow()).powerCriteria(powerCriteria)
          .interestScore(interest.orElseThrow()).interestCriteria(interestCriteria).quadrant(quadrant.orElseThrow())
          .finding(finding.orElseThrow()).build());
    });
  }

  private static void writeGrid(PowerInterest g, Out out, String anchor) {
    out.startObject();
    out.name("powerScore");
    out.generator().writeNumber(ReportCodecs.number(g.powerScore()));
    writeOutcomes(out, "powerCriteria", g.powerCriteria(), anchor);
    out.name("interestScore");
    out.generator().writeNumber(ReportCodecs.number(g.interestScore()));
    writeOutcomes(out, "interestCriteria", g.interestCriteria(), anchor);
    out.enumValue("quadrant", g.quadrant());
    out.name("finding");
    writeFinding(g.finding(), out, anchor + "/finding");
    out.endObject(anchor);
  }

  private static Optional<Engagement> engagement(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"engagement\"").flatMap(f -> {
      Optional<String> id = f.requiredString("organizationId");
      Optional<EngagementTier> tier = f.requiredEnum("tier", EngagementTier.class);
      Optional<LocalDate> asOf = f.requiredDate("asOf");
      Optional<LocalDate> start = f.requiredDate("windowStart");
      List<String> sessions = f.strings("recentSessions");
      Optional<Integer> participations = f.requiredInteger("recentParticipations");
      Optional<Integer> contributions = f.requiredInteger("recentContributions");
      Optional<LocalDate> last = f.date("lastParticipation");
      Optional<EngagementRule> rule = f.required("rule").flatMap(n -> CoverageCodecs.engagementRule(n, ctx,
          anchor + "/rule"));
      Optional<String> reason = f.requiredString("reason");
      return f.build(() -> Engagement.builder().organizationId(id.orElseThrow()).tier(tier.orElseThrow())
          .asOf(asOf.orElseThrow()).windowStart(start.orElseThrow()).recentSessions(sessions)
          .recentParticipations(participations.orElseThrow()).recentContributions(contributions.orElseThrow())
          .lastParticipation(last).rule(rule.orElseThrow()).reason(reason.orElseThrow()).build());
    });
  }

  private static void writeEngagement(Engagement e, Out out, String anchor) {
    out.startObject();
    out.string("organizationId", e.organizationId());
    out.enumValue("tier", e.tier());
    out.date("asOf", e.asOf());
    out.date("windowStart", e.windowStart());
    out.strings("recentSessions", e.recentSessions());
    out.number("recentParticipations", e.recentParticipations());
    out.number("recentContributions", e.recentContributions());
    out.date("lastParticipation", e.lastParticipation());
    out.name("rule");
    CoverageCodecs.writeEngagementRule(e.rule(), out, anchor + "/rule");
    out.string("reason", e.reason());
    out.endObject(anchor);
  }

  private static Optional<RloCandidacy> candidacy(Node node, ReadContext ctx, String parent) {
    String anchor = parent + ActivityCodecs.anchorOf("rloCandidacies", node, "region");
    return Fields.of(node, ctx, anchor, "an RLO candidacy").flatMap(f -> {
      Optional<String> id = f.requiredString("organizationId");
      Optional<RegionRef> region = f.requiredRegionRef("region");
      Optional<String> name = f.requiredString("regionName");
      Optional<RegionKind> kind = f.requiredEnum("regionKind", RegionKind.class);
      Optional<Verdict> verdict = f.requiredEnum("verdict", Verdict.class);
      List<RuleOutcome> conditions = outcomes(f, "conditions", anchor);
      List<String> designations = f.strings("designationIds");
      return f.build(() -> RloCandidacy.builder().organizationId(id.orElseThrow()).region(region.orElseThrow())
          .regionName(name.orElseThrow()).regionKind(kind.orElseThrow()).verdict(verdict.orElseThrow())
          .conditions(conditions).designationIds(designations).build());
    });
  }

  private static void writeCandidacy(RloCandidacy c, Out out, String anchor) {
    out.startObject();
    out.string("organizationId", c.organizationId());
    out.string("region", c.region().toString());
    out.string("regionName", c.regionName());
    out.enumValue("regionKind", c.regionKind());
    out.enumValue("verdict", c.verdict());
    writeOutcomes(out, "conditions", c.conditions(), anchor);
    out.strings("designationIds", c.designationIds());
    out.endObject(anchor);
  }

  private static List<RuleOutcome> outcomes(Fields f, String name, String anchor) {
    List<RuleOutcome> out = new ArrayList<>();
    for (Node n : f.array(name)) {
      ReportCodecs.outcome(n, f.context(), anchor + "/" + name).ifPresent(out::add);
    }
    return out;
  }

  private static void writeOutcomes(Out out, String name, List<RuleOutcome> outcomes, String anchor) {
    out.name(name);
    out.generator().writeStartArray();
    for (RuleOutcome o : outcomes) {
      ReportCodecs.writeOutcome(o, out, anchor + "/" + name + "/outcomes/" + Node.escape(o.ruleId()));
    }
    out.generator().writeEndArray();
  }
}
