package org.lookingbeyond.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;

/** The findings of the profile fields no policy rule decides: their rule, facts, limit and sentence. */
final class Findings {
  static final String COUNTRIES = "organization.operatingCountries";
  static final String AREAS = "organization.thematicAreas";
  static final String DECLARED = "organization.declaredScope";
  static final String SCOPE_LIMIT = "NATIONAL: 1 country; SUBREGIONAL: several countries in 1 M49 sub-region;"
      + " REGIONAL: several sub-regions of 1 region; INTERNATIONAL: several regions";

  private Findings() {}

  static ScopeAssessment scope(Derivation d) {
    Organization o = d.organization;
    Map<String, String> facts = new TreeMap<>();
    facts.put(COUNTRIES, o.operatingCountries().isEmpty() ? "missing" : list(o.operatingCountries()));
    String message;
    List<String> missing = new ArrayList<>();
    if (d.scope == Scope.UNKNOWN && o.operatingCountries().isEmpty()) {
      message = "the organization lists no operating country, so no scope can be derived";
      missing.add(COUNTRIES);
    } else if (d.scope == Scope.UNKNOWN) {
      message = "none of its countries lies in an M49 region, so no scope can be derived";
      missing.add("m49.regions");
    } else {
      facts.put("m49.regions", list(d.regions));
      facts.put("m49.subRegions", list(d.subRegions));
      int n = o.operatingCountries().size();
      message = (n == 1 ? "1 country" : n + " countries") + " in " + count(d.subRegions.size(), "M49 sub-region")
          + " " + list(d.subRegions) + " of " + count(d.regions.size(), "region") + " " + list(d.regions) + ": "
          + d.scope;
    }
    if (!d.withoutRegion.isEmpty()) {
      facts.put("m49.noRegion", list(d.withoutRegion));
      message += "; " + list(d.withoutRegion) + " lies in no M49 region and adds to the count of countries only";
    }
    Finding derived = Finding.builder().rule("scope.m49").value(d.scope.name()).reasonCode("scope." + d.scope)
        .message(message).facts(facts).limit(SCOPE_LIMIT).missingFacts(missing).build();
    Optional<GeographicScope> declared = o.declaredScope();
    Optional<GeographicScope> known = d.scope.asGeographicScope();
    String value;
    String text;
    List<String> unchecked = new ArrayList<>();
    if (declared.isEmpty()) {
      value = "NOT_DECLARED";
      text = "the organization declares no scope; nothing to compare";
    } else if (known.isEmpty()) {
      value = "UNCHECKED";
      text = "it declares " + declared.get() + ", which cannot be checked: no scope can be derived";
      unchecked.addAll(derived.missingFacts());
    } else if (known.equals(declared)) {
      value = "CONSISTENT";
      text = "it declares " + declared.get() + ", as its operating countries give";
    } else {
      value = "CONFLICT";
      text = "it declares " + declared.get() + ", but its operating countries give " + d.scope
          + "; reported, not changed: the rules read " + d.scope;
    }
    Map<String, String> compared = new TreeMap<>();
    compared.put(DECLARED, declared.map(Enum::name).orElse("missing"));
    compared.put("organization.scope", d.scope.name());
    Finding check = Finding.builder().rule("scope.declared").value(value).reasonCode("scope.declared." + value)
        .message(text).facts(compared).missingFacts(unchecked).build();
    return ScopeAssessment.builder().scope(d.scope).finding(derived).declared(declared)
        .conflict("CONFLICT".equals(value)).declaredCheck(check).build();
  }

  static Finding pillars(Derivation d) {
    Organization o = d.organization;
    Map<String, String> facts = new TreeMap<>();
    facts.put(AREAS, o.thematicAreas().isEmpty() ? "missing" : list(o.thematicAreas()));
    if (!d.unknownAreas.isEmpty()) {
      facts.put("taxonomy.unknownAreas", list(d.unknownAreas));
    }
    Finding.Builder b = Finding.builder().rule("pillars.taxonomy");
    if (o.thematicAreas().isEmpty()) {
      return b.value("UNKNOWN").reasonCode("pillars.UNKNOWN").message("the organization lists no thematic area")
          .facts(facts).addMissingFacts(AREAS).build();
    }
    String value = d.pillars.isEmpty() ? "NONE" : String.join(",", d.pillars);
    String message = "its areas " + list(o.thematicAreas()) + " lie in " + (d.pillars.isEmpty() ? "no pillar"
        : count(d.pillars.size(), "pillar") + " " + list(d.pillars));
    if (!d.unknownAreas.isEmpty()) {
      message += "; the taxonomy does not know " + list(d.unknownAreas);
    }
    return b.value(value).reasonCode(d.pillars.isEmpty() ? "pillars.NONE" : "pillars.FOUND").message(message)
        .facts(facts).build();
  }

  static Finding relevance(Derivation d, RegistryIndex index) {
    Organization o = d.organization;
    Map<String, String> facts = new TreeMap<>();
    facts.put(AREAS, o.thematicAreas().isEmpty() ? "missing" : list(o.thematicAreas()));
    facts.put("policy.priorityAreas", list(index.policy.settings().priorityAreas()));
    facts.put("matchedAreas", list(d.matchedAreas));
    String limit = "priority areas " + list(new TreeSet<>(index.priorityAreas));
    Finding.Builder b = Finding.builder().rule("relevance.priorityAreas").facts(facts).limit(limit);
    if (Double.isNaN(d.relevance)) {
      return b.value("UNKNOWN").reasonCode("relevance.UNKNOWN").message("the organization lists no thematic area,"
          + " so its relevance cannot be measured").addMissingFacts(AREAS).build();
    }
    String share = PolicyChecks.number(Math.round(d.relevance * 1000) / 1000.0);
    return b.value(share).reasonCode("relevance.SHARE").message(d.matchedAreas.size() + " of its "
        + o.thematicAreas().size() + " areas are priority areas " + list(d.matchedAreas) + ": " + share).build();
  }

  static Finding salience(RuleOutcome p, RuleOutcome l, RuleOutcome u, SalienceClass k) {
    Map<String, String> facts = new TreeMap<>();
    facts.put("power", p.status().name());
    facts.put("legitimacy", l.status().name());
    facts.put("urgency", u.status().name());
    Finding.Builder b = Finding.builder().rule("salience.class").value(k.name()).reasonCode("salience." + k)
        .facts(facts).limit("Mitchell, Agle and Wood (1997): the class of the attributes held");
    if (k == SalienceClass.UNKNOWN) {
      TreeSet<String> missing = new TreeSet<>();
      List<String> unknown = new ArrayList<>();
      for (RuleOutcome o : List.of(p, l, u)) {
        if (o.status() == Status.UNKNOWN) {
          unknown.add(o.ruleId());
          missing.addAll(o.missingFacts());
        }
      }
      return b.message(String.join(" and ", unknown) + (unknown.size() == 1 ? " is" : " are") + " UNKNOWN (missing "
          + String.join(", ", missing) + "): the class and the group are not guessed").missingFacts(missing).build();
    }
    String held = (k.hasPower() ? "power" : "no power") + ", " + (k.hasLegitimacy() ? "legitimacy" : "no legitimacy")
        + ", " + (k.hasUrgency() ? "urgency" : "no urgency");
    return b.message(held + ": " + k + " (group " + k.group() + ")").build();
  }

  static Finding quadrant(Decision power, Decision interest, ClassificationSettings s, Quadrant q) {
    Map<String, String> facts = new TreeMap<>();
    facts.put("powerScore", PolicyChecks.number(power.score()));
    facts.put("interestScore", PolicyChecks.number(interest.score()));
    List<String> undecided = new ArrayList<>();
    for (Decision d : List.of(power, interest)) {
      d.outcomes(Status.UNKNOWN).forEach(o -> undecided.add(o.ruleId() + " (missing " + String.join(", ",
          o.missingFacts()) + ")"));
    }
    if (!undecided.isEmpty()) {
      facts.put("undecidedCriteria", String.join("; ", undecided));
    }
    String message = "power " + PolicyChecks.number(power.score()) + (q.highPower() ? " >= " : " < ")
        + PolicyChecks.number(s.powerThreshold()) + " (" + (q.highPower() ? "high" : "low") + "), interest "
        + PolicyChecks.number(interest.score()) + (q.highInterest() ? " >= " : " < ")
        + PolicyChecks.number(s.interestThreshold()) + " (" + (q.highInterest() ? "high" : "low") + "): " + q
        + (undecided.isEmpty() ? "" : "; criteria not decided for missing facts earn nothing: "
            + String.join("; ", undecided));
    return Finding.builder().rule("quadrant.mendelow").value(q.name()).reasonCode("quadrant." + q).message(message)
        .facts(facts).limit("power >= " + PolicyChecks.number(s.powerThreshold()) + " is high; interest >= "
            + PolicyChecks.number(s.interestThreshold()) + " is high").build();
  }

  /** The records behind the counted facts, by fact name: which applications, sessions, grants, designations. */
  static Map<String, String> evidence(Derivation d, RegistryIndex index) {
    Map<String, String> out = new TreeMap<>();
    out.put(ClassificationFacts.PENDING_APPLICATIONS.name(), list(d.pendingIds));
    out.put(ClassificationFacts.UPCOMING_REGISTRATIONS.name(), list(d.upcomingIds)
        + (d.uncertainIds.isEmpty() ? "" : "; may start within the window: " + list(d.uncertainIds)));
    out.put(ClassificationFacts.OVERDUE_REPORTS.name(), list(d.overdueIds));
    List<String> designations = new ArrayList<>();
    index.activeDesignations(d.organization.id()).forEach(x -> designations.add(x.id() + " " + x.region()));
    designations.sort(null);
    out.put(ClassificationFacts.ACTIVE_RLO.name(), list(designations));
    return out;
  }

  static String list(Collection<String> values) {
    return "[" + String.join(", ", values) + "]";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
