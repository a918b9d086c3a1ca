package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.registry.Registry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module: the core records in an integrator's own mapper, in the registry document's form. */
class LookingBeyondModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new LookingBeyondModule()).build();
  private static final Registry REGISTRY = Fixtures.fullRegistry();

  /** An integrator's own type holding the library's records. */
  public record Envelope(String label, Organization organization, List<Participation> participations,
      Map<String, Grant> grants, RegionRef region, List<RegionRef> regions) {}

  private static Session addedSession() {
    return REGISTRY.reference().findSession("CND-70").orElseThrow();
  }

  private static Network addedNetwork() {
    return REGISTRY.reference().findNetwork("SAHEL-NET").orElseThrow();
  }

  private static FieldOffice addedOffice() {
    return REGISTRY.reference().findFieldOffice("PO-ML-BAMAKO").orElseThrow();
  }

  private static <T> void roundTrips(T value, Class<T> type) {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), () -> type.getSimpleName() + " through " + json);
  }

  @Test
  void everyRecordTypeRoundTrips() {
    REGISTRY.organizations().forEach(o -> roundTrips(o, Organization.class));
    REGISTRY.participations().forEach(p -> roundTrips(p, Participation.class));
    REGISTRY.designations().forEach(d -> roundTrips(d, RloDesignation.class));
    REGISTRY.applications().forEach(a -> roundTrips(a, SeedFundingApplication.class));
    REGISTRY.grants().forEach(g -> roundTrips(g, Grant.class));
    REGISTRY.consultations().forEach(c -> roundTrips(c, Consultation.class));
    REGISTRY.networks().forEach(n -> roundTrips(n, Network.class));
    REGISTRY.fieldOffices().forEach(f -> roundTrips(f, FieldOffice.class));
    REGISTRY.sessions().stream().filter(s -> !s.projected()).forEach(s -> roundTrips(s, Session.class));
    for (RegionRef r : List.of(RegionRef.m49("014"), RegionRef.grouping("SAHEL"), RegionRef.country("KE"))) {
      roundTrips(r, RegionRef.class);
      assertEquals("\"" + r + "\"", MAPPER.writeValueAsString(r));
    }
  }

  @Test
  void recordsRoundTripInsideListsAndTheIntegratorsOwnRecord() {
    List<Organization> orgs = REGISTRY.organizations();
    String json = MAPPER.writeValueAsString(orgs);
    assertEquals(orgs, MAPPER.readValue(json, new TypeReference<List<Organization>>() {}));
    List<Session> sessions = List.of(addedSession());
    assertEquals(sessions, MAPPER.readValue(MAPPER.writeValueAsString(sessions),
        new TypeReference<List<Session>>() {}));

    Envelope envelope = new Envelope("batch 7 — ünïcode", orgs.get(0), REGISTRY.participations(),
        REGISTRY.grants().stream().collect(Collectors.toMap(Grant::id, Function.identity())),
        RegionRef.m49("014"), List.of(RegionRef.grouping("SAHEL"), RegionRef.country("KE")));
    String text = MAPPER.writeValueAsString(envelope);
    assertEquals(envelope, MAPPER.readValue(text, Envelope.class), text);
    JsonNode tree = MAPPER.readTree(text);
    assertEquals("M49:014", tree.get("region").asString());
    assertEquals(orgs.get(0).id(), tree.get("organization").get("id").asString());
  }

  @Test
  void findAndAddModulesFindsTheModuleThroughTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof LookingBeyondModule),
        () -> "modules found: " + found.registeredModules());
    Organization org = REGISTRY.organizations().get(0);
    String json = found.writeValueAsString(org);
    assertEquals(MAPPER.writeValueAsString(org), json);
    assertEquals(org, found.readValue(json, Organization.class));
    Grant grant = REGISTRY.grants().get(0);
    assertEquals(grant, found.readValue(found.writeValueAsString(grant), Grant.class));
  }

  @Test
  void anInvalidRecordFailsWithADatabindExceptionListingEveryProblemWithItsPointer() {
    String json = "{\"name\": \"No id (fictional)\", \"type\": \"NATIONAL_NGO\", \"registrationDate\": \"2020-13-45\","
        + " \"contact\": {\"email\": \"nobody@example.org\"}}";
    JacksonException e = assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Organization.class));
    assertTrue(e instanceof DatabindException, () -> "a DatabindException, not " + e.getClass());
    String message = e.getMessage();
    assertTrue(message.contains("/id") && message.contains("MISSING_FIELD"), message);
    assertTrue(message.contains("/registrationDate") && message.contains("INVALID_VALUE"), message);
    assertFalse(message.contains("nobody@example.org"), message);

    JacksonException inList = assertThrows(JacksonException.class, () -> MAPPER.readValue("[" + json + "]",
        new TypeReference<List<Organization>>() {}));
    assertTrue(inList.getMessage().contains("/id") && inList.getMessage().contains("/registrationDate"),
        inList.getMessage());

    JacksonException region = assertThrows(JacksonException.class,
        () -> MAPPER.readValue("\"MARS:1\"", RegionRef.class));
    assertTrue(region instanceof DatabindException, () -> region.getClass().toString());

    JacksonException grant = assertThrows(JacksonException.class, () -> MAPPER.readValue("{\"id\": \"GR-9\","
        + " \"organizationId\": \"ORG-LAKE\", \"amount\": {\"amount\": \"lots\", \"currency\": \"XXY\"},"
        + " \"consultationStart\": \"2025-05-12\"}", Grant.class));
    assertTrue(grant.getMessage().contains("/amount/amount") && grant.getMessage().contains("/consultationEnd"),
        grant.getMessage());
  }

  @Test
  void membersTheFormatDoesNotDefineAreDropped() {
    Organization org = REGISTRY.organizations().get(0);
    ObjectNodeEditor edit = new ObjectNodeEditor(MAPPER.writeValueAsString(org));
    String json = edit.with("x-extra", "[1, {\"a\": 1.50}]");
    Organization back = MAPPER.readValue(json, Organization.class);
    assertEquals(org, back);
    assertFalse(MAPPER.writeValueAsString(back).contains("x-extra"));
  }

  @Test
  void theModuleWritesEachRecordAsTheFacadeWritesItInARegistryDocument() {
    JsonNode doc = MAPPER.readTree(LookingBeyondJson.defaults().writeRegistry(REGISTRY));
    sameAs(doc.get("organizations"), REGISTRY.organizations());
    sameAs(doc.get("participations"), REGISTRY.participations());
    sameAs(doc.get("designations"), REGISTRY.designations());
    sameAs(doc.get("applications"), REGISTRY.applications());
    sameAs(doc.get("grants"), REGISTRY.grants());
    sameAs(doc.get("consultations"), REGISTRY.consultations());
    sameAs(doc.get("networks"), List.of(addedNetwork()));
    sameAs(doc.get("fieldOffices"), List.of(addedOffice()));
    sameAs(doc.get("sessions"), List.of(addedSession()));
    // and the exact text of one record, as the facade writes it compactly
    String compact = LookingBeyondJson.builder().pretty(false).build().writeRegistry(REGISTRY);
    assertTrue(compact.contains(MAPPER.writeValueAsString(REGISTRY.grants().get(0))), compact);
  }

  private static void sameAs(JsonNode array, List<?> records) {
    assertEquals(records.size(), array.size());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(array.get(i), MAPPER.readTree(MAPPER.writeValueAsString(records.get(i))),
          "record " + i + " of " + records);
    }
  }

  /** Adds a raw member to a JSON object's text. */
  private static final class ObjectNodeEditor {
    private final String json;

    ObjectNodeEditor(String json) {
      this.json = json.strip();
    }

    String with(String name, String rawValue) {
      return json.substring(0, json.length() - 1) + ", \"" + name + "\": " + rawValue + "}";
    }
  }
}
