package org.lookingbeyond.json.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Text input read as byte input is: a leading U+FEFF (a byte order mark decoded into the text) is
 * skipped, so that a String or Reader starting with one reads like the bytes it came from.
 */
public final class ByteOrderMarks {
  private ByteOrderMarks() {}

  /** The reader, skipping a leading U+FEFF on the first read. */
  public static Reader skipping(Reader in) {
    return new Skipping(in);
  }

  private static final class Skipping extends FilterReader {
    private boolean started;

    Skipping(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!started) {
        started = true;
        int n = in.read(buffer, offset, length);
        if (n > 0 && buffer[offset] == '\uFEFF') {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          return n == 1 ? read(buffer, offset, length) : n - 1;
        }
        return n;
      }
      return in.read(buffer, offset, length);
    }

    @Override
    public long skip(long n) throws IOException {
      if (!started && n > 0) {
        char[] buffer = new char[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
      }
      return in.skip(n);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
