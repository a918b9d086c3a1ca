package org.lookingbeyond.json;

import org.lookingbeyond.Problem;

/**
 * One problem found in a JSON document: what kind ({@link #code()}), where (a JSON pointer, and the
 * line and column where the offending value starts) and why. Messages name keys, ids and codes, never
 * personal data such as e-mail addresses or telephone numbers.
 *
 * @param code the kind of problem
 * @param pointer the RFC 6901 JSON pointer to the offending value ({@code ""} for the whole document)
 * @param line the 1-based line where the offending value starts, or 0 where unknown
 * @param column the 1-based column where the offending value starts, or 0 where unknown
 * @param message what is wrong and why
 * @since 0.1.0
 */
public record JsonProblem(Code code, String pointer, int line, int column, String message) implements Problem {

  /**
   * The kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Code {
    /**
     * The document cannot be read at all: no such file, access denied, a directory, an I/O error while
     * reading. The message names the file and the reason; the exception's cause is the I/O failure.
     */
    UNREADABLE,
    /** The text is not well-formed JSON (including a truncated document); reading stops here. */
    SYNTAX,
    /** The document exceeds a configured limit (size, nesting depth, string or number length), or has more problems than are listed. */
    LIMIT_EXCEEDED,
    /** A key appears twice in one object. */
    DUPLICATE_KEY,
    /** A number that is not finite (NaN, Infinity). */
    INVALID_NUMBER,
    /** The document declares no format, another document type, or a newer major version. */
    UNSUPPORTED_FORMAT,
    /** A required field is missing or null. */
    MISSING_FIELD,
    /** A value has the wrong JSON type (a string where an array belongs, for example). */
    WRONG_TYPE,
    /** A value has the right type but not an allowed form (a date, a code, an enum constant). */
    INVALID_VALUE,
    /** A key the format does not define (reported only in strict mode; kept otherwise). */
    UNKNOWN_FIELD,
    /** Two records of one kind share an id. */
    DUPLICATE_ID,
    /** A record refers to an id no record of the expected kind has. */
    DANGLING_REFERENCE,
    /** A country, region, grouping, pillar or thematic area code the reference data does not know. */
    UNKNOWN_CODE,
    /** A period that ends before it starts. */
    END_BEFORE_START,
    /** An amount of money that is zero or negative. */
    NON_POSITIVE_AMOUNT,
    /** Two designations of one organization for one region share a day. */
    OVERLAPPING_DESIGNATION,
    /** The reference data extensions in the document do not fit together. */
    INVALID_REFERENCE_DATA,
    /** A policy that does not build: the message names the policy problem (see {@code PolicyProblem.Code}). */
    INVALID_POLICY
  }

  /**
   * Where the problem is: the JSON pointer ({@code (document)} for the whole document) and, where known,
   * the line and column, such as {@code /organizations/0/id (line 3, column 12)}.
   *
   * @return the location
   * @since 0.1.0
   */
  @Override
  public String location() {
    String at = pointer.isEmpty() ? "(document)" : pointer;
    return line > 0 ? at + " (line " + line + ", column " + column + ")" : at;
  }

  /**
   * The problem in one line: {@code line:column pointer CODE: message}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return line + ":" + column + " " + (pointer.isEmpty() ? "(document)" : pointer) + " " + code + ": " + message;
  }
}
