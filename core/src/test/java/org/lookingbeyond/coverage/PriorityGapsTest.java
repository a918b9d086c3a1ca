package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.coverage.Fixtures.AS_OF;
import static org.lookingbeyond.coverage.Fixtures.DRUG_PREVENTION;
import static org.lookingbeyond.coverage.Fixtures.DRUG_TREATMENT;
import static org.lookingbeyond.coverage.Fixtures.HEALTH;
import static org.lookingbeyond.coverage.Fixtures.HIV;
import static org.lookingbeyond.coverage.Fixtures.analyze;
import static org.lookingbeyond.coverage.Fixtures.org;
import static org.lookingbeyond.coverage.Fixtures.took;
import static org.lookingbeyond.model.ParticipationKind.ATTENDED;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/** Ranking of priority gaps by weights and severity, and the candidates that could fill them. */
class PriorityGapsTest {
  /**
   * eg-cairo in Egypt (015) on drug prevention and treatment; ug-hiv and et-hiv in 202 on HIV, et-hiv
   * ACTIVE through CND-68; ke-multi in 202 on drug prevention.
   */
  private static final Registry REGISTRY = Fixtures.registry(ReferenceData.defaults(), List.of(
          org("eg-cairo").in("EG").on(DRUG_PREVENTION, DRUG_TREATMENT),
          org("ug-hiv").in("UG").on(HIV),
          org("et-hiv").in("ET").on(HIV),
          org("ke-multi").in("KE", "UG", "TZ").on(DRUG_PREVENTION)),
      List.of(took("et-hiv", "CND-68", ATTENDED)), List.of());

  private static CoverageReport withWeights(CoverageSettings.Builder b) {
    return analyze(REGISTRY, b.asOf(AS_OF).build());
  }

  @Test
  void withEqualWeightsGapsComeBeforeWeakCellsInReportOrder() {
    CoverageReport r = withWeights(CoverageSettings.builder());
    List<PriorityGap> gaps = r.priorityGaps();
    assertEquals(50, gaps.size(), "the default limit");
    assertEquals(r.count(CellStatus.GAP) + r.count(CellStatus.WEAK), r.priorityGapCount());
    PriorityGap first = gaps.get(0);
    assertEquals("015", first.rowId());
    assertEquals("anti-corruption", first.columnId(), "the first column of the first row");
    assertEquals(1.0, first.score());
    assertEquals(Optional.empty(), first.regionWeightKey());
    for (int i = 1; i < gaps.size(); i++) {
      assertTrue(gaps.get(i - 1).score() >= gaps.get(i).score(), "scores never rise down the list");
      assertEquals(i + 1, gaps.get(i).rank());
    }
  }

  @Test
  void weightsMultiplyTheSeverityAndCarryTheirKeys() {
    CoverageReport r = withWeights(CoverageSettings.builder().putRegionWeights("002", 2.0)
        .putThemeWeights(HEALTH, 3.0));
    PriorityGap first = r.priorityGaps().get(0);
    // 015 x drug-prevention and x drug-treatment-care are WEAK (eg-cairo); HIV is the first health GAP.
    assertEquals("015", first.rowId());
    assertEquals(HIV, first.columnId());
    assertEquals(CellStatus.GAP, first.status());
    assertEquals(6.0, first.score());
    assertEquals(2.0, first.regionWeight());
    assertEquals(Optional.of("002"), first.regionWeightKey(), "015 inherits the weight of its region");
    assertEquals(3.0, first.themeWeight());
    assertEquals(Optional.of(HEALTH), first.themeWeightKey(), "an area inherits its pillar's weight");
    assertEquals(1.0, first.severity());
    assertEquals("GAP with 0 CSOs; severity = (3 - 0) / 3 = 1.000; score = region weight 2.000 (from 002)"
        + " x theme weight 3.000 (from health-human-development) x severity 1.000 = 6.000", first.explanation());
    PriorityGap weak = r.priorityGaps().stream().filter(g -> g.rowId().equals("015")
        && g.columnId().equals(DRUG_PREVENTION)).findFirst().orElseThrow();
    assertEquals(2.0 / 3, weak.severity(), 1e-15);
    assertEquals(4.0, weak.score(), 1e-12);
  }

  @Test
  void anAreaWeightOverridesItsPillarsWeight() {
    CoverageReport r = withWeights(CoverageSettings.builder().putThemeWeights(HEALTH, 3.0)
        .putThemeWeights(HIV, 0.5).maxPriorityGaps(1000));
    PriorityGap hiv = r.priorityGaps().stream().filter(g -> g.columnId().equals(HIV)).findFirst().orElseThrow();
    assertEquals(Optional.of(HIV), hiv.themeWeightKey());
    assertEquals(0.5, hiv.themeWeight());
  }

  @Test
  void aZeroWeightKeepsARegionOutOfThePriorities() {
    CoverageReport r = withWeights(CoverageSettings.builder().putRegionWeights("150", 0.0).maxPriorityGaps(1000));
    Set<String> europe = Set.of("039", "151", "154", "155");
    assertFalse(r.priorityGaps().stream().anyMatch(g -> europe.contains(g.rowId())));
    assertEquals(r.count(CellStatus.GAP) + r.count(CellStatus.WEAK) - 4 * r.columns().size(), r.priorityGapCount());
  }

  @Test
  void weakCellsCanBeLeftOutAndTheListLimited() {
    CoverageReport r = withWeights(CoverageSettings.builder().prioritizeWeakCells(false).maxPriorityGaps(3));
    assertEquals(3, r.priorityGaps().size());
    assertEquals(r.count(CellStatus.GAP), r.priorityGapCount());
    assertTrue(r.priorityGaps().stream().allMatch(g -> g.status() == CellStatus.GAP));
  }

  @Test
  void candidatesRankEngagedFirstThenByStrengthAndSayWhy() {
    CoverageReport r = withWeights(CoverageSettings.builder().putRegionWeights("015", 10.0).putThemeWeights(HIV, 10.0));
    PriorityGap gap = r.priorityGaps().get(0);
    assertEquals("015", gap.rowId());
    assertEquals(HIV, gap.columnId());
    List<GapCandidate> candidates = gap.candidates();
    assertEquals(List.of("et-hiv", "eg-cairo", "ug-hiv"), candidates.stream().map(GapCandidate::organizationId).toList(),
        "et-hiv is engaged; eg-cairo has two related areas in Egypt; ug-hiv one neighbouring row");
    GapCandidate eg = candidates.get(1);
    assertEquals(2, eg.rank());
    assertEquals(2, eg.strength());
    assertEquals(CandidateReason.Kind.RELATED_AREA_HERE, eg.reasons().get(0).kind());
    assertEquals(List.of(DRUG_PREVENTION, DRUG_TREATMENT), eg.reasons().get(0).via());
    assertEquals("works on drug-prevention, drug-treatment-care in 015 Northern Africa, of the same pillar "
        + HEALTH, eg.reasons().get(0).message());
    GapCandidate et = candidates.get(0);
    assertTrue(et.engaged());
    assertEquals(CandidateReason.Kind.SAME_THEME_NEARBY, et.reasons().get(0).kind());
    assertEquals(List.of("202"), et.reasons().get(0).via());
  }

  @Test
  void anOrganizationAlreadyInTheCellIsNoCandidate() {
    CoverageReport r = withWeights(CoverageSettings.builder().putRegionWeights("015", 10.0)
        .putThemeWeights(DRUG_PREVENTION, 10.0));
    PriorityGap gap = r.priorityGaps().get(0);
    assertEquals(List.of("015", DRUG_PREVENTION), List.of(gap.rowId(), gap.columnId()));
    assertEquals(CellStatus.WEAK, gap.status());
    assertEquals(List.of("ke-multi"), gap.candidates().stream().map(GapCandidate::organizationId).toList(),
        "eg-cairo is counted in the cell; ke-multi works on drug prevention next door");
  }

  @Test
  void fieldOfficeGapsFindCandidatesInOfficesSharingCountries() {
    CoverageReport r = analyze(REGISTRY, CoverageSettings.builder().asOf(AS_OF)
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)).putRegionWeights("ROSAF", 10.0)
        .putThemeWeights(HIV, 10.0).build());
    PriorityGap gap = r.priorityGaps().get(0);
    assertEquals(List.of("ROSAF", HIV), List.of(gap.rowId(), gap.columnId()));
    assertEquals(List.of("et-hiv", "ke-multi", "ug-hiv"),
        gap.candidates().stream().map(GapCandidate::organizationId).toList(),
        "et-hiv and ug-hiv work on HIV in ROEA, which shares Tanzania and three more countries with ROSAF;"
            + " ke-multi works on drug prevention in Tanzania, in ROSAF itself");
    assertEquals(CandidateReason.Kind.RELATED_AREA_HERE, gap.candidates().get(1).reasons().get(0).kind());
    assertTrue(gap.candidates().get(0).reasons().get(0).via().contains("ROEA"));
  }

  @Test
  void settingsThatNameAnUnknownIdAreRefusedNamingIt() {
    UnknownIdException theme = assertThrows(UnknownIdException.class,
        () -> withWeights(CoverageSettings.builder().putThemeWeights("terrorism", 2.0)));
    assertEquals("terrorism", theme.id());
    assertTrue(theme.getMessage().contains("themeWeights"), theme::getMessage);
    UnknownIdException region = assertThrows(UnknownIdException.class,
        () -> withWeights(CoverageSettings.builder().putRegionWeights("ROEX", 2.0)));
    assertEquals("ROEX", region.id());
    assertTrue(region.getMessage().contains("'ROEA'"), () -> "the nearest known id is suggested: " + region.getMessage());
    UnknownIdException network = assertThrows(UnknownIdException.class,
        () -> withWeights(CoverageSettings.builder().addNetworks("NO-SUCH-NETWORK")));
    assertEquals("NO-SUCH-NETWORK", network.id());
    assertTrue(network.getMessage().contains("CoverageSettings.networks"), network::getMessage);
  }

  @Test
  void knownIdsThatMatchNoRowOrColumnAreReportedAsWarnings() {
    CoverageReport r = withWeights(CoverageSettings.builder().putRegionWeights("ROEA", 2.0)
        .themeLevel(ThemeLevel.PILLAR).putThemeWeights(DRUG_PREVENTION, 2.0));
    assertEquals(List.of(
        "regionWeights names 'ROEA', which is neither a row of this report (M49 sub-region) nor an M49 region"
            + " above one; the weight has no effect",
        "themeWeights names 'drug-prevention', which is neither a column of this report (PILLAR) nor the pillar"
            + " of one; the weight has no effect"),
        r.warnings());
  }
}
