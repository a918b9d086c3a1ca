package org.lookingbeyond.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lookingbeyond.coverage.CoverageAnalyzer;
import org.lookingbeyond.coverage.CoverageRenderer;
import org.lookingbeyond.coverage.CoverageReport;
import org.lookingbeyond.coverage.CoverageSettings;
import org.lookingbeyond.coverage.GeographyLevel;
import org.lookingbeyond.coverage.ThemeLevel;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Renders the coverage of the sample registry at a chosen level, as text, CSV, Markdown or SVG. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Coverage of the sample registry: geography x theme, with gaps.")
final class CoverageCommand implements Callable<Integer> {
  /** The geography levels offered on the command line. */
  enum Level {
    COUNTRY, INTERMEDIATE_REGION, SUB_REGION, REGION, FIELD_OFFICE, UN_REGIONAL_GROUP
  }

  /** The output formats. */
  enum Format {
    TEXT, CSV, MARKDOWN, SVG
  }

  @ParentCommand
  private LookingBeyondCli parent;

  @Spec
  private CommandSpec spec;

  @Option(names = "--level", defaultValue = "SUB_REGION", description = "geography: ${COMPLETION-CANDIDATES}")
  private Level level = Level.SUB_REGION;

  @Option(names = "--theme", defaultValue = "AREA", description = "theme: ${COMPLETION-CANDIDATES}")
  private ThemeLevel theme = ThemeLevel.AREA;

  @Option(names = "--format", defaultValue = "TEXT", description = "output: ${COMPLETION-CANDIDATES}")
  private Format format = Format.TEXT;

  @Option(names = "--output", paramLabel = "FILE", description = "write to a file instead of the console")
  private Path output;

  @Override
  public Integer call() throws IOException {
    CoverageReport report = CoverageAnalyzer.of(CoverageSettings.builder().from(CoverageSettings.defaults(parent.asOf()))
        .geographyLevel(geography()).themeLevel(theme).build()).analyze(parent.registry());
    String text = renderer().render(report);
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(text);
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      out.println("wrote " + output + " (" + text.length() + " characters)");
    }
    out.flush();
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
