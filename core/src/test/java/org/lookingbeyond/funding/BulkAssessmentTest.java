package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.funding.FundingFixture.AS_OF;
import static org.lookingbeyond.funding.FundingFixture.EASTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.SUB_SAHARAN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.WESTERN_AFRICA;
import static org.lookingbeyond.funding.FundingFixture.day;
import static org.lookingbeyond.funding.FundingFixture.designation;
import static org.lookingbeyond.funding.FundingFixture.eligibleApplication;
import static org.lookingbeyond.funding.FundingFixture.eligibleRlo;
import static org.lookingbeyond.funding.FundingFixture.grantEnding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.BulkResult;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.Verdict;

/** The bulk path gives, application by application, the decisions of the one-by-one path. */
class BulkAssessmentTest {

  private static final int APPLICATIONS = 50;
  private static final List<String> APPLICANTS = List.of("ORG-NAIROBI", "ORG-DODOMA", "ORG-NAIROBI", "ORG-KAMPALA",
      "ORG-ARUSHA", "ORG-KIGALI", "GOV-KE", "ORG-LAGOS", "ORG-ADDIS");
  /** Sessions followed, with the day counted from (CND-69 has no dates: its month's last day). */
  private static final Map<String, LocalDate> SESSIONS = Map.of("CND-68", day(2025, 3, 14),
      "CND-69", day(2026, 3, 31), "CCPCJ-34", day(2025, 5, 23), "COP-12", day(2024, 10, 18));
  private static final List<String> AREAS = List.of("drug-prevention", "drug-treatment-care",
      "hiv-aids-prevention", "alternative-development", "anti-corruption", "anti-human-trafficking");

  private static Registry registry() {
    Organization nairobi = eligibleRlo("ORG-NAIROBI", "KE").toBuilder().operatingCountries(List.of("KE", "UG"))
        .ecosocStatus(EcosocStatus.of(EcosocStatus.Category.GENERAL, EcosocStatus.State.ACTIVE, 2001))
        .networkMemberships(List.of(NetworkMembership.of("VNGOC", day(2019, 1, 1))))
        .thematicAreas(List.of("drug-treatment-care", "hiv-aids-prevention")).build();
    Organization kampala = eligibleRlo("ORG-KAMPALA", "UG")
        .toBuilder().ecosocStatus(EcosocStatus.of(EcosocStatus.Category.ROSTER, EcosocStatus.State.ACTIVE, 2012)).build();
    Organization arusha = eligibleRlo("ORG-ARUSHA", "TZ").toBuilder().registrationDate(day(2024, 2, 1)).build();
    Organization kigali = eligibleRlo("ORG-KIGALI", "RW").toBuilder().dueDiligence(DueDiligence.notAssessed())
        .ecosocStatus(EcosocStatus.of(EcosocStatus.Category.SPECIAL, EcosocStatus.State.SUSPENDED, 2015)).build();
    Organization ministry = eligibleRlo("GOV-KE", "KE").toBuilder().type(OrganisationType.GOVERNMENT).build();
    Organization dodoma = eligibleRlo("ORG-DODOMA", "TZ").toBuilder().operatingCountries(List.of("TZ", "KE"))
        .thematicAreas(List.of("drug-treatment-care"))
        .ecosocStatus(EcosocStatus.of(EcosocStatus.Category.ROSTER, EcosocStatus.State.ACTIVE, 2016)).build();
    Organization lagos = eligibleRlo("ORG-LAGOS", "NG").toBuilder().registrationDate(Optional.empty())
        .thematicAreas(List.of("anti-human-trafficking")).build();
    Organization addis = eligibleRlo("ORG-ADDIS", "ET").toBuilder().operatingCountries(List.of())
        .ecosocStatus(EcosocStatus.of(EcosocStatus.Category.SPECIAL, EcosocStatus.State.ACTIVE, 2018)).build();
    return Registry.builder()
        .addOrganizations(nairobi, dodoma, kampala, arusha, kigali, ministry, lagos, addis)
        .addDesignations(designation("RLO-NAIROBI", "ORG-NAIROBI", EASTERN_AFRICA),
            designation("RLO-DODOMA", "ORG-DODOMA", EASTERN_AFRICA),
            designation("RLO-KAMPALA", "ORG-KAMPALA", SUB_SAHARAN_AFRICA),
            designation("RLO-ARUSHA", "ORG-ARUSHA", EASTERN_AFRICA),
            designation("RLO-KIGALI", "ORG-KIGALI", EASTERN_AFRICA),
            designation("RLO-LAGOS", "ORG-LAGOS", WESTERN_AFRICA))
        .addParticipations(Participation.of("ORG-NAIROBI", "CND-67", ParticipationKind.ATTENDED),
            Participation.of("ORG-NAIROBI", "CCPCJ-33", ParticipationKind.SIDE_EVENT),
            Participation.of("ORG-NAIROBI", "CND-68", ParticipationKind.ORAL_STATEMENT),
            Participation.of("ORG-KAMPALA", "CND-60", ParticipationKind.ATTENDED),
            Participation.of("ORG-LAGOS", "CCPCJ-34", ParticipationKind.WRITTEN_STATEMENT))
        .addGrants(grantEnding("GR-NAIROBI-2024", day(2024, 6, 1)).toBuilder().reportSubmitted(day(2024, 6, 20)).build(),
            grantEnding("GR-KAMPALA-2024", day(2024, 11, 1)).toBuilder().organizationId("ORG-KAMPALA").build())
        .addConsultations(
            Consultation.builder().id("CON-HELD").status(ConsultationStatus.HELD).region(RegionRef.country("KE"))
                .leadOrganizationId("ORG-NAIROBI").start(day(2024, 9, 2)).end(day(2024, 9, 4)).build(),
            Consultation.builder().id("CON-PLANNED").status(ConsultationStatus.PLANNED)
                .region(RegionRef.grouping("ROEA")).leadOrganizationId("ORG-KAMPALA").start(day(2025, 4, 14))
                .end(day(2025, 4, 16)).build())
        .build();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Applications that start from an eligible one of their applicant and change up to three things at
   * random: the session, the start, the target region, the amount, the focus, the invitations, the
   * field office or the co-hosts. Focus, invitations and field office may be stated, stated as none or
   * not stated.
   */
  private static List<SeedFundingApplication> applications(long seed) {
    Random random = new Random(seed);
    List<String> sessions = new ArrayList<>(SESSIONS.keySet());
    sessions.sort(null);
    List<Optional<RegionRef>> regions = List.of(Optional.of(EASTERN_AFRICA), Optional.of(RegionRef.grouping("ROEA")),
        Optional.of(WESTERN_AFRICA), Optional.of(SUB_SAHARAN_AFRICA), Optional.empty());
    List<Optional<Money>> amounts = List.of(Optional.of(Money.of("20000", "USD")),
        Optional.of(Money.of("20000.01", "USD")), Optional.of(Money.of("7500.50", "USD")),
        Optional.of(Money.of("12000", "EUR")), Optional.empty());
    List<Optional<Set<String>>> invited = List.of(Optional.of(Set.of("UG", "TZ")), Optional.of(Set.of("NG")),
        Optional.of(Set.of("FR")), Optional.of(Set.of()), Optional.empty());
    List<Optional<String>> offices = List.of(Optional.of("ROSAF"), Optional.of("ROSEN"), Optional.of("ROSA"),
        Optional.of(""), Optional.empty());
    List<List<String>> coHosts = List.of(List.of("ORG-KAMPALA"), List.of("ORG-ADDIS"), List.of("ORG-LAGOS"));
    List<SeedFundingApplication> out = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      String applicant = pick(random, APPLICANTS);
      boolean lagos = applicant.equals("ORG-LAGOS");
      SeedFundingApplication a = eligibleApplication(String.format(Locale.ROOT, "APP-%03d", i), applicant,
          lagos ? WESTERN_AFRICA : EASTERN_AFRICA, lagos ? "NG" : "KE", lagos ? "ROSEN" : "ROEA");
      int changes = random.nextInt(4);
      for (int c = 0; c < changes; c++) {
        switch (random.nextInt(8)) {
          case 0: {
            String session = pick(random, sessions);
            LocalDate after = SESSIONS.get(session);
            LocalDate start = after.plusDays(random.nextInt(135));
            a = a.toBuilder().followsSessionId(session).applicationDate(after.plusDays(random.nextInt(10)))
                .plannedStart(start).plannedEnd(start.plusDays(2)).cycle(Integer.toString(after.getYear())).build();
            break;
          }
          case 1: {
            Optional<LocalDate> start = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(a.plannedStart().orElse(FundingFixture.CND_68_END).plusDays(random.nextInt(60) - 30));
            a = a.toBuilder().plannedStart(start).plannedEnd(start.map(x -> x.plusDays(2))).build();
            break;
          }
          case 2:
            a = a.toBuilder().targetRegion(pick(random, regions)).build();
            break;
          case 3:
            a = a.toBuilder().amountRequested(pick(random, amounts)).build();
            break;
          case 4: {
            Set<String> focus = new HashSet<>();
            int areas = random.nextInt(3);
            for (int k = 0; k < areas; k++) {
              focus.add(pick(random, AREAS));
            }
            // no area drawn: stated as none, or (one time in two) not stated
            Optional<Set<String>> stated = focus.isEmpty() && random.nextBoolean() ? Optional.empty()
                : Optional.of(focus);
            a = SeedFundingApplication.builder().from(a).focusAreas(stated).build();
            break;
          }
          case 5:
            a = SeedFundingApplication.builder().from(a).invitedMemberStates(pick(random, invited)).build();
            break;
          case 6: {
            // "" stands for an application stating that no field office is involved
            Optional<String> office = pick(random, offices);
            a = SeedFundingApplication.builder().from(a).fieldOfficeId(office.filter(o -> !o.isEmpty()))
                .noFieldOffice(office.filter(String::isEmpty).isPresent()).build();
            break;
          }
          default:
            a = a.toBuilder().coHostIds(pick(random, coHosts)).build();
        }
      }
      out.add(a);
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20250314L, 42L, 7L})
  void bulkAssessmentGivesTheVerdictsScoresAndOutcomesOfOneByOneAssessment(long seed) {
    Registry registry = registry();
    List<SeedFundingApplication> applications = applications(seed);
    SeedFunding funding = SeedFunding.withDefaultPolicy();
    Policy policy = DefaultFundingPolicy.policy();

    List<Decision> one = funding.assessAll(registry, applications, AS_OF);
    BulkResult bulk = funding.assessBulk(registry, applications, policy, AS_OF);

    assertEquals(applications.size(), bulk.size());
    assertEquals(applications.size(), one.size());
    EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
    Set<Double> scores = new HashSet<>();
    for (int row = 0; row < bulk.size(); row++) {
      Decision d = one.get(row);
      String where = "seed " + seed + ", " + applications.get(row).id();
      assertEquals(applications.get(row).id(), d.subjectId(), where);
      assertEquals(d.verdict(), bulk.verdict(row), where);
      assertEquals(d.score(), bulk.score(row), where);
      for (int r = 0; r < policy.rules().size(); r++) {
        assertEquals(d.outcomes().get(r).status(), bulk.status(row, r), where + " " + policy.rules().get(r).id());
      }
      assertEquals(d, bulk.decision(row), where);
      seen.add(d.verdict());
      scores.add(d.score());
    }
    int counted = 0;
    for (Verdict v : Verdict.values()) {
      long expected = one.stream().filter(d -> d.verdict() == v).count();
      assertEquals(expected, bulk.count(v), v.name());
      counted += bulk.count(v);
    }
    assertEquals(applications.size(), counted);
    assertEquals(EnumSet.allOf(Verdict.class), seen, "the generated applications should reach every verdict");
    assertTrue(scores.size() >= 5, () -> "the generated applications should spread their scores: " + scores);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20250314L, 42L})
  void bulkAssessmentIsDeterministic(long seed) {
    Registry registry = registry();
    List<SeedFundingApplication> applications = applications(seed);
    SeedFunding funding = SeedFunding.withDefaultPolicy();
    BulkResult first = funding.assessBulk(registry, applications, DefaultFundingPolicy.policy(), AS_OF);
    BulkResult second = funding.assessBulk(registry, applications, DefaultFundingPolicy.policy(), AS_OF);
    for (int row = 0; row < first.size(); row++) {
      assertEquals(first.verdict(row), second.verdict(row));
      assertEquals(first.score(row), second.score(row));
      assertEquals(first.decision(row), second.decision(row));
    }
  }
}
