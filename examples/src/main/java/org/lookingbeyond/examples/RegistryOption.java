package org.lookingbeyond.examples;

import java.nio.file.Path;
import org.lookingbeyond.json.RegistryDocument;
import org.lookingbeyond.registry.Registry;
import picocli.CommandLine.Option;

/**
 * The {@code --registry FILE} option every subcommand takes: a registry document read with io-json, or
 * the embedded, fictional {@link SampleRegistry} when the option is absent.
 */
final class RegistryOption {
  @Option(names = "--registry", paramLabel = "FILE",
      description = "A registry document (lookingbeyond.registry/1 JSON) to work on; default: the embedded,"
          + " fictional sample registry.")
  private Path file;

  private RegistryDocument document;

  /** Creates the option; picocli sets it. */
  RegistryOption() {}

  /**
   * The registry document: read from the file once, or the sample registry.
   *
   * @return the document
   * @throws CliFailure if the file cannot be read or the document has problems
   */
  RegistryDocument document() {
    if (document == null) {
      document = file == null ? RegistryDocument.of(SampleRegistry.registry()) : InputFiles.registry(file, "--registry");
    }
    return document;
  }

  /**
   * The registry.
   *
   * @return the registry
   * @throws CliFailure if the file cannot be read or the document has problems
   */
  Registry registry() {
    return document().registry();
  }

  /** True when no file was given, so that the sample registry is used. */
  boolean isSample() {
    return file == null;
  }

  /** The registry's name for output: the file as given, or "the sample registry (fictional)". */
  String name() {
    return file == null ? "the sample registry (fictional)" : file.toString();
  }
}
