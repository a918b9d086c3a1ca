package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Status;

/** Invariants of classifications over generated registries. */
class ClassificationPropertiesTest {
  private static final List<String> COUNTRIES = List.of("KE", "UG", "NG", "EG", "ZA", "BR", "US", "MX", "FR", "SE",
      "IN", "NP", "TH", "AU", "AQ");
  private static final List<String> AREAS = List.of("drug-prevention", "anti-corruption", "anti-human-trafficking",
      "hiv-aids-prevention", "environmental-crime");
  private static final List<String> SESSIONS = List.of("CND-60", "CND-67", "CND-68", "CCPCJ-33", "CCPCJ-34",
      "COSP-11", "CND-69", "CCPCJ-35");
  private static final List<String> NETWORKS = List.of("VNGOC", "ALLIANCE-CPCJ", "UNCAC-COALITION");
  private static final List<RegionRef> REGIONS = List.of(RegionRef.m49("002"), RegionRef.m49("202"),
      RegionRef.m49("150"), RegionRef.grouping("ROEA"), RegionRef.m49("014"));
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 15),
      LocalDate.of(2026, 1, 1), LocalDate.of(2024, 3, 14));

  /** The records of a registry, which may be added in any order. */
  private record Records(List<Organization> organizations, List<Participation> participations,
      List<RloDesignation> designations, List<SeedFundingApplication> applications, List<Grant> grants) {

    Registry registry() {
      return Registry.builder().addOrganizations(organizations).addParticipations(participations)
          .addDesignations(designations).addApplications(applications).addGrants(grants).build();
    }

    Records shuffled(long seed) {
      Random r = new Random(seed);
      return new Records(shuffle(organizations, r), shuffle(participations, r), shuffle(designations, r),
          shuffle(applications, r), shuffle(grants, r));
    }

    private static <T> List<T> shuffle(List<T> list, Random r) {
      List<T> copy = new ArrayList<>(list);
      Collections.shuffle(copy, r);
      return copy;
    }
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** A registry of 1 to 12 organizations with every kind of fact present, absent or unknown. */
  static Records records(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(12);
    List<Organization> orgs = new ArrayList<>();
    List<Participation> participations = new ArrayList<>();
    List<RloDesignation> designations = new ArrayList<>();
    List<SeedFundingApplication> applications = new ArrayList<>();
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "ORG-" + i;
      Organization.Builder b = Organization.builder().id(id).name("Organization " + i)
          .type(pick(r, List.of(OrganisationType.values())));
      for (int k = r.nextInt(4); k > 0; k--) {
        b.addOperatingCountries(pick(r, COUNTRIES));
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        b.addThematicAreas(pick(r, AREAS));
      }
      if (r.nextInt(3) > 0) {
        b.registrationDate(LocalDate.of(2010 + r.nextInt(16), 1 + r.nextInt(12), 1));
      }
      if (r.nextBoolean()) {
        b.ecosocStatus(EcosocStatus.of(pick(r, List.of(EcosocStatus.Category.values())),
            pick(r, List.of(EcosocStatus.State.values())), 2000));
      }
      if (r.nextInt(3) == 0) {
        b.addNetworkMemberships(NetworkMembership.of(pick(r, NETWORKS), LocalDate.of(2018, 1, 1)));
      }
      if (r.nextInt(4) == 0) {
        b.memberOrganizations(r.nextInt(3));
      }
      if (r.nextInt(3) == 0) {
        b.declaredScope(pick(r, List.of(GeographicScope.values())));
      }
      orgs.add(b.build());
      Map<String, Participation> distinct = new HashMap<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        Participation p = Participation.of(id, pick(r, SESSIONS), pick(r, List.of(ParticipationKind.values())));
        distinct.putIfAbsent(p.key(), p);
      }
      participations.addAll(distinct.values());
      if (r.nextInt(4) == 0) {
        designations.add(RloDesignation.builder().id("D-" + i).organizationId(id).region(pick(r, REGIONS))
            .validFrom(LocalDate.of(2020 + r.nextInt(6), 1, 1)).build());
      }
      if (r.nextInt(3) == 0) {
        applications.add(SeedFundingApplication.builder().id("APP-" + i).applicantId(id)
            .applicationDate(LocalDate.of(2025, 1 + r.nextInt(12), 1))
            .status(pick(r, List.of(ApplicationStatus.values()))).build());
      }
      if (r.nextInt(4) == 0) {
        LocalDate end = LocalDate.of(2024 + r.nextInt(2), 1 + r.nextInt(12), 10);
        grants.add(Grant.builder().id("G-" + i).organizationId(id).amount(Money.of("5000", "USD"))
            .consultationStart(end.minusDays(1)).consultationEnd(end)
            .reportSubmitted(r.nextBoolean() ? Optional.of(end.plusDays(r.nextInt(400))) : Optional.empty()).build());
      }
    }
    return new Records(orgs, participations, designations, applications, grants);
  }

  @Test
  void aClassificationDoesNotDependOnTheOrderOfTheRegistrysRecords() {
    StakeholderClassifier classifier = StakeholderClassifier.withDefaultPolicy();
    qt().withExamples(60).forAll(longs().all(), longs().all()).checkAssert((seed, order) -> {
      Records records = records(seed);
      LocalDate asOf = DATES.get((int) Math.floorMod(seed, (long) DATES.size()));
      Classification a = classifier.classifyAll(records.registry(), asOf);
      Classification b = classifier.classifyAll(records.shuffled(order).registry(), asOf);
      assertEquals(a.profiles(), b.profiles());
      assertEquals(a.portfolio(), b.portfolio());
    });
  }

  @Test
  void theBulkPathAgreesWithClassifyingEachOrganizationAlone() {
    StakeholderClassifier classifier = StakeholderClassifier.withDefaultPolicy();
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Registry registry = records(seed).registry();
      LocalDate asOf = DATES.get((int) Math.floorMod(seed, (long) DATES.size()));
      Classification all = classifier.classifyAll(registry, asOf);
      for (int i = 0; i < all.size(); i++) {
        StakeholderProfile alone = classifier.classify(registry, all.organization(i).id(), asOf);
        assertEquals(alone, all.profile(i));
        assertEquals(alone.salience().salienceClass(), all.salienceClass(i));
        assertEquals(alone.salience().power().status(), all.power(i));
        assertEquals(alone.grid().quadrant(), all.quadrant(i));
        assertEquals(alone.grid().powerScore(), all.powerScore(i));
        assertEquals(alone.grid().interestScore(), all.interestScore(i));
        assertEquals(alone.engagement().tier(), all.tier(i));
        assertEquals(alone.scope().scope(), all.scope(i));
        assertEquals(alone.isCso(), all.isCso(i));
        assertEquals(alone.rloCandidacies().stream().filter(RloCandidacy::candidate).map(RloCandidacy::region)
            .collect(Collectors.toList()), all.candidateRegions(i));
      }
    });
  }

  @Test
  void theClassIsAPureFunctionOfTheThreeAttributes() {
    StakeholderClassifier classifier = StakeholderClassifier.withDefaultPolicy();
    Map<List<Status>, SalienceClass> seen = new HashMap<>();
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      LocalDate asOf = DATES.get((int) Math.floorMod(seed, (long) DATES.size()));
      for (StakeholderProfile p : classifier.classifyAll(records(seed).registry(), asOf).profiles()) {
        Salience s = p.salience();
        List<Status> attributes = List.of(s.power().status(), s.legitimacy().status(), s.urgency().status());
        assertEquals(SalienceClass.of(attributes.get(0), attributes.get(1), attributes.get(2)), s.salienceClass());
        SalienceClass before = seen.putIfAbsent(attributes, s.salienceClass());
        assertEquals(before == null ? s.salienceClass() : before, s.salienceClass(), attributes.toString());
        assertEquals(s.salienceClass() == SalienceClass.UNKNOWN, attributes.contains(Status.UNKNOWN));
        assertEquals(s.salienceClass() == SalienceClass.UNKNOWN, !s.finding().missingFacts().isEmpty());
      }
    });
  }

  @Test
  void threadsSharingAClassificationSeeTheSameProfilesAndPortfolio() throws Exception {
    Classification shared = StakeholderClassifier.withDefaultPolicy().classifyAll(records(42).registry(),
        DATES.get(0));
    List<StakeholderProfile> expected = StakeholderClassifier.withDefaultPolicy().classifyAll(
        records(42).registry(), DATES.get(0)).profiles();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<Object>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> List.of(shared.portfolio(), shared.profiles())));
      }
      Portfolio portfolio = null;
      for (java.util.concurrent.Future<List<Object>> run : runs) {
        List<Object> result = run.get();
        portfolio = portfolio == null ? (Portfolio) result.get(0) : portfolio;
        assertEquals(portfolio, result.get(0));
        assertEquals(expected, result.get(1));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thePortfolioCountsEveryOrganizationOnceInEachBreakdown() {
    StakeholderClassifier classifier = StakeholderClassifier.withDefaultPolicy();
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Classification all = classifier.classifyAll(records(seed).registry(), DATES.get(0));
      Portfolio p = all.portfolio();
      assertEquals(all.size(), p.organizations());
      for (Map<?, Integer> counts : List.of(p.byClass(), p.byGroup(), p.byQuadrant(), p.byTier(), p.byScope())) {
        assertEquals(all.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
      }
      List<String> definitive = new ArrayList<>();
      List<String> dormant = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (all.salienceClass(i) == SalienceClass.DEFINITIVE) {
          definitive.add(all.organization(i).id());
        }
        if (all.salienceClass(i) == SalienceClass.DORMANT) {
          dormant.add(all.organization(i).id());
        }
      }
      assertEquals(definitive, p.definitive());
      assertEquals(dormant, p.dormant());
      for (Portfolio.RegionNeed need : p.regionsWithoutRlo()) {
        for (String id : need.candidates()) {
          assertEquals(true, all.candidateRegions(all.row(id).getAsInt()).contains(need.region()));
        }
      }
    });
  }
}
