package org.lookingbeyond.funding;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
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
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;

/**
 * A Kenyan RLO applying for seed funding to hold an Eastern African consultation after CND-68
 * (10-14 March 2025), with small named variations. By default every gate passes: a national NGO
 * registered in 2015, designated RLO for M49 014 (Eastern Africa) for 2024-2026, operating in KE and UG,
 * due diligence NO/NO, applying on 17 March 2025 for 15,000 USD, a consultation on drug treatment and
 * care starting 30 days after the session, inviting Kenya and involving ROEA (Nairobi).
 */
final class FundingFixture {
  static final LocalDate CND_68_END = LocalDate.of(2025, 3, 14);
  static final LocalDate APPLIED = LocalDate.of(2025, 3, 17);
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  static final RegionRef EASTERN_AFRICA = RegionRef.m49("014");
  static final RegionRef SUB_SAHARAN_AFRICA = RegionRef.m49("202");
  static final RegionRef WESTERN_AFRICA = RegionRef.m49("011");
  static final RegionRef SOUTHERN_ASIA = RegionRef.m49("034");
  static final String APPLICANT = "ORG-NAIROBI";
  static final String APPLICATION = "APP-NAIROBI-1";
  static final String DESIGNATION = "RLO-NAIROBI-014";
  static final DueDiligence CLEAN = DueDiligence.builder().tobaccoIndustryTies(Flag.NO).sanctionsListed(Flag.NO)
      .build();

  private Organization applicant = eligibleRlo(APPLICANT, "KE").toBuilder().operatingCountries(List.of("KE", "UG")).build();
  private SeedFundingApplication application =
      eligibleApplication(APPLICATION, APPLICANT, EASTERN_AFRICA, "KE", "ROEA");
  private boolean applicationInRegistry = true;
  private final List<RloDesignation> designations =
      new ArrayList<>(List.of(designation(DESIGNATION, APPLICANT, EASTERN_AFRICA)));
  private final List<Organization> others = new ArrayList<>();
  private final List<SeedFundingApplication> otherApplications = new ArrayList<>();
  private final List<Participation> participations = new ArrayList<>();
  private final List<Grant> grants = new ArrayList<>();
  private final List<Consultation> consultations = new ArrayList<>();
  private final List<Session> sessions = new ArrayList<>();

  private FundingFixture() {}

  /** The eligible Kenyan RLO and its application, as described above. */
  static FundingFixture rloApplyingAfterCnd68() {
    return new FundingFixture();
  }

  // ---------------------------------------------------------------- building blocks shared by tests

  /** A national NGO registered in 2015, headquartered and operating in one country, with clean due diligence. */
  static Organization eligibleRlo(String id, String country) {
    return Organization.builder().id(id).name("Organization " + id).type(OrganisationType.NATIONAL_NGO)
        .registrationDate(LocalDate.of(2015, 6, 1)).headquartersCountry(country).addOperatingCountries(country)
        .addThematicAreas("drug-prevention").dueDiligence(CLEAN).build();
  }

  /** A designation for 2024-2026. */
  static RloDesignation designation(String id, String organizationId, RegionRef region) {
    return RloDesignation.builder().id(id).organizationId(organizationId).region(region)
        .validFrom(LocalDate.of(2024, 1, 1)).validUntil(LocalDate.of(2026, 12, 31)).build();
  }

  /** An application following CND-68, starting 30 days after it, for 15,000 USD, in cycle 2025. */
  static SeedFundingApplication eligibleApplication(String id, String applicantId, RegionRef region,
      String invited, String fieldOffice) {
    LocalDate start = CND_68_END.plusDays(30);
    return SeedFundingApplication.builder().id(id).applicantId(applicantId).applicationDate(APPLIED)
        .targetRegion(region).followsSessionId("CND-68").plannedStart(start).plannedEnd(start.plusDays(2))
        .amountRequested(Money.of("15000", "USD")).focusAreas(Set.of("drug-treatment-care"))
        .invitedMemberStates(Set.of(invited)).fieldOfficeId(fieldOffice).cycle("2025").build();
  }

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  // ---------------------------------------------------------------- the applicant

  FundingFixture applicant(UnaryOperator<Organization> change) {
    applicant = change.apply(applicant);
    return this;
  }

  FundingFixture ofType(OrganisationType type) {
    return applicant(o -> o.toBuilder().type(type).build());
  }

  FundingFixture registeredOn(LocalDate date) {
    return applicant(o -> o.toBuilder().registrationDate(date).build());
  }

  FundingFixture withoutRegistrationDate() {
    return applicant(o -> o.toBuilder().registrationDate(Optional.empty()).build());
  }

  FundingFixture operatingIn(String... countries) {
    return applicant(o -> o.toBuilder().operatingCountries(List.of(countries)).build());
  }

  FundingFixture headquarteredIn(String country) {
    return applicant(o -> o.toBuilder().headquartersCountry(country).build());
  }

  FundingFixture workingOn(String... areas) {
    return applicant(o -> o.toBuilder().thematicAreas(List.of(areas)).build());
  }

  FundingFixture dueDiligence(Flag tobaccoTies, Flag sanctionsListed) {
    return applicant(o -> o.toBuilder().dueDiligence(DueDiligence.builder().tobaccoIndustryTies(tobaccoTies)
        .sanctionsListed(sanctionsListed).build()).build());
  }

  FundingFixture ecosoc(EcosocStatus.Category category, EcosocStatus.State state) {
    return applicant(o -> o.toBuilder().ecosocStatus(EcosocStatus.of(category, state, 2010)).build());
  }

  FundingFixture memberOf(String networkId, LocalDate since) {
    return applicant(o -> o.toBuilder().networkMemberships(List.of(NetworkMembership.of(networkId, since))).build());
  }

  FundingFixture participatedIn(String sessionId, ParticipationKind kind) {
    participations.add(Participation.of(APPLICANT, sessionId, kind));
    return this;
  }

  /** Replaces the applicant's designations by one. */
  FundingFixture designatedFor(RegionRef region, LocalDate from, LocalDate until) {
    designations.clear();
    designations.add(RloDesignation.builder().id("RLO-NAIROBI-" + region.code()).organizationId(APPLICANT)
        .region(region).validFrom(from).validUntil(until).build());
    return this;
  }

  FundingFixture neverDesignated() {
    designations.clear();
    return this;
  }

  // ---------------------------------------------------------------- the application

  FundingFixture application(UnaryOperator<SeedFundingApplication> change) {
    application = change.apply(application);
    return this;
  }

  FundingFixture appliedOn(LocalDate date) {
    return application(a -> a.toBuilder().applicationDate(date).build());
  }

  /** A three-day consultation after CND-68, starting this many days after its last day. */
  FundingFixture startingDaysAfterSession(int days) {
    return plannedFrom(CND_68_END.plusDays(days), CND_68_END.plusDays(days + 2L));
  }

  FundingFixture plannedFrom(LocalDate start, LocalDate end) {
    return application(a -> a.toBuilder().plannedStart(start).plannedEnd(end).build());
  }

  FundingFixture following(String sessionId) {
    return application(a -> a.toBuilder().followsSessionId(sessionId).build());
  }

  FundingFixture targeting(RegionRef region) {
    return application(a -> a.toBuilder().targetRegion(region).build());
  }

  FundingFixture asking(String amount, String currency) {
    return application(a -> a.toBuilder().amountRequested(Money.of(amount, currency)).build());
  }

  FundingFixture askingNoAmount() {
    return application(a -> a.toBuilder().amountRequested(Optional.empty()).build());
  }

  /** States the focus areas; with no argument, states that the consultation has none. */
  FundingFixture focusingOn(String... areas) {
    return application(a -> SeedFundingApplication.builder().from(a).focusAreas(Set.of(areas)).build());
  }

  /** Leaves the focus areas unstated: the application does not say. */
  FundingFixture notStatingFocusAreas() {
    return application(a -> SeedFundingApplication.builder().from(a).focusAreas(Optional.empty()).build());
  }

  /** States the invited Member States; with no argument, states that none is invited. */
  FundingFixture inviting(String... memberStates) {
    return application(a -> SeedFundingApplication.builder().from(a).invitedMemberStates(Set.of(memberStates))
        .build());
  }

  /** Leaves the invited Member States unstated: the application does not say. */
  FundingFixture notStatingInvitedMemberStates() {
    return application(a -> SeedFundingApplication.builder().from(a).invitedMemberStates(Optional.empty())
        .build());
  }

  FundingFixture involvingFieldOffice(String officeId) {
    return application(a -> SeedFundingApplication.builder().from(a).noFieldOffice(false).fieldOfficeId(officeId)
        .build());
  }

  /** States that no field office is involved. */
  FundingFixture involvingNoFieldOffice() {
    return application(a -> SeedFundingApplication.builder().from(a).fieldOfficeId(Optional.empty())
        .noFieldOffice(true).build());
  }

  /** Leaves the field office unstated: the application neither names one nor says that none is involved. */
  FundingFixture notStatingFieldOffice() {
    return application(a -> SeedFundingApplication.builder().from(a).fieldOfficeId(Optional.empty())
        .noFieldOffice(false).build());
  }

  FundingFixture coHostedBy(Organization host) {
    others.add(host);
    return application(a -> a.toBuilder().coHostIds(List.of(host.id())).build());
  }

  /** Assesses the application without recording it (for values registry validation would refuse). */
  FundingFixture notRecordedInRegistry() {
    applicationInRegistry = false;
    return this;
  }

  // ---------------------------------------------------------------- the rest of the registry

  FundingFixture with(Organization organization) {
    others.add(organization);
    return this;
  }

  FundingFixture with(Grant grant) {
    grants.add(grant);
    return this;
  }

  FundingFixture with(Consultation consultation) {
    consultations.add(consultation);
    return this;
  }

  FundingFixture with(Session session) {
    sessions.add(session);
    return this;
  }

  FundingFixture with(RloDesignation designation) {
    designations.add(designation);
    return this;
  }

  FundingFixture with(SeedFundingApplication other) {
    otherApplications.add(other);
    return this;
  }

  /** An earlier grant to the applicant for a consultation that ended on a day. */
  static Grant grantEnding(String id, LocalDate consultationEnd) {
    return Grant.builder().id(id).organizationId(APPLICANT).amount(Money.of("12000", "USD"))
        .consultationStart(consultationEnd.minusDays(2)).consultationEnd(consultationEnd).build();
  }

  /** A consultation in Kenya led by the applicant. */
  static Consultation consultationInKenya(String id, ConsultationStatus status, LocalDate start, LocalDate end) {
    return Consultation.builder().id(id).status(status).region(RegionRef.country("KE")).leadOrganizationId(APPLICANT)
        .start(start).end(end).build();
  }

  /** A one-day meeting of a body, as a session an integrator adds. */
  static Session meeting(String id, String body, int number, LocalDate day) {
    return Session.builder().id(id).bodyCode(body).number(number).title("Intersessional meeting " + id)
        .year(day.getYear()).month(Month.from(day)).start(day).end(day).build();
  }

  // ---------------------------------------------------------------- results

  SeedFundingApplication application() {
    return application;
  }

  Registry registry() {
    List<Organization> organizations = new ArrayList<>(others);
    organizations.add(applicant);
    List<SeedFundingApplication> applications = new ArrayList<>(otherApplications);
    if (applicationInRegistry) {
      applications.add(application);
    }
    return Registry.builder().addOrganizations(organizations).addDesignations(designations)
        .addApplications(applications).addParticipations(participations).addGrants(grants)
        .addConsultations(consultations).addSessions(sessions).build();
  }

  Decision decision() {
    return decision(SeedFunding.withDefaultPolicy());
  }

  Decision decision(SeedFunding funding) {
    return funding.assess(registry(), application, AS_OF);
  }
}
