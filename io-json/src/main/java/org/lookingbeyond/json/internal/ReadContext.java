package org.lookingbeyond.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one read of a document shares: its problems, the strictness, and the unknown fields kept. */
public final class ReadContext {
  private final Problems problems;
  private final boolean strict;
  private final Map<String, LinkedHashMap<String, Node>> unknown = new LinkedHashMap<>();

  public ReadContext(boolean strict) {
    this(strict, Problems.DEFAULT_MAX);
  }

  public ReadContext(boolean strict, int maxProblems) {
    this.strict = strict;
    this.problems = new Problems(maxProblems);
  }

  private int taints;

  /**
   * Marks that a value was unusable for a reason already reported (a non-finite number read as a
   * member's value), so that no object containing it is built.
   */
  void taint() {
    taints++;
  }

  int taints() {
    return taints;
  }

  public Problems problems() {
    return problems;
  }

  boolean strict() {
    return strict;
  }

  void keepUnknown(String anchor, String name, Node value) {
    unknown.computeIfAbsent(anchor, k -> new LinkedHashMap<>()).put(name, value);
  }

  /** The unknown members kept, by anchor, in document order. */
  public Map<String, LinkedHashMap<String, Node>> unknown() {
    return unknown;
  }
}
