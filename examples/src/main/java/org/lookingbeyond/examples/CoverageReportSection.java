package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageRenderer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.PriorityGap;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.registry.Registry;

/** Coverage of the sample registry: where CSO engagement is thin, and who could fill the gaps. */
final class CoverageReportSection {
  private final Registry registry;
  private final LocalDate asOf;

  CoverageReportSection(Registry registry, LocalDate asOf) {
    this.registry = registry;
    this.asOf = asOf;
  }

  /** The report by M49 region and pillar: small enough to read in a terminal. */
  CoverageReport byRegionAndPillar() {
    return CoverageAnalyzer.of(CoverageSettings.builder().from(CoverageSettings.defaults(asOf))
        .geographyLevel(GeographyLevel.m49(org.lookingbeyond.geo.RegionLevel.REGION))
        .themeLevel(ThemeLevel.PILLAR).build()).analyze(registry);
  }

  /** The report by UNODC field office area and thematic area. */
  CoverageReport byFieldOfficeAndArea() {
    return CoverageAnalyzer.of(CoverageSettings.builder().from(CoverageSettings.defaults(asOf))
        .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA)).build()).analyze(registry);
  }

  void print(PrintWriter out) {
    CoverageReport regions = byRegionAndPillar();
    out.print(indent(CoverageRenderer.text().render(regions)));
    out.println();
    CoverageReport offices = byFieldOfficeAndArea();
    out.println("  By field office area and thematic area: " + offices.rows().size() + " x "
        + offices.columns().size() + " cells, " + offices.count(org.lookingbeyond.coverage.CellStatus.GAP)
        + " gaps, covered share " + FundingReport.number(Math.round(offices.coveredShare() * 1000) / 1000.0)
        + "; the five priority gaps first:");
    for (PriorityGap g : offices.priorityGaps().subList(0, Math.min(5, offices.priorityGaps().size()))) {
      out.println("    " + g.rank() + ". " + g.rowId() + " x " + g.columnId() + ": " + g.explanation());
      g.candidates().stream().limit(2).forEach(c -> out.println("       candidate " + c.organizationId() + " ("
          + c.tier() + "): " + c.reasons().get(0).message()));
    }
    out.println("  (run the 'coverage' subcommand with --format svg --output coverage.svg for the heat map)");
  }

  private static String indent(String text) {
    StringBuilder sb = new StringBuilder();
    text.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
    return sb.toString();
  }
}
