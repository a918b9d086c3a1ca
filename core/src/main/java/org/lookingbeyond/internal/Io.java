package org.lookingbeyond.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says in a few words why a file could not be read, for the messages of the library's exceptions.
 *
 * @since 0.1.0
 */
public final class Io {
  private Io() {}

  /**
   * Why reading a file failed: {@code "no such file"}, {@code "access denied"}, {@code "is a directory"},
   * {@code "not a directory"} (for a path through a file), {@code "not UTF-8 text"}, or the failure's own
   * reason.
   *
   * @param file the file, to tell a directory apart
   * @param e the failure
   * @return the reason
   * @since 0.1.0
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

  /**
   * Why reading failed, from the failure alone: {@code "not UTF-8 text"} for text that cannot be decoded,
   * else the failure's own reason.
   *
   * @param e the failure
   * @return the reason, as a short excerpt of the failure's message
   * @since 0.1.0
   */
  public static String why(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    return reason == null ? e.getClass().getSimpleName() : Checks.excerpt(reason);
  }
}
