package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.funding.FundingFixture.APPLIED;
import static org.lookingbeyond.funding.FundingFixture.AS_OF;
import static org.lookingbeyond.funding.FundingFixture.EASTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.SOUTHERN_ASIA;
import static org.lookingbeyond.funding.FundingFixture.WESTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.day;
import static org.lookingbeyond.funding.FundingFixture.designation;
import static org.lookingbeyond.funding.FundingFixture.eligibleApplication;
import static org.lookingbeyond.funding.FundingFixture.eligibleRlo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicyException;
import org.lookingbeyond.rules.PolicySet;
import org.lookingbeyond.rules.Verdict;

/**
 * Allocation of a budget across eligible applications. Every applicant here meets every gate; its score
 * is 45 (the region is a gap in drug treatment and care: 30; no recent consultation: 15) plus its ECOSOC
 * credit: GENERAL 60, SPECIAL 56.25, ROSTER 52.5, none 45.
 */
class AllocationTest {

  /** A call for applications: RLOs, their designations and their applications. */
  private static final class Call {
    private final List<Organization> organizations = new ArrayList<>();
    private final List<RloDesignation> designations = new ArrayList<>();
    private final List<SeedFundingApplication> applications = new ArrayList<>();
    private final List<org.lookingbeyond.model.Grant> grants = new ArrayList<>();

    /** A grant already made for an application of the call. */
    Call granted(String grantId, String applicationId, String organizationId) {
      grants.add(org.lookingbeyond.model.Grant.builder().id(grantId).organizationId(organizationId)
          .applicationId(applicationId).amount(Money.of("15000", "USD")).consultationStart(LocalDate.of(2025, 5, 1))
          .consultationEnd(LocalDate.of(2025, 5, 2)).reportSubmitted(LocalDate.of(2025, 5, 20)).build());
      return this;
    }

    /** An RLO of a country designated for a region, without ECOSOC status. */
    Call rlo(String id, String country, RegionRef region) {
      organizations.add(eligibleRlo(id, country));
      designations.add(designation("RLO-" + id, id, region));
      return this;
    }

    /** An RLO of a country designated for a region, with an active ECOSOC status. */
    Call rlo(String id, String country, RegionRef region, EcosocStatus.Category ecosoc) {
      organizations.add(eligibleRlo(id, country).toBuilder().ecosocStatus(EcosocStatus.of(ecosoc, EcosocStatus.State.ACTIVE,
          2010)).build());
      designations.add(designation("RLO-" + id, id, region));
      return this;
    }

    Call organization(Organization o) {
      organizations.add(o);
      return this;
    }

    /** A 15,000 USD application in cycle 2025, inviting the applicant's country, with a variation. */
    Call applies(String applicationId, String applicantId, UnaryOperator<SeedFundingApplication> change) {
      Organization o = organizations.stream().filter(x -> x.id().equals(applicantId)).findFirst().orElseThrow();
      String country = o.headquartersCountry().orElseThrow();
      RegionRef region = designations.stream().filter(d -> d.organizationId().equals(applicantId)).findFirst()
          .map(RloDesignation::region).orElse(EASTERN_AFRICA);
      applications.add(change.apply(eligibleApplication(applicationId, applicantId, region, country,
          officeFor(region))));
      return this;
    }

    Call applies(String applicationId, String applicantId) {
      return applies(applicationId, applicantId, a -> a);
    }

    private static String officeFor(RegionRef region) {
      return region.equals(WESTERN_AFRICA) ? "ROSEN" : region.equals(SOUTHERN_ASIA) ? "ROSA" : "ROEA";
    }

    Registry registry() {
      return Registry.builder().addOrganizations(organizations).addDesignations(designations)
          .addApplications(applications).addGrants(grants).build();
    }

    Allocation allocate(String budget) {
      return allocate(SeedFunding.withDefaultPolicy(), Money.of(budget, "USD"));
    }

    Allocation allocate(SeedFunding funding, Money budget) {
      Registry r = registry();
      List<Decision> decisions = funding.assessAll(r, r.applications(), AS_OF);
      return funding.allocate(r, decisions, budget);
    }
  }

  private static UnaryOperator<SeedFundingApplication> asking(String amount) {
    return a -> a.toBuilder().amountRequested(Money.of(amount, "USD")).build();
  }

  private static List<String> awarded(Allocation a) {
    return a.awards().stream().map(Allocation.Award::applicationId).toList();
  }

  private static Allocation.Unfunded unfunded(Allocation a, String applicationId) {
    return a.unfunded().stream().filter(u -> u.applicationId().equals(applicationId)).findFirst()
        .orElseThrow(() -> new AssertionError(applicationId + " is not among the unfunded: " + a.unfunded()));
  }

  private static void assertBudgetAddsUp(Allocation a) {
    assertEquals(0, a.granted().amount().add(a.remaining().amount()).compareTo(a.budget().amount()),
        () -> a.granted() + " + " + a.remaining() + " != " + a.budget());
    BigDecimal sum = a.awards().stream().map(w -> w.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(a.granted().amount()), "granted is the sum of the awards");
    List<Integer> ranks = new ArrayList<>();
    a.awards().forEach(w -> ranks.add(w.rank()));
    a.unfunded().forEach(u -> ranks.add(u.rank()));
    assertEquals(IntStream.rangeClosed(1, ranks.size()).boxed().toList(), ranks.stream().sorted().toList(),
        "every eligible application has one rank");
  }

  // ---------------------------------------------------------------- order

  @Test
  void highestScoreIsFundedFirst() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA, EcosocStatus.Category.ROSTER)
        .rlo("ORG-NG", "NG", WESTERN_AFRICA, EcosocStatus.Category.GENERAL)
        .rlo("ORG-IN", "IN", SOUTHERN_ASIA)
        .rlo("ORG-UG", "UG", EASTERN_AFRICA, EcosocStatus.Category.SPECIAL)
        .applies("APP-KE", "ORG-KE").applies("APP-NG", "ORG-NG").applies("APP-IN", "ORG-IN")
        .applies("APP-UG", "ORG-UG").allocate("100000");
    assertEquals(List.of("APP-NG", "APP-UG", "APP-KE", "APP-IN"), awarded(a));
    assertEquals(List.of(60.0, 56.25, 52.5, 45.0), a.awards().stream().map(Allocation.Award::score).toList());
    assertEquals(List.of(1, 2, 3, 4), a.awards().stream().map(Allocation.Award::rank).toList());
    Allocation.Award first = a.awards().get(0);
    assertAll(first.toString(),
        () -> assertEquals("ORG-NG", first.applicantId()),
        () -> assertEquals("M49:011", first.region()),
        () -> assertEquals("2025", first.cycle()),
        () -> assertEquals(Money.of("15000", "USD"), first.amount()));
    assertEquals(Money.of("60000", "USD"), a.granted());
    assertEquals(Money.of("40000", "USD"), a.remaining());
    assertEquals(List.of(), a.unfunded());
    assertBudgetAddsUp(a);
  }

  @Test
  void tiesGoToTheEarlierApplicationThenToTheSmallerId() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA).rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .rlo("ORG-TZ", "TZ", EASTERN_AFRICA)
        .applies("APP-B", "ORG-KE", x -> x.toBuilder().applicationDate(APPLIED.plusDays(1)).build())
        .applies("APP-A", "ORG-UG", x -> x.toBuilder().applicationDate(APPLIED.plusDays(1)).build())
        .applies("APP-C", "ORG-TZ", x -> x.toBuilder().applicationDate(APPLIED).build())
        .allocate("100000");
    assertEquals(List.of("APP-C", "APP-A", "APP-B"), awarded(a));
  }

  @Test
  void whenTheBudgetFitsOneOfTwoTiedApplicationsTheEarlierOneIsFunded() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA).rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .applies("APP-A", "ORG-KE", x -> x.toBuilder().applicationDate(APPLIED.plusDays(2)).build())
        .applies("APP-Z", "ORG-UG", x -> x.toBuilder().applicationDate(APPLIED).build())
        .allocate("20000");
    assertEquals(List.of("APP-Z"), awarded(a));
    assertEquals(Allocation.Reason.BUDGET_EXHAUSTED, unfunded(a, "APP-A").reason());
  }

  // ---------------------------------------------------------------- caps

  @Test
  void fourthGrantToEasternAfricaInOneCycleHitsTheRegionCap() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA, EcosocStatus.Category.GENERAL)
        .rlo("ORG-UG", "UG", EASTERN_AFRICA, EcosocStatus.Category.SPECIAL)
        .rlo("ORG-TZ", "TZ", EASTERN_AFRICA, EcosocStatus.Category.ROSTER)
        .rlo("ORG-RW", "RW", EASTERN_AFRICA)
        .rlo("ORG-NG", "NG", WESTERN_AFRICA)
        .applies("APP-KE", "ORG-KE").applies("APP-UG", "ORG-UG").applies("APP-TZ", "ORG-TZ")
        .applies("APP-RW", "ORG-RW").applies("APP-NG", "ORG-NG", x -> x.toBuilder().applicationDate(APPLIED.plusDays(1)).build())
        .allocate("100000");
    assertEquals(List.of("APP-KE", "APP-UG", "APP-TZ", "APP-NG"), awarded(a));
    Allocation.Unfunded rw = unfunded(a, "APP-RW");
    assertAll(rw.toString(),
        () -> assertEquals(Allocation.Reason.REGION_CAP, rw.reason()),
        () -> assertEquals(4, rw.rank()),
        () -> assertEquals("3", rw.facts().get("grantsInRegion")),
        () -> assertEquals("3", rw.facts().get(FundingFacts.MAX_GRANTS_PER_REGION)),
        () -> assertTrue(rw.message().contains("014"), rw::message));
    assertEquals(1, a.unfunded().size());
    assertBudgetAddsUp(a);
  }

  @Test
  void secondGrantToOneApplicantInOneCycleHitsTheApplicantCap() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA)
        .applies("APP-1", "ORG-KE")
        .applies("APP-2", "ORG-KE", x -> x.toBuilder().applicationDate(APPLIED.plusDays(3)).build())
        .allocate("100000");
    assertEquals(List.of("APP-1"), awarded(a));
    Allocation.Unfunded second = unfunded(a, "APP-2");
    assertAll(second.toString(),
        () -> assertEquals(Allocation.Reason.APPLICANT_CAP, second.reason()),
        () -> assertEquals("1", second.facts().get("grantsOfApplicant")),
        () -> assertEquals("1", second.facts().get(FundingFacts.MAX_GRANTS_PER_APPLICANT)),
        () -> assertTrue(second.message().contains("ORG-KE"), second::message));
  }

  @Test
  void capsAreCountedSeparatelyInEachCycle() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA).rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .rlo("ORG-TZ", "TZ", EASTERN_AFRICA).rlo("ORG-RW", "RW", EASTERN_AFRICA)
        .applies("APP-KE-2025", "ORG-KE").applies("APP-UG-2025", "ORG-UG").applies("APP-TZ-2025", "ORG-TZ")
        .applies("APP-KE-2026", "ORG-KE", x -> x.toBuilder().cycle("2026").build())
        .applies("APP-RW-2026", "ORG-RW", x -> x.toBuilder().cycle("2026").build())
        .allocate("100000");
    assertEquals(5, a.awards().size(), () -> "unfunded: " + a.unfunded());
    assertEquals(Map.of("2025", 3L, "2026", 2L), a.awards().stream()
        .collect(Collectors.groupingBy(Allocation.Award::cycle, Collectors.counting())));
  }

  @Test
  void oneGrantPerRegionThroughThePolicyParameterLeavesTheSecondUnfunded() {
    Policy oneEach = DefaultFundingPolicy.policy().toBuilder()
        .replaceParameter(Parameter.integer(FundingFacts.MAX_GRANTS_PER_REGION, 1, "grants per region per cycle"))
        .build();
    Call call = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA, EcosocStatus.Category.GENERAL)
        .rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .applies("APP-KE", "ORG-KE").applies("APP-UG", "ORG-UG");
    assertEquals(2, call.allocate("100000").awards().size(), "under the default cap of 3");
    Allocation a = call.allocate(SeedFunding.of(PolicySet.of(oneEach)), Money.of("100000", "USD"));
    assertEquals(List.of("APP-KE"), awarded(a));
    Allocation.Unfunded ug = unfunded(a, "APP-UG");
    assertEquals(Allocation.Reason.REGION_CAP, ug.reason());
    assertEquals("1", ug.facts().get(FundingFacts.MAX_GRANTS_PER_REGION));
    assertEquals("1", ug.facts().get("grantsInRegion"));
  }

  @Test
  void capsComeFromThePolicyEachDecisionWasTakenUnder() {
    // a 2025 version made with toBuilder() (which cannot change the version) is still called 1.0, like
    // the version in force until 2024; either the set refuses the ambiguity or allocation must use the
    // version the decisions were taken under (cap 1), not the first one called 1.0 (cap 3)
    Policy until2024 = DefaultFundingPolicy.policy().toBuilder().effectiveUntil(day(2024, 12, 31))
        .build();
    Policy from2025 = DefaultFundingPolicy.policy().toBuilder().effectiveFrom(day(2025, 1, 1))
        .replaceParameter(Parameter.integer(FundingFacts.MAX_GRANTS_PER_REGION, 1, "grants per region per cycle"))
        .build();
    PolicySet versions;
    try {
      versions = PolicySet.of(until2024, from2025);
    } catch (PolicyException refused) {
      return;
    }
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA, EcosocStatus.Category.GENERAL).rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .applies("APP-KE", "ORG-KE").applies("APP-UG", "ORG-UG")
        .allocate(SeedFunding.of(versions), Money.of("100000", "USD"));
    assertEquals(List.of("APP-KE"), awarded(a), "the 2025 version allows one grant per region");
    assertEquals(Allocation.Reason.REGION_CAP, unfunded(a, "APP-UG").reason());
  }

  @Test
  void twoGrantsPerApplicantThroughThePolicyParameterFundBoth() {
    Policy twoEach = DefaultFundingPolicy.policy().toBuilder()
        .replaceParameter(Parameter.integer(FundingFacts.MAX_GRANTS_PER_APPLICANT, 2, "grants per applicant"))
        .build();
    Allocation a = new Call().rlo("ORG-KE", "KE", EASTERN_AFRICA)
        .applies("APP-1", "ORG-KE").applies("APP-2", "ORG-KE")
        .allocate(SeedFunding.of(PolicySet.of(twoEach)), Money.of("100000", "USD"));
    assertEquals(List.of("APP-1", "APP-2"), awarded(a));
  }

  // ---------------------------------------------------------------- budget

  @Test
  void largeApplicationExceedingWhatIsLeftGoesUnfundedWhileALaterSmallerOneIsFunded() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA, EcosocStatus.Category.GENERAL)
        .rlo("ORG-UG", "UG", EASTERN_AFRICA, EcosocStatus.Category.SPECIAL)
        .rlo("ORG-TZ", "TZ", EASTERN_AFRICA, EcosocStatus.Category.ROSTER)
        .applies("APP-KE", "ORG-KE", asking("20000")).applies("APP-UG", "ORG-UG", asking("15000"))
        .applies("APP-TZ", "ORG-TZ", asking("8000"))
        .allocate("30000");
    assertEquals(List.of("APP-KE", "APP-TZ"), awarded(a));
    Allocation.Unfunded ug = unfunded(a, "APP-UG");
    assertAll(ug.toString(),
        () -> assertEquals(Allocation.Reason.BUDGET_EXHAUSTED, ug.reason()),
        () -> assertEquals(2, ug.rank()),
        () -> assertEquals("15000 USD", ug.facts().get("amountRequested")),
        () -> assertEquals("10000 USD", ug.facts().get("budgetLeft")),
        () -> assertTrue(ug.message().contains("no partial grants"), ug::message));
    assertEquals(Money.of("28000", "USD"), a.granted());
    assertEquals(Money.of("2000", "USD"), a.remaining());
    assertBudgetAddsUp(a);
  }

  @Test
  void budgetExactlyEqualToTheRequestsFundsThemAll() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA).rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .applies("APP-KE", "ORG-KE", asking("12500.50")).applies("APP-UG", "ORG-UG", asking("7499.50"))
        .allocate("20000");
    assertEquals(2, a.awards().size());
    assertEquals(0, a.remaining().amount().signum());
    assertBudgetAddsUp(a);
  }

  @Test
  void applicationsNotEligibleAreListedApartWithTheirVerdict() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA)
        .rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .organization(eligibleRlo("GOV-TZ", "TZ").toBuilder().type(OrganisationType.GOVERNMENT).build())
        .applies("APP-KE", "ORG-KE")
        .applies("APP-UG-NO-OFFICE", "ORG-UG", x -> x.toBuilder().fieldOfficeId(Optional.empty()).build())
        .applies("APP-GOV", "GOV-TZ")
        .allocate("100000");
    assertEquals(List.of("APP-KE"), awarded(a));
    assertEquals(Map.of("APP-GOV", Verdict.INELIGIBLE, "APP-UG-NO-OFFICE", Verdict.NEEDS_REVIEW), a.notEligible());
    assertEquals(List.of(), a.unfunded());
  }

  @Test
  void budgetInEurosIsRefusedForApplicationsInDollars() {
    Call call = new Call().rlo("ORG-KE", "KE", EASTERN_AFRICA).applies("APP-KE", "ORG-KE");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> call.allocate(SeedFunding.withDefaultPolicy(), Money.of("100000", "EUR")));
    assertTrue(e.getMessage().contains("EUR"), e::getMessage);
  }

  @Test
  void budgetInEurosIsRefusedEvenWhenNothingIsEligible() {
    Call call = new Call().organization(eligibleRlo("GOV-TZ", "TZ").toBuilder().type(OrganisationType.GOVERNMENT).build())
        .applies("APP-GOV", "GOV-TZ");
    assertThrows(InvalidValueException.class,
        () -> call.allocate(SeedFunding.withDefaultPolicy(), Money.of("100000", "EUR")),
        "the budget must be in the policy's currency (USD), whatever the applications");
  }

  @Test
  void decisionOnAnApplicationTheRegistryLacksIsRefused() {
    Call call = new Call().rlo("ORG-KE", "KE", EASTERN_AFRICA).applies("APP-KE", "ORG-KE");
    Registry r = call.registry();
    SeedFundingApplication stranger = eligibleApplication("APP-STRANGER", "ORG-KE", EASTERN_AFRICA, "KE", "ROEA");
    SeedFunding funding = SeedFunding.withDefaultPolicy();
    Decision d = funding.assess(r, stranger, AS_OF);
    UnknownIdException e = assertThrows(UnknownIdException.class,
        () -> funding.allocate(r, List.of(d), Money.of("100000", "USD")));
    assertTrue(e.getMessage().contains("APP-STRANGER"), e::getMessage);
  }

  @Test
  void everyEligibleApplicationIsEitherFundedOrSaysWhyNot() {
    Call call = new Call();
    String[] countries = {"KE", "UG", "TZ", "RW", "ET", "NG", "GH", "SN", "IN", "BD"};
    for (int i = 0; i < countries.length; i++) {
      RegionRef region = i < 5 ? EASTERN_AFRICA : i < 8 ? WESTERN_AFRICA : SOUTHERN_ASIA;
      if (i % 4 == 0) {
        call.rlo("ORG-" + countries[i], countries[i], region);
      } else {
        call.rlo("ORG-" + countries[i], countries[i], region, EcosocStatus.Category.values()[i % 3]);
      }
      call.applies("APP-" + countries[i] + "-1", "ORG-" + countries[i], asking(Integer.toString(9000 + 1000 * i)));
      call.applies("APP-" + countries[i] + "-2", "ORG-" + countries[i], asking("5000"));
    }
    Allocation a = call.allocate("90000");
    assertEquals(20, a.awards().size() + a.unfunded().size());
    assertEquals(Map.of(), a.notEligible());
    assertBudgetAddsUp(a);
    Map<String, Long> perRegion = a.awards().stream()
        .collect(Collectors.groupingBy(Allocation.Award::region, Collectors.counting()));
    perRegion.values().forEach(n -> assertTrue(n <= 3, () -> "region cap exceeded: " + perRegion));
    Map<String, Long> perApplicant = a.awards().stream()
        .collect(Collectors.groupingBy(Allocation.Award::applicantId, Collectors.counting()));
    perApplicant.values().forEach(n -> assertEquals(1L, n, () -> "applicant cap exceeded: " + perApplicant));
    List<Double> scores = new ArrayList<>();
    a.awards().forEach(w -> scores.add(w.score()));
    for (int i = 1; i < scores.size(); i++) {
      assertTrue(scores.get(i - 1) >= scores.get(i), () -> "awards out of score order: " + scores);
    }
  }

  // ---------------------------------------------------------------- status and grants already made

  @Test
  void onlyPendingApplicationsAreFunded() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA).rlo("ORG-UG", "UG", EASTERN_AFRICA)
        .applies("APP-KE", "ORG-KE", x -> x.toBuilder().status(org.lookingbeyond.model.ApplicationStatus.WITHDRAWN).build())
        .applies("APP-UG", "ORG-UG").allocate("100000");
    assertEquals(List.of("APP-UG"), awarded(a));
    assertEquals(Allocation.Reason.NOT_PENDING, unfunded(a, "APP-KE").reason());
    assertTrue(unfunded(a, "APP-KE").message().contains("WITHDRAWN"));
    assertBudgetAddsUp(a);
  }

  @Test
  void aGrantAlreadyMadeInTheCycleCountsTowardsTheApplicantCap() {
    Allocation a = new Call()
        .rlo("ORG-KE", "KE", EASTERN_AFRICA)
        .applies("APP-KE-1", "ORG-KE", x -> x.toBuilder().status(org.lookingbeyond.model.ApplicationStatus.APPROVED).build())
        .granted("GR-KE-1", "APP-KE-1", "ORG-KE")
        .applies("APP-KE-2", "ORG-KE", x -> x.toBuilder().applicationDate(x.applicationDate().plusDays(1)).build())
        .allocate("100000");
    assertEquals(List.of(), awarded(a));
    assertEquals(Allocation.Reason.APPLICANT_CAP, unfunded(a, "APP-KE-2").reason());
    assertEquals("1", unfunded(a, "APP-KE-2").facts().get("grantsOfApplicant"));
    assertEquals(Allocation.Reason.NOT_PENDING, unfunded(a, "APP-KE-1").reason());
  }
}
