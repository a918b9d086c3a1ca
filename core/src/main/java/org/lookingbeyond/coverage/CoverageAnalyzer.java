package org.lookingbeyond.coverage;

import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyzes the coverage of a registry: who works on what where, where CSO engagement is thin, and who
 * could fill the gaps.
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalyzer.of(CoverageSettings.defaults(LocalDate.of(2026, 6, 30)))
 *     .analyze(registry);
 * report.cell("202", "drug-prevention").status();       // GAP, WEAK or COVERED, with statusReason()
 * report.priorityGaps().get(0).candidates();            // who could fill the worst gap
 * String svg = CoverageRenderer.svg().render(report);   // a heat map to look at
 * }</pre>
 *
 * <h2>What counts</h2>
 * An organization passes the filters of {@link CoverageSettings} in the order of {@link Exclusion}
 * (type, registration date, network membership, engagement tier); one that does not is counted in
 * {@link CoverageReport#exclusions()}. It then counts once in a cell if it operates in at least one of
 * the row's countries and works on at least one of the column's areas: an organization in three
 * countries of one sub-region counts once there. One that passes the filters but fits in no cell is
 * listed in {@link CoverageReport#unplaceable()} with why.
 *
 * <h2>Cost</h2>
 * The work grows with the sum over organizations of countries x areas (plus the engagement tier of
 * each, which reads its participations); rows are found through a country index built once, never by
 * scanning organizations per cell.
 *
 * <p>An analyzer holds only its settings; it is immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class CoverageAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(CoverageAnalyzer.class);

  private final CoverageSettings settings;

  private CoverageAnalyzer(CoverageSettings settings) {
    this.settings = settings;
  }

  /**
   * An analyzer with some settings.
   *
   * @param settings the settings
   * @return the analyzer
   * @since 0.1.0
   */
  public static CoverageAnalyzer of(CoverageSettings settings) {
    return new CoverageAnalyzer(settings);
  }

  /**
   * The analyzer's settings.
   *
   * @return the settings
   * @since 0.1.0
   */
  public CoverageSettings settings() {
    return settings;
  }

  /**
   * Analyzes a registry.
   *
   * @param registry the registry, with the reference data whose geography and taxonomy give the rows
   *     and columns
   * @return the report
   * @throws UnknownCodeException if the geography level names a grouping the registry's geography does
   *     not know
   * @throws UnknownIdException if a region weight names no country, M49 region or grouping of the
   *     registry's geography, a theme weight no thematic area or pillar of its taxonomy, or the network
   *     filter a network it does not know (a known id that matches no row or column only adds a warning
   *     to the report)
   * @since 0.1.0
   */
  public CoverageReport analyze(Registry registry) {
    CoverageReport report = new Analysis(settings, registry).run();
    LOG.debug("coverage by {} x {} as of {}: {} of {} organizations placed in {} cells, {} gaps",
        settings.geographyLevel(), settings.themeLevel(), settings.asOf(), report.placedOrganizations(),
        report.registryOrganizations(), report.cells().size(), report.count(CellStatus.GAP));
    return report;
  }

  @Override
  public String toString() {
    return "CoverageAnalyzer[" + settings.geographyLevel() + " x " + settings.themeLevel() + " as of "
        + settings.asOf() + "]";
  }
}
