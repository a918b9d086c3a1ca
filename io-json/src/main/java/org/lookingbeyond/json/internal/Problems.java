package org.lookingbeyond.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lookingbeyond.json.JsonProblem;

/**
 * Collects the problems of one document, at most a configured number: past it, problems are only
 * counted, and {@link #sorted()} ends with one LIMIT_EXCEEDED problem saying how many more there were,
 * so that a document with millions of errors costs no more memory than its tree.
 */
public final class Problems {
  /** The most problems kept by default. */
  public static final int DEFAULT_MAX = 1000;

  private static final Comparator<JsonProblem> ORDER = Comparator.comparingInt(JsonProblem::line)
      .thenComparingInt(JsonProblem::column).thenComparing(JsonProblem::pointer)
      .thenComparing(JsonProblem::code).thenComparing(JsonProblem::message);

  private final List<JsonProblem> list = new ArrayList<>();
  private final int max;
  private long dropped;
  private boolean stopped;
  private String droppedPointer = "";
  private int droppedLine;
  private int droppedColumn;

  public Problems() {
    this(DEFAULT_MAX);
  }

  public Problems(int max) {
    this.max = max;
  }

  /**
   * Thrown when so many problems were counted past the limit (100 times it) that reading on would only
   * cost time: the reader stops, and the document is refused with the problems kept.
   */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("reading stopped: too many problems", null, false, false);
    }
  }

  public void add(JsonProblem.Code code, String pointer, int line, int column, String message) {
    if (list.size() < max) {
      list.add(new JsonProblem(code, pointer, line, column, message));
      return;
    }
    if (dropped == 0) {
      droppedPointer = pointer;
      droppedLine = line;
      droppedColumn = column;
    }
    dropped++;
    if (dropped >= 100L * max) {
      stopped = true;
      throw new Stopped();
    }
  }

  public void add(JsonProblem.Code code, Node at, String message) {
    add(code, at.pointer(), at.line(), at.column(), message);
  }

  /** The problems reported, kept or only counted (saturating at Integer.MAX_VALUE). */
  public int size() {
    return (int) Math.min(Integer.MAX_VALUE, list.size() + dropped);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * The problems kept, in document order (by line, column, pointer, then code), then, if any were only
   * counted, a LIMIT_EXCEEDED problem at the first of those saying how many.
   */
  public List<JsonProblem> sorted() {
    List<JsonProblem> copy = new ArrayList<>(list);
    copy.sort(ORDER);
    if (dropped > 0) {
      copy.add(new JsonProblem(JsonProblem.Code.LIMIT_EXCEEDED, droppedPointer, droppedLine, droppedColumn,
          "and " + (stopped ? "at least " : "") + dropped + " more " + (dropped == 1 ? "problem" : "problems")
              + " not listed: reading lists " + max + " problems (maxProblems)"
              + (stopped ? " and stopped after counting " + dropped + " more" : "")));
    }
    return copy;
  }
}
