package org.lookingbeyond.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.registry.RegistryProblem.Code;

/**
 * Overlapping designations are reported once per designation that overlaps an earlier one (sorted by
 * start), not once per pair: thousands of them stay fast and the report stays linear in size.
 */
class OverlappingDesignationsAtScaleTest {
  private static final RegionRef EASTERN_AFRICA = RegionRef.m49("014");

  private static Registry.Builder oneOrganization() {
    return Registry.builder().addOrganizations(Organization.builder().id("ORG-A").name("Organization A")
        .type(OrganisationType.NATIONAL_NGO).addOperatingCountries("KE").build());
  }

  private static RloDesignation designation(String id, LocalDate from, LocalDate until) {
    return RloDesignation.builder().id(id).organizationId("ORG-A").region(EASTERN_AFRICA).validFrom(from)
        .validUntil(until).build();
  }

  @Test
  void fiveThousandDesignationsOfOnePeriodGiveOneProblemEachButTheFirst() {
    List<RloDesignation> all = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      all.add(designation(String.format("RLO-%05d", i), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }
    Validation v = assertTimeout(Duration.ofSeconds(20), () -> oneOrganization().addDesignations(all).validate());
    assertEquals(4999, v.problems().size());
    assertTrue(v.problems().stream().allMatch(p -> p.code() == Code.OVERLAPPING_DESIGNATION));
    assertTrue(v.problems().stream().noneMatch(p -> p.recordId().equals("RLO-00000")));
  }

  @Test
  void eachOverlapNamesTheEarlierDesignationThatReachesFurthest() {
    Validation v = oneOrganization().addDesignations(
        designation("RLO-LONG", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
        designation("RLO-SHORT", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)),
        designation("RLO-LATE", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        designation("RLO-AFTER", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31))).validate();
    assertEquals(List.of("RLO-LATE overlaps designation RLO-LONG", "RLO-SHORT overlaps designation RLO-LONG"),
        v.problems().stream().map(p -> p.recordId() + " " + p.message().substring(0, p.message().indexOf(" of ")))
            .sorted().collect(Collectors.toList()));
  }

  @Test
  void anOpenEndedDesignationOverlapsEveryLaterOne() {
    Validation v = oneOrganization().addDesignations(
        RloDesignation.builder().id("RLO-OPEN").organizationId("ORG-A").region(EASTERN_AFRICA)
            .validFrom(LocalDate.of(2020, 1, 1)).build(),
        designation("RLO-2040", LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31)),
        designation("RLO-2050", LocalDate.of(2050, 1, 1), LocalDate.of(2050, 12, 31))).validate();
    assertEquals(2, v.problems().size());
    assertTrue(v.problems().stream().allMatch(p -> p.message().contains("RLO-OPEN")), v.problems()::toString);
  }
}
