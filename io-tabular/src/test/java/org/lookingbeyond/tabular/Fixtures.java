package org.lookingbeyond.tabular;

import java.time.LocalDate;
import java.util.Set;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
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

/** A small registry over the shipped reference data that uses every column of every file. */
final class Fixtures {
  private Fixtures() {}

  static Registry fullRegistry() {
    Organization lake = Organization.builder()
        .id("ORG-LAKE").name("Lakeside Harm Reduction Collective (fictional)").acronym("LHRC")
        .type(OrganisationType.NATIONAL_NGO)
        .ecosocStatus(EcosocStatus.of(EcosocStatus.Category.SPECIAL, EcosocStatus.State.ACTIVE, 2015))
        .registrationDate(LocalDate.of(2012, 5, 2)).registrationCountry("KE").headquartersCountry("KE")
        .addOperatingCountries("KE", "TZ", "UG").addThematicAreas("drug-treatment-care", "hiv-aids-prevention")
        .addNetworkMemberships(NetworkMembership.of("VNGOC", LocalDate.of(2016, 1, 1)))
        .addNetworkMemberships(NetworkMembership.builder().networkId("UNCAC-COALITION")
            .since(LocalDate.of(2018, 1, 1)).until(LocalDate.of(2020, 12, 31)).build())
        .declaredScope(GeographicScope.SUBREGIONAL)
        .dueDiligence(DueDiligence.builder().tobaccoIndustryTies(Flag.NO).sanctionsListed(Flag.NO)
            .pseaMeasures(Flag.UNKNOWN).assessedOn(LocalDate.of(2025, 3, 1)).build())
        .contact(ContactDetails.builder().contactPerson("Jane Example").email("jane@example.org")
            .phone("+254 700 000 000").postalAddress("P.O. Box 0, Nairobi").build())
        .build();
    Organization sahel = Organization.builder()
        .id("ORG-SAHEL").name("=Sahel Youth Forum, \"fictional\"").type(OrganisationType.REGIONAL_NGO)
        .addOperatingCountries("ML", "NE").addThematicAreas("youth-crime-prevention")
        .memberOrganizations(14).build();
    Organization firm = Organization.builder()
        .id("ORG-FIRM").name("Example Consulting Ltd\n(fictional)").type(OrganisationType.PRIVATE_SECTOR).build();
    return Registry.builder()
        .addOrganizations(lake, sahel, firm)
        .addParticipations(Participation.of("ORG-LAKE", "CND-67", ParticipationKind.SIDE_EVENT),
            Participation.of("ORG-LAKE", "CND-68", ParticipationKind.ORAL_STATEMENT),
            Participation.of("ORG-SAHEL", "CND-68", ParticipationKind.ATTENDED))
        .addDesignations(RloDesignation.builder().id("RLO-1").organizationId("ORG-LAKE")
            .region(RegionRef.m49("014")).validFrom(LocalDate.of(2024, 1, 1)).validUntil(LocalDate.of(2027, 12, 31))
            .build(),
            RloDesignation.builder().id("RLO-2").organizationId("ORG-SAHEL").region(RegionRef.country("ML"))
            .validFrom(LocalDate.of(2025, 1, 1)).build())
        .addApplications(SeedFundingApplication.builder().id("APP-1").applicantId("ORG-LAKE")
            .applicationDate(LocalDate.of(2025, 4, 1)).status(ApplicationStatus.APPROVED)
            .targetRegion(RegionRef.m49("014")).followsSessionId("CND-68")
            .plannedStart(LocalDate.of(2025, 5, 12)).plannedEnd(LocalDate.of(2025, 5, 13))
            .amountRequested(Money.of("18500.50", "USD")).focusAreas(Set.of("drug-treatment-care"))
            .invitedMemberStates(Set.of("KE", "UG")).fieldOfficeId("ROEA").addCoHostIds("ORG-SAHEL")
            .cycle("2025").build(),
            SeedFundingApplication.builder().id("APP-2").applicantId("ORG-SAHEL")
            .applicationDate(LocalDate.of(2026, 4, 1)).build(),
            // states that it has no focus area, invites no Member State and involves no field office
            SeedFundingApplication.builder().id("APP-3").applicantId("ORG-SAHEL")
            .applicationDate(LocalDate.of(2026, 5, 3)).focusAreas(Set.of()).invitedMemberStates(Set.of())
            .noFieldOffice(true).build())
        .addGrants(Grant.builder().id("GR-1").organizationId("ORG-LAKE").applicationId("APP-1")
            .amount(Money.of("18500.5", "USD")).consultationStart(LocalDate.of(2025, 5, 12))
            .consultationEnd(LocalDate.of(2025, 5, 13)).reportDue(LocalDate.of(2025, 6, 12))
            .reportSubmitted(LocalDate.of(2025, 6, 10)).build())
        .addConsultations(Consultation.builder().id("CONS-1").status(ConsultationStatus.HELD)
            .region(RegionRef.m49("014")).followsSessionId("CND-68").leadOrganizationId("ORG-LAKE")
            .addCoHostIds("ORG-SAHEL").start(LocalDate.of(2025, 5, 12)).end(LocalDate.of(2025, 5, 13))
            .addFocusAreas("drug-treatment-care").fieldOfficeId("ROEA").addInvitedOrganizationIds("ORG-FIRM")
            .addInvitedMemberStates("KE").grantId("GR-1").recordSubmitted(LocalDate.of(2025, 6, 10)).build())
        .build();
  }
}
