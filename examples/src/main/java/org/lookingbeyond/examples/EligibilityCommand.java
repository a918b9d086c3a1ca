package org.lookingbeyond.examples;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lookingbeyond eligibility [--registry FILE] [--policy FILE]... [--application ID] [--as-of DATE]
 * [--format text|json]}: seed-funding decisions, each with the reasons behind it.
 */
@Command(name = "eligibility", mixinStandardHelpOptions = true,
    description = "Assesses the seed-funding applications of the registry, each under the policy version in force"
        + " on its date: a table of decisions with every gate that did not pass, one decision rule by rule"
        + " (--application), or a lookingbeyond.decisions/1 JSON document.")
final class EligibilityCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT, JSON
  }

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private LookingBeyondCli parent;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private PolicyOption policy;

  @Mixin
  private OutputOption output;

  @Option(names = "--application", paramLabel = "ID", description = "Only this application, shown rule by rule.")
  private String application;

  @Option(names = "--format", defaultValue = "TEXT", paramLabel = "FORMAT",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TEXT;

  @Override
  public Integer call() {
    Registry r = registry.registry();
    List<SeedFundingApplication> applications = application == null ? r.applications() : List.of(find(r));
    FundingReport report = new FundingReport(r, parent.asOf(registry), policy.funding(), applications);
    if (format == Format.JSON) {
      output.emit(spec, LookingBeyondJson.defaults().write(DocumentType.DECISIONS, report.decisions()));
    } else if (application != null) {
      output.print(spec, out -> report.decision(out, report.decisions().get(0)));
    } else {
      output.print(spec, out -> {
        out.println("Seed-funding decisions on " + registry.name() + " as of " + parent.asOf(registry) + ": "
            + report.decisions().size() + " application(s)");
        report.eligibility(out);
      });
    }
    return 0;
  }

  private SeedFundingApplication find(Registry r) {
    return r.findApplication(application.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "No application '" + TextTable.abbreviate(application, 40) + "' in " + registry.name() + "; "
            + (r.applications().isEmpty() ? "it has none" : "its applications: " + r.applications().stream().limit(10)
                .map(SeedFundingApplication::id).collect(Collectors.joining(", "))
                + (r.applications().size() > 10 ? ", ... (" + r.applications().size() + " in all)" : ""))));
  }
}
