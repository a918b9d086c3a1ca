package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lookingbeyond} command-line tool. Its subcommands work on a registry document of the user's
 * own ({@code --registry FILE}) or on the embedded, fictional {@link SampleRegistry}: {@code validate},
 * {@code eligibility}, {@code allocate}, {@code whatif}, {@code coverage}, {@code countries},
 * {@code sessions}, {@code organizations} and {@code export} (the sample registry or the default policy
 * as a document to start one's own from). With no subcommand it runs the full demo on the sample.
 *
 * <p>Exit codes: 0 success; 1 the input has problems (printed to standard error, each with its file,
 * line, column and JSON pointer), or a file cannot be read or written (one line naming it and why); 2 a
 * usage error. Output is plain, aligned text or JSON, and deterministic for a given {@code --as-of};
 * contact details are never printed; nothing is written except to {@code --output}.
 *
 * <pre>
 * java -jar examples/target/lookingbeyond.jar --help
 * java -jar examples/target/lookingbeyond.jar eligibility --registry registry.json --as-of 2026-11-29
 * mvn -q -pl examples -am compile exec:java -Dexec.args="sessions --body CND"
 * </pre>
 */
@Command(name = "lookingbeyond", mixinStandardHelpOptions = true, version = "lookingbeyond 0.1.0",
    description = {"Seed-funding eligibility, allocation and what-if, coverage and reference data of Looking"
        + " Beyond SDK, on a registry document of your own (--registry FILE) or on an embedded, fictional"
        + " sample registry. With no subcommand, runs the demo on the sample."},
    subcommands = {ValidateCommand.class, EligibilityCommand.class, AllocateCommand.class, WhatIfCommand.class,
        CoverageCommand.class, ClassifyCommand.class, CountriesCommand.class, SessionsCommand.class, OrganizationsCommand.class,
        ExportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success",
        "1:the input has problems (printed to standard error with file, line and column), or a file cannot be"
            + " read or written",
        "2:usage error (an unknown option, a missing or malformed value)"})
public final class LookingBeyondCli implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--as-of", scope = ScopeType.INHERIT, paramLabel = "DATE",
      description = "The date the output is computed as of (YYYY-MM-DD); default: 2026-11-29 on the sample"
          + " registry, today on a --registry file.")
  private LocalDate asOf;

  /** Creates the command; picocli sets its options. */
  public LookingBeyondCli() {}

  /**
   * The command line of the tool, with its subcommands: enum options accept any case, and input
   * problems end the run with exit code 1 and their lines on standard error, without a stack trace.
   *
   * @return a new command line
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new LookingBeyondCli()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(LookingBeyondCli::handle);
    cli.setParameterExceptionHandler(LookingBeyondCli::usageError);
    cli.registerConverter(LocalDate.class, LookingBeyondCli::date);
    return cli;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + TextTable.abbreviate(text, 20) + "' is not a date of the form YYYY-MM-DD"
          + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
    }
  }

  /** A usage error in a few lines: what is wrong, and where to read more (not the whole usage help). */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int handle(Exception e, CommandLine command, ParseResult parsed) throws Exception {
    if (!(e instanceof CliFailure)) {
      throw e;
    }
    PrintWriter err = command.getErr();
    ((CliFailure) e).lines().forEach(err::println);
    err.flush();
    return CliFailure.EXIT_CODE;
  }

  /**
   * Runs the tool and exits with its exit code when that is not 0.
   *
   * @param args the command-line arguments
   */
  public static void main(String... args) {
    int code = commandLine().execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    new DemoReport(SampleRegistry.registry(), asOf == null ? SampleRegistry.AS_OF : asOf).print(out);
    out.flush();
    return 0;
  }

  /**
   * The date a command computes as of: {@code --as-of}, else the sample's fixed date on the sample
   * registry (so that its output never depends on the clock), else today.
   *
   * @param registry the command's registry option
   * @return the date
   */
  LocalDate asOf(RegistryOption registry) {
    if (asOf != null) {
      return asOf;
    }
    return registry.isSample() ? SampleRegistry.AS_OF : LocalDate.now();
  }
}
