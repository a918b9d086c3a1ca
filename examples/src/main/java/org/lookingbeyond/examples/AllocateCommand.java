package org.lookingbeyond.examples;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lookingbeyond.LookingBeyondException;
import org.lookingbeyond.funding.Allocation;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lookingbeyond allocate --budget 60000USD [--registry FILE] [--policy FILE]... [--format text|json]}:
 * a budget allocated across the eligible applications, with a reason for each one left unfunded.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = "Allocates a seed-funding budget across the eligible applications of the registry (highest score"
        + " first, caps per region and applicant, no partial grants): the funded ones, and why each other one is"
        + " not; or a lookingbeyond.allocation/1 JSON document.")
final class AllocateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT, JSON
  }

  /** An amount, then an optional ISO 4217 code: {@code 60000USD}, {@code 60000.50 usd}, {@code 60000}. */
  private static final Pattern BUDGET = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,4})?)\\s*([A-Za-z]{3})?");

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

  @Option(names = "--budget", required = true, paramLabel = "AMOUNT[CURRENCY]",
      description = "The budget: an amount and an ISO 4217 currency (60000USD), or an amount and --currency.")
  private String budget;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "The budget's ISO 4217 currency; default: the policy's currency parameter.")
  private String currency;

  @Option(names = "--format", defaultValue = "TEXT", paramLabel = "FORMAT",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TEXT;

  @Override
  public Integer call() {
    Registry r = registry.registry();
    SeedFunding funding = policy.funding();
    Money money = budget(funding);
    FundingReport report = new FundingReport(r, parent.asOf(registry), funding, r.applications());
    Allocation allocation;
    try {
      allocation = report.allocate(money);
    } catch (LookingBeyondException e) {
      throw new ParameterException(spec.commandLine(), "--budget " + money + ": " + e.getMessage(), e);
    }
    if (format == Format.JSON) {
      output.emit(spec, LookingBeyondJson.defaults().write(DocumentType.ALLOCATION, allocation));
    } else {
      output.print(spec, out -> {
        out.println("Seed funding allocated on " + registry.name() + " as of " + parent.asOf(registry) + " under "
            + funding.policies().versions().stream().map(p -> p.id() + " " + p.version())
                .collect(Collectors.joining(", ")));
        FundingReport.allocation(out, allocation);
      });
    }
    return 0;
  }

  private Money budget(SeedFunding funding) {
    Matcher m = BUDGET.matcher(budget.strip());
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "--budget '" + TextTable.abbreviate(budget, 30)
          + "' is not an amount with an optional currency, such as 60000USD, 60000.50 EUR or 60000");
    }
    String inBudget = m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT);
    String given = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    if (inBudget != null && given != null && !inBudget.equals(given)) {
      throw new ParameterException(spec.commandLine(), "--budget " + budget.strip() + " is in " + inBudget
          + " but --currency says " + TextTable.abbreviate(currency, 10));
    }
    String code = inBudget != null ? inBudget : given != null ? given : policyCurrency(funding);
    try {
      return Money.of(m.group(1), code);
    } catch (LookingBeyondException e) {
      throw new ParameterException(spec.commandLine(), "--budget: '" + TextTable.abbreviate(code, 10)
          + "' is not an ISO 4217 currency code", e);
    }
  }

  private String policyCurrency(SeedFunding funding) {
    Policy first = funding.policies().versions().get(0);
    if (!first.parameters().containsKey("currency")) {
      throw new ParameterException(spec.commandLine(), "--budget " + budget.strip() + " names no currency, and policy "
          + first.id() + " " + first.version() + " has no currency parameter: add one, such as 60000USD");
    }
    return String.valueOf(first.parameter("currency").value());
  }
}
