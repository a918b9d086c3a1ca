package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code lookingbeyond} command-line tool: with no arguments it runs the full demo of what the
 * library has today over the shipped reference data and the fictional {@link SampleRegistry}; its
 * subcommands list countries, sessions and organizations, and render coverage.
 *
 * <p>Output is plain, aligned text and deterministic: nothing reads the clock; dates come from
 * {@code --as-of} (default {@link SampleRegistry#AS_OF}). Contact details are never printed.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java
 * mvn -q -pl examples -am compile exec:java -Dexec.args="sessions --body CND"
 * </pre>
 */
@Command(name = "lookingbeyond", mixinStandardHelpOptions = true, version = "lookingbeyond examples 0.1.0",
    description = "Runs the Looking Beyond SDK demo (no subcommand), or lists reference data and sample records.",
    subcommands = {CountriesCommand.class, SessionsCommand.class, OrganizationsCommand.class,
        CoverageCommand.class})
public final class LookingBeyondCli implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--as-of", scope = ScopeType.INHERIT, paramLabel = "DATE", defaultValue = "2026-11-29",
      description = "The date the output is computed as of (YYYY-MM-DD; default: ${DEFAULT-VALUE}).")
  private LocalDate asOf;

  /** Creates the command; picocli sets its options. */
  public LookingBeyondCli() {}

  /**
   * The command line of the tool, with its subcommands; enum options accept any case.
   *
   * @return a new command line
   */
  static CommandLine commandLine() {
    return new CommandLine(new LookingBeyondCli()).setCaseInsensitiveEnumValuesAllowed(true);
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
    new DemoReport(registry(), asOf).print(out);
    out.flush();
    return 0;
  }

  LocalDate asOf() {
    return asOf;
  }

  Registry registry() {
    return SampleRegistry.registry();
  }

  ReferenceData reference() {
    return registry().reference();
  }
}
