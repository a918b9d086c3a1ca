package org.lookingbeyond.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lookingbeyond.LookingBeyondException;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicyException;
import org.lookingbeyond.rules.PolicySet;
import picocli.CommandLine.Option;

/**
 * The {@code --policy FILE} option of the seed-funding commands: policy documents read with io-json, or
 * the default seed-funding policy when the option is absent. Repeated, it gives versions of one policy
 * for different periods; each application is judged under the version in force on its date.
 */
final class PolicyOption {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy document (lookingbeyond.policy/1 JSON); repeat it for versions of one policy in"
          + " force over different periods. Default: the default seed-funding policy.")
  private List<Path> files = new ArrayList<>();

  /** Creates the option; picocli sets it. */
  PolicyOption() {}

  /**
   * The policy versions: read from the files, or the default policy.
   *
   * @return the versions, at least one
   * @throws CliFailure if a file cannot be read or a document has problems (every file is read, and every
   *     problem of each is reported)
   */
  List<Policy> policies() {
    if (files.isEmpty()) {
      return List.of(DefaultFundingPolicy.policy());
    }
    List<Policy> policies = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        policies.add(InputFiles.policy(file, "--policy"));
      } catch (CliFailure e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new CliFailure(problems);
    }
    return policies;
  }

  /**
   * Seed-funding assessment under these policy versions.
   *
   * @return the assessment
   * @throws CliFailure if a file cannot be read, a document has problems, or the versions do not form
   *     one policy (different ids, two versions in force on one day, a policy of another fact schema)
   */
  SeedFunding funding() {
    return fundingUnder(policies());
  }

  /**
   * Seed-funding assessment under policy versions read from files.
   *
   * @param policies the versions
   * @return the assessment
   * @throws CliFailure if the versions do not form one seed-funding policy
   */
  static SeedFunding fundingUnder(List<Policy> policies) {
    PolicySet set;
    try {
      set = PolicySet.of(policies);
    } catch (PolicyException e) {
      List<String> lines = new ArrayList<>();
      lines.add("the --policy files are not versions of one policy:");
      e.problems().forEach(p -> lines.add("  " + p));
      throw new CliFailure(lines);
    }
    try {
      return SeedFunding.of(set);
    } catch (LookingBeyondException e) {
      throw CliFailure.of("the policy cannot judge seed funding: " + e.getMessage());
    }
  }
}
