package org.lookingbeyond.examples;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lookingbeyond export registry|policy [--registry FILE] [--policy FILE] [--output FILE]}: a
 * document to start one's own from (the sample registry, the default policy), or a document rewritten
 * in the canonical form the library writes (members it does not define are kept).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the registry (default: the fictional sample) or the policy (default: the default"
        + " seed-funding policy) as a JSON document: a start for your own, or your file in canonical form.")
final class ExportCommand implements Callable<Integer> {
  /** The kinds of document. */
  enum Kind {
    REGISTRY, POLICY
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "registry or policy")
  private Kind kind;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private OutputOption output;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "The policy document to rewrite; default: the default seed-funding policy.")
  private Path policyFile;

  @Override
  public Integer call() {
    LookingBeyondJson json = LookingBeyondJson.defaults();
    if (kind == Kind.REGISTRY) {
      output.emit(spec, json.writeRegistry(registry.document()));
    } else {
      Policy policy = policyFile == null ? DefaultFundingPolicy.policy() : InputFiles.policy(policyFile, "--policy");
      output.emit(spec, json.write(DocumentType.POLICY, policy));
    }
    return 0;
  }
}
