package org.lookingbeyond.rules;

import java.time.LocalDate;

/**
 * The compact result of evaluating a {@link FactTable}: per row, the verdict, the score and each rule's
 * status as a code; the full explanation of a row is built only by {@link #decision(int)}.
 *
 * @since 0.1.0
 */
public final class BulkResult {
  private static final Verdict[] VERDICTS = {Verdict.ELIGIBLE, Verdict.NEEDS_REVIEW, Verdict.INELIGIBLE};

  private final Evaluator evaluator;
  private final FactTable table;
  private final LocalDate asOf;
  private final byte[][] status;
  private final byte[] verdict;
  private final double[] score;

  BulkResult(Evaluator evaluator, FactTable table, LocalDate asOf, byte[][] status, byte[] verdict, double[] score) {
    this.evaluator = evaluator;
    this.table = table;
    this.asOf = asOf;
    this.status = status;
    this.verdict = verdict;
    this.score = score;
  }

  /**
   * The number of rows.
   *
   * @return the rows
   * @since 0.1.0
   */
  public int size() {
    return verdict.length;
  }

  /**
   * The verdict of a row.
   *
   * @param row the row
   * @return the verdict
   * @since 0.1.0
   */
  public Verdict verdict(int row) {
    return VERDICTS[verdict[row]];
  }

  /**
   * The score of a row.
   *
   * @param row the row
   * @return the score, 0-100
   * @since 0.1.0
   */
  public double score(int row) {
    return score[row];
  }

  /**
   * The status of one rule for one row.
   *
   * @param row the row
   * @param ruleIndex the rule's position in the policy
   * @return the status
   * @since 0.1.0
   */
  public Status status(int row, int ruleIndex) {
    return Status.of(status[ruleIndex][row]);
  }

  /**
   * How many rows have a verdict.
   *
   * @param v the verdict
   * @return the count
   * @since 0.1.0
   */
  public int count(Verdict v) {
    int n = 0;
    for (byte b : verdict) {
      if (VERDICTS[b] == v) {
        n++;
      }
    }
    return n;
  }

  /**
   * The full decision of a row, with every outcome explained; equal to evaluating that row alone.
   *
   * @param row the row
   * @return the decision
   * @since 0.1.0
   */
  public Decision decision(int row) {
    return evaluator.evaluate(table.subjectId(row), table.record(row), asOf);
  }
}
