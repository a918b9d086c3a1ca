package org.lookingbeyond;

/**
 * One located problem: what kind ({@link #code()}), where ({@link #location()}) and why
 * ({@link #message()}). Every {@link LookingBeyondException} carries its problems as values of a type
 * that implements this interface, with more typed accessors of its own (a JSON problem's pointer, line
 * and column; a table problem's line and column; a registry problem's record and field).
 *
 * <p>Messages name ids, codes and fields; they echo at most a short, escaped excerpt of a value and
 * never personal data such as e-mail addresses or telephone numbers.
 *
 * @since 0.1.0
 */
public interface Problem {

  /**
   * The kind of problem, a constant of the implementing type's {@code Code} enum (such as
   * {@code RegistryProblem.Code.DUPLICATE_ID}); {@code code().name()} is stable across versions.
   *
   * @return the code
   * @since 0.1.0
   */
  Enum<?> code();

  /**
   * Where the problem is, in one line: a record and field ({@code organization[org-1].operatingCountries}),
   * a file, line and column ({@code countries.csv:12:3}), a JSON pointer with its line and column
   * ({@code /organizations/0/id (line 3, column 12)}), or a value's type, id and field
   * ({@code Money.currency}).
   *
   * @return the location
   * @since 0.1.0
   */
  String location();

  /**
   * What is wrong and why.
   *
   * @return the message
   * @since 0.1.0
   */
  String message();
}
