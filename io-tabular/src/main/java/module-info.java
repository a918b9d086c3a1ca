/**
 * Looking Beyond SDK spreadsheets: reads and writes the registry as a folder or zip of CSV files, one per
 * record type, or as an Excel workbook with one sheet per record type, with every problem located by file
 * or sheet, row, column letter and header, and lossless round trips. Core stays free of any file format;
 * this module holds the CSV and workbook mappings.
 *
 * @since 0.1.0
 */
module org.lookingbeyond.tabular {
  requires transitive org.lookingbeyond.core;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;
  requires static org.jspecify;

  exports org.lookingbeyond.tabular;
}
