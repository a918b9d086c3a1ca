package org.lookingbeyond.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.JsonDocumentException;
import org.lookingbeyond.json.JsonProblem;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.json.RegistryDocument;
import org.lookingbeyond.rules.Policy;

/**
 * Reads the documents the commands take ({@code --registry}, {@code --policy}, {@code --against}) with
 * io-json. Anything that stops a file from being used becomes a {@link CliFailure}: one line naming the
 * file and why for a file that cannot be read, or every problem of a document, each with its file, line,
 * column and JSON pointer ({@code registry.json:4:22 /organizations/0/id MISSING_FIELD: ...}).
 */
final class InputFiles {
  private static final LookingBeyondJson JSON = LookingBeyondJson.defaults();

  private InputFiles() {}

  /**
   * Reads a registry document.
   *
   * @param file the file
   * @param option the option that named it, for messages
   * @return the document
   * @throws CliFailure if the file cannot be read or the document has problems
   */
  static RegistryDocument registry(Path file, String option) {
    requireReadable(file, option);
    try {
      return JSON.readRegistry(file);
    } catch (JsonDocumentException e) {
      throw problems(file, "registry", e);
    } catch (UncheckedIOException e) {
      throw CliFailure.of("cannot read " + option + " " + file + ": " + reason(e.getCause()));
    }
  }

  /**
   * Reads a policy document.
   *
   * @param file the file
   * @param option the option that named it, for messages
   * @return the policy
   * @throws CliFailure if the file cannot be read or the document has problems
   */
  static Policy policy(Path file, String option) {
    requireReadable(file, option);
    try {
      return JSON.read(DocumentType.POLICY, file).value();
    } catch (JsonDocumentException e) {
      throw problems(file, "policy", e);
    } catch (UncheckedIOException e) {
      throw CliFailure.of("cannot read " + option + " " + file + ": " + reason(e.getCause()));
    }
  }

  private static void requireReadable(Path file, String option) {
    if (Files.isDirectory(file)) {
      throw CliFailure.of("cannot read " + option + " " + file + ": it is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw CliFailure.of("cannot read " + option + " " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw CliFailure.of("cannot read " + option + " " + file + ": permission denied");
    }
  }

  private static CliFailure problems(Path file, String kind, JsonDocumentException e) {
    List<JsonProblem> problems = e.problems();
    List<String> lines = new ArrayList<>();
    lines.add(file + ": the " + kind + " document has " + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:"));
    problems.forEach(p -> lines.add(file + ":" + p));
    return new CliFailure(lines);
  }

  /**
   * Why an operation on a file failed, in a few words and on one line.
   *
   * @param e the failure
   * @return the reason
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return oneLine(((FileSystemException) e).getReason());
    }
    return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
