package org.lookingbeyond.rules;

import java.util.List;

/**
 * A compiled criterion. Each kind evaluates one record ({@link #status}), a whole table column by
 * column ({@link #statuses}, a tight monomorphic loop per kind), and explains one record
 * ({@link #explain}); the three share the kind's semantics in one class.
 */
abstract class Node {
  abstract byte status(Object[] v);

  double credit(Object[] v) {
    return status(v) == Status.P ? 1 : 0;
  }

  abstract void statuses(FactTable t, byte[] out);

  void credits(FactTable t, byte[] status, double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = status[i] == Status.P ? 1 : 0;
    }
  }

  abstract Explanation explain(Object[] v);

  /** All children pass: FAIL if one fails, else UNKNOWN if one is unknown, else PASS. */
  static final class All extends Node {
    private final Node[] children;

    All(List<Node> children) {
      this.children = children.toArray(new Node[0]);
    }

    @Override
    byte status(Object[] v) {
      byte result = Status.P;
      for (Node c : children) {
        byte s = c.status(v);
        if (s == Status.F) {
          return Status.F;
        }
        if (s == Status.U) {
          result = Status.U;
        }
      }
      return result;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      java.util.Arrays.fill(out, Status.P);
      byte[] tmp = new byte[out.length];
      for (Node c : children) {
        c.statuses(t, tmp);
        for (int i = 0; i < out.length; i++) {
          byte s = tmp[i];
          if (s == Status.F || (s == Status.U && out[i] == Status.P)) {
            out[i] = s;
          }
        }
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation result = new Explanation();
      Explanation deciding = null;
      StringBuilder all = new StringBuilder();
      for (Node c : children) {
        Explanation e = c.explain(v);
        result.factsUsed.putAll(e.factsUsed);
        e.missing.stream().filter(m -> !result.missing.contains(m)).forEach(result.missing::add);
        if (deciding == null || e.status == Status.F && deciding.status != Status.F
            || e.status == Status.U && deciding.status == Status.P) {
          deciding = e;
        }
        all.append(all.length() == 0 ? "" : "; ").append(fill(e));
      }
      if (deciding == null || deciding.status == Status.P) {
        result.reason(Status.P, "all", "{conditions}");
        result.arguments.put("conditions", all.toString());
        return result;
      }
      if (deciding.status == Status.U) {
        return result.unknown("all");
      }
      result.status = deciding.status;
      result.credit = 0;
      result.reasonCode = deciding.reasonCode;
      result.template = deciding.template;
      result.arguments.putAll(deciding.arguments);
      result.actual = deciding.actual;
      result.limit = deciding.limit;
      return result;
    }
  }

  /** One child passes: PASS if one passes, else UNKNOWN if one is unknown, else FAIL. */
  static final class Any extends Node {
    private final Node[] children;

    Any(List<Node> children) {
      this.children = children.toArray(new Node[0]);
    }

    @Override
    byte status(Object[] v) {
      byte result = Status.F;
      for (Node c : children) {
        byte s = c.status(v);
        if (s == Status.P) {
          return Status.P;
        }
        if (s == Status.U) {
          result = Status.U;
        }
      }
      return result;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      java.util.Arrays.fill(out, Status.F);
      byte[] tmp = new byte[out.length];
      for (Node c : children) {
        c.statuses(t, tmp);
        for (int i = 0; i < out.length; i++) {
          byte s = tmp[i];
          if (s == Status.P || (s == Status.U && out[i] == Status.F)) {
            out[i] = s;
          }
        }
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation result = new Explanation();
      Explanation deciding = null;
      StringBuilder all = new StringBuilder();
      for (Node c : children) {
        Explanation e = c.explain(v);
        result.factsUsed.putAll(e.factsUsed);
        e.missing.stream().filter(m -> !result.missing.contains(m)).forEach(result.missing::add);
        if (deciding == null || e.status == Status.P && deciding.status != Status.P
            || e.status == Status.U && deciding.status == Status.F) {
          deciding = e;
        }
        all.append(all.length() == 0 ? "" : "; ").append(fill(e));
      }
      if (deciding == null || deciding.status == Status.F) {
        result.reason(Status.F, "any", "none holds: {conditions}");
        result.arguments.put("conditions", all.toString());
        return result;
      }
      if (deciding.status == Status.U) {
        return result.unknown("any");
      }
      result.status = deciding.status;
      result.credit = deciding.status == Status.P ? 1 : 0;
      result.reasonCode = deciding.reasonCode;
      result.template = deciding.template;
      result.arguments.putAll(deciding.arguments);
      result.actual = deciding.actual;
      result.limit = deciding.limit;
      return result;
    }
  }

  /** Inverts PASS and FAIL; UNKNOWN stays. */
  static final class Not extends Node {
    private final Node child;

    Not(Node child) {
      this.child = child;
    }

    private static byte invert(byte s) {
      return s == Status.P ? Status.F : s == Status.F ? Status.P : s;
    }

    @Override
    byte status(Object[] v) {
      return invert(child.status(v));
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      child.statuses(t, out);
      for (int i = 0; i < out.length; i++) {
        out[i] = invert(out[i]);
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = child.explain(v);
      if (e.status == Status.U) {
        return e;
      }
      Explanation result = new Explanation();
      result.factsUsed.putAll(e.factsUsed);
      result.reason(invert(e.status), "not", "not: {inner}");
      result.arguments.put("inner", fill(e));
      result.actual = e.actual;
      result.limit = e.limit;
      return result;
    }
  }

  static String fill(Explanation e) {
    String text = e.template;
    for (java.util.Map.Entry<String, String> a : e.arguments.entrySet()) {
      text = text.replace("{" + a.getKey() + "}", a.getValue());
    }
    return text;
  }
}
