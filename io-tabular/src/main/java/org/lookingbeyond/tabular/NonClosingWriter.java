package org.lookingbeyond.tabular;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Flushes instead of closing, so that one zip entry's writer leaves the zip open. */
final class NonClosingWriter extends FilterWriter {
  NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
