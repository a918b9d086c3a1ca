package org.lookingbeyond.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.registry.RegistryProblem.Code;

class RegistryValidationTest {

  private static final LocalDate APPLIED = LocalDate.of(2024, 4, 2);
  private static final LocalDate CONSULTATION_START = LocalDate.of(2024, 6, 10);
  private static final LocalDate CONSULTATION_END = LocalDate.of(2024, 6, 12);
  private static final RegionRef EASTERN_AFRICA_OFFICE = RegionRef.grouping("ROEA");

  // ---------------------------------------------------------------- fixtures

  private static Organization organization(String id, String... countries) {
    return Organization.builder()
        .id(id)
        .name("Organization " + id)
        .type(OrganisationType.NATIONAL_NGO)
        .addOperatingCountries(countries)
        .build();
  }

  private static Participation attended(String organizationId, String sessionId) {
    return Participation.of(organizationId, sessionId, ParticipationKind.ATTENDED);
  }

  private static RloDesignation designation(String id, String organizationId, RegionRef region, LocalDate from,
      LocalDate until) {
    return RloDesignation.builder().id(id).organizationId(organizationId).region(region).validFrom(from)
        .validUntil(until).build();
  }

  private static RloDesignation openDesignation(String id, String organizationId, RegionRef region, LocalDate from) {
    return RloDesignation.builder().id(id).organizationId(organizationId).region(region).validFrom(from).build();
  }

  private static SeedFundingApplication application(String id, String applicantId) {
    return SeedFundingApplication.builder().id(id).applicantId(applicantId).applicationDate(APPLIED).build();
  }

  private static Grant grant(String id, String organizationId) {
    return Grant.builder().id(id).organizationId(organizationId).amount(Money.of("20000", "USD"))
        .consultationStart(CONSULTATION_START).consultationEnd(CONSULTATION_END).build();
  }

  private static Consultation consultation(String id, String leadId) {
    return Consultation.builder().id(id).status(ConsultationStatus.PLANNED).region(EASTERN_AFRICA_OFFICE)
        .leadOrganizationId(leadId).start(CONSULTATION_START).end(CONSULTATION_END).build();
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** Two valid organizations in Eastern Africa that the records of a test may refer to. */
  private static Registry.Builder twoKenyanAndUgandanOrganizations() {
    return Registry.builder().addOrganizations(organization("ORG-A", "KE"), organization("ORG-B", "UG"));
  }

  private static RegistryProblem onlyProblem(Registry.Builder builder) {
    Validation v = builder.validate();
    assertFalse(v.isValid(), "expected a problem, got a valid registry");
    assertTrue(v.registry().isEmpty(), "an invalid validation must not carry a registry");
    assertEquals(1, v.problems().size(), () -> "expected exactly one problem, got " + v.problems());
    return v.problems().get(0);
  }

  private static void assertProblem(RegistryProblem p, Code code, String recordType, String recordId, String field,
      String... namedInMessage) {
    assertAll(p.toString(),
        () -> assertEquals(code, p.code(), "code"),
        () -> assertEquals(recordType, p.recordType(), "recordType"),
        () -> assertEquals(recordId, p.recordId(), "recordId"),
        () -> assertEquals(field, p.field(), "field"),
        () -> {
          for (String value : namedInMessage) {
            assertTrue(p.message().contains(value), "message '" + p.message() + "' should name " + value);
          }
        });
  }

  private static void assertValid(Registry.Builder builder) {
    Validation v = builder.validate();
    assertEquals(List.of(), v.problems());
    assertTrue(v.isValid());
  }

  // ---------------------------------------------------------------- duplicate ids

  @Test
  void twoOrganizationsWithOneIdAreADuplicate() {
    RegistryProblem p = onlyProblem(Registry.builder()
        .addOrganizations(organization("ORG-A", "KE"), organization("ORG-A", "UG")));
    assertProblem(p, Code.DUPLICATE_ID, "organization", "ORG-A", "id", "2");
  }

  @Test
  void threeOrganizationsWithOneIdAreCountedInTheMessage() {
    RegistryProblem p = onlyProblem(Registry.builder().addOrganizations(
        organization("ORG-A", "KE"), organization("ORG-A", "UG"), organization("ORG-A", "TZ")));
    assertProblem(p, Code.DUPLICATE_ID, "organization", "ORG-A", "id", "3");
  }

  @Test
  void twoApplicationsWithOneIdAreADuplicate() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addApplications(application("APP-1", "ORG-A"), application("APP-1", "ORG-B")));
    assertProblem(p, Code.DUPLICATE_ID, "application", "APP-1", "id", "2");
  }

  @Test
  void twoGrantsWithOneIdAreADuplicate() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addGrants(grant("GR-1", "ORG-A"), grant("GR-1", "ORG-B")));
    assertProblem(p, Code.DUPLICATE_ID, "grant", "GR-1", "id", "2");
  }

  @Test
  void twoConsultationsWithOneIdAreADuplicate() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addConsultations(consultation("CON-1", "ORG-A"), consultation("CON-1", "ORG-B")));
    assertProblem(p, Code.DUPLICATE_ID, "consultation", "CON-1", "id", "2");
  }

  @Test
  void twoDesignationsWithOneIdAreADuplicate() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
        designation("RLO-1", "ORG-B", RegionRef.m49("014"), day(2024, 1, 1), day(2024, 12, 31))));
    assertProblem(p, Code.DUPLICATE_ID, "designation", "RLO-1", "id", "2");
  }

  @Test
  void oneOrganizationAttendingOneSessionTwiceIsADuplicateParticipation() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addParticipations(attended("ORG-A", "CND-67"), attended("ORG-A", "CND-67")));
    assertProblem(p, Code.DUPLICATE_ID, "participation", "ORG-A@CND-67/ATTENDED", "id", "2");
  }

  @Test
  void attendingAndSpeakingAtOneSessionAreTwoDifferentParticipations() {
    assertValid(twoKenyanAndUgandanOrganizations().addParticipations(attended("ORG-A", "CND-67"),
        Participation.of("ORG-A", "CND-67", ParticipationKind.ORAL_STATEMENT)));
  }

  // ---------------------------------------------------------------- dangling references

  @Test
  void participationInUnknownSessionIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addParticipations(attended("ORG-A", "CND-99")));
    assertProblem(p, Code.DANGLING_REFERENCE, "participation", "ORG-A@CND-99/ATTENDED", "sessionId", "CND-99");
  }

  @Test
  void participationOfUnknownOrganizationIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addParticipations(attended("ORG-Z", "CND-67")));
    assertProblem(p, Code.DANGLING_REFERENCE, "participation", "ORG-Z@CND-67/ATTENDED", "organizationId", "ORG-Z");
  }

  @Test
  void applicationByUnknownApplicantIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(application("APP-1", "ORG-Z")));
    assertProblem(p, Code.DANGLING_REFERENCE, "application", "APP-1", "applicantId", "ORG-Z");
  }

  @Test
  void applicationFollowingUnknownSessionIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(
        application("APP-1", "ORG-A").toBuilder().followsSessionId("CND-99").build()));
    assertProblem(p, Code.DANGLING_REFERENCE, "application", "APP-1", "followsSessionId", "CND-99");
  }

  @Test
  void applicationNamingUnknownFieldOfficeIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(
        application("APP-1", "ORG-A").toBuilder().fieldOfficeId("RO-ATLANTIS").build()));
    assertProblem(p, Code.DANGLING_REFERENCE, "application", "APP-1", "fieldOfficeId", "RO-ATLANTIS");
  }

  @Test
  void applicationWithUnknownCoHostIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(
        application("APP-1", "ORG-A").toBuilder().coHostIds(List.of("ORG-B", "ORG-Z")).build()));
    assertProblem(p, Code.DANGLING_REFERENCE, "application", "APP-1", "coHostIds", "ORG-Z");
  }

  @Test
  void grantForUnknownApplicationIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(application("APP-1", "ORG-A"))
        .addGrants(grant("GR-1", "ORG-A").toBuilder().applicationId("APP-404").build()));
    assertProblem(p, Code.DANGLING_REFERENCE, "grant", "GR-1", "applicationId", "APP-404");
  }

  @Test
  void consultationLedByUnknownOrganizationIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addConsultations(consultation("CON-1", "ORG-Z")));
    assertProblem(p, Code.DANGLING_REFERENCE, "consultation", "CON-1", "leadOrganizationId", "ORG-Z");
  }

  @Test
  void consultationFundedByUnknownGrantIsADanglingReference() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addGrants(grant("GR-1", "ORG-A"))
        .addConsultations(consultation("CON-1", "ORG-A").toBuilder().grantId("GR-404").build()));
    assertProblem(p, Code.DANGLING_REFERENCE, "consultation", "CON-1", "grantId", "GR-404");
  }

  @Test
  void membershipOfUnknownNetworkIsADanglingReference() {
    Organization member = Organization.builder().from(organization("ORG-A", "KE"))
        .addNetworkMemberships(NetworkMembership.of("NGO-COMMITTEE-ON-KNITTING", day(2020, 1, 1)))
        .build();
    RegistryProblem p = onlyProblem(Registry.builder().addOrganizations(member));
    assertProblem(p, Code.DANGLING_REFERENCE, "organization", "ORG-A", "networkMemberships.networkId",
        "NGO-COMMITTEE-ON-KNITTING");
  }

  @Test
  void referencesToShippedSessionsOfficesAndNetworksAreNotDangling() {
    Organization member = Organization.builder().from(organization("ORG-A", "KE"))
        .addNetworkMemberships(NetworkMembership.of("VNGOC", day(2020, 1, 1))).build();
    assertValid(Registry.builder().addOrganizations(member, organization("ORG-B", "UG"))
        .addParticipations(attended("ORG-A", "CND-67"))
        .addApplications(application("APP-1", "ORG-A").toBuilder().followsSessionId("CND-67").fieldOfficeId("ROEA")
            .coHostIds(List.of("ORG-B")).targetRegion(EASTERN_AFRICA_OFFICE).build())
        .addGrants(grant("GR-1", "ORG-A").toBuilder().applicationId("APP-1").build())
        .addConsultations(consultation("CON-1", "ORG-A").toBuilder().grantId("GR-1").followsSessionId("CND-67").build()));
  }

  // ---------------------------------------------------------------- unknown codes

  @Test
  void operatingCountryXxIsAnUnknownCode() {
    RegistryProblem p = onlyProblem(Registry.builder().addOrganizations(organization("ORG-A", "KE", "XX")));
    assertProblem(p, Code.UNKNOWN_CODE, "organization", "ORG-A", "operatingCountries", "XX");
  }

  @Test
  void knittingIsNotAThematicArea() {
    Organization knitters = organization("ORG-A", "KE").toBuilder().thematicAreas(List.of("drug-prevention", "knitting")).build();
    RegistryProblem p = onlyProblem(Registry.builder().addOrganizations(knitters));
    assertProblem(p, Code.UNKNOWN_CODE, "organization", "ORG-A", "thematicAreas", "knitting");
  }

  @Test
  void aPillarWhereAThematicAreaIsRequiredIsAnUnknownCode() {
    Organization broad = organization("ORG-A", "KE").toBuilder().thematicAreas(List.of("health-human-development")).build();
    RegistryProblem p = onlyProblem(Registry.builder().addOrganizations(broad));
    assertProblem(p, Code.UNKNOWN_CODE, "organization", "ORG-A", "thematicAreas", "health-human-development",
        "pillar");
  }

  @Test
  void aPillarAsFocusOfAnApplicationIsAnUnknownCode() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addApplications(SeedFundingApplication.builder().from(application("APP-1", "ORG-A"))
            .focusAreas(Set.of("corruption-justice-integrity")).build()));
    assertProblem(p, Code.UNKNOWN_CODE, "application", "APP-1", "focusAreas", "corruption-justice-integrity");
  }

  @Test
  void anInvitedCodeThatIsNoCountryIsAnUnknownCode() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addApplications(SeedFundingApplication.builder().from(application("APP-1", "ORG-A"))
            .invitedMemberStates(Set.of("KE", "XX")).build()));
    assertProblem(p, Code.UNKNOWN_CODE, "application", "APP-1", "invitedMemberStates", "XX");
  }

  @Test
  void anApplicationStatingNoFocusNoInvitedStateAndNoFieldOfficeIsValid() {
    assertValid(twoKenyanAndUgandanOrganizations()
        .addApplications(SeedFundingApplication.builder().from(application("APP-1", "ORG-A")).focusAreas(Set.of())
            .invitedMemberStates(Set.of()).noFieldOffice(true).build()));
  }

  @Test
  void targetRegionM49Code999IsAnUnknownCode() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addApplications(application("APP-1", "ORG-A").toBuilder().targetRegion(RegionRef.m49("999")).build()));
    assertProblem(p, Code.UNKNOWN_CODE, "application", "APP-1", "targetRegion", "999");
  }

  @Test
  void targetRegionGroupingNopeIsAnUnknownCode() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations()
        .addApplications(application("APP-1", "ORG-A").toBuilder().targetRegion(RegionRef.grouping("NOPE")).build()));
    assertProblem(p, Code.UNKNOWN_CODE, "application", "APP-1", "targetRegion", "NOPE");
  }

  @Test
  void designationForUnknownGroupingIsAnUnknownCode() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", RegionRef.grouping("NOPE"), day(2024, 1, 1), day(2024, 12, 31))));
    assertProblem(p, Code.UNKNOWN_CODE, "designation", "RLO-1", "region", "NOPE");
  }

  @Test
  void shippedRegionsGroupingsAndAreasAreKnownCodes() {
    assertValid(twoKenyanAndUgandanOrganizations()
        .addApplications(
            SeedFundingApplication.builder().from(application("APP-1", "ORG-A")).targetRegion(RegionRef.m49("014"))
                .focusAreas(Set.of("drug-prevention", "hiv-aids-prevention")).build(),
            application("APP-2", "ORG-A").toBuilder().targetRegion(RegionRef.grouping("AFRICAN")).build(),
            application("APP-3", "ORG-B").toBuilder().targetRegion(RegionRef.country("ug")).build(),
            application("APP-4", "ORG-B").toBuilder().targetRegion(EASTERN_AFRICA_OFFICE).build()));
  }

  // ---------------------------------------------------------------- periods that end before they start

  @Test
  void designationEndingBeforeItStartsIsReported() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2025, 1, 1), day(2024, 12, 31))));
    assertProblem(p, Code.END_BEFORE_START, "designation", "RLO-1", "validUntil", "2024-12-31", "2025-01-01");
  }

  @Test
  void applicationWhosePlannedEndIsBeforeItsPlannedStartIsReported() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(
        application("APP-1", "ORG-A").toBuilder().plannedStart(day(2024, 6, 12)).plannedEnd(day(2024, 6, 10)).build()));
    assertProblem(p, Code.END_BEFORE_START, "application", "APP-1", "plannedEnd", "2024-06-10", "2024-06-12");
  }

  @Test
  void grantWhoseConsultationEndsBeforeItStartsIsReported() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addGrants(
        grant("GR-1", "ORG-A").toBuilder().consultationStart(day(2024, 6, 12)).consultationEnd(day(2024, 6, 11)).build()));
    assertProblem(p, Code.END_BEFORE_START, "grant", "GR-1", "consultationEnd", "2024-06-11", "2024-06-12");
  }

  @Test
  void grantWhoseReportIsDueBeforeTheConsultationEndsIsReported() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addGrants(
        grant("GR-1", "ORG-A").toBuilder().reportDue(day(2024, 6, 11)).build()));
    assertProblem(p, Code.END_BEFORE_START, "grant", "GR-1", "reportDue", "2024-06-11", "2024-06-12");
  }

  @Test
  void membershipEndingBeforeItBeganIsReported() {
    Organization member = Organization.builder().from(organization("ORG-A", "KE"))
        .addNetworkMemberships(NetworkMembership.builder().networkId("VNGOC").since(day(2020, 5, 1))
            .until(day(2019, 5, 1)).build())
        .build();
    RegistryProblem p = onlyProblem(Registry.builder().addOrganizations(member));
    assertProblem(p, Code.END_BEFORE_START, "organization", "ORG-A", "networkMemberships.until", "2019-05-01",
        "2020-05-01");
  }

  @Test
  void addedSessionEndingBeforeItStartsIsReported() {
    Session backwards = Session.builder().id("CND-68-BIS").bodyCode("CND").number(68)
        .title("68th session of the Commission on Narcotic Drugs (wrongly dated)").year(2025).month(Month.MARCH)
        .start(day(2025, 3, 14)).end(day(2025, 3, 10)).build();
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addSessions(List.of(backwards)));
    assertProblem(p, Code.END_BEFORE_START, "session", "CND-68-BIS", "end", "2025-03-10", "2025-03-14");
  }

  @Test
  void consultationEndingBeforeItStartsIsReported() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addConsultations(
        consultation("CON-1", "ORG-A").toBuilder().end(day(2024, 6, 9)).build()));
    assertProblem(p, Code.END_BEFORE_START, "consultation", "CON-1", "end", "2024-06-09", "2024-06-10");
  }

  @Test
  void oneDayPeriodsAreInOrder() {
    assertValid(twoKenyanAndUgandanOrganizations()
        .addDesignations(designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 1, 1)))
        .addApplications(application("APP-1", "ORG-A").toBuilder().plannedStart(CONSULTATION_START)
            .plannedEnd(CONSULTATION_START).build())
        .addGrants(grant("GR-1", "ORG-A").toBuilder().consultationEnd(CONSULTATION_START).reportDue(CONSULTATION_START).build()));
  }

  // ---------------------------------------------------------------- amounts

  @Test
  void applicationRequestingNothingIsANonPositiveAmount() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addApplications(
        application("APP-1", "ORG-A").toBuilder().amountRequested(Money.of("0", "USD")).build()));
    assertProblem(p, Code.NON_POSITIVE_AMOUNT, "application", "APP-1", "amountRequested", "0 USD");
  }

  @Test
  void grantOfMinusFiveDollarsIsANonPositiveAmount() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addGrants(
        grant("GR-1", "ORG-A").toBuilder().amount(Money.of("-5", "USD")).build()));
    assertProblem(p, Code.NON_POSITIVE_AMOUNT, "grant", "GR-1", "amount", "-5");
  }

  @Test
  void aCentIsAPositiveAmount() {
    assertValid(twoKenyanAndUgandanOrganizations()
        .addApplications(application("APP-1", "ORG-A").toBuilder().amountRequested(Money.of("0.01", "USD")).build())
        .addGrants(grant("GR-1", "ORG-A").toBuilder().amount(Money.of("0.01", "EUR")).build()));
  }

  // ---------------------------------------------------------------- overlapping designations

  @Test
  void overlappingDesignationsOfOneOrganizationForOneRegionAreReported() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-2", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 6, 1), day(2025, 5, 31)),
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31))));
    assertProblem(p, Code.OVERLAPPING_DESIGNATION, "designation", "RLO-2", "validFrom", "RLO-1");
  }

  @Test
  void anOpenEndedDesignationOverlapsEveryLaterOneForTheSameRegion() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addDesignations(
        openDesignation("RLO-1", "ORG-A", RegionRef.m49("014"), day(2020, 1, 1)),
        designation("RLO-2", "ORG-A", RegionRef.m49("014"), day(2030, 1, 1), day(2030, 12, 31))));
    assertProblem(p, Code.OVERLAPPING_DESIGNATION, "designation", "RLO-2", "validFrom", "RLO-1");
  }

  @Test
  void designationsSharingASingleDayOverlap() {
    RegistryProblem p = onlyProblem(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
        designation("RLO-2", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 12, 31), day(2025, 12, 31))));
    assertProblem(p, Code.OVERLAPPING_DESIGNATION, "designation", "RLO-2", "validFrom", "RLO-1");
  }

  @Test
  void twoOrganizationsDesignatedForOneRegionAtOnceDoNotOverlap() {
    assertValid(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
        designation("RLO-2", "ORG-B", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31))));
  }

  @Test
  void oneOrganizationDesignatedForTwoRegionsAtOnceDoesNotOverlap() {
    assertValid(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
        designation("RLO-2", "ORG-A", RegionRef.m49("014"), day(2024, 1, 1), day(2024, 12, 31))));
  }

  @Test
  void backToBackDesignationsDoNotOverlap() {
    assertValid(twoKenyanAndUgandanOrganizations().addDesignations(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
        openDesignation("RLO-2", "ORG-A", EASTERN_AFRICA_OFFICE, day(2025, 1, 1))));
  }

  // ---------------------------------------------------------------- many problems at once

  /** Records with twelve problems of six kinds, in six record types. */
  private static final class Messy {
    final List<Organization> organizations = new ArrayList<>(List.of(
        organization("ORG-A", "KE"),
        organization("ORG-B", "UG", "XX"),
        organization("ORG-C", "TZ").toBuilder().thematicAreas(List.of("knitting")).build(),
        organization("ORG-C", "RW")));
    final List<Participation> participations = new ArrayList<>(List.of(
        attended("ORG-A", "CND-67"),
        attended("ORG-A", "CND-99"),
        attended("ORG-Z", "CCPCJ-33"),
        Participation.of("ORG-B", "CND-67", ParticipationKind.SIDE_EVENT)));
    final List<RloDesignation> designations = new ArrayList<>(List.of(
        designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
        designation("RLO-2", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 7, 1), day(2025, 6, 30)),
        designation("RLO-3", "ORG-B", RegionRef.m49("014"), day(2025, 1, 1), day(2024, 1, 1))));
    final List<SeedFundingApplication> applications = new ArrayList<>(List.of(
        application("APP-1", "ORG-A").toBuilder().amountRequested(Money.of("0", "USD")).build(),
        application("APP-2", "ORG-B").toBuilder().targetRegion(RegionRef.m49("999")).build(),
        application("APP-3", "ORG-A")));
    final List<Grant> grants = new ArrayList<>(List.of(
        grant("GR-1", "ORG-A").toBuilder().amount(Money.of("-5", "USD")).build(),
        grant("GR-2", "ORG-A").toBuilder().applicationId("APP-404").build(),
        grant("GR-3", "ORG-B").toBuilder().applicationId("APP-3").build()));
    final List<Consultation> consultations = new ArrayList<>(List.of(
        consultation("CON-1", "ORG-Q"),
        consultation("CON-2", "ORG-A").toBuilder().grantId("GR-3").build()));

    void shuffle(Random random) {
      Collections.shuffle(organizations, random);
      Collections.shuffle(participations, random);
      Collections.shuffle(designations, random);
      Collections.shuffle(applications, random);
      Collections.shuffle(grants, random);
      Collections.shuffle(consultations, random);
    }

    Registry.Builder builder() {
      return Registry.builder().addOrganizations(organizations).addParticipations(participations)
          .addDesignations(designations).addApplications(applications).addGrants(grants)
          .addConsultations(consultations);
    }
  }

  private static String where(RegistryProblem p) {
    return p.code() + " " + p.recordType() + "[" + p.recordId() + "]." + p.field();
  }

  @Test
  void everyProblemOfAMessyRegistryIsReportedTogetherInAStableOrder() {
    List<RegistryProblem> problems = new Messy().builder().validate().problems();

    assertEquals(List.of(
        "NON_POSITIVE_AMOUNT application[APP-1].amountRequested",
        "UNKNOWN_CODE application[APP-2].targetRegion",
        "DANGLING_REFERENCE consultation[CON-1].leadOrganizationId",
        "OVERLAPPING_DESIGNATION designation[RLO-2].validFrom",
        "END_BEFORE_START designation[RLO-3].validUntil",
        "NON_POSITIVE_AMOUNT grant[GR-1].amount",
        "DANGLING_REFERENCE grant[GR-2].applicationId",
        "UNKNOWN_CODE organization[ORG-B].operatingCountries",
        "DUPLICATE_ID organization[ORG-C].id",
        "UNKNOWN_CODE organization[ORG-C].thematicAreas",
        "DANGLING_REFERENCE participation[ORG-A@CND-99/ATTENDED].sessionId",
        "DANGLING_REFERENCE participation[ORG-Z@CCPCJ-33/ATTENDED].organizationId"),
        problems.stream().map(RegistryValidationTest::where).collect(Collectors.toList()),
        () -> "got " + problems);
    assertTrue(problems.stream().map(RegistryProblem::code).distinct().count() >= 6);
  }

  @Test
  void problemsAreSortedByRecordTypeRecordIdFieldAndCode() {
    List<RegistryProblem> problems = new Messy().builder().validate().problems();
    Comparator<RegistryProblem> documented = Comparator.comparing(RegistryProblem::recordType)
        .thenComparing(RegistryProblem::recordId).thenComparing(RegistryProblem::field)
        .thenComparing(RegistryProblem::code);
    List<RegistryProblem> sorted = new ArrayList<>(problems);
    sorted.sort(documented);
    assertEquals(sorted, problems);
  }

  @Test
  void validatingTwiceOrInAnotherOrderGivesTheSameProblems() {
    Messy messy = new Messy();
    Registry.Builder builder = messy.builder();
    List<RegistryProblem> first = builder.validate().problems();
    assertEquals(first, builder.validate().problems(), "validating one builder twice");
    assertTrue(first.size() >= 8, () -> "expected at least 8 problems, got " + first);
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      Messy shuffled = new Messy();
      shuffled.shuffle(random);
      assertEquals(first, shuffled.builder().validate().problems(), "after shuffling the records with seed " + seed);
    }
  }

  @Test
  void buildThrowsARegistryExceptionCarryingEveryProblem() {
    Messy messy = new Messy();
    List<RegistryProblem> expected = messy.builder().validate().problems();
    RegistryException e = assertThrows(RegistryException.class, () -> messy.builder().build());
    assertEquals(expected, e.problems());
    for (RegistryProblem p : expected) {
      assertTrue(e.getMessage().contains(p.toString()), () -> e.getMessage() + " should list " + p);
    }
  }

  @Test
  void orElseThrowOfAnInvalidValidationThrowsTheSameProblems() {
    Validation v = new Messy().builder().validate();
    RegistryException e = assertThrows(RegistryException.class, v::orElseThrow);
    assertEquals(v.problems(), e.problems());
  }

  // ---------------------------------------------------------------- personal data

  @Test
  void problemMessagesNeverRevealContactDetails() {
    String email = "amina.otieno@example.org";
    String phone = "+254 700 123456";
    String person = "Amina Otieno";
    String address = "PO Box 12345, Nairobi";
    ContactDetails contact = ContactDetails.builder().contactPerson(person).email(email).phone(phone)
        .postalAddress(address).build();
    Organization withContact = Organization.builder().from(organization("ORG-A", "KE", "XX"))
        .contact(contact)
        .thematicAreas(List.of("knitting", "health-human-development"))
        .addNetworkMemberships(NetworkMembership.of("NGO-COMMITTEE-ON-KNITTING", day(2020, 1, 1)),
            NetworkMembership.builder().networkId("VNGOC").since(day(2020, 1, 1)).until(day(2019, 1, 1)).build())
        .build();
    Registry.Builder builder = Registry.builder()
        .addOrganizations(withContact, withContact.toBuilder().name("Same id again").build())
        .addParticipations(attended("ORG-A", "CND-99"), attended("ORG-A", "CND-99"))
        .addDesignations(
            designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2024, 12, 31)),
            designation("RLO-2", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 2, 1), day(2024, 3, 1)))
        .addApplications(application("APP-1", "ORG-A").toBuilder().amountRequested(Money.of("0", "USD"))
            .coHostIds(List.of("ORG-Z")).build())
        .addGrants(grant("GR-1", "ORG-A").toBuilder().reportDue(day(2020, 1, 1)).build());
    List<RegistryProblem> problems = builder.validate().problems();
    assertTrue(problems.size() >= 8, () -> "expected many problems about ORG-A, got " + problems);
    for (RegistryProblem p : problems) {
      for (String secret : List.of(email, phone, person, address)) {
        assertFalse(p.message().contains(secret), () -> "problem reveals contact details: " + p);
        assertFalse(p.toString().contains(secret), () -> "problem reveals contact details: " + p);
      }
    }
    RegistryException e = assertThrows(RegistryException.class, builder::build);
    for (String secret : List.of(email, phone, person, address)) {
      assertFalse(e.getMessage().contains(secret), "exception message reveals contact details");
    }
  }

  // ---------------------------------------------------------------- a valid registry and its indexes

  private static Registry eastAfricanRegistry() {
    Organization a = Organization.builder().from(organization("ORG-A", "KE", "UG", "TZ"))
        .thematicAreas(List.of("drug-prevention", "hiv-aids-prevention"))
        .addNetworkMemberships(
            NetworkMembership.builder().networkId("VNGOC").since(day(2010, 1, 1)).until(day(2015, 12, 31)).build(),
            NetworkMembership.of("VNGOC", day(2019, 1, 1)),
            NetworkMembership.of("ALLIANCE-CPCJ", day(2021, 1, 1)))
        .build();
    Organization b = Organization.builder().from(organization("ORG-B", "KE", "IT"))
        .thematicAreas(List.of("anti-corruption"))
        .addNetworkMemberships(NetworkMembership.of("UNCAC-COALITION", day(2015, 1, 1)))
        .build();
    Organization c = organization("ORG-C", "AT").toBuilder().type(OrganisationType.ACADEMIC).build();
    return Registry.builder()
        .addOrganizations(c, a, b)
        .addParticipations(
            Participation.of("ORG-B", "CCPCJ-33", ParticipationKind.WRITTEN_STATEMENT),
            attended("ORG-B", "CND-67"),
            Participation.of("ORG-A", "CND-67", ParticipationKind.ORAL_STATEMENT),
            attended("ORG-A", "CND-67"))
        .addDesignations(
            openDesignation("RLO-2", "ORG-A", EASTERN_AFRICA_OFFICE, day(2026, 1, 1)),
            designation("RLO-3", "ORG-B", RegionRef.m49("202"), day(2024, 1, 1), day(2025, 12, 31)),
            designation("RLO-1", "ORG-A", EASTERN_AFRICA_OFFICE, day(2024, 1, 1), day(2025, 12, 31)))
        .addApplications(
            application("APP-2", "ORG-B").toBuilder().status(ApplicationStatus.WITHDRAWN).build(),
            SeedFundingApplication.builder().from(application("APP-1", "ORG-A")).targetRegion(EASTERN_AFRICA_OFFICE)
                .followsSessionId("CND-67").fieldOfficeId("ROEA").coHostIds(List.of("ORG-B"))
                .focusAreas(Set.of("drug-prevention")).amountRequested(Money.of("20000", "USD"))
                .plannedStart(CONSULTATION_START).plannedEnd(CONSULTATION_END).build())
        .addGrants(grant("GR-1", "ORG-A").toBuilder().applicationId("APP-1").reportDue(day(2024, 7, 12)).build())
        .addConsultations(consultation("CON-1", "ORG-A").toBuilder().coHostIds(List.of("ORG-B")).grantId("GR-1")
            .followsSessionId("CND-67").fieldOfficeId("ROEA").build())
        .build();
  }

  private static <T> List<String> ids(List<T> records, Function<T, String> id) {
    return records.stream().map(id).collect(Collectors.toList());
  }

  private static List<String> orgIds(List<Organization> orgs) {
    return ids(orgs, Organization::id);
  }

  @Test
  void aValidRegistryListsEveryRecordById() {
    Registry r = eastAfricanRegistry();
    assertEquals(List.of("ORG-A", "ORG-B", "ORG-C"), orgIds(r.organizations()));
    assertEquals(List.of("RLO-1", "RLO-2", "RLO-3"), ids(r.designations(), RloDesignation::id));
    assertEquals(List.of("APP-1", "APP-2"), ids(r.applications(), SeedFundingApplication::id));
    assertEquals(List.of("GR-1"), ids(r.grants(), Grant::id));
    assertEquals(List.of("CON-1"), ids(r.consultations(), Consultation::id));
    assertEquals(List.of("ORG-A@CND-67/ATTENDED", "ORG-A@CND-67/ORAL_STATEMENT", "ORG-B@CCPCJ-33/WRITTEN_STATEMENT",
        "ORG-B@CND-67/ATTENDED"), ids(r.participations(), Participation::key));
    assertEquals("ORG-C", r.findOrganization("ORG-C").orElseThrow().id());
    assertTrue(r.findOrganization("ORG-Z").isEmpty());
    assertEquals("APP-2", r.findApplication("APP-2").orElseThrow().id());
  }

  @Test
  void organizationsInACountryAcceptAnyCodeForIt() {
    Registry r = eastAfricanRegistry();
    assertEquals(List.of("ORG-A", "ORG-B"), orgIds(r.organizationsIn("KE")));
    assertEquals(List.of("ORG-A", "ORG-B"), orgIds(r.organizationsIn("ken")));
    assertEquals(List.of("ORG-A", "ORG-B"), orgIds(r.organizationsIn("404")));
    assertEquals(List.of("ORG-B"), orgIds(r.organizationsIn("it")), "Italy, under any default locale");
    assertEquals(List.of("ORG-B"), orgIds(r.organizationsIn("ita")), "Italy, under any default locale");
    assertEquals(List.of(), r.organizationsIn("FR"));
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> r.organizationsIn("XX"));
    assertEquals("XX", e.code());
  }

  @Test
  void organizationsInARegionAreListedOnceEvenWhenInSeveralOfItsCountries() {
    Registry r = eastAfricanRegistry();
    assertEquals(List.of("ORG-A", "ORG-B"), orgIds(r.organizationsIn(RegionRef.m49("202"))));
    assertEquals(List.of("ORG-A", "ORG-B"), orgIds(r.organizationsIn(RegionRef.m49("014"))));
    assertEquals(List.of("ORG-A", "ORG-B"), orgIds(r.organizationsIn(EASTERN_AFRICA_OFFICE)));
    assertEquals(List.of("ORG-A"), orgIds(r.organizationsIn(RegionRef.country("tz"))));
    assertEquals(List.of("ORG-B", "ORG-C"), orgIds(r.organizationsIn(RegionRef.m49("150"))));
    assertEquals(List.of(), r.organizationsIn(RegionRef.m49("009")));
    assertThrows(UnknownCodeException.class, () -> r.organizationsIn(RegionRef.grouping("NOPE")));
  }

  @Test
  void organizationsAreIndexedByThematicAreaAndNetwork() {
    Registry r = eastAfricanRegistry();
    assertEquals(List.of("ORG-A"), orgIds(r.organizationsWorkingOn("drug-prevention")));
    assertEquals(List.of("ORG-A"), orgIds(r.organizationsWorkingOn("hiv-aids-prevention")));
    assertEquals(List.of("ORG-B"), orgIds(r.organizationsWorkingOn("anti-corruption")));
    assertEquals(List.of(), r.organizationsWorkingOn("environmental-crime"));
    assertEquals(List.of("ORG-A"), orgIds(r.membersOf("VNGOC")), "two memberships of one network, listed once");
    assertEquals(List.of("ORG-A"), orgIds(r.membersOf("ALLIANCE-CPCJ")));
    assertEquals(List.of("ORG-B"), orgIds(r.membersOf("UNCAC-COALITION")));
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> r.membersOf("NO-SUCH-NETWORK"));
    assertEquals("network", e.kind());
    assertEquals("NO-SUCH-NETWORK", e.id());
    assertThrows(UnknownCodeException.class, () -> r.organizationsWorkingOn("drugs"));
  }

  @Test
  void participationsAreIndexedBySessionAndOrganization() {
    Registry r = eastAfricanRegistry();
    assertEquals(List.of("ORG-A@CND-67/ATTENDED", "ORG-A@CND-67/ORAL_STATEMENT", "ORG-B@CND-67/ATTENDED"),
        ids(r.participationsIn("CND-67"), Participation::key));
    assertEquals(List.of("ORG-B@CCPCJ-33/WRITTEN_STATEMENT"), ids(r.participationsIn("CCPCJ-33"), Participation::key));
    assertEquals(List.of(), r.participationsIn("CND-68"));
    assertEquals(List.of("ORG-A@CND-67/ATTENDED", "ORG-A@CND-67/ORAL_STATEMENT"),
        ids(r.participationsOf("ORG-A"), Participation::key));
    assertEquals(List.of("ORG-B@CCPCJ-33/WRITTEN_STATEMENT", "ORG-B@CND-67/ATTENDED"),
        ids(r.participationsOf("ORG-B"), Participation::key));
    assertEquals(List.of(), r.participationsOf("ORG-C"));
  }

  @Test
  void designationsApplicationsAndGrantsAreIndexedByOrganization() {
    Registry r = eastAfricanRegistry();
    assertEquals(List.of("RLO-1", "RLO-2"), ids(r.designationsOf("ORG-A"), RloDesignation::id));
    assertEquals(List.of("RLO-3"), ids(r.designationsOf("ORG-B"), RloDesignation::id));
    assertEquals(List.of(), r.designationsOf("ORG-C"));
    assertEquals(List.of("APP-1"), ids(r.applicationsOf("ORG-A"), SeedFundingApplication::id));
    assertEquals(List.of("APP-2"), ids(r.applicationsOf("ORG-B"), SeedFundingApplication::id));
    assertEquals(List.of("GR-1"), ids(r.grantsOf("ORG-A"), Grant::id));
    assertEquals(List.of(), r.grantsOf("ORG-B"));
  }

  @Test
  void aValidValidationCarriesTheRegistryAndNoProblems() {
    Validation v = twoKenyanAndUgandanOrganizations().validate();
    assertTrue(v.isValid());
    assertEquals(List.of(), v.problems());
    assertEquals(Set.of("ORG-A", "ORG-B"), Set.copyOf(orgIds(v.orElseThrow().organizations())));
  }

  @Test
  void anAddedSessionCanBeReferredTo() {
    Session extra = Session.builder().id("CND-68-X").bodyCode("CND").number(68)
        .title("Intersessional meeting of the Commission on Narcotic Drugs").year(2025).month(Month.MARCH)
        .start(day(2025, 3, 10)).end(day(2025, 3, 10)).build();
    Registry r = twoKenyanAndUgandanOrganizations().addSessions(List.of(extra))
        .addParticipations(attended("ORG-B", "CND-68-X")).build();
    assertEquals(List.of("ORG-B@CND-68-X/ATTENDED"), ids(r.participationsIn("CND-68-X"), Participation::key));
    assertTrue(r.sessions().stream().anyMatch(s -> s.id().equals("CND-68-X")));
  }
}
