package org.lookingbeyond.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --output FILE} option: a command's output goes to the console, or to the file the user
 * names (its directory must exist; an existing file is replaced). Nothing else is ever written.
 */
final class OutputOption {
  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the output to this file instead of the console; its directory must exist and an"
          + " existing file is replaced.")
  private Path file;

  /** Creates the option; picocli sets it. */
  OutputOption() {}

  /**
   * Prints what {@code body} writes to the console, or to the output file (then says so on the console).
   *
   * @param spec the command's spec, for its console
   * @param body writes the output
   * @throws CliFailure if the output file cannot be written
   */
  void print(CommandSpec spec, Consumer<PrintWriter> body) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    body.accept(writer);
    writer.flush();
    emit(spec, text.toString());
  }

  /**
   * Prints a text to the console, or writes it to the output file (then says so on the console).
   *
   * @param spec the command's spec, for its console
   * @param text the output
   * @throws CliFailure if the output file cannot be written
   */
  void emit(CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    if (file == null) {
      out.print(text);
    } else {
      write(file, text);
      out.println("wrote " + file + " (" + text.length() + " characters)");
    }
    out.flush();
  }

  private static void write(Path file, String text) {
    if (Files.isDirectory(file)) {
      throw CliFailure.of("cannot write --output " + file + ": it is a directory");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw CliFailure.of("cannot write --output " + file + ": " + (Files.exists(parent)
          ? parent + " is not a directory" : "the directory " + parent + " does not exist"));
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliFailure.of("cannot write --output " + file + ": " + InputFiles.reason(e));
    }
  }
}
