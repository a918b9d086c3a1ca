package org.lookingbeyond.json.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Says in a few words why a document could not be read, for an UNREADABLE problem. */
public final class IoFailures {
  private static final int MAX_REASON = 80;

  private IoFailures() {}

  /**
   * Why reading a file failed: "no such file", "access denied", "is a directory", "not a directory",
   * or the failure's own reason.
   */
  public static String why(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "access denied";
    }
    if (Files.isDirectory(file)) {
      return "is a directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    return why(e);
  }

  /** Why reading failed, from the failure alone: its reason, shortened. */
  public static String why(IOException e) {
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "..." : reason;
  }
}
