package org.lookingbeyond.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lookingbeyond sessions [--body CND] [--from DATE] [--to DATE]}: sessions, real and projected. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
    description = "Lists sessions of the governing bodies, real and projected, in calendar order. A session"
        + " without dates is placed by the first day of its month (or year).")
final class SessionsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private OutputOption output;

  @Option(names = "--body", paramLabel = "CODE", description = "Only this body: CND, CCPCJ, COSP, IRG, COP, CONGRESS.")
  private String body;

  @Option(names = "--from", paramLabel = "DATE", description = "Only sessions starting on or after this day.")
  private LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only sessions starting on or before this day.")
  private LocalDate to;

  @Override
  public Integer call() {
    ReferenceData ref = registry.registry().reference();
    List<Session> sessions = ref.sessions();
    if (body != null) {
      String code = Describe.upper(body);
      if (ref.findGoverningBody(code).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "Unknown governing body '" + body + "': expected one of "
            + ref.governingBodies().stream().map(GoverningBody::code).collect(Collectors.joining(", ")));
      }
      sessions = ref.sessionsOf(code);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    sessions = Describe.startingIn(sessions, Optional.ofNullable(from), Optional.ofNullable(to));
    long projected = sessions.stream().filter(Session::projected).count();
    List<Session> listed = sessions;
    output.print(spec, out -> {
      out.println("Sessions" + (body == null ? "" : " of " + Describe.upper(body))
          + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to) + ": " + listed.size()
          + " (" + projected + " projected)");
      out.println();
      ReferenceReport.sessionTable(listed).print(out);
    });
    return 0;
  }
}
