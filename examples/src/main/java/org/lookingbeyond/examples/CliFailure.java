package org.lookingbeyond.examples;

import java.util.List;

/**
 * Input the command cannot use: a file that is missing or unreadable, a document with problems, an
 * output that cannot be written. The command line prints its lines to standard error, without a stack
 * trace, and exits with {@link #EXIT_CODE}.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of a run whose input has problems. */
  static final int EXIT_CODE = 1;

  /** The lines to print, each saying what is wrong, where and why. */
  private final transient List<String> lines;

  CliFailure(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  /**
   * A failure told in one line.
   *
   * @param line what is wrong, where and why
   * @return the failure
   */
  static CliFailure of(String line) {
    return new CliFailure(List.of(line));
  }

  List<String> lines() {
    return lines;
  }
}
