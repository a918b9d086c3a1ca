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

  /**
   * {@code all} and {@code any}: a child with the decisive status (FAIL for all, PASS for any) decides;
   * else UNKNOWN if a child is unknown; else the other status.
   */
  static final class Junction extends Node {
    private final Node[] children;
    private final String kind;
    private final byte decisive;
    private final byte otherwise;

    Junction(List<Node> children, boolean all) {
      this.children = children.toArray(new Node[0]);
      this.kind = all ? "all" : "any";
      this.decisive = all ? Status.F : Status.P;
      this.otherwise = all ? Status.P : Status.F;
    }

    @Override
    byte status(Object[] v) {
      byte result = otherwise;
      for (Node c : children) {
        byte s = c.status(v);
        if (s == decisive) {
          return decisive;
        }
        if (s == Status.U) {
          result = Status.U;
        }
      }
      return result;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      java.util.Arrays.fill(out, otherwise);
      byte[] tmp = new byte[out.length];
      for (Node c : children) {
        c.statuses(t, tmp);
        for (int i = 0; i < out.length; i++) {
          byte s = tmp[i];
          if (s == decisive || (s == Status.U && out[i] == otherwise)) {
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
        if (deciding == null || e.status == decisive && deciding.status != decisive
            || e.status == Status.U && deciding.status == otherwise) {
          deciding = e;
        }
        all.append(all.length() == 0 ? "" : "; ").append(fill(e));
      }
      if (deciding == null || deciding.status == otherwise) {
        result.reason(otherwise, kind, otherwise == Status.P ? "{conditions}" : "none holds: {conditions}");
        result.arguments.put("conditions", all.toString());
        return result;
      }
      if (deciding.status == Status.U) {
        return result.unknown(kind);
      }
      result.status = decisive;
      result.credit = decisive == Status.P ? 1 : 0;
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
