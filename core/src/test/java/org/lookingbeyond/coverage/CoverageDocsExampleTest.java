package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lookingbeyond.coverage.Fixtures.org;
import static org.lookingbeyond.coverage.Fixtures.rlo;
import static org.lookingbeyond.coverage.Fixtures.took;
import static org.lookingbeyond.model.ParticipationKind.ATTENDED;
import static org.lookingbeyond.model.ParticipationKind.ORAL_STATEMENT;
import static org.lookingbeyond.model.ParticipationKind.SIDE_EVENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/**
 * Renders the example of {@code docs/COVERAGE.md} from the shipped reference data and a small fictional
 * registry (18 named organizations and 160 drawn from a fixed seed) into
 * {@code core/target/coverage-example/}; copy the files to {@code docs/} to refresh the documentation.
 * Every organization here is fictional; the countries, regions and sessions are real.
 */
class CoverageDocsExampleTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /**
   * Where the generated organizations work, as (weight, countries) pairs: many in Africa, Latin America
   * and Europe, few in Central Asia, Northern America and the Pacific, none in Micronesia, so that the
   * heat map shows both thick and thin coverage.
   */
  private static final List<Map.Entry<Integer, List<String>>> PLACES = List.of(
      Map.entry(14, List.of("KE", "UG", "TZ", "ET", "RW")), Map.entry(10, List.of("NG", "GH", "SN", "CI", "ML")),
      Map.entry(6, List.of("ZA", "BW", "ZM", "MZ")), Map.entry(3, List.of("CM", "CD")),
      Map.entry(6, List.of("EG", "MA", "TN")), Map.entry(9, List.of("MX", "GT", "HN", "SV")),
      Map.entry(9, List.of("CO", "PE", "BO", "BR", "AR")), Map.entry(3, List.of("JM", "DO", "HT")),
      Map.entry(2, List.of("US", "CA")), Map.entry(8, List.of("IN", "NP", "BD", "PK")),
      Map.entry(6, List.of("TH", "VN", "KH", "PH", "ID")), Map.entry(1, List.of("KZ", "KG")),
      Map.entry(4, List.of("JO", "LB", "IQ")), Map.entry(3, List.of("CN", "MN")),
      Map.entry(7, List.of("AT", "DE", "FR", "NL")), Map.entry(4, List.of("IT", "ES", "RS", "AL")),
      Map.entry(4, List.of("UA", "MD", "RO", "PL")), Map.entry(2, List.of("SE", "GB")),
      Map.entry(1, List.of("AU", "NZ")), Map.entry(1, List.of("FJ", "PG")));
  private static final List<String> AREAS = List.of("anti-corruption", "drug-prevention", "drug-treatment-care",
      "hiv-aids-prevention", "rehabilitation-reintegration", "alternative-development", "youth-crime-prevention",
      "anti-human-trafficking", "victim-witness-protection", "environmental-crime", "small-arms-control");
  /** Drug prevention, treatment and HIV are common; small arms and environmental crime are rare. */
  private static final int[] AREA_WEIGHTS = {5, 8, 7, 6, 3, 2, 4, 6, 4, 1, 1};

  /** Organizations drawn from a fixed seed: fictional, and the same on every run and every JDK. */
  static List<Fixtures.Org> generated(int count) {
    Random random = new Random(20250630L);
    int placeTotal = PLACES.stream().mapToInt(Map.Entry::getKey).sum();
    int areaTotal = IntStream.of(AREA_WEIGHTS).sum();
    List<Fixtures.Org> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      List<String> place = pick(PLACES, random.nextInt(placeTotal));
      Fixtures.Org o = org(String.format(Locale.ROOT, "cso-%03d", i))
          .named(String.format(Locale.ROOT, "Civil Society Organization %03d (fictional)", i));
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        o.in(place.get(random.nextInt(place.size())));
      }
      for (int k = 1 + random.nextInt(2); k > 0; k--) {
        int ticket = random.nextInt(areaTotal);
        int a = 0;
        while (ticket >= AREA_WEIGHTS[a]) {
          ticket -= AREA_WEIGHTS[a++];
        }
        o.on(AREAS.get(a));
      }
      out.add(o);
    }
    return out;
  }

  private static List<String> pick(List<Map.Entry<Integer, List<String>>> weighted, int ticket) {
    for (Map.Entry<Integer, List<String>> e : weighted) {
      if (ticket < e.getKey()) {
        return e.getValue();
      }
      ticket -= e.getKey();
    }
    throw new IllegalStateException("ticket beyond the weights");
  }

  static Registry fictionalRegistry() {
    List<Fixtures.Org> orgs = new ArrayList<>(named());
    orgs.addAll(generated(160));
    return Fixtures.registry(ReferenceData.defaults(), orgs, participations(), designations());
  }

  private static List<Fixtures.Org> named() {
    return List.of(
            org("ke-harm-reduction").named("Harm Reduction Network of East Africa (fictional)")
                .in("KE", "UG", "TZ").on("drug-treatment-care", "hiv-aids-prevention"),
            org("et-youth-futures").named("Youth Futures Ethiopia (fictional)").in("ET")
                .on("youth-crime-prevention", "drug-prevention"),
            org("ng-integrity-watch").named("Integrity Watch West Africa (fictional)").in("NG", "GH")
                .on("anti-corruption"),
            org("sn-femmes-solidaires").named("Femmes Solidaires du Sahel (fictional)").in("SN", "ML")
                .on("anti-human-trafficking", "victim-witness-protection"),
            org("za-recovery-trust").named("Southern Recovery Trust (fictional)").in("ZA", "BW", "NA")
                .on("rehabilitation-reintegration", "drug-treatment-care"),
            org("eg-nile-prevention").named("Nile Prevention Forum (fictional)").in("EG").on("drug-prevention"),
            org("ma-atlas-youth").named("Atlas Youth Initiative (fictional)").in("MA", "TN")
                .on("youth-crime-prevention"),
            org("in-south-asia-ac").named("South Asia Accountability Network (fictional)").in("IN", "NP", "BD")
                .on("anti-corruption", "anti-human-trafficking"),
            org("th-mekong-env").named("Mekong Environmental Justice (fictional)").in("TH", "LA", "KH", "VN")
                .on("environmental-crime", "alternative-development"),
            org("co-andes-alt-dev").named("Andean Alternative Livelihoods (fictional)").in("CO", "PE", "BO")
                .on("alternative-development"),
            org("mx-victims-network").named("Red de Apoyo a Victimas (fictional)").in("MX", "GT")
                .on("victim-witness-protection", "anti-human-trafficking"),
            org("br-favela-health").named("Favela Health Collective (fictional)").in("BR")
                .on("hiv-aids-prevention", "drug-prevention"),
            org("at-vienna-research").named("Vienna Institute for Drug Policy Research (fictional)")
                .type(OrganisationType.ACADEMIC).in("AT", "DE")
                .on("drug-prevention", "drug-treatment-care", "anti-corruption"),
            org("ua-arms-monitor").named("Small Arms Monitor Eastern Europe (fictional)").in("UA", "MD")
                .on("small-arms-control"),
            org("fj-pacific-women").named("Pacific Women for Justice (fictional)").in("FJ", "WS")
                .on("victim-witness-protection"),
            org("acme-security").named("Acme Security Ltd (fictional)").type(OrganisationType.PRIVATE_SECTOR)
                .in("KE").on("small-arms-control"),
            org("global-advocacy-hub").named("Global Advocacy Hub (fictional)")
                .type(OrganisationType.INTERNATIONAL_NGO).on("anti-corruption"),
            org("kg-new-initiative").named("New Initiative Kyrgyzstan (fictional)").in("KG").on("drug-prevention")
                .registered(LocalDate.of(2025, 9, 1)));
  }

  private static List<Participation> participations() {
    return List.of(took("ke-harm-reduction", "CND-67", ATTENDED), took("ke-harm-reduction", "CCPCJ-33", ATTENDED),
            took("ke-harm-reduction", "CND-68", SIDE_EVENT), took("et-youth-futures", "CND-68", ATTENDED),
            took("ng-integrity-watch", "COSP-10", ORAL_STATEMENT), took("in-south-asia-ac", "CCPCJ-34", ORAL_STATEMENT),
            took("co-andes-alt-dev", "CND-68", ATTENDED), took("at-vienna-research", "CND-68", ORAL_STATEMENT));
  }

  private static List<RloDesignation> designations() {
    return List.of(rlo("rlo-roea-2024", "ke-harm-reduction", RegionRef.grouping("ROEA"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31)),
            rlo("rlo-rosen-2024", "ng-integrity-watch", RegionRef.grouping("ROSEN"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31)));
  }

  static CoverageSettings exampleSettings() {
    // Africa and small arms control are this cycle's priorities.
    return CoverageSettings.builder().asOf(AS_OF).putRegionWeights("002", 1.5)
        .putThemeWeights("small-arms-control", 2.0).maxPriorityGaps(4).maxCandidatesPerGap(3).build();
  }

  @Test
  void rendersTheDocumentationExample() throws IOException {
    CoverageReport report = CoverageAnalyzer.of(exampleSettings()).analyze(fictionalRegistry());
    Path dir = Path.of("target", "coverage-example");
    Files.createDirectories(dir);
    for (CoverageRenderer renderer : List.of(CoverageRenderer.text(), CoverageRenderer.csv(),
        CoverageRenderer.markdown(), CoverageRenderer.svg())) {
      Files.writeString(dir.resolve("coverage-example." + renderer.fileExtension()), renderer.render(report),
          StandardCharsets.UTF_8);
    }
    assertEquals(175, report.placedOrganizations());
    assertEquals(List.of("global-advocacy-hub"),
        report.unplaceable().stream().map(UnplaceableOrganization::organizationId).toList());
    assertEquals(1, report.exclusions().get(Exclusion.ORGANIZATION_TYPE));
    assertEquals(1, report.exclusions().get(Exclusion.NOT_YET_REGISTERED));
    assertEquals(1.5, report.priorityGaps().get(0).regionWeight(), "Africa is weighted 1.5");
    assertEquals(report, CoverageAnalyzer.of(exampleSettings()).analyze(fictionalRegistry()), "deterministic");
  }
}
