package org.lookingbeyond.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lookingbeyond whatif --against FILE [--policy FILE] [--registry FILE] [--format text|json]}: the
 * decisions that change between two policies, and the rules that change them.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "Compares two policies over the same applications: the decisions that change and the rules that"
        + " change them, as text or a lookingbeyond.whatif/1 JSON document. Every application is judged under"
        + " both policies, whatever their effective dates.")
final class WhatIfCommand implements Callable<Integer> {
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
  private OutputOption output;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "The policy as it is (lookingbeyond.policy/1 JSON); default: the default seed-funding policy.")
  private Path before;

  @Option(names = "--against", required = true, paramLabel = "FILE",
      description = "The policy to compare it with (lookingbeyond.policy/1 JSON).")
  private Path after;

  @Option(names = "--format", defaultValue = "TEXT", paramLabel = "FORMAT",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TEXT;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    Registry r = null;
    try {
      r = registry.registry();
    } catch (CliFailure e) {
      problems.addAll(e.lines());
    }
    Policy from = before == null ? DefaultFundingPolicy.policy() : read(before, "--policy", problems);
    Policy to = read(after, "--against", problems);
    if (!problems.isEmpty()) {
      throw new CliFailure(problems);
    }
    // Each policy on its own must judge seed funding; together they need not be versions of one policy.
    SeedFunding funding = PolicyOption.fundingUnder(List.of(from));
    PolicyOption.fundingUnder(List.of(to));
    Registry registryRead = r;
    LocalDate asOf = parent.asOf(registry);
    WhatIf w = funding.whatIf(registryRead, registryRead.applications(), from, to, asOf);
    if (format == Format.JSON) {
      output.emit(spec, LookingBeyondJson.defaults().write(DocumentType.WHAT_IF, w));
    } else {
      output.print(spec, out -> {
        out.println("What if " + to.id() + " " + to.version() + " replaced " + from.id() + " " + from.version()
            + "? On " + registry.name() + " as of " + asOf + ", " + registryRead.applications().size()
            + " application(s):");
        FundingReport.whatIf(out, w);
      });
    }
    return 0;
  }

  private static Policy read(Path file, String option, List<String> problems) {
    try {
      return InputFiles.policy(file, option);
    } catch (CliFailure e) {
      problems.addAll(e.lines());
      return null;
    }
  }
}
