package org.lookingbeyond.examples;

import java.util.concurrent.Callable;
import org.lookingbeyond.classify.Classification;
import org.lookingbeyond.classify.ClassificationRenderer;
import org.lookingbeyond.classify.ClassificationReport;
import org.lookingbeyond.classify.StakeholderClassifier;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Classifies every organization of the registry as a stakeholder, as text, CSV, Markdown, JSON or SVG. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Stakeholder classification of every organization: salience class, power/interest quadrant,"
        + " scope, engagement tier and RLO candidacy, with the portfolio; as text, CSV, Markdown, a"
        + " lookingbeyond.classification-report/1 JSON document or an SVG power/interest grid.")
final class ClassifyCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT, CSV, MARKDOWN, JSON, SVG
  }

  @ParentCommand
  private LookingBeyondCli parent;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", defaultValue = "TEXT", paramLabel = "FORMAT",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TEXT;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private OutputOption output;

  @Override
  public Integer call() {
    Classification classification = StakeholderClassifier.withDefaultPolicy().classifyAll(registry.registry(),
        parent.asOf(registry));
    String text = format == Format.JSON ? LookingBeyondJson.defaults().write(DocumentType.CLASSIFICATION_REPORT,
        ClassificationReport.of(classification)) : renderer().render(classification);
    output.emit(spec, text);
    return 0;
  }

  private ClassificationRenderer renderer() {
    switch (format) {
      case CSV:
        return ClassificationRenderer.csv();
      case MARKDOWN:
        return ClassificationRenderer.markdown();
      case SVG:
        return ClassificationRenderer.svg();
      default:
        return ClassificationRenderer.text();
    }
  }
}
