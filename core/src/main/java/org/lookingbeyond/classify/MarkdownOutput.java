package org.lookingbeyond.classify;

import java.util.List;
import org.lookingbeyond.internal.TextEscapes;

/** GitHub-flavoured Markdown; see {@link ClassificationRenderer#markdown()}. */
final class MarkdownOutput implements ClassificationRenderer {
  static final MarkdownOutput INSTANCE = new MarkdownOutput();
  private static final String NL = "\n";

  private MarkdownOutput() {}

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String render(Classification c) {
    Portfolio p = c.portfolio();
    StringBuilder out = new StringBuilder();
    out.append("## ").append(TextEscapes.markdown(Rows.title(c))).append(NL).append(NL);
    out.append(p.organizations()).append(" organizations, ").append(p.csos()).append(" CSOs.").append(NL).append(NL);
    out.append("| Breakdown | Counts |").append(NL).append("|---|---|").append(NL);
    for (List<String> line : Rows.counts(p)) {
      out.append("| ").append(TextEscapes.markdown(line.get(0))).append(" | ")
          .append(TextEscapes.markdown(String.join(", ", line.subList(1, line.size())))).append(" |").append(NL);
    }
    out.append(NL).append("### Organizations").append(NL).append(NL).append('|');
    for (String h : TextOutput.COLUMNS) {
      out.append(' ').append(TextEscapes.markdown(h.endsWith(">") ? h.substring(0, h.length() - 1) : h)).append(" |");
    }
    out.append(NL).append('|');
    for (String h : TextOutput.COLUMNS) {
      out.append(h.endsWith(">") ? "---:|" : "---|");
    }
    out.append(NL);
    for (int i = 0; i < c.size(); i++) {
      out.append('|');
      for (String cell : TextOutput.cells(c, i)) {
        out.append(' ').append(TextEscapes.markdown(cell)).append(" |");
      }
      out.append(NL);
    }
    out.append(NL).append("### Action lists").append(NL).append(NL);
    out.append("- **Definitive stakeholders** (").append(p.definitive().size()).append("): ")
        .append(TextEscapes.markdown(p.definitive().isEmpty() ? "none" : String.join(", ", p.definitive()))).append(NL);
    out.append("- **Dormant stakeholders**, power only (").append(p.dormant().size()).append("): ")
        .append(TextEscapes.markdown(p.dormant().isEmpty() ? "none" : String.join(", ", p.dormant()))).append(NL);
    out.append("- **Regions without an active RLO** (").append(p.regionsWithoutRlo().size()).append(')')
        .append(p.regionsWithoutRlo().isEmpty() ? ": none" : ":").append(NL);
    p.regionsWithoutRlo().forEach(n -> out.append("  - ").append(TextEscapes.markdown(Rows.needs(n))).append(NL));
    return out.toString();
  }
}
