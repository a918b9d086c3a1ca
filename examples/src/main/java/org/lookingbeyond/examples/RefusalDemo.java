package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.registry.Validation;

/**
 * Shows that bad input is refused: a registry built from records with deliberate problems reports
 * every one of them (and forms no registry), and a malformed value is refused when it is built.
 */
final class RefusalDemo {

  /**
   * The deliberate problems, each as the start of the line the registry reports for it
   * ({@code CODE recordType[recordId].field}).
   */
  static final List<String> EXPECTED = List.of(
      "UNKNOWN_CODE organization[ORG-BAD-1].operatingCountries",
      "DANGLING_REFERENCE participation[ORG-BAD-1@CND-99/ATTENDED].sessionId",
      "END_BEFORE_START designation[RLO-BAD-1].validUntil",
      "NON_POSITIVE_AMOUNT application[APP-BAD-1].amountRequested");

  private RefusalDemo() {}

  /**
   * Validates the sample records plus four bad ones.
   *
   * @return the validation, which holds the problems
   */
  static Validation validateBadInput() {
    Organization unknownCountry = Organization.builder().id("ORG-BAD-1")
        .name("Nowhere Land Outreach (fictional)").type(OrganisationType.NATIONAL_NGO)
        .addOperatingCountries("KE", "XK") // XK is a user-assigned code, not an ISO 3166-1 country
        .addThematicAreas("drug-prevention").build();
    Participation unknownSession = Participation.of("ORG-BAD-1", "CND-99", ParticipationKind.ATTENDED);
    RloDesignation endsBeforeItStarts = RloDesignation.builder().id("RLO-BAD-1").organizationId("ORG-LHRC")
        .region(RegionRef.m49("014")).validFrom(LocalDate.of(2026, 6, 1)).validUntil(LocalDate.of(2025, 6, 1))
        .build();
    SeedFundingApplication zeroAmount = SeedFundingApplication.builder().id("APP-BAD-1").applicantId("ORG-LHRC")
        .applicationDate(LocalDate.of(2026, 11, 1)).followsSessionId("CND-69").amountRequested(Money.of("0", "USD"))
        .build();
    Registry.Builder builder = SampleRegistry.builder()
        .addOrganizations(unknownCountry)
        .addParticipations(unknownSession)
        .addDesignations(endsBeforeItStarts)
        .addApplications(zeroAmount);
    return builder.validate();
  }

  static void print(PrintWriter out) {
    out.println("  The sample records plus four deliberately bad ones: an unknown country code, a participation in");
    out.println("  a session that does not exist, a designation that ends before it starts, an amount of zero.");
    Validation v = validateBadInput();
    out.println();
    out.println("  registry formed: " + (v.isValid() ? "yes" : "no") + "; problems reported: " + v.problems().size());
    for (RegistryProblem p : v.problems()) {
      out.println("  - " + p);
    }
    out.println();
    out.println("  A malformed value is refused as soon as it is built (codes are upper case):");
    try {
      Organization.builder().id("ORG-BAD-2").name("Lower Case Lobby (fictional)")
          .type(OrganisationType.NATIONAL_NGO).addOperatingCountries("ke").build();
      out.println("  - (not refused)");
    } catch (InvalidValueException e) {
      out.println("  - " + e.getMessage());
    }
  }
}
