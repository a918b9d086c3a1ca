package org.lookingbeyond.classify;

import java.util.List;
import java.util.Map;
import org.lookingbeyond.rules.RuleOutcome;

/** One profile written out with every rule, fact and limit; see {@link ClassificationRenderer#explain}. */
final class ProfileText {
  private static final String NL = "\n";

  private ProfileText() {}

  static String explain(StakeholderProfile p) {
    StringBuilder out = new StringBuilder();
    out.append(clean(p.organizationName())).append(" (").append(p.organizationId()).append(") as of ").append(p.asOf())
        .append(", under ").append(p.policyId()).append(' ').append(p.policyVersion()).append(" (hash ")
        .append(p.policyHash()).append(')').append(NL);
    out.append("IATI type ").append(p.type().code()).append(' ').append(p.type().label()).append(NL);
    outcome(out, "CSO", p.cso());
    finding(out, "Scope", p.scope().finding());
    finding(out, "Declared scope", p.scope().declaredCheck());
    finding(out, "Pillars", p.pillarsFinding());
    finding(out, "Relevance", p.relevanceFinding());
    outcome(out, "Power", p.salience().power());
    outcome(out, "Legitimacy", p.salience().legitimacy());
    outcome(out, "Urgency", p.salience().urgency());
    finding(out, "Salience", p.salience().finding());
    out.append("Power score ").append(Rows.score(p.grid().powerScore())).append(NL);
    p.grid().powerCriteria().forEach(o -> outcome(out, "  " + o.ruleId() + " " + o.title(), o));
    out.append("Interest score ").append(Rows.score(p.grid().interestScore())).append(NL);
    p.grid().interestCriteria().forEach(o -> outcome(out, "  " + o.ruleId() + " " + o.title(), o));
    finding(out, "Quadrant", p.grid().finding());
    out.append("Engagement: ").append(p.engagement().tier()).append(": ").append(p.engagement().reason()).append(NL);
    out.append("RLO candidacy:").append(p.rloCandidacies().isEmpty() ? " no region" : "").append(NL);
    for (RloCandidacy c : p.rloCandidacies()) {
      out.append("  ").append(c.region()).append(' ').append(c.regionName()).append(": ").append(c.verdict())
          .append(c.designated() ? ", designated (" + String.join(", ", c.designationIds()) + ")" : "").append(NL);
      c.conditions().forEach(o -> outcome(out, "    " + o.ruleId() + " " + o.title(), o));
    }
    out.append("Evidence:").append(NL);
    p.evidence().forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append(NL));
    return out.toString();
  }

  private static void outcome(StringBuilder out, String label, RuleOutcome o) {
    out.append(label).append(": ").append(o.status()).append(": ").append(o.message())
        .append(o.kind() == org.lookingbeyond.rules.RuleKind.SCORE ? " (" + Rows.score(o.points()) + " points)" : "")
        .append(NL);
    facts(out, label, o.factsUsed(), o.limit().orElse(""), o.missingFacts());
  }

  private static void finding(StringBuilder out, String label, Finding f) {
    out.append(label).append(": ").append(f.value()).append(": ").append(clean(f.message())).append(" [rule ")
        .append(f.rule()).append(']').append(NL);
    facts(out, label, f.facts(), f.limit().orElse(""), f.missingFacts());
  }

  private static void facts(StringBuilder out, String label, Map<String, String> facts, String limit,
      List<String> missing) {
    String indent = " ".repeat(label.length() - label.stripLeading().length() + 4);
    facts.forEach((k, v) -> out.append(indent).append(k).append(" = ").append(clean(v)).append(NL));
    if (!limit.isEmpty()) {
      out.append(indent).append("limit: ").append(limit).append(NL);
    }
    if (!missing.isEmpty()) {
      out.append(indent).append("missing: ").append(String.join(", ", missing)).append(NL);
    }
  }

  private static String clean(String text) {
    return text.replaceAll("\\p{Cntrl}", " ");
  }
}
