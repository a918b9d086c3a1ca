package org.lookingbeyond.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lookingbeyond.json.JsonProblem;

/** Collects the problems of one document. */
public final class Problems {
  private static final Comparator<JsonProblem> ORDER = Comparator.comparingInt(JsonProblem::line)
      .thenComparingInt(JsonProblem::column).thenComparing(JsonProblem::pointer)
      .thenComparing(JsonProblem::code).thenComparing(JsonProblem::message);

  private final List<JsonProblem> list = new ArrayList<>();

  public void add(JsonProblem.Code code, String pointer, int line, int column, String message) {
    list.add(new JsonProblem(code, pointer, line, column, message));
  }

  public void add(JsonProblem.Code code, Node at, String message) {
    add(code, at.pointer(), at.line(), at.column(), message);
  }

  public int size() {
    return list.size();
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The problems in document order: by line, column, pointer, then code. */
  public List<JsonProblem> sorted() {
    List<JsonProblem> copy = new ArrayList<>(list);
    copy.sort(ORDER);
    return copy;
  }
}
