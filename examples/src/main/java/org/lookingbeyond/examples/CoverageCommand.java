package org.lookingbeyond.examples;

import java.util.concurrent.Callable;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageRenderer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Renders the coverage of the registry at a chosen level, as text, CSV, Markdown, SVG or JSON. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Coverage of the registry: geography x theme, with gaps; as text, CSV, Markdown, an SVG heat"
        + " map or a lookingbeyond.coverage-report/1 JSON document.")
final class CoverageCommand implements Callable<Integer> {
  /** The geography levels offered on the command line. */
  enum Level {
    COUNTRY, INTERMEDIATE_REGION, SUB_REGION, REGION, FIELD_OFFICE, UN_REGIONAL_GROUP
  }

  /** The output formats. */
  enum Format {
    TEXT, CSV, MARKDOWN, SVG, JSON
  }

  @ParentCommand
  private LookingBeyondCli parent;

  @Spec
  private CommandSpec spec;

  @Option(names = "--level", defaultValue = "SUB_REGION", description = "geography: ${COMPLETION-CANDIDATES}")
  private Level level = Level.SUB_REGION;

  @Option(names = "--theme", defaultValue = "AREA", description = "theme: ${COMPLETION-CANDIDATES}")
  private ThemeLevel theme = ThemeLevel.AREA;

  @Option(names = "--format", defaultValue = "TEXT", paramLabel = "FORMAT",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TEXT;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private OutputOption output;

  @Override
  public Integer call() {
    CoverageReport report = CoverageAnalyzer.of(CoverageSettings.builder()
        .from(CoverageSettings.defaults(parent.asOf(registry)))
        .geographyLevel(geography()).themeLevel(theme).build()).analyze(registry.registry());
    String text = format == Format.JSON ? LookingBeyondJson.defaults().write(DocumentType.COVERAGE_REPORT, report)
        : renderer().render(report);
    output.emit(spec, text);
    return 0;
  }

  private GeographyLevel geography() {
    switch (level) {
      case COUNTRY:
        return GeographyLevel.country();
      case INTERMEDIATE_REGION:
        return GeographyLevel.m49(RegionLevel.INTERMEDIATE_REGION);
      case REGION:
        return GeographyLevel.m49(RegionLevel.REGION);
      case FIELD_OFFICE:
        return GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA);
      case UN_REGIONAL_GROUP:
        return GeographyLevel.groupings(GroupingKind.UN_REGIONAL_GROUP);
      default:
        return GeographyLevel.m49(RegionLevel.SUB_REGION);
    }
  }

  private CoverageRenderer renderer() {
    switch (format) {
      case CSV:
        return CoverageRenderer.csv();
      case MARKDOWN:
        return CoverageRenderer.markdown();
      case SVG:
        return CoverageRenderer.svg();
      default:
        return CoverageRenderer.text();
    }
  }
}
