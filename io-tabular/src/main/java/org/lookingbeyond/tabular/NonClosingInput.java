package org.lookingbeyond.tabular;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Ignores close, so that reading one zip entry leaves the zip open for the next. */
final class NonClosingInput extends FilterInputStream {
  NonClosingInput(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // the zip stream is closed by its owner
  }
}
