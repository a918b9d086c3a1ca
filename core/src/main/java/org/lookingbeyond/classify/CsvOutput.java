package org.lookingbeyond.classify;

import java.util.List;
import org.lookingbeyond.internal.CsvOut;

/** One RFC 4180 record per organization; see {@link ClassificationRenderer#csv()}. */
final class CsvOutput implements ClassificationRenderer {
  static final CsvOutput INSTANCE = new CsvOutput();

  private CsvOutput() {}

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String render(Classification c) {
    StringBuilder out = new StringBuilder();
    CsvOut.record(out, Rows.HEADER);
    for (int i = 0; i < c.size(); i++) {
      CsvOut.record(out, Rows.fields(c, i));
    }
    return out.toString();
  }
}
