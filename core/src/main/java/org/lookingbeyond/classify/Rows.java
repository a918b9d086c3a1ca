package org.lookingbeyond.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.rules.Verdict;

/** The per-organization fields the renderers show, as text, from the compact classification. */
final class Rows {
  static final List<String> HEADER = List.of("organization_id", "organization_name", "iati_type", "cso", "scope",
      "declared_scope", "scope_conflict", "pillars", "relevance", "power", "legitimacy", "urgency", "salience_class",
      "salience_group", "power_score", "interest_score", "quadrant", "engagement_tier", "rlo_candidate_for",
      "rlo_designated_for");

  private Rows() {}

  static List<String> fields(Classification c, int row) {
    Derivation d = c.derived[row];
    String declared = d.organization.declaredScope().map(Enum::name).orElse("");
    boolean conflict = !declared.isEmpty() && d.scope != Scope.UNKNOWN && !d.scope.name().equals(declared);
    List<String> out = new ArrayList<>(HEADER.size());
    out.add(d.organization.id());
    out.add(d.organization.name());
    out.add(Integer.toString(d.organization.type().code()));
    out.add(Boolean.toString(c.isCso(row)));
    out.add(d.scope.name());
    out.add(declared);
    out.add(Boolean.toString(conflict));
    out.add(String.join(";", d.pillars));
    out.add(Double.isNaN(d.relevance) ? "" : PolicyChecks.number(Math.round(d.relevance * 1000) / 1000.0));
    out.add(c.power(row).name());
    out.add(c.legitimacy(row).name());
    out.add(c.urgency(row).name());
    out.add(c.salienceClass(row).name());
    out.add(c.salienceClass(row).group().name());
    out.add(score(c.powerScore(row)));
    out.add(score(c.interestScore(row)));
    out.add(c.quadrant(row).name());
    out.add(c.tier(row).name());
    out.add(candidates(c, row, true));
    out.add(candidates(c, row, false));
    return out;
  }

  /** The regions a row is a candidate for ({@code eligible}), or those it is a designated RLO for. */
  static String candidates(Classification c, int row, boolean eligible) {
    StringJoiner out = new StringJoiner(";");
    List<RloDesignation> active = c.index.activeDesignations(c.derived[row].organization.id());
    boolean candidate = c.candidacy(row) == Verdict.ELIGIBLE;
    for (CandidateRegion r : c.derived[row].candidates) {
      if (eligible ? candidate : active.stream().anyMatch(x -> c.index.covers(x, r))) {
        out.add(r.ref().toString());
      }
    }
    return out.toString();
  }

  static String score(double value) {
    return PolicyChecks.number(value);
  }

  /** The count lines of the portfolio: a title and its counts, as label-count pairs. */
  static List<List<String>> counts(Portfolio p) {
    List<List<String>> out = new ArrayList<>();
    out.add(line("Salience class", p.byClass()));
    out.add(line("Salience group", p.byGroup()));
    out.add(line("Quadrant", p.byQuadrant()));
    out.add(line("Engagement tier", p.byTier()));
    out.add(line("Scope", p.byScope()));
    out.add(line("Pillar", p.byPillar()));
    List<String> regions = new ArrayList<>(List.of("M49 region"));
    p.byRegion().forEach(r -> regions.add(r.region().code() + " " + r.name() + " " + r.organizations()));
    out.add(regions);
    return out;
  }

  private static List<String> line(String title, java.util.Map<?, Integer> counts) {
    List<String> out = new ArrayList<>(List.of(title));
    counts.forEach((k, n) -> out.add(k + " " + n));
    return out;
  }

  static String title(Classification c) {
    ClassificationPolicy p = c.policy();
    return "Stakeholder classification as of " + c.asOf() + " under " + p.id() + " " + p.version() + " (hash "
        + p.contentHash().substring(0, 12) + ")";
  }

  static String needs(Portfolio.RegionNeed n) {
    return n.region() + " " + n.name() + ": candidates " + (n.candidates().isEmpty() ? "none"
        : String.join(", ", n.candidates())) + (n.toReview().isEmpty() ? "" : "; to review "
        + String.join(", ", n.toReview()));
  }
}
