package org.lookingbeyond.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;

/**
 * A workbook of 100,000 organizations reads within the 512 MB heap this module's tests run in (see the
 * Surefire configuration in its POM); not timed.
 */
class LargeWorkbookTest {
  private static final int ORGANIZATIONS = 100_000;

  @TempDir
  Path dir;

  @Test
  void aWorkbookOfOneHundredThousandOrganizationsReadsWithinHalfAGigabyte() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 512L * 1024 * 1024 * 105 / 100,
        "the test proves nothing with a larger heap: " + Runtime.getRuntime().maxMemory());
    Path file = dir.resolve("large.xlsx");
    Tabular.defaults().writeXlsx(TabularDocument.of(large()), file);
    Registry read = Tabular.defaults().readXlsx(file).registry();
    assertEquals(ORGANIZATIONS, read.organizations().size());
    assertEquals(ORGANIZATIONS / 2, read.organizationsIn("KE").size());
  }

  private static Registry large() {
    List<Organization> organizations = new ArrayList<>(ORGANIZATIONS);
    for (int i = 0; i < ORGANIZATIONS; i++) {
      organizations.add(Organization.builder().id("ORG-" + i).name("Organization number " + i + " (fictional)")
          .type(i % 3 == 0 ? OrganisationType.NATIONAL_NGO : OrganisationType.FOUNDATION)
          .addOperatingCountries(i % 2 == 0 ? "KE" : "UG", "TZ").addThematicAreas("drug-treatment-care")
          .build());
    }
    return Registry.builder().addOrganizations(organizations).build();
  }
}
