package org.lookingbeyond.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.docs.DocFixtures.AS_OF;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.JsonDocumentException;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.json.RegistryReading;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.reference.ReferenceTables;
import org.lookingbeyond.reference.TableName;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.Validation;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.theme.ThematicArea;

/** The Java blocks of README.md ("Use it"), run on the golden registry, with what their comments claim. */
class ReadmeSnippetsTest {
  private final Registry golden = DocFixtures.goldenRegistry();

  @Test
  void referenceDataLookUpsAndARegistryBuiltFromOurOwnBuilders() {
    List<Organization> organizations = new ArrayList<>(golden.organizations());
    List<Participation> participations = golden.participations();
    List<RloDesignation> designations = golden.designations();

    // snippet:start
    ReferenceData ref = ReferenceData.defaults();
    Geography geo = ref.geography();
    geo.area("ken").name();                                   // "Kenya": alpha-2, alpha-3 or numeric, any case
    geo.regionOf("KE", RegionLevel.INTERMEDIATE_REGION);      // 014 Eastern Africa
    geo.countriesOf(RegionRef.grouping("ROEA"));              // the 13 countries of the Nairobi office
    ref.sessionsOf("CND");                                    // real sessions, then projected ones

    Organization.Builder b = Organization.builder()           // our own builder type; build() checks every value
        .id("ke-harm-reduction").name("Harm Reduction Network of Kenya").type(OrganisationType.NATIONAL_NGO)
        .addOperatingCountries("KE", "UG").addThematicAreas("drug-treatment-care");
    organizations.add(b.build());

    Validation v = Registry.builder()
        .addOrganizations(organizations)
        .addParticipations(participations)
        .addDesignations(designations)
        .validate();
    if (v.isValid()) {
      Registry registry = v.registry().orElseThrow();
      registry.organizationsIn(RegionRef.m49("202"));         // distinct organizations in Sub-Saharan Africa
    } else {
      v.problems().forEach(System.out::println);              // e.g. DANGLING_REFERENCE participation[...].sessionId: ...
    }
    // snippet:end

    assertEquals("Kenya", geo.area("ken").name());
    assertEquals(List.of("014", "Eastern Africa"), geo.regionOf("KE", RegionLevel.INTERMEDIATE_REGION)
        .map(r -> List.of(r.code(), r.name())).orElseThrow());
    assertEquals(13, geo.countriesOf(RegionRef.grouping("ROEA")).size());
    List<Boolean> projected = ref.sessionsOf("CND").stream().map(s -> s.projected()).collect(Collectors.toList());
    assertTrue(projected.indexOf(true) > 0 && !projected.subList(projected.indexOf(true), projected.size())
        .contains(false), "real sessions first, then projected ones");
    assertTrue(v.isValid(), v.problems()::toString);
    assertTrue(v.registry().orElseThrow().organizationsIn(RegionRef.m49("202")).stream()
        .anyMatch(o -> o.id().equals("ke-harm-reduction")));

    Validation dangling = Registry.builder().addOrganizations(organizations)
        .addParticipations(Participation.of("ke-harm-reduction", "CND-99", ParticipationKind.ATTENDED)).validate();
    assertTrue(dangling.problems().get(0).toString().startsWith("DANGLING_REFERENCE participation["),
        dangling.problems()::toString);
  }

  @Test
  void whyNotEligibleInOneCall() {
    Registry registry = golden;
    LocalDate asOf = AS_OF;
    String printed = standardOutputOf(() -> {
      // snippet:start
      SeedFunding funding = SeedFunding.withDefaultPolicy();
      List<Decision> decisions = funding.assessAll(registry, registry.applications(), asOf);
      // Why not eligible, in one call: the failed gates and the gates undecided for missing facts, in rule order.
      decisions.get(0).blockers().forEach(o -> System.out.println(o.ruleId() + " " + o.status() + ": " + o.message()));
      // G4 FAIL: 159 days from session.end (2025-03-14) to application.plannedStart (2025-08-20), outside [7, 120]
      //          days (minDaysAfterSession, maxDaysAfterSession)
      // G8 UNKNOWN: missing: applicant.tobaccoIndustryTies
      Allocation allocation = funding.allocate(registry, decisions, Money.of("60000", "USD"));
      // snippet:end
      assertEquals(Money.of("60000", "USD"), allocation.budget());
      assertTrue(decisions.get(0).blockers().stream().allMatch(o -> o.status() != Status.PASS));
    });
    assertEquals("", printed, "the first golden decision is eligible: nothing blocks it");
  }

  @Test
  void readTryReadRebuildAndWrite(@TempDir Path dir) {
    Path registryFile = DocFixtures.copy("/golden/registry.json", dir.resolve("registry.json"));
    List<Decision> decisions = SeedFunding.withDefaultPolicy().assessAll(golden, golden.applications(), AS_OF);

    // snippet:start
    LookingBeyondJson json = LookingBeyondJson.defaults();
    Registry registry = json.readRegistry(registryFile).registry();    // throws with all problems, or a registry
    RegistryReading reading = json.tryReadRegistry(registryFile);      // the same, without throwing
    reading.problems().forEach(System.out::println);  // e.g. 4:3 /organizations/1/id DUPLICATE_ID: ...
    LookingBeyondJson strict = json.rebuild().strict(true).build();                // a variant of these settings
    String report = json.write(DocumentType.DECISIONS, decisions);
    // snippet:end

    assertEquals(golden, registry);
    assertTrue(reading.isValid());
    assertEquals(DocFixtures.resource("/golden/decisions.json"), report);
    String unknownMember = DocFixtures.resource("/golden/registry.json")
        .replaceFirst("\\{", "{\n  \"x-crm\" : 1,");
    assertTrue(json.tryReadRegistry(unknownMember).isValid(), "lenient keeps an unknown member");
    assertThrows(JsonDocumentException.class, () -> strict.readRegistry(unknownMember));
    RegistryReading missing = json.tryReadRegistry(dir.resolve("nowhere.json"));
    assertFalse(missing.isValid());
    assertTrue(missing.problems().get(0).toString().contains("UNREADABLE"), missing.problems()::toString);
  }

  @Test
  void extendTheReferenceDataAndReplaceATable(@TempDir Path dir) throws IOException {
    List<Organization> organizations = golden.organizations();
    List<Participation> newParticipations = List.of(
        Participation.of(organizations.get(0).id(), "CND-68", ParticipationKind.SIDE_EVENT));

    // snippet:start
    try (Reader shipped = ReferenceTables.shipped(TableName.FIELD_OFFICES);
        Writer copy = Files.newBufferedWriter(dir.resolve("offices-2027.csv"))) {
      shipped.transferTo(copy);                                                      // then edit the copy
    }
    ReferenceData mine = ReferenceData.defaults().toBuilder()
        .addThematicArea(ThematicArea.of("terrorism-prevention", "Terrorism prevention", "trafficking-crime-terrorism"))
        .fieldOffices(ReferenceTables.read(dir.resolve("offices-2027.csv"), ReferenceTables::readFieldOffices))
        .build();
    Registry registry = Registry.builder(mine).addOrganizations(organizations).build();
    Registry next = registry.toBuilder().addParticipations(newParticipations).build();  // a changed registry
    // snippet:end

    assertEquals(ReferenceData.defaults().fieldOffices(), mine.fieldOffices());
    assertTrue(mine.taxonomy().findArea("terrorism-prevention").isPresent());
    assertEquals(registry.participations().size() + 1, next.participations().size());
    assertEquals(registry.organizations(), next.organizations());
  }

  private static String standardOutputOf(Runnable snippet) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      snippet.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
