package org.lookingbeyond.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.FactRecord;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Verdict;
import org.lookingbeyond.theme.Pillar;

/** Builds the explained profile of one row, and the portfolio of a whole classification. */
final class Profiles {
  private Profiles() {}

  static StakeholderProfile profile(Classification c, int row) {
    RegistryIndex index = c.index;
    ClassificationPolicy policy = index.policy;
    Organization o = c.derived[row].organization;
    Derivation d = new Derivation(index, o, index.registry.participationsOf(o.id()), true);
    FactRecord facts = d.stakeholderFacts(index.asOf);
    Decision attributes = policy.attributes().evaluator().evaluate(o.id(), facts, index.asOf);
    Decision power = policy.power().evaluator().evaluate(o.id(), facts, index.asOf);
    Decision interest = policy.interest().evaluator().evaluate(o.id(), facts, index.asOf);
    RuleOutcome p = attributes.outcome(ClassificationPolicy.POWER);
    RuleOutcome l = attributes.outcome(ClassificationPolicy.LEGITIMACY);
    RuleOutcome u = attributes.outcome(ClassificationPolicy.URGENCY);
    SalienceClass salienceClass = SalienceClass.of(p.status(), l.status(), u.status());
    ClassificationSettings s = policy.settings();
    Quadrant quadrant = Quadrant.of(power.score(), interest.score(), s.powerThreshold(), s.interestThreshold());
    List<RloCandidacy> candidacies = new ArrayList<>();
    Optional<Boolean> legitimate = l.status() == org.lookingbeyond.rules.Status.UNKNOWN
        ? Optional.empty() : Optional.of(l.status() == org.lookingbeyond.rules.Status.PASS);
    for (CandidateRegion r : d.candidates) {
      candidacies.add(candidacy(index, d, r, policy.rloCandidacy().evaluator().evaluate(o.id() + "@" + r.ref(),
          d.candidacyFacts(r, legitimate), index.asOf)));
    }
    return StakeholderProfile.builder().organizationId(o.id()).organizationName(o.name()).asOf(index.asOf)
        .policyId(policy.id()).policyVersion(policy.version()).policyHash(policy.contentHash()).type(o.type())
        .cso(attributes.outcome(ClassificationPolicy.CSO))
        .scope(Findings.scope(d))
        .addAllPillars(d.pillars).pillarsFinding(Findings.pillars(d))
        .relevance(Double.isNaN(d.relevance) ? OptionalDouble.empty() : OptionalDouble.of(d.relevance))
        .addAllMatchedAreas(d.matchedAreas).relevanceFinding(Findings.relevance(d, index))
        .salience(Salience.builder().power(p).legitimacy(l).urgency(u).salienceClass(salienceClass)
            .finding(Findings.salience(p, l, u, salienceClass)).build())
        .grid(PowerInterest.builder().powerScore(power.score()).powerCriteria(power.outcomes())
            .interestScore(interest.score()).interestCriteria(interest.outcomes()).quadrant(quadrant)
            .finding(Findings.quadrant(power, interest, s, quadrant)).build())
        .engagement(s.engagementRule().assess(index.registry, o.id(), index.asOf))
        .rloCandidacies(candidacies).evidence(Findings.evidence(d, index))
        .build();
  }

  static RloCandidacy candidacy(RegistryIndex index, Derivation d, CandidateRegion region, Decision decision) {
    List<String> designations = new ArrayList<>();
    for (RloDesignation x : index.activeDesignations(d.organization.id())) {
      if (index.covers(x, region)) {
        designations.add(x.id());
      }
    }
    designations.sort(null);
    return RloCandidacy.builder().organizationId(d.organization.id()).region(region.ref()).regionName(region.name())
        .regionKind(region.kind()).verdict(decision.verdict()).conditions(decision.outcomes())
        .designationIds(designations).build();
  }

  static Portfolio portfolio(Classification c) {
    RegistryIndex index = c.index;
    int n = c.size();
    Map<SalienceClass, Integer> byClass = zeros(SalienceClass.class);
    Map<SalienceGroup, Integer> byGroup = zeros(SalienceGroup.class);
    Map<Quadrant, Integer> byQuadrant = zeros(Quadrant.class);
    Map<EngagementTier, Integer> byTier = zeros(EngagementTier.class);
    Map<Scope, Integer> byScope = zeros(Scope.class);
    Map<String, Integer> byPillar = new TreeMap<>();
    for (Pillar p : index.registry.reference().taxonomy().pillars()) {
      byPillar.put(p.id(), 0);
    }
    Map<String, Integer> byRegion = new HashMap<>();
    List<String> definitive = new ArrayList<>();
    List<String> dormant = new ArrayList<>();
    int csos = 0;
    for (int i = 0; i < n; i++) {
      SalienceClass k = c.salienceClass(i);
      byClass.merge(k, 1, Integer::sum);
      byGroup.merge(k.group(), 1, Integer::sum);
      byQuadrant.merge(c.quadrant(i), 1, Integer::sum);
      byTier.merge(c.tier(i), 1, Integer::sum);
      byScope.merge(c.scope(i), 1, Integer::sum);
      Derivation d = c.derived[i];
      d.pillars.forEach(p -> byPillar.merge(p, 1, Integer::sum));
      d.regions.forEach(r -> byRegion.merge(r, 1, Integer::sum));
      csos += c.isCso(i) ? 1 : 0;
      if (k == SalienceClass.DEFINITIVE) {
        definitive.add(d.organization.id());
      } else if (k == SalienceClass.DORMANT) {
        dormant.add(d.organization.id());
      }
    }
    List<Portfolio.RegionCount> regions = new ArrayList<>();
    new TreeMap<>(byRegion).forEach((code, count) -> regions.add(new Portfolio.RegionCount(RegionRef.m49(code),
        index.geography.findRegion(code).map(M49Region::name).orElse(code), count)));
    // Candidate regions come from the run's index, one instance per region, numbered by their order.
    CandidateRegion[] seen = new CandidateRegion[index.candidateRegionCount()];
    boolean[] covered = new boolean[seen.length];
    List<List<String>> candidates = new ArrayList<>();
    List<List<String>> toReview = new ArrayList<>();
    for (int k = 0; k < seen.length; k++) {
      candidates.add(new ArrayList<>());
      toReview.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      Verdict v = c.candidacy(i);
      for (CandidateRegion r : c.derived[i].candidates) {
        int k = r.order();
        if (seen[k] == null) {
          seen[k] = r;
          covered[k] = !index.designationsCovering(r).isEmpty();
        }
        if (v != Verdict.INELIGIBLE && !covered[k]) {
          (v == Verdict.ELIGIBLE ? candidates : toReview).get(k).add(c.derived[i].organization.id());
        }
      }
    }
    List<Portfolio.RegionNeed> needs = new ArrayList<>();
    for (int k = 0; k < seen.length; k++) {
      if (seen[k] != null && !covered[k]) {
        needs.add(new Portfolio.RegionNeed(seen[k].ref(), seen[k].name(), seen[k].kind(), candidates.get(k),
            toReview.get(k)));
      }
    }
    ClassificationPolicy policy = index.policy;
    return Portfolio.builder().asOf(index.asOf).policyId(policy.id()).policyVersion(policy.version())
        .policyHash(policy.contentHash()).organizations(n).csos(csos).byClass(byClass).byGroup(byGroup)
        .byQuadrant(byQuadrant).byTier(byTier).byScope(byScope).byPillar(byPillar).byRegion(regions)
        .definitive(definitive).dormant(dormant).regionsWithoutRlo(needs).build();
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    Map<E, Integer> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, 0);
    }
    return map;
  }
}
