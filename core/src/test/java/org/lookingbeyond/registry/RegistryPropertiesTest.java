package org.lookingbeyond.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.RegistryProblem.Code;
import org.lookingbeyond.theme.ThematicArea;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RegistryPropertiesTest {

  private static final ReferenceData REFERENCE = ReferenceData.defaults();
  private static final Geography GEO = REFERENCE.geography();
  private static final List<String> COUNTRIES =
      GEO.areas().stream().map(Area::alpha2).collect(Collectors.toUnmodifiableList());
  private static final List<String> THEMATIC_AREAS =
      REFERENCE.taxonomy().areas().stream().map(ThematicArea::id).collect(Collectors.toUnmodifiableList());
  private static final List<String> NETWORKS =
      REFERENCE.networks().stream().map(Network::id).collect(Collectors.toUnmodifiableList());
  private static final List<String> REAL_SESSIONS = REFERENCE.sessions().stream().filter(s -> !s.projected())
      .map(Session::id).collect(Collectors.toUnmodifiableList());
  private static final List<String> ID_POOL =
      IntStream.rangeClosed(1, 30).mapToObj(i -> String.format(java.util.Locale.ROOT, "ORG-%03d", i))
          .collect(Collectors.toUnmodifiableList());
  /** Regions RLOs are designated for, in each of the three schemes. */
  private static final List<RegionRef> RLO_REGIONS = List.of(RegionRef.grouping("ROEA"), RegionRef.grouping("ROSEN"),
      RegionRef.grouping("AFRICAN"), RegionRef.m49("014"), RegionRef.m49("202"), RegionRef.m49("419"),
      RegionRef.country("KE"));
  /** Every region reference the shipped geography knows, but single countries. */
  private static final List<RegionRef> ALL_REGIONS = allRegions();
  private static final LocalDate EPOCH = LocalDate.of(2008, 1, 1);

  private static List<RegionRef> allRegions() {
    List<RegionRef> refs = new ArrayList<>();
    GEO.regions().stream().map(M49Region::code).map(RegionRef::m49).forEach(refs::add);
    GEO.groupings().stream().map(Grouping::id).map(RegionRef::grouping).forEach(refs::add);
    return List.copyOf(refs);
  }

  // ---------------------------------------------------------------- generators

  /** Valid records: organizations with distinct ids and what refers to them. */
  static final class Records {
    final List<Organization> organizations;
    final List<Participation> participations;
    final List<RloDesignation> designations;

    Records(List<Organization> organizations, List<Participation> participations,
        List<RloDesignation> designations) {
      this.organizations = organizations;
      this.participations = participations;
      this.designations = designations;
    }

    Registry.Builder builder() {
      return Registry.builder().addOrganizations(organizations).addParticipations(participations)
          .addDesignations(designations);
    }

    Records shuffled(long seed) {
      Random random = new Random(seed);
      List<Organization> o = new ArrayList<>(organizations);
      List<Participation> p = new ArrayList<>(participations);
      List<RloDesignation> d = new ArrayList<>(designations);
      Collections.shuffle(o, random);
      Collections.shuffle(p, random);
      Collections.shuffle(d, random);
      return new Records(o, p, d);
    }

    @Override
    public String toString() {
      return organizations.size() + " organizations " + organizations.stream().map(RegistryPropertiesTest::describe)
          .collect(Collectors.toList()) + ", participations "
          + participations.stream().map(Participation::key).collect(Collectors.toList()) + ", designations "
          + designations.stream().map(d -> d.id() + ":" + d.organizationId() + "@" + d.region() + "["
              + d.validFrom() + ".." + d.validUntil().map(LocalDate::toString).orElse("") + "]")
              .collect(Collectors.toList());
    }
  }

  private static String describe(Organization o) {
    return o.id() + o.operatingCountries() + o.thematicAreas()
        + o.networkMemberships().stream().map(NetworkMembership::networkId).collect(Collectors.toList());
  }

  private static Gen<NetworkMembership> memberships() {
    Gen<Optional<Integer>> lengths = integers().between(0, 3000).toOptionals(50);
    return Generate.pick(NETWORKS).zip(integers().between(0, 6000), lengths, (network, start, length) -> {
      LocalDate since = EPOCH.plusDays(start);
      return NetworkMembership.builder().networkId(network).since(since)
          .until(length.map(since::plusDays)).build();
    });
  }

  private static Gen<Organization> organizations() {
    return Generate.pick(ID_POOL).zip(
        lists().of(Generate.pick(COUNTRIES)).ofSizeBetween(1, 5),
        lists().of(Generate.pick(THEMATIC_AREAS)).ofSizeBetween(0, 3),
        lists().of(memberships()).ofSizeBetween(0, 2),
        Generate.enumValues(OrganisationType.class),
        (id, countries, areas, memberships, type) -> Organization.builder().id(id).name("Organization " + id)
            .type(type).addAllOperatingCountries(countries).addAllThematicAreas(areas)
            .addAllNetworkMemberships(memberships).build());
  }

  /** Organizations with distinct ids: a later one with an id already drawn is dropped. */
  private static Gen<List<Organization>> distinctOrganizations() {
    return lists().of(organizations()).ofSizeBetween(1, 12).map(list -> {
      Map<String, Organization> byId = new LinkedHashMap<>();
      list.forEach(o -> byId.putIfAbsent(o.id(), o));
      return List.copyOf(byId.values());
    });
  }

  private static Gen<List<Participation>> participationsOf(List<Organization> orgs) {
    List<String> ids = orgs.stream().map(Organization::id).collect(Collectors.toList());
    Gen<Participation> one = Generate.pick(ids).zip(Generate.pick(REAL_SESSIONS),
        Generate.enumValues(ParticipationKind.class), Participation::of);
    return lists().of(one).ofSizeBetween(0, 15).map(list -> {
      Map<String, Participation> byKey = new LinkedHashMap<>();
      list.forEach(p -> byKey.putIfAbsent(p.key(), p));
      return List.copyOf(byKey.values());
    });
  }

  /** A designation to be: holder, region, days after the holder's previous one for that region, length. */
  private static final class Plan {
    final String organizationId;
    final RegionRef region;
    final int gapDays;
    final Optional<Integer> lengthDays;

    Plan(String organizationId, RegionRef region, int gapDays, Optional<Integer> lengthDays) {
      this.organizationId = organizationId;
      this.region = region;
      this.gapDays = gapDays;
      this.lengthDays = lengthDays;
    }
  }

  /**
   * Designations whose periods never overlap for one holder and region: each starts after the previous
   * one of the same holder and region ends; only the last of them may be open-ended.
   */
  private static Gen<List<RloDesignation>> designationsOf(List<Organization> orgs) {
    List<String> ids = orgs.stream().map(Organization::id).collect(Collectors.toList());
    Gen<Plan> plan = Generate.pick(ids).zip(Generate.pick(RLO_REGIONS), integers().between(1, 400),
        integers().between(0, 1500).toOptionals(80), Plan::new);
    return lists().of(plan).ofSizeBetween(0, 10).map(plans -> {
      Map<String, Integer> remaining = new HashMap<>();
      plans.forEach(p -> remaining.merge(p.organizationId + "|" + p.region, 1, Integer::sum));
      Map<String, LocalDate> lastEnd = new HashMap<>();
      List<RloDesignation> out = new ArrayList<>();
      for (Plan p : plans) {
        String key = p.organizationId + "|" + p.region;
        boolean last = remaining.merge(key, -1, Integer::sum) == 0;
        LocalDate from = lastEnd.getOrDefault(key, EPOCH).plusDays(p.gapDays);
        int length = p.lengthDays.orElse(last ? -1 : 365);
        Optional<LocalDate> until = length < 0 ? Optional.empty() : Optional.of(from.plusDays(length));
        until.ifPresent(u -> lastEnd.put(key, u));
        out.add(RloDesignation.builder().id(String.format(java.util.Locale.ROOT, "RLO-%02d", out.size() + 1))
            .organizationId(p.organizationId).region(p.region).validFrom(from).validUntil(until).build());
      }
      return List.copyOf(out);
    });
  }

  private static Gen<Records> validRecords() {
    return distinctOrganizations().flatMap(orgs ->
        participationsOf(orgs).zip(designationsOf(orgs), (ps, ds) -> new Records(orgs, ps, ds)));
  }

  /** Valid records with mistakes injected: a duplicate organization, dangling and duplicate participations. */
  private static Gen<Records> invalidRecords() {
    return validRecords().zip(organizations(), integers().between(0, 3), (valid, extra, mistakes) -> {
      List<Organization> orgs = new ArrayList<>(valid.organizations);
      List<Participation> ps = new ArrayList<>(valid.participations);
      Organization first = orgs.get(0);
      orgs.add(Organization.builder().from(extra).id(first.id()).build());
      ps.add(Participation.of("ORG-GHOST", REAL_SESSIONS.get(0), ParticipationKind.ATTENDED));
      if (mistakes >= 1) {
        ps.add(Participation.of(first.id(), "NO-SUCH-SESSION", ParticipationKind.ORAL_STATEMENT));
      }
      if (mistakes >= 2 && !ps.isEmpty()) {
        ps.add(ps.get(0));
      }
      if (mistakes >= 3) {
        orgs.add(Organization.builder().from(extra).id("ORG-EXTRA").operatingCountries(List.of("XX")).build());
      }
      return new Records(orgs, ps, valid.designations);
    });
  }

  // ---------------------------------------------------------------- properties

  @Test
  void validRecordsFormARegistryThatIndexesEveryOrganization() {
    qt().withExamples(200).forAll(validRecords()).checkAssert(records -> {
      Validation v = records.builder().validate();
      assertEquals(List.of(), v.problems(), records::toString);
      Registry registry = v.registry().orElseThrow();
      Set<String> givenIds = records.organizations.stream().map(Organization::id).collect(Collectors.toSet());
      assertEquals(givenIds.size(), registry.organizations().size());
      assertEquals(givenIds, registry.organizations().stream().map(Organization::id).collect(Collectors.toSet()));
      for (Organization o : records.organizations) {
        assertEquals(Optional.of(o), registry.findOrganization(o.id()));
        for (String country : o.operatingCountries()) {
          assertTrue(registry.organizationsIn(country).contains(o), () -> o.id() + " missing in " + country);
          assertTrue(registry.organizationsIn(RegionRef.country(country)).contains(o));
        }
        for (String area : o.thematicAreas()) {
          assertTrue(registry.organizationsWorkingOn(area).contains(o), () -> o.id() + " missing on " + area);
        }
        for (NetworkMembership m : o.networkMemberships()) {
          assertTrue(registry.membersOf(m.networkId()).contains(o), () -> o.id() + " missing in " + m.networkId());
        }
        assertEquals(records.participations.stream().filter(p -> p.organizationId().equals(o.id()))
            .collect(Collectors.toSet()), Set.copyOf(registry.participationsOf(o.id())));
        assertEquals(records.designations.stream().filter(d -> d.organizationId().equals(o.id()))
            .collect(Collectors.toSet()), Set.copyOf(registry.designationsOf(o.id())));
      }
      assertEquals(Set.copyOf(records.participations), Set.copyOf(registry.participations()));
      assertEquals(records.participations.size(), registry.participations().size());
      assertEquals(Set.copyOf(records.designations), Set.copyOf(registry.designations()));
      assertEquals(records.designations.size(), registry.designations().size());
    });
  }

  @Test
  void theOrderOfValidRecordsDoesNotChangeTheRegistry() {
    qt().withExamples(200).forAll(validRecords(), longs().all()).checkAssert((records, seed) -> {
      Registry original = records.builder().build();
      Registry shuffled = records.shuffled(seed).builder().build();
      assertEquals(original.organizations(), shuffled.organizations());
      assertEquals(original.participations(), shuffled.participations());
      assertEquals(original.designations(), shuffled.designations());
      for (String country : List.of("KE", "IT", "BR", "IN")) {
        assertEquals(original.organizationsIn(country), shuffled.organizationsIn(country));
      }
      for (String area : THEMATIC_AREAS) {
        assertEquals(original.organizationsWorkingOn(area), shuffled.organizationsWorkingOn(area));
      }
      for (Organization o : original.organizations()) {
        assertEquals(original.participationsOf(o.id()), shuffled.participationsOf(o.id()));
        assertEquals(original.designationsOf(o.id()), shuffled.designationsOf(o.id()));
      }
    });
  }

  @Test
  void theOrderOfInvalidRecordsDoesNotChangeTheProblems() {
    qt().withExamples(200).forAll(invalidRecords(), longs().all()).checkAssert((records, seed) -> {
      Validation original = records.builder().validate();
      Validation shuffled = records.shuffled(seed).builder().validate();
      assertFalse(original.isValid(), records::toString);
      assertEquals(original.problems(), shuffled.problems());
      String duplicated = records.organizations.get(0).id();
      assertTrue(original.problems().stream().anyMatch(p -> p.code() == Code.DUPLICATE_ID
          && p.recordType().equals("organization") && p.recordId().equals(duplicated)), original::toString);
      assertTrue(original.problems().stream().anyMatch(p -> p.code() == Code.DANGLING_REFERENCE
          && p.recordType().equals("participation") && p.recordId().startsWith("ORG-GHOST@")
          && p.field().equals("organizationId")), original::toString);
    });
  }

  @Test
  void countsOfDistinctOrganizationsNeverExceedTheRegistryAndListingsAddUp() {
    qt().withExamples(150).forAll(validRecords()).checkAssert(records -> {
      Registry registry = records.builder().build();
      int size = registry.organizations().size();
      assertEquals(size, Set.copyOf(registry.organizations()).size(), "organizations() lists each once");
      for (RegionRef region : ALL_REGIONS) {
        List<Organization> in = registry.organizationsIn(region);
        assertTrue(in.size() <= size, () -> region + " lists more organizations than there are");
        assertEquals(in.size(), Set.copyOf(in).size(), () -> region + " lists an organization twice");
        long expected = registry.organizations().stream()
            .filter(o -> o.operatingCountries().stream().anyMatch(c -> GEO.contains(region, c))).count();
        assertEquals(expected, in.size(), () -> "organizations in " + region);
      }
      for (String area : THEMATIC_AREAS) {
        List<Organization> on = registry.organizationsWorkingOn(area);
        assertTrue(on.size() <= size);
        assertEquals(on.size(), Set.copyOf(on).size(), () -> area + " lists an organization twice");
      }
      for (String network : NETWORKS) {
        List<Organization> members = registry.membersOf(network);
        assertTrue(members.size() <= size);
        assertEquals(members.size(), Set.copyOf(members).size(), () -> network + " lists a member twice");
      }
      Set<String> countriesUsed = new TreeSet<>();
      registry.organizations().forEach(o -> countriesUsed.addAll(o.operatingCountries()));
      int countryListings = 0;
      for (String c : countriesUsed) {
        List<Organization> in = registry.organizationsIn(c);
        assertTrue(in.size() <= size);
        countryListings += in.size();
      }
      assertEquals(registry.organizations().stream().mapToInt(o -> o.operatingCountries().size()).sum(),
          countryListings, "each organization is listed once per country it operates in");
      int perSession = REAL_SESSIONS.stream().mapToInt(s -> registry.participationsIn(s).size()).sum();
      assertEquals(registry.participations().size(), perSession, "participations per session add up");
      int perOrganization = registry.organizations().stream()
          .mapToInt(o -> registry.participationsOf(o.id()).size()).sum();
      assertEquals(registry.participations().size(), perOrganization, "participations per organization add up");
      int designations = registry.organizations().stream().mapToInt(o -> registry.designationsOf(o.id()).size()).sum();
      assertEquals(registry.designations().size(), designations, "designations per organization add up");
    });
  }
}
