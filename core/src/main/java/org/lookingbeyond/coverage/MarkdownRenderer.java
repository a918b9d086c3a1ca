package org.lookingbeyond.coverage;

import java.util.List;
import org.lookingbeyond.internal.TextEscapes;

/** GitHub-flavoured Markdown; see {@link CoverageRenderer#markdown()}. */
final class MarkdownRenderer implements CoverageRenderer {
  static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
  private static final String NL = "\n";

  private MarkdownRenderer() {}

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String render(CoverageReport report) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(TextEscapes.markdown(Render.title(report))).append(NL).append(NL);
    out.append("Counting: ").append(TextEscapes.markdown(Render.filters(report))).append('.').append(NL).append(NL);
    out.append("Cells hold distinct CSOs; **!** marks a GAP, *~* a WEAK cell (")
        .append(TextEscapes.markdown(Render.thresholds(report.settings()))).append(").").append(NL).append(NL);
    List<String> codes = Render.shortCodes(report.columns());
    out.append("| ").append(TextEscapes.markdown(report.settings().geographyLevel().description()));
    codes.forEach(c -> out.append(" | ").append(c));
    out.append(" | Total |").append(NL).append("|---");
    codes.forEach(c -> out.append("|---:"));
    out.append("|---:|").append(NL);
    int columns = codes.size();
    for (int r = 0; r < report.rows().size(); r++) {
      CoverageRow row = report.rows().get(r);
      out.append("| ").append(TextEscapes.markdown(row.label()));
      for (int c = 0; c < columns; c++) {
        CoverageCell cell = report.cells().get(r * columns + c);
        out.append(" | ").append(cellText(cell));
      }
      out.append(" | ").append(row.organizationCount()).append(" |").append(NL);
    }
    out.append("| **Total (distinct)**");
    report.columns().forEach(c -> out.append(" | **").append(c.organizationCount()).append("**"));
    out.append(" | **").append(report.placedOrganizations()).append("** |").append(NL);
    out.append("| HHI");
    report.columns().forEach(c -> out.append(" | ").append(measure(c.concentration(), c.concentration().hhi())));
    out.append(" | |").append(NL).append("| Gini");
    report.columns().forEach(c -> out.append(" | ").append(measure(c.concentration(), c.concentration().gini())));
    out.append(" | |").append(NL).append(NL);
    for (int c = 0; c < columns; c++) {
      CoverageColumn column = report.columns().get(c);
      out.append(c == 0 ? "" : "; ").append("**").append(codes.get(c)).append("** ").append(TextEscapes.markdown(column.name()));
    }
    out.append('.').append(NL).append(NL);
    out.append("- Coverage: ").append(TextEscapes.markdown(Render.coverage(report))).append(NL);
    out.append("- Organizations: ").append(TextEscapes.markdown(Render.organizations(report))).append(NL);
    out.append("- Concentration of row totals: ").append(TextEscapes.markdown(Render.concentration(report.overallConcentration())))
        .append(NL);
    if (!report.countriesOutsideRows().isEmpty()) {
      out.append("- Countries outside every row: ").append(String.join(" ", report.countriesOutsideRows())).append(NL);
    }
    out.append(NL).append("### Priority gaps").append(NL).append(NL);
    if (report.priorityGaps().isEmpty()) {
      out.append("None.").append(NL);
    }
    for (PriorityGap g : report.priorityGaps()) {
      out.append(g.rank()).append(". **").append(TextEscapes.markdown(report.row(g.rowId()).label())).append(" x ")
          .append(TextEscapes.markdown(g.columnId())).append("**: ").append(g.status()).append(", ")
          .append(Analysis.csos(g.csoCount())).append(", score ").append(Render.decimal(g.score())).append(NL);
      out.append("   - ").append(TextEscapes.markdown(g.explanation())).append(NL);
      g.candidates().forEach(c -> out.append("   - candidate ").append(c.rank()).append(": ")
          .append(TextEscapes.markdown(Render.candidate(c))).append(NL));
    }
    if (!report.unplaceable().isEmpty()) {
      out.append(NL).append("### Unplaceable organizations").append(NL).append(NL);
      report.unplaceable().forEach(u -> out.append("- ").append(TextEscapes.markdown(u.organizationId())).append(": ")
          .append(TextEscapes.markdown(u.message())).append(NL));
    }
    if (!report.warnings().isEmpty()) {
      out.append(NL).append("### Warnings").append(NL).append(NL);
      report.warnings().forEach(w -> out.append("- ").append(TextEscapes.markdown(w)).append(NL));
    }
    return out.toString();
  }

  private static String cellText(CoverageCell cell) {
    switch (cell.status()) {
      case GAP:
        return cell.csoCount() + " **!**";
      case WEAK:
        return cell.csoCount() + " *~*";
      default:
        return Integer.toString(cell.csoCount());
    }
  }

  private static String measure(Concentration c, double value) {
    return c.empty() ? "-" : Render.decimal(value);
  }
}
