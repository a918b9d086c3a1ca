package org.lookingbeyond.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a criterion found for one subject: status, credit, the deciding reason and the facts read. */
final class Explanation {
  byte status;
  double credit;
  String reasonCode = "";
  String template = "";
  final Map<String, String> arguments = new TreeMap<>();
  String actual;
  String limit;
  final Map<String, String> factsUsed = new TreeMap<>();
  final List<String> missing = new ArrayList<>();

  Explanation reason(byte status, String kind, String template) {
    this.status = status;
    this.credit = status == Status.P ? 1 : 0;
    this.reasonCode = kind + "." + Status.of(status);
    this.template = template;
    return this;
  }

  Explanation arg(String name, Object value) {
    arguments.put(name, Criteria.format(value));
    return this;
  }

  /** Records a fact as read; returns whether it is present. */
  boolean read(String fact, Object value) {
    if (value == null) {
      factsUsed.put(fact, "missing");
      if (!missing.contains(fact)) {
        missing.add(fact);
      }
      return false;
    }
    factsUsed.put(fact, Criteria.format(value));
    return true;
  }

  Explanation unknown(String kind) {
    reason(Status.U, kind, "missing: {missing}");
    arguments.put("missing", String.join(", ", missing));
    reasonCode = "missing.UNKNOWN";
    return this;
  }
}
