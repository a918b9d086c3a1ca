package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.json.Generators.Injected;
import org.lookingbeyond.json.Generators.Injection;
import org.lookingbeyond.json.Generators.Sample;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.registry.Registry;
import org.quicktheories.QuickTheory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the registry document round trip: equal registries, identical bytes, unknown members kept
 * exactly under their documented anchors, compact output, strict mode, and order independence.
 */
class RegistryRoundTripPropertiesTest {

  /** Examples per property: the whole class runs in about 15 s on 2 cores. */
  private static QuickTheory qt(int examples) {
    return org.quicktheories.QuickTheory.qt().withExamples(examples).withShrinkCycles(200);
  }

  @Test
  void writingThenReadingGivesAnEqualRegistryAndTheSameBytes() {
    qt(120).forAll(Generators.samples()).checkAssert(s -> {
      LookingBeyondJson json = s.facade();
      String text = json.writeRegistry(s.registry);
      RegistryDocument back = json.readRegistry(text);
      assertEquals(s.registry, back.registry(), "the registry read back");
      assertTrue(back.unknownFields().isEmpty(), () -> "unknown fields in a written document: "
          + back.unknownFields());
      assertEquals(text, json.writeRegistry(back), "the registry read back writes the same bytes");
      assertStatedFactsWrittenAsStated(s.registry, tree(text));
      if (!s.facadeKnowsBase && !s.extension.isEmpty()) {
        assertTrue(tree(text).has("reference"), "the reference extension is written");
      }
      if (s.facadeKnowsBase) {
        assertFalse(tree(text).has("reference"), "a facade over the extended reference writes none of it");
      }
    });
  }

  @Test
  void unknownMembersAreKeptUnderTheirDocumentedAnchorsAndWrittenBackExactly() {
    qt(120).forAll(Generators.injected()).checkAssert(x -> {
      Sample s = x.sample;
      LookingBeyondJson json = s.facade();
      String text = Generators.inject(json.writeRegistry(s.registry), x.injections);
      RegistryDocument doc = json.readRegistry(text);
      assertEquals(s.registry, doc.registry(), "unknown members change nothing in the registry");

      // exposed under the documented anchors, exact text, document order within an anchor
      Map<String, Map<String, String>> expected = new TreeMap<>();
      for (Injection i : x.injections) {
        expected.computeIfAbsent(i.site.anchor, a -> new LinkedHashMap<>()).put(i.name, Generators.compact(i.value));
      }
      Map<String, Map<String, String>> actual = new TreeMap<>();
      doc.unknownFields().anchors().forEach(a -> actual.put(a, doc.unknownFields().fields(a)));
      assertEquals(expected, actual, "unknown fields by anchor");
      for (String anchor : expected.keySet()) {
        assertEquals(new ArrayList<>(expected.get(anchor).keySet()), new ArrayList<>(actual.get(anchor).keySet()),
            "document order of the members of " + anchor);
      }

      // written back: every member, exact value, same object; writing again changes nothing
      String first = json.writeRegistry(doc);
      RegistryDocument again = json.readRegistry(first);
      assertEquals(doc.unknownFields(), again.unknownFields(), "unknown fields (exact text) after a write");
      assertEquals(s.registry, again.registry());
      String second = json.writeRegistry(again);
      assertEquals(first, second, "the second write equals the first byte for byte");
      JsonNode injectedTree = Generators.TREE.readTree(text);
      JsonNode writtenTree = Generators.TREE.readTree(first);
      for (Injection i : x.injections) {
        JsonNode want = Generators.TREE.readTree(i.value.raw());
        assertEquals(want, Generators.navigate(injectedTree, i.site.path).get(i.name), "injected " + i);
        assertEquals(want, Generators.navigate(writtenTree, i.site.path).get(i.name), "written back " + i);
      }
      assertEquals(memberCount(injectedTree), memberCount(writtenTree), "no member lost or added");
    });
  }

  @Test
  void compactOutputReadsBackEqual() {
    qt(100).forAll(Generators.injected()).checkAssert(x -> {
      Sample s = x.sample;
      LookingBeyondJson pretty = s.facade();
      LookingBeyondJson compact = s.facadeBuilder().pretty(false).build();
      String compactText = compact.writeRegistry(s.registry);
      assertFalse(compactText.contains("\n"), "compact output has no line breaks");
      assertFalse(compactText.contains(": "), "compact output has no spaces after colons");
      RegistryDocument read = compact.readRegistry(compactText);
      assertEquals(s.registry, read.registry());
      assertEquals(compactText, compact.writeRegistry(read));
      String prettyText = pretty.writeRegistry(s.registry);
      assertEquals(Generators.TREE.readTree(prettyText), Generators.TREE.readTree(compactText),
          "pretty and compact output hold the same JSON");

      RegistryDocument doc = pretty.readRegistry(Generators.inject(prettyText, x.injections));
      String compactWithUnknown = compact.writeRegistry(doc);
      RegistryDocument back = compact.readRegistry(compactWithUnknown);
      assertEquals(doc, back, "a document with unknown members survives compact output");
      assertEquals(Generators.TREE.readTree(pretty.writeRegistry(doc)), Generators.TREE.readTree(compactWithUnknown));
    });
  }

  @Test
  void strictModeRefusesEachUnknownMemberAtItsPointer() {
    qt(120).forAll(Generators.injected()).checkAssert(x -> {
      Sample s = x.sample;
      LookingBeyondJson strict = s.facadeBuilder().strict(true).build();
      String written = strict.writeRegistry(s.registry);
      assertEquals(s.registry, strict.readRegistry(written).registry(), "strict mode reads a clean document");
      String text = Generators.inject(written, x.injections);
      JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> strict.readRegistry(text));
      List<String> wrongCodes = e.problems().stream().filter(p -> p.code() != JsonProblem.Code.UNKNOWN_FIELD)
          .map(JsonProblem::toString).collect(Collectors.toList());
      assertEquals(List.of(), wrongCodes, "only UNKNOWN_FIELD problems");
      List<String> pointers = e.problems().stream().map(JsonProblem::pointer).sorted().collect(Collectors.toList());
      List<String> expected = x.injections.stream().map(Injection::pointer).sorted().collect(Collectors.toList());
      assertEquals(expected, pointers, "one UNKNOWN_FIELD problem at the pointer of each unknown member");
      e.problems().forEach(p -> assertTrue(p.line() > 0 && p.column() > 0, () -> "located: " + p));
    });
  }

  @Test
  void theSameRecordsInAnyOrderGiveIdenticalBytes() {
    qt(150).forAll(Generators.samples(), longs().all()).checkAssert((s, seed) -> {
      LookingBeyondJson json = s.facade();
      String once = json.writeRegistry(s.registry);
      assertEquals(once, json.writeRegistry(s.registry), "the same registry written twice");
      assertEquals(once, json.writeRegistry(RegistryDocument.of(s.registry)));
      assertEquals(once, s.facadeBuilder().build().writeRegistry(s.registry), "another instance, same settings");
      Registry shuffled = s.build(new Random(seed), true);
      assertEquals(s.registry, shuffled, "records added in another order");
      assertEquals(once, json.writeRegistry(shuffled), "records added in another order write the same bytes");
    });
  }

  // ------------------------------------------------------------------ examples

  /**
   * {@link UnknownFields} documents {@code /participations/ke-hrn@CND-67~1ATTENDED} as the anchor of a
   * participation (its key, escaped as in a JSON pointer).
   */
  @Test
  void participationAnchorsAreTheDocumentedOnes() {
    Registry registry = Registry.builder()
        .addOrganizations(Organization.builder().id("ke-hrn").name("Harm Reduction Network (fictional)")
            .type(OrganisationType.NATIONAL_NGO).build())
        .addParticipations(Participation.of("ke-hrn", "CND-67", ParticipationKind.ATTENDED))
        .build();
    LookingBeyondJson json = LookingBeyondJson.defaults();
    ObjectNode root = (ObjectNode) Generators.TREE.readTree(json.writeRegistry(registry));
    ((ObjectNode) root.get("participations").get(0)).put("x-note", "kept");
    RegistryDocument doc = json.readRegistry(Generators.TREE.writeValueAsString(root));
    assertEquals(Set.of("/participations/ke-hrn@CND-67~1ATTENDED"), doc.unknownFields().anchors());
    assertEquals(Map.of("x-note", "\"kept\""),
        doc.unknownFields().fields("/participations/ke-hrn@CND-67~1ATTENDED"));
    assertTrue(json.writeRegistry(doc).contains("\"x-note\": \"kept\""));
  }

  /**
   * A document may list a network (or session, pillar...) exactly as the shipped data has it; unknown
   * members on it must still be written back ("members the format does not define are kept and written
   * back unchanged").
   */
  @Test
  void unknownMembersOfARecordTheBaseAlreadyHasAreWrittenBack() {
    Network vngoc = Generators.SHIPPED.findNetwork("VNGOC").orElseThrow();
    Registry registry = Registry.builder().addNetworks(List.of(vngoc))
        .addOrganizations(Organization.builder().id("ORG-1").name("Org (fictional)")
            .type(OrganisationType.NATIONAL_NGO).addNetworkMemberships(
                org.lookingbeyond.model.NetworkMembership.of("VNGOC", LocalDate.of(2020, 1, 1))).build())
        .build();
    LookingBeyondJson json = LookingBeyondJson.defaults();
    ObjectNode root = (ObjectNode) Generators.TREE.readTree(json.writeRegistry(registry));
    ObjectNode network = root.putArray("networks").addObject();
    network.put("id", vngoc.id()).put("name", vngoc.name());
    vngoc.acronym().ifPresent(a -> network.put("acronym", a));
    tools.jackson.databind.node.ArrayNode focus = network.putArray("focus");
    vngoc.focus().forEach(focus::add);
    vngoc.website().ifPresent(w -> network.put("website", w));
    network.put("x-local-id", 17);
    RegistryDocument doc = json.readRegistry(Generators.TREE.writeValueAsString(root));
    assertEquals(Map.of("x-local-id", "17"), doc.unknownFields().fields("/networks/VNGOC"));
    String out = json.writeRegistry(doc);
    assertEquals(doc.unknownFields(), json.readRegistry(out).unknownFields(),
        "the unknown member of the network is written back:\n" + out);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Focus areas and invited Member States: absent when not stated, {@code []} when stated as none, the
   * sorted codes otherwise; {@code "noFieldOffice": true} exactly when the application states none.
   */
  private static void assertStatedFactsWrittenAsStated(Registry registry, JsonNode root) {
    List<SeedFundingApplication> apps = registry.applications();
    for (int i = 0; i < apps.size(); i++) {
      SeedFundingApplication a = apps.get(i);
      JsonNode written = root.get("applications").get(i);
      assertEquals(a.id(), written.get("id").asString());
      assertStatedSet(a.focusAreas(), written.get("focusAreas"), a.id() + " focusAreas");
      assertStatedSet(a.invitedMemberStates(), written.get("invitedMemberStates"), a.id() + " invitedMemberStates");
      assertEquals(a.noFieldOffice(), written.has("noFieldOffice"), a.id() + " noFieldOffice written");
      if (a.noFieldOffice()) {
        assertTrue(written.get("noFieldOffice").asBoolean(), a.id() + " noFieldOffice");
      }
    }
  }

  private static void assertStatedSet(Optional<Set<String>> stated, JsonNode written, String what) {
    if (stated.isEmpty()) {
      assertEquals(null, written, what + " is not stated: the member must be absent");
      return;
    }
    assertTrue(written != null && written.isArray(), () -> what + " is stated: an array must be written, not "
        + written);
    List<String> elements = new ArrayList<>();
    written.forEach(e -> elements.add(e.asString()));
    assertEquals(new ArrayList<>(stated.get()), elements, what);
  }

  private static JsonNode tree(String text) {
    return Generators.TREE.readTree(text);
  }

  private static int memberCount(JsonNode node) {
    int n = 0;
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        n += 1 + memberCount(e.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        n += 1 + memberCount(e);
      }
    }
    return n;
  }
}
