/**
 * Looking Beyond SDK spreadsheets: reads and writes the registry as a folder of CSV files, one per record
 * type, with every problem located by file, row, column letter and header, and lossless round trips. Core
 * stays free of any file format; this module holds the CSV mapping.
 *
 * @since 0.1.0
 */
module org.lookingbeyond.tabular {
  requires transitive org.lookingbeyond.core;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports org.lookingbeyond.tabular;
}
