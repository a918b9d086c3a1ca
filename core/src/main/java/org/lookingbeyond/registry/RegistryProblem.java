package org.lookingbeyond.registry;

import java.util.Comparator;
import org.immutables.value.Value;
import org.lookingbeyond.Problem;

/**
 * One problem that keeps records from forming a registry: which record (its kind and id), which field,
 * what kind of problem and why. Messages name ids and codes, never personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
// Problem#code() is covariantly overridden: copying from a plain Problem cannot take the code.
@SuppressWarnings({"exports", "immutables:from"})
public abstract class RegistryProblem implements Problem {

  RegistryProblem() {}

  /**
   * The kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Code {
    /** Two records of one kind share an id (or two participations their organization, session and kind). */
    DUPLICATE_ID,
    /** A record refers to an id no record of the expected kind has. */
    DANGLING_REFERENCE,
    /** A country, M49, grouping, pillar or thematic area code that the reference data does not know. */
    UNKNOWN_CODE,
    /** A period that ends before it starts. */
    END_BEFORE_START,
    /** An amount of money that is zero or negative. */
    NON_POSITIVE_AMOUNT,
    /** Two designations of one organization for one region share a day. */
    OVERLAPPING_DESIGNATION,
    /** Reference data extended by the registry does not fit together. */
    INVALID_REFERENCE_DATA
  }

  /** Orders problems by record kind, record id, field, then code. */
  static final Comparator<RegistryProblem> ORDER = Comparator.comparing(RegistryProblem::recordType)
      .thenComparing(RegistryProblem::recordId)
      .thenComparing(RegistryProblem::field)
      .thenComparing(RegistryProblem::code)
      .thenComparing(RegistryProblem::message);

  /**
   * Creates a problem.
   *
   * @param code the kind of problem
   * @param recordType the kind of record, such as {@code "organization"}
   * @param recordId the record's id
   * @param field the field concerned, such as {@code "operatingCountries"}
   * @param message what is wrong and why
   * @return the problem
   * @since 0.1.0
   */
  public static RegistryProblem of(Code code, String recordType, String recordId, String field, String message) {
    return ImmutableRegistryProblem.of(code, recordType, recordId, field, message);
  }

  /**
   * The kind of problem.
   *
   * @return the code
   * @since 0.1.0
   */
  @Override
  @Value.Parameter
  public abstract Code code();

  /**
   * The kind of record: {@code organization}, {@code network}, {@code fieldOffice}, {@code session},
   * {@code participation}, {@code designation}, {@code application}, {@code grant} or
   * {@code consultation}.
   *
   * @return the record kind
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String recordType();

  /**
   * The record's id (for a participation, its key {@code organization@session/KIND}).
   *
   * @return the id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String recordId();

  /**
   * The field concerned.
   *
   * @return the field's name
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String field();

  /**
   * What is wrong and why.
   *
   * @return the message
   * @since 0.1.0
   */
  @Override
  @Value.Parameter
  public abstract String message();

  /**
   * Where the problem is: {@code recordType[recordId].field}.
   *
   * @return the location
   * @since 0.1.0
   */
  @Override
  public String location() {
    return recordType() + "[" + recordId() + "]." + field();
  }

  /**
   * The problem in one line: {@code CODE recordType[recordId].field: message}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return code() + " " + recordType() + "[" + recordId() + "]." + field() + ": " + message();
  }
}
