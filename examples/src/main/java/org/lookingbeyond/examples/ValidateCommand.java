package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.json.RegistryDocument;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lookingbeyond validate [--registry FILE] [--policy FILE]...}: reads the documents and prints
 * every problem with its location (exit code 1), or a summary of each when all are valid.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads a registry document (and policy documents, if given) and prints every problem with its"
        + " file, line, column and JSON pointer (exit code 1), or a summary of each document when all are valid.")
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private OutputOption output;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy document (lookingbeyond.policy/1 JSON) to validate too; may be repeated.")
  private List<Path> policyFiles = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    RegistryDocument document = null;
    try {
      document = registry.document();
    } catch (CliFailure e) {
      problems.addAll(e.lines());
    }
    List<Policy> policies = new ArrayList<>();
    for (Path file : policyFiles) {
      try {
        policies.add(InputFiles.policy(file, "--policy"));
      } catch (CliFailure e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new CliFailure(problems);
    }
    RegistryDocument valid = document;
    output.print(spec, out -> {
      summary(out, valid);
      for (int i = 0; i < policies.size(); i++) {
        summary(out, policyFiles.get(i), policies.get(i));
      }
    });
    return 0;
  }

  private void summary(PrintWriter out, RegistryDocument document) {
    Registry r = document.registry();
    ReferenceData ref = r.reference();
    out.println(registry.name() + ": a valid " + LookingBeyondJson.REGISTRY_FORMAT + " document");
    out.println("  " + r.organizations().size() + " organizations, " + r.participations().size() + " participations, "
        + r.designations().size() + " RLO designations, " + r.applications().size() + " seed-funding applications, "
        + r.grants().size() + " grants, " + r.consultations().size() + " consultations");
    out.println("  over reference data of " + ref.geography().areas().size() + " countries and areas, "
        + r.networks().size() + " networks, " + r.fieldOffices().size() + " field offices, " + r.sessions().size()
        + " sessions");
    int unknown = document.unknownFields().anchors().size();
    if (unknown > 0) {
      out.println("  members the format does not define, kept: in " + unknown + (unknown == 1 ? " place" : " places"));
    }
  }

  private static void summary(PrintWriter out, Path file, Policy p) {
    out.println(file + ": a valid lookingbeyond.policy/1 document");
    out.println("  policy " + p.id() + " " + p.version() + ", in force from " + p.effectiveFrom()
        + p.effectiveUntil().map(u -> " until " + u).orElse(" with no end") + "; " + p.rules().size() + " rules, "
        + p.parameters().size() + " parameters; content hash " + p.contentHash().substring(0, 12) + "...");
  }
}
