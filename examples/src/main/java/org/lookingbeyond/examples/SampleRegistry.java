package org.lookingbeyond.examples;

import static org.lookingbeyond.model.OrganisationType.ACADEMIC;
import static org.lookingbeyond.model.OrganisationType.FOUNDATION;
import static org.lookingbeyond.model.OrganisationType.GOVERNMENT;
import static org.lookingbeyond.model.OrganisationType.INTERNATIONAL_NGO;
import static org.lookingbeyond.model.OrganisationType.NATIONAL_NGO;
import static org.lookingbeyond.model.OrganisationType.OTHER;
import static org.lookingbeyond.model.OrganisationType.PARTNER_COUNTRY_BASED_NGO;
import static org.lookingbeyond.model.OrganisationType.PRIVATE_SECTOR;
import static org.lookingbeyond.model.OrganisationType.REGIONAL_NGO;
import static org.lookingbeyond.model.ParticipationKind.ATTENDED;
import static org.lookingbeyond.model.ParticipationKind.ORAL_STATEMENT;
import static org.lookingbeyond.model.ParticipationKind.SIDE_EVENT;
import static org.lookingbeyond.model.ParticipationKind.WRITTEN_STATEMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.EcosocStatus.Category;
import org.lookingbeyond.model.EcosocStatus.State;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.registry.Registry;

/**
 * A small sample registry over the shipped reference data, for the examples and their tests.
 *
 * <p><strong>Every organization, person, address and record here is fictional</strong>: each name ends
 * in "(fictional)", every e-mail address is at {@code example.org} and every telephone number is made of
 * zeros. Only the reference data is real: the countries, regions, field offices, networks and the
 * sessions the records refer to (such as {@code CND-67} or {@code COP-12}).
 *
 * <p>The records are chosen to exercise the model: nineteen organizations in four M49 regions and
 * several field office areas; IATI types including a private company and a government body (neither a
 * CSO); ECOSOC statuses GENERAL, SPECIAL, ROSTER, one SUSPENDED and several none; network memberships,
 * one of them ended; an umbrella network with member organizations; due-diligence findings including
 * UNKNOWN ones and one tobacco-industry tie; participations in real sessions; six RLO designations;
 * nine seed-funding applications (one without planned dates, one over USD 20,000, three pending ones that
 * make their applicants urgent); three grants (one whose report was never submitted) and two
 * consultations held. Under the default classification policy every salience class and every
 * power/interest quadrant occurs.
 */
public final class SampleRegistry {
  /** The fixed date the examples run as of, so that their output never depends on the clock. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private SampleRegistry() {}

  /**
   * The sample registry, validated.
   *
   * @return the registry
   * @throws org.lookingbeyond.registry.RegistryException if a record does not validate (a bug here)
   */
  public static Registry registry() {
    return Holder.REGISTRY;
  }

  /**
   * A new registry builder holding every sample record, to validate or extend.
   *
   * @return the builder
   */
  public static Registry.Builder builder() {
    return Registry.builder()
        .addOrganizations(organizations())
        .addParticipations(participations())
        .addDesignations(designations())
        .addApplications(applications())
        .addGrants(grants())
        .addConsultations(consultations());
  }

  private static final class Holder {
    static final Registry REGISTRY = builder().build();
  }

  static List<Organization> organizations() {
    return List.of(
        org("ORG-LHRC", "Lakeside Harm Reduction Collective (fictional)", NATIONAL_NGO, "KE", "2009-05-12")
            .addOperatingCountries("KE", "UG", "TZ").addThematicAreas("drug-treatment-care", "hiv-aids-prevention")
            .ecosocStatus(EcosocStatus.of(Category.SPECIAL, State.ACTIVE, 2015))
            .addNetworkMemberships(NetworkMembership.of("VNGOC", date("2016-03-01")))
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.YES, "2025-06-01"))
            .contact(contact("Amina Fictional", "lakeside.collective")).build(),
        org("ORG-ESYN", "Eastern Savanna Youth Network (fictional)", REGIONAL_NGO, "UG", "2011-02-01")
            .addOperatingCountries("UG", "KE", "RW", "ET").addThematicAreas("youth-crime-prevention", "drug-prevention")
            .addNetworkMemberships(NetworkMembership.of("ALLIANCE-CPCJ", date("2019-09-15")))
            .declaredScope(GeographicScope.SUBREGIONAL)
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.UNKNOWN, "2024-11-20"))
            .contact(contact("Joseph Placeholder", "savanna.youth")).build(),
        org("ORG-KWJT", "Kilimanjaro Witness Justice Trust (fictional)", FOUNDATION, "TZ", "2004-08-30")
            .addOperatingCountries("TZ").addThematicAreas("victim-witness-protection", "anti-human-trafficking")
            .ecosocStatus(EcosocStatus.of(Category.ROSTER, State.ACTIVE, 2012)).build(),
        org("ORG-HRA", "Himalayan Recovery Alliance (fictional)", NATIONAL_NGO, "NP", "2007-01-10")
            .addOperatingCountries("NP", "IN").addThematicAreas("rehabilitation-reintegration", "drug-treatment-care")
            .ecosocStatus(EcosocStatus.of(Category.SPECIAL, State.ACTIVE, 2018))
            .addNetworkMemberships(NetworkMembership.of("VNGOC", date("2019-06-01")))
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.YES, "2025-02-14"))
            .contact(contact("Sita Imaginary", "himalayan.recovery")).build(),
        org("ORG-GII", "Ganges Integrity Institute (fictional)", ACADEMIC, "IN", "2001-11-05")
            .addOperatingCountries("IN", "BD", "LK").addThematicAreas("anti-corruption", "youth-crime-prevention")
            .addNetworkMemberships(
                NetworkMembership.builder().networkId("UNCAC-COALITION").since(date("2014-01-15"))
                    .until(date("2022-12-31")).build(),
                NetworkMembership.of("UNCAC-COALITION", date("2024-02-01")))
            .dueDiligence(checked(Flag.NO, Flag.UNKNOWN, Flag.UNKNOWN, "2023-05-02")).build(),
        org("ORG-SRWU", "Steppe Rivers Women's Shelter Union (fictional)", NATIONAL_NGO, "KZ", "2005-04-18")
            .addOperatingCountries("KZ", "KG").addThematicAreas("anti-human-trafficking", "victim-witness-protection")
            .ecosocStatus(EcosocStatus.of(Category.SPECIAL, State.SUSPENDED, 2011))
            .addNetworkMemberships(NetworkMembership.of("ALLIANCE-CPCJ", date("2017-05-22"))).build(),
        org("ORG-TSAW", "Tian Shan Anti-Corruption Watch (fictional)", PARTNER_COUNTRY_BASED_NGO, "KG", "2012-03-03")
            .addOperatingCountries("KG", "KZ", "TJ", "UZ").addThematicAreas("anti-corruption")
            .addNetworkMemberships(NetworkMembership.of("UNCAC-COALITION", date("2016-10-01")))
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.YES, "2025-09-09"))
            .contact(contact("Azamat Invented", "tianshan.watch")).build(),
        org("ORG-SCLL", "Sahel Coast Legal Aid League (fictional)", NATIONAL_NGO, "SN", "2008-07-07")
            .addOperatingCountries("SN", "GM", "GW").addThematicAreas("victim-witness-protection", "youth-crime-prevention")
            .ecosocStatus(EcosocStatus.of(Category.ROSTER, State.ACTIVE, 2016))
            .addNetworkMemberships(NetworkMembership.of("ALLIANCE-CPCJ", date("2018-01-10")))
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.YES, "2024-03-01"))
            .contact(contact("Awa Sample", "sahel.legal")).build(),
        org("ORG-GCGG", "Gold Coast Green Guardians (fictional)", NATIONAL_NGO, "GH", "2015-09-21")
            .addOperatingCountries("GH", "CI", "TG").addThematicAreas("environmental-crime", "alternative-development")
            .dueDiligence(DueDiligence.builder().sanctionsListed(Flag.NO).assessedOn(date("2022-01-12")).build())
            .build(),
        org("ORG-ARN", "Amazonia Riverside Network (fictional)", REGIONAL_NGO, "BR", "1998-06-15")
            .addOperatingCountries("BR", "AR", "PY", "BO", "PE", "CO")
            .addThematicAreas("alternative-development", "environmental-crime", "drug-prevention")
            .ecosocStatus(EcosocStatus.of(Category.GENERAL, State.ACTIVE, 2010)).memberOrganizations(42)
            .declaredScope(GeographicScope.REGIONAL)
            .addNetworkMemberships(NetworkMembership.of("VNGOC", date("2012-02-01")),
                NetworkMembership.of("ALLIANCE-CPCJ", date("2015-04-01")))
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.YES, "2025-10-30"))
            .contact(contact("Rafael Fakename", "amazonia.riverside")).build(),
        org("ORG-PPD", "Pampas Prevention Desk (fictional)", NATIONAL_NGO, "AR", "2019-03-11")
            .addOperatingCountries("AR").addThematicAreas("drug-prevention").build(),
        org("ORG-AOC", "Andean Orchard Growers' Cooperative (fictional)", OTHER, "BO", "2013-12-01")
            .addOperatingCountries("BO", "PE", "EC").addThematicAreas("alternative-development").build(),
        org("ORG-DINF", "Danube International NGO Forum (fictional)", INTERNATIONAL_NGO, "AT", "1995-10-24")
            .addOperatingCountries("AT", "KE", "IN", "BR", "TH")
            .addThematicAreas("drug-prevention", "anti-corruption", "anti-human-trafficking", "hiv-aids-prevention")
            .ecosocStatus(EcosocStatus.of(Category.GENERAL, State.ACTIVE, 2005))
            .declaredScope(GeographicScope.INTERNATIONAL)
            .addNetworkMemberships(NetworkMembership.of("VNGOC", date("2008-01-01")),
                NetworkMembership.of("ALLIANCE-CPCJ", date("2009-06-01")),
                NetworkMembership.of("UNCAC-COALITION", date("2010-03-01")))
            .dueDiligence(checked(Flag.NO, Flag.NO, Flag.YES, "2026-01-15"))
            .contact(contact("Franz Exampleton", "danube.forum")).build(),
        org("ORG-VCR", "Vienna Compliance Research GmbH (fictional)", PRIVATE_SECTOR, "AT", "2016-02-29")
            .addOperatingCountries("AT").addThematicAreas("anti-corruption").build(),
        org("ORG-CPNB", "Chao Phraya Narcotics Board (fictional)", GOVERNMENT, "TH", "1976-01-01")
            .addOperatingCountries("TH").addThematicAreas("drug-prevention", "drug-treatment-care").build(),
        org("ORG-MLHP", "Mekong Lantern Health Project (fictional)", NATIONAL_NGO, "TH", "2010-08-08")
            .addOperatingCountries("TH", "LA", "KH", "MM").addThematicAreas("hiv-aids-prevention", "drug-treatment-care")
            .ecosocStatus(EcosocStatus.of(Category.SPECIAL, State.ACTIVE, 2020))
            .addNetworkMemberships(NetworkMembership.of("VNGOC", date("2021-03-15")))
            .dueDiligence(checked(Flag.YES, Flag.NO, Flag.UNKNOWN, "2026-06-30"))
            .contact(contact("Nok Pretend", "mekong.lantern")).build(),
        // Classification: power without legitimacy (a company working on four continents), no claim.
        org("ORG-GTA", "Global Trade Assurance Ltd (fictional)", PRIVATE_SECTOR, "GB", "2003-04-01")
            .addOperatingCountries("GB", "US", "SG", "ZA").addThematicAreas("anti-corruption").build(),
        // Classification: a young NGO with a pending application, neither powerful nor yet legitimate.
        org("ORG-NSYI", "New Shoots Youth Initiative (fictional)", NATIONAL_NGO, "GH", "2025-09-01")
            .addOperatingCountries("GH").addThematicAreas("youth-crime-prevention").build(),
        // Classification: a young international NGO with a pending application: powerful, urgent, not yet
        // legitimate.
        org("ORG-BWA", "Borderless Witness Alliance (fictional)", INTERNATIONAL_NGO, "CH", "2025-05-20")
            .addOperatingCountries("CH", "CO", "KE", "PH").addThematicAreas("anti-human-trafficking")
            .declaredScope(GeographicScope.INTERNATIONAL).build());
  }

  static List<Participation> participations() {
    return List.of(
        p("ORG-LHRC", "CND-66", ATTENDED), p("ORG-LHRC", "CND-67", ORAL_STATEMENT), p("ORG-LHRC", "CND-67", SIDE_EVENT),
        p("ORG-LHRC", "CND-68", ATTENDED), p("ORG-ESYN", "CCPCJ-33", ATTENDED), p("ORG-ESYN", "CCPCJ-34", SIDE_EVENT),
        p("ORG-HRA", "CND-67", ATTENDED), p("ORG-HRA", "CND-68", WRITTEN_STATEMENT), p("ORG-HRA", "CND-69", ATTENDED),
        p("ORG-GII", "COSP-10", ATTENDED), p("ORG-GII", "COSP-11", SIDE_EVENT), p("ORG-SRWU", "CCPCJ-32", ATTENDED),
        p("ORG-SRWU", "COP-12", WRITTEN_STATEMENT), p("ORG-TSAW", "COSP-10", WRITTEN_STATEMENT),
        p("ORG-TSAW", "COSP-11", ORAL_STATEMENT), p("ORG-SCLL", "CCPCJ-32", ATTENDED),
        p("ORG-SCLL", "CCPCJ-33", ORAL_STATEMENT), p("ORG-SCLL", "CONGRESS-15", ATTENDED),
        p("ORG-ARN", "CND-66", SIDE_EVENT), p("ORG-ARN", "CND-67", ORAL_STATEMENT), p("ORG-ARN", "COP-12", ATTENDED),
        p("ORG-DINF", "CND-66", ORAL_STATEMENT), p("ORG-DINF", "CND-67", ORAL_STATEMENT),
        p("ORG-DINF", "CCPCJ-33", SIDE_EVENT), p("ORG-DINF", "COSP-10", ATTENDED), p("ORG-DINF", "COP-12", SIDE_EVENT),
        p("ORG-DINF", "CONGRESS-15", ORAL_STATEMENT), p("ORG-MLHP", "CND-68", ATTENDED));
  }

  static List<RloDesignation> designations() {
    return List.of(
        rlo("RLO-2024-EAF-1", "ORG-LHRC", RegionRef.m49("014"), "2024-01-01", "2027-12-31"),
        rlo("RLO-2025-ROEA-1", "ORG-ESYN", RegionRef.grouping("ROEA"), "2025-01-01", null),
        rlo("RLO-2024-ROSA-1", "ORG-HRA", RegionRef.grouping("ROSA"), "2024-06-01", "2026-12-31"),
        rlo("RLO-2025-ROSA-2", "ORG-GII", RegionRef.grouping("ROSA"), "2025-03-01", null),
        rlo("RLO-2024-WAF-1", "ORG-SCLL", RegionRef.m49("011"), "2024-01-01", null),
        rlo("RLO-2025-CAS-1", "ORG-TSAW", RegionRef.m49("143"), "2025-01-01", "2027-12-31"));
  }

  static List<SeedFundingApplication> applications() {
    return List.of(
        app("APP-2024-001", "ORG-LHRC", "2024-03-28", RegionRef.m49("014"), "CND-67", "12000")
            .plannedStart(date("2024-05-06")).plannedEnd(date("2024-05-08")).status(ApplicationStatus.APPROVED)
            .focusAreas(Set.of("drug-treatment-care", "hiv-aids-prevention"))
            .invitedMemberStates(Set.of("KE", "UG", "TZ"))
            .fieldOfficeId("ROEA").addCoHostIds("ORG-ESYN").cycle("2024").build(),
        app("APP-2024-002", "ORG-SCLL", "2024-05-30", RegionRef.m49("011"), "CCPCJ-33", "9500")
            .plannedStart(date("2024-07-15")).plannedEnd(date("2024-07-17")).status(ApplicationStatus.APPROVED)
            .focusAreas(Set.of("victim-witness-protection", "youth-crime-prevention"))
            .invitedMemberStates(Set.of("SN", "GM", "GH")).fieldOfficeId("ROSEN").addCoHostIds("ORG-GCGG").cycle("2024")
            .build(),
        app("APP-2025-003", "ORG-ESYN", "2025-05-30", RegionRef.grouping("ROEA"), "CCPCJ-34", "11000")
            .plannedStart(date("2025-07-08")).plannedEnd(date("2025-07-10")).status(ApplicationStatus.APPROVED)
            .focusAreas(Set.of("youth-crime-prevention")).invitedMemberStates(Set.of("UG", "KE", "RW", "ET"))
            .fieldOfficeId("ROEA").addCoHostIds("ORG-LHRC").cycle("2025").build(),
        // Incomplete: planned dates and invited Member States not stated yet.
        app("APP-2026-004", "ORG-HRA", "2026-04-02", RegionRef.grouping("ROSA"), "CND-69", "8000")
            .focusAreas(Set.of("drug-treatment-care", "rehabilitation-reintegration")).fieldOfficeId("ROSA")
            .cycle("2026").build(),
        // Over the default ceiling of USD 20,000.
        app("APP-2026-005", "ORG-GII", "2026-05-12", RegionRef.grouping("ROSA"), "CONGRESS-15", "27500")
            .plannedStart(date("2026-06-15")).plannedEnd(date("2026-06-17"))
            .focusAreas(Set.of("youth-crime-prevention", "anti-corruption"))
            .invitedMemberStates(Set.of("IN", "BD", "LK"))
            .fieldOfficeId("ROSA").addCoHostIds("ORG-HRA").cycle("2026").build(),
        app("APP-2026-006", "ORG-TSAW", "2026-01-09", RegionRef.m49("143"), "COSP-11", "15000")
            .plannedStart(date("2026-02-16")).plannedEnd(date("2026-02-18")).focusAreas(Set.of("anti-corruption"))
            .invitedMemberStates(Set.of("KZ", "KG", "TJ", "UZ")).fieldOfficeId("ROCA").addCoHostIds("ORG-SRWU")
            .cycle("2026").build(),
        // Pending applications that make their applicants urgent claimants in the classification.
        app("APP-2026-007", "ORG-KWJT", "2026-10-05", RegionRef.m49("014"), "CONGRESS-15", "6000")
            .focusAreas(Set.of("victim-witness-protection")).fieldOfficeId("ROEA").cycle("2026").build(),
        app("APP-2026-008", "ORG-NSYI", "2026-10-12", RegionRef.m49("011"), "CONGRESS-15", "5000")
            .focusAreas(Set.of("youth-crime-prevention")).fieldOfficeId("ROSEN").cycle("2026").build(),
        app("APP-2026-009", "ORG-BWA", "2026-11-02", RegionRef.m49("014"), "CONGRESS-15", "18000")
            .focusAreas(Set.of("anti-human-trafficking")).fieldOfficeId("ROEA").cycle("2026").build());
  }

  static List<Grant> grants() {
    return List.of(
        grant("GRANT-2024-001", "ORG-LHRC", "APP-2024-001", "12000", "2024-05-06", "2024-05-08", "2024-06-07")
            .reportSubmitted(date("2024-06-03")).build(),
        // The report was never submitted.
        grant("GRANT-2024-002", "ORG-SCLL", "APP-2024-002", "9500", "2024-07-15", "2024-07-17", "2024-08-16").build(),
        grant("GRANT-2025-003", "ORG-ESYN", "APP-2025-003", "11000", "2025-07-08", "2025-07-10", "2025-08-09")
            .reportSubmitted(date("2025-08-05")).build());
  }

  static List<Consultation> consultations() {
    return List.of(
        Consultation.builder().id("CONS-2024-EAF").status(ConsultationStatus.HELD).region(RegionRef.m49("014"))
            .followsSessionId("CND-67").leadOrganizationId("ORG-LHRC").addCoHostIds("ORG-ESYN")
            .start(date("2024-05-06")).end(date("2024-05-08")).addFocusAreas("drug-treatment-care", "hiv-aids-prevention")
            .fieldOfficeId("ROEA").addInvitedOrganizationIds("ORG-KWJT", "ORG-DINF")
            .addInvitedMemberStates("KE", "UG", "TZ").grantId("GRANT-2024-001").recordSubmitted(date("2024-06-03"))
            .build(),
        Consultation.builder().id("CONS-2024-WAF").status(ConsultationStatus.HELD).region(RegionRef.m49("011"))
            .followsSessionId("CCPCJ-33").leadOrganizationId("ORG-SCLL").addCoHostIds("ORG-GCGG")
            .start(date("2024-07-15")).end(date("2024-07-17"))
            .addFocusAreas("victim-witness-protection", "youth-crime-prevention").fieldOfficeId("ROSEN")
            .addInvitedMemberStates("SN", "GM", "GH").grantId("GRANT-2024-002").build());
  }

  private static Organization.Builder org(String id, String name, OrganisationType type, String country,
      String registered) {
    return Organization.builder().id(id).name(name).type(type).headquartersCountry(country)
        .registrationCountry(country).registrationDate(date(registered));
  }

  private static DueDiligence checked(Flag tobacco, Flag sanctions, Flag psea, String on) {
    return DueDiligence.builder().tobaccoIndustryTies(tobacco).sanctionsListed(sanctions).pseaMeasures(psea)
        .assessedOn(date(on)).build();
  }

  /** Fictional contact details: a made-up person, an example.org mailbox and a number of zeros. */
  private static ContactDetails contact(String person, String mailbox) {
    return ContactDetails.builder().contactPerson(person + " (fictional)").email(mailbox + "@example.org")
        .phone("+000 000 000 000").build();
  }

  private static Participation p(String org, String session, ParticipationKind kind) {
    return Participation.of(org, session, kind);
  }

  private static RloDesignation rlo(String id, String org, RegionRef region, String from, String until) {
    return RloDesignation.builder().id(id).organizationId(org).region(region).validFrom(date(from))
        .validUntil(Optional.ofNullable(until).map(SampleRegistry::date)).build();
  }

  private static SeedFundingApplication.Builder app(String id, String applicant, String on, RegionRef region,
      String session, String usd) {
    return SeedFundingApplication.builder().id(id).applicantId(applicant).applicationDate(date(on))
        .targetRegion(region).followsSessionId(session).amountRequested(Money.of(usd, "USD"));
  }

  private static Grant.Builder grant(String id, String org, String app, String usd,
      String start, String end, String due) {
    return Grant.builder().id(id).organizationId(org).applicationId(app).amount(Money.of(usd, "USD"))
        .consultationStart(date(start)).consultationEnd(date(end)).reportDue(date(due));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
