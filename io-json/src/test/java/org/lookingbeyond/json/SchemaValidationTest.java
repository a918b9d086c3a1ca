package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Cadence;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;

/**
 * The registry document's JSON Schema ({@code registry-1.schema.json}) agrees with the reader and the
 * writer: it is a valid 2020-12 schema, every sample and every document the library writes validates,
 * and it refuses what the reader refuses.
 */
class SchemaValidationTest {
  private static final String SCHEMA_RESOURCE = "/org/lookingbeyond/json/schema/registry-1.schema.json";
  private static final String SAMPLES = "/samples/";
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();

  private static String schemaText;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schemaText = resource(SCHEMA_RESOURCE);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    schema = registry.getSchema(schemaText, InputFormat.JSON);
  }

  private static String resource(String name) {
    return TestResources.text(name);
  }

  private static List<Error> validate(String document) {
    return schema.validate(document, InputFormat.JSON);
  }

  private static void assertValid(String document, String what) {
    List<Error> errors = validate(document);
    assertTrue(errors.isEmpty(), () -> what + " does not validate: " + errors + "\n" + document);
  }

  // (1) The schema itself.

  @Test
  void theSchemaIsValidAgainstTheDraft202012MetaSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(schemaText, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "the schema is not a valid 2020-12 schema: " + errors);
  }

  @Test
  void theSchemaDeclaresDraft202012AndItsId() {
    assertTrue(schemaText.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(schemaText.contains("\"$id\": \"https://lookingbeyond.org/schema/registry-1.schema.json\""));
  }

  // (2) The samples.

  static Stream<Path> samples() throws IOException, URISyntaxException {
    URL minimal = SchemaValidationTest.class.getResource(SAMPLES + "minimal.json");
    assertNotNull(minimal, "the samples are not on the class path");
    Path dir = Path.of(minimal.toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
      assertTrue(json.size() >= 3, "at least three samples: " + json);
      return json.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleValidatesAndReads(Path sample) throws IOException {
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    assertValid(text, sample.getFileName().toString());
    RegistryDocument doc = JSON.readRegistry(sample);
    assertValid(JSON.writeRegistry(doc), "the sample " + sample.getFileName() + " written back");
  }

  @Test
  void theHandWrittenSampleUsesAnIatiCodeAndKeepsUnknownMembers() {
    RegistryDocument doc = JSON.readRegistry(resource(SAMPLES + "hand-written.json"));
    assertEquals(OrganisationType.NATIONAL_NGO, doc.registry().findOrganization("ORG-KE-1").orElseThrow().type());
    assertFalse(doc.unknownFields().isEmpty());
    assertEquals("10042", doc.unknownFields().fields("/organizations/ORG-KE-1").get("x-crm-id"));
    assertEquals("\"partner CRM 4.2\"", doc.unknownFields().fields("").get("x-exported-by"));
  }

  // (3) What the library writes.

  @Test
  void theFullFixtureAsWrittenValidates() {
    assertValid(JSON.writeRegistry(Fixtures.fullRegistry()), "the full fixture");
  }

  @Test
  void theFullFixtureWrittenCompactValidates() {
    LookingBeyondJson compact = LookingBeyondJson.builder().pretty(false).build();
    assertValid(compact.writeRegistry(Fixtures.fullRegistry()), "the compact full fixture");
  }

  @Test
  void anEmptyRegistryAsWrittenValidates() {
    String text = JSON.writeRegistry(Registry.builder().build());
    assertValid(text, "the empty registry");
  }

  @Test
  void recordsWithOnlyTheirRequiredFieldsValidate() {
    Registry registry = Registry.builder()
        .addOrganizations(Organization.builder().id("ORG-MIN").name("Minimal (fictional)")
            .type(OrganisationType.OTHER).build())
        .addNetworks(List.of(Network.builder().id("NET-MIN").name("Minimal network (fictional)").build()))
        .addFieldOffices(List.of(FieldOffice.builder().id("FO-MIN").name("Minimal office (fictional)")
            .seatCity("Vienna").seatCountry("AT").kind(FieldOfficeKind.LIAISON).build()))
        .addSessions(List.of(Session.builder().id("CND-99").bodyCode("CND").number(99)
            .title("99th session (fictional)").year(2056).build()))
        .addParticipations(Participation.of("ORG-MIN", "CND-99", ParticipationKind.WRITTEN_STATEMENT))
        .addDesignations(RloDesignation.builder().id("RLO-MIN").organizationId("ORG-MIN")
            .region(RegionRef.country("AT")).validFrom(LocalDate.of(2026, 1, 1)).build())
        .addApplications(SeedFundingApplication.builder().id("APP-MIN").applicantId("ORG-MIN")
            .applicationDate(LocalDate.of(2026, 2, 1)).build())
        .addGrants(Grant.builder().id("GR-MIN").organizationId("ORG-MIN").amount(Money.of("500", "EUR"))
            .consultationStart(LocalDate.of(2026, 3, 2)).consultationEnd(LocalDate.of(2026, 3, 2)).build())
        .addConsultations(Consultation.builder().id("CONS-MIN").status(ConsultationStatus.CANCELLED)
            .region(RegionRef.grouping("ROEA")).leadOrganizationId("ORG-MIN")
            .start(LocalDate.of(2026, 3, 2)).end(LocalDate.of(2026, 3, 2)).build())
        .build();
    String text = JSON.writeRegistry(registry);
    assertValid(text, "records with only their required fields");
    assertEquals(registry, JSON.readRegistry(text).registry());
  }

  @Test
  void addedReferenceDataValidates() {
    ReferenceData reference = ReferenceData.defaults().toBuilder()
        .addPillar(Pillar.of("integrators-pillar", "An integrator's pillar (fictional)"))
        .addThematicArea(ThematicArea.of("an-area", "An area (fictional)", "integrators-pillar"))
        .addGrouping(Grouping.builder().id("G-MIN").name("Minimal grouping (fictional)").kind(GroupingKind.CUSTOM)
            .build())
        .addGrouping(Grouping.builder().id("G-UN").name("A regional group (fictional)")
            .kind(GroupingKind.UN_REGIONAL_GROUP).addMembers("AT", "DE").source("test").build())
        .addGoverningBody(GoverningBody.builder().code("BODY-A").name("Body without cadence (fictional)").build())
        .addGoverningBody(GoverningBody.builder().code("BODY-B").name("Biennial body (fictional)")
            .addMandate("an-area", "integrators-pillar")
            .cadence(Cadence.builder().intervalYears(2).month(Month.SEPTEMBER).yearParity(Cadence.YearParity.ODD)
                .reconvenedMonth(Month.DECEMBER).build())
            .build())
        .addGoverningBody(GoverningBody.builder().code("BODY-C").name("Annual body (fictional)")
            .cadence(Cadence.builder().intervalYears(1).month(Month.JUNE).build()).build())
        .build();
    Registry registry = Registry.builder(reference)
        .addOrganizations(Organization.builder().id("ORG-A").name("Area worker (fictional)")
            .type(OrganisationType.ACADEMIC).addThematicAreas("an-area")
            .addNetworkMemberships(NetworkMembership.of("VNGOC", LocalDate.of(2020, 1, 1))).build())
        .addSessions(List.of(Session.builder().id("BODY-B-1").bodyCode("BODY-B").number(1)
            .title("First session (fictional)").year(2027).month(Month.SEPTEMBER).reconvened(true).build()))
        .build();
    String text = JSON.writeRegistry(registry);
    assertTrue(text.contains("\"governingBodies\""), text);
    assertValid(text, "added reference data");
  }

  @Test
  void aDocumentWrittenBackWithItsUnknownMembersValidates() {
    RegistryDocument doc = JSON.readRegistry(resource(SAMPLES + "hand-written.json"));
    String text = JSON.writeRegistry(doc);
    assertTrue(text.contains("\"x-crm-id\""), text);
    assertValid(text, "the hand-written sample written back");
  }

  // (4) What the schema refuses, as the reader does.

  private static final String ORG = "{\"id\": \"ORG-1\", \"name\": \"Example (fictional)\", \"type\": \"NATIONAL_NGO\"}";

  private static String doc(String members) {
    return "{\"format\": \"lookingbeyond.registry/1\"" + (members.isEmpty() ? "" : ", " + members) + "}";
  }

  private static void assertRefused(String document, JsonProblem.Code readerCode) {
    assertFalse(validate(document).isEmpty(), () -> "the schema accepts " + document);
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readRegistry(document),
        () -> "the reader accepts " + document);
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == readerCode),
        () -> "the reader reports no " + readerCode + ": " + e.problems());
  }

  @Test
  void aControlDocumentIsAccepted() {
    String document = doc("\"organizations\": [" + ORG + "]");
    assertValid(document, "the control document");
    JSON.readRegistry(document);
  }

  @Test
  void aMissingFormatIsRefused() {
    assertRefused("{\"organizations\": [" + ORG + "]}", JsonProblem.Code.UNSUPPORTED_FORMAT);
  }

  @Test
  void aNewerMajorVersionIsRefused() {
    assertRefused("{\"format\": \"lookingbeyond.registry/2\"}", JsonProblem.Code.UNSUPPORTED_FORMAT);
  }

  @Test
  void anotherDocumentTypeIsRefused() {
    assertRefused("{\"format\": \"lookingbeyond.policy/1\"}", JsonProblem.Code.UNSUPPORTED_FORMAT);
  }

  @Test
  void anOrganizationWithoutIdIsRefused() {
    assertRefused(doc("\"organizations\": [{\"name\": \"No id (fictional)\", \"type\": 22}]"),
        JsonProblem.Code.MISSING_FIELD);
  }

  @Test
  void aNullRequiredMemberIsRefused() {
    assertRefused(doc("\"organizations\": [{\"id\": null, \"name\": \"Null id (fictional)\", \"type\": 22}]"),
        JsonProblem.Code.MISSING_FIELD);
  }

  @Test
  void aBadDateIsRefused() {
    assertRefused(doc("\"organizations\": [{\"id\": \"ORG-1\", \"name\": \"Example (fictional)\", \"type\": 22,"
        + " \"registrationDate\": \"10/03/2015\"}]"), JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void anAmountGivenAsAStringIsRefused() {
    assertRefused(doc("\"organizations\": [" + ORG + "], \"grants\": [{\"id\": \"GR-1\", \"organizationId\": \"ORG-1\","
        + " \"amount\": {\"amount\": \"500\", \"currency\": \"USD\"}, \"consultationStart\": \"2026-03-02\","
        + " \"consultationEnd\": \"2026-03-03\"}]"), JsonProblem.Code.WRONG_TYPE);
  }

  @Test
  void anUnknownEnumConstantIsRefused() {
    assertRefused(doc("\"organizations\": [" + ORG + "], \"participations\": [{\"organizationId\": \"ORG-1\","
        + " \"sessionId\": \"CND-67\", \"kind\": \"KEYNOTE\"}]"), JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void anUnknownOrganisationTypeIsRefusedByNameAndByCode() {
    assertRefused(doc("\"organizations\": [{\"id\": \"ORG-1\", \"name\": \"Example (fictional)\","
        + " \"type\": \"NGO\"}]"), JsonProblem.Code.INVALID_VALUE);
    assertRefused(doc("\"organizations\": [{\"id\": \"ORG-1\", \"name\": \"Example (fictional)\", \"type\": 99}]"),
        JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void aBadRegionReferenceIsRefused() {
    assertRefused(doc("\"organizations\": [" + ORG + "], \"designations\": [{\"id\": \"RLO-1\","
        + " \"organizationId\": \"ORG-1\", \"region\": \"EASTERN-AFRICA\", \"validFrom\": \"2026-01-01\"}]"),
        JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void aMonthOutOfRangeIsRefused() {
    assertRefused(doc("\"sessions\": [{\"id\": \"CND-99\", \"bodyCode\": \"CND\", \"number\": 99,"
        + " \"title\": \"99th session (fictional)\", \"year\": 2056, \"month\": 13}]"), JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void aNonPositiveAmountIsRefused() {
    assertRefused(doc("\"organizations\": [" + ORG + "], \"grants\": [{\"id\": \"GR-1\", \"organizationId\": \"ORG-1\","
        + " \"amount\": {\"amount\": 0, \"currency\": \"USD\"}, \"consultationStart\": \"2026-03-02\","
        + " \"consultationEnd\": \"2026-03-03\"}]"), JsonProblem.Code.NON_POSITIVE_AMOUNT);
  }

  @Test
  void aLowerCaseCountryCodeIsRefused() {
    assertRefused(doc("\"organizations\": [{\"id\": \"ORG-1\", \"name\": \"Example (fictional)\", \"type\": 22,"
        + " \"operatingCountries\": [\"ke\"]}]"), JsonProblem.Code.INVALID_VALUE);
  }

  @Test
  void aNullTopLevelArrayIsRefused() {
    assertRefused(doc("\"organizations\": null"), JsonProblem.Code.WRONG_TYPE);
  }

  @Test
  void nullOptionalMembersAndUnknownMembersAreAccepted() {
    String document = doc("\"organizations\": [{\"id\": \"ORG-1\", \"name\": \"Example (fictional)\", \"type\": 22,"
        + " \"acronym\": null, \"operatingCountries\": null, \"contact\": null, \"x-extra\": {\"a\": [1, 2]}}],"
        + " \"x-top\": true");
    assertValid(document, "null optional members and unknown members");
    RegistryDocument read = JSON.readRegistry(document);
    assertEquals("true", read.unknownFields().fields("").get("x-top"));
  }
}
