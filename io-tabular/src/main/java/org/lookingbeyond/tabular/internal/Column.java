package org.lookingbeyond.tabular.internal;

/**
 * One column of a sheet: its header, whether every row must fill it, what it holds and an example.
 *
 * @param header the header, as written in row 1
 * @param required whether an empty cell is a problem
 * @param meaning what the column holds and in which form
 * @param example an example value
 * @param personal whether the column holds contact data, never echoed in a problem
 */
public record Column(String header, boolean required, String meaning, String example, boolean personal) {

  static Column required(String header, String meaning, String example) {
    return new Column(header, true, meaning, example, false);
  }

  static Column optional(String header, String meaning, String example) {
    return new Column(header, false, meaning, example, false);
  }

  static Column contact(String header, String meaning) {
    return new Column(header, false, meaning, "", true);
  }
}
