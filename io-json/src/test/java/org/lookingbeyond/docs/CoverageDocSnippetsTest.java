package org.lookingbeyond.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.coverage.CandidateReason;
import org.lookingbeyond.coverage.CellStatus;
import org.lookingbeyond.coverage.CellTrend;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageRenderer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.CoverageTrend;
import org.lookingbeyond.coverage.GapCandidate;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.PriorityGap;
import org.lookingbeyond.coverage.TrendKind;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.registry.Registry;

/**
 * The Java snippet of docs/COVERAGE.md, run over the golden registry: four fictional organizations in
 * Kenya, Tanzania and Uganda, one of them (ORG-NEW) registered on 2024-06-01.
 */
class CoverageDocSnippetsTest {
  @TempDir
  Path dir;

  @Test
  void aFieldOfficeMatrixShowsEachCellsStatusTheWorstGapsCandidatesAHeatMapAndTheTrend() throws IOException {
    Registry registry = DocFixtures.goldenRegistry();
    CoverageReport lastYear = CoverageAnalyzer.of(CoverageSettings.builder().asOf(LocalDate.of(2023, 12, 31))
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)).build()).analyze(registry);

    // snippet:start
    CoverageSettings settings = CoverageSettings.builder()
        .asOf(LocalDate.of(2025, 6, 30))
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA))  // default: M49 sub-regions
        .putRegionWeights("ROEA", 1.5)                     // Eastern Africa first
        .putThemeWeights("small-arms-control", 2.0)
        .build();
    CoverageReport report = CoverageAnalyzer.of(settings).analyze(registry);

    report.cell("ROEA", "drug-prevention").status();        // GAP, WEAK or COVERED
    report.cell("ROEA", "drug-prevention").statusReason();  // "1 CSO: fewer than weakBelow = 3, not fewer than gapBelow = 1"
    report.priorityGaps().get(0).candidates();              // who could fill the worst gap, with reasons
    Files.writeString(dir.resolve("coverage.svg"), CoverageRenderer.svg().render(report));

    CoverageTrend trend = CoverageTrend.between(lastYear, report);  // GAINED, LOST, GREW, SHRANK, UNCHANGED
    // snippet:end

    // Only ORG-TZ works on drug prevention in the area of the Regional Office for Eastern Africa.
    assertEquals(CellStatus.WEAK, report.cell("ROEA", "drug-prevention").status());
    assertEquals("1 CSO: fewer than weakBelow = 3, not fewer than gapBelow = 1",
        report.cell("ROEA", "drug-prevention").statusReason());

    PriorityGap worst = report.priorityGaps().get(0);
    assertEquals(List.of("ROEA", "small-arms-control", "ROEA", "small-arms-control"),
        List.of(worst.rowId(), worst.columnId(), worst.regionWeightKey().orElse("default"),
            worst.themeWeightKey().orElse("default")), "Eastern Africa first: " + worst.explanation());
    assertEquals(3.0, worst.score());
    GapCandidate candidate = worst.candidates().get(0);
    assertEquals("ORG-NEW", candidate.organizationId());
    assertEquals(List.of(CandidateReason.Kind.RELATED_AREA_HERE),
        candidate.reasons().stream().map(CandidateReason::kind).collect(Collectors.toList()));
    assertTrue(report.warnings().stream().noneMatch(w -> w.contains("regionWeights")), report.warnings()::toString);

    String svg = Files.readString(dir.resolve("coverage.svg"), StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg") && svg.contains("ROEA") && svg.strip().endsWith("</svg>"), svg);

    assertEquals(EnumSet.of(TrendKind.GAINED, TrendKind.LOST, TrendKind.GREW, TrendKind.SHRANK, TrendKind.UNCHANGED),
        EnumSet.allOf(TrendKind.class));
    CellTrend youth = trend.cells().stream()
        .filter(c -> c.rowId().equals("ROEA") && c.columnId().equals("youth-crime-prevention")).findFirst()
        .orElseThrow();
    assertEquals(TrendKind.GAINED, youth.kind());
    assertEquals(List.of("ORG-NEW"), youth.entered(), "ORG-NEW registered in between");
    assertEquals(List.of(Optional.of(CellStatus.GAP), Optional.of(CellStatus.WEAK)),
        List.of(youth.baselineStatus(), youth.currentStatus()));
    assertEquals(report.cells().size(), trend.cells().size());
  }
}
