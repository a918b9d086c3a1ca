package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The compiled leaf criteria. Fact values arrive as Object[] (one record) or columns (a table). */
final class Leaves {
  private Leaves() {}

  /** isTrue / isFalse over a boolean fact. */
  static final class Bool extends Node {
    private final int fact;
    private final String name;
    private final boolean expected;

    Bool(int fact, String name, boolean expected) {
      this.fact = fact;
      this.name = name;
      this.expected = expected;
    }

    @Override
    byte status(Object[] v) {
      Object x = v[fact];
      return x == null ? Status.U : ((Boolean) x) == expected ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      byte[] col = t.booleans(fact);
      byte want = expected ? (byte) 1 : (byte) 0;
      for (int i = 0; i < out.length; i++) {
        byte x = col[i];
        out[i] = x == FactTable.MISSING ? Status.U : x == want ? Status.P : Status.F;
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      String kind = expected ? "isTrue" : "isFalse";
      if (!e.read(name, v[fact])) {
        return e.unknown(kind);
      }
      e.actual = String.valueOf(v[fact]);
      e.limit = String.valueOf(expected);
      return e.reason(status(v), kind, "{fact} is {actual}").arg("fact", name).arg("actual", v[fact]);
    }
  }

  /** positive / atLeast / atMost / between over a number fact; bounds already resolved from parameters. */
  static final class Range extends Node {
    private final int fact;
    private final String name;
    private final String kind;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final String limitText;

    Range(int fact, String name, String kind, double min, boolean minInclusive, double max, String limitText) {
      this.fact = fact;
      this.name = name;
      this.kind = kind;
      this.min = min;
      this.minInclusive = minInclusive;
      this.max = max;
      this.limitText = limitText;
    }

    private boolean inside(double x) {
      return (minInclusive ? x >= min : x > min) && x <= max;
    }

    @Override
    byte status(Object[] v) {
      Object x = v[fact];
      return x == null ? Status.U : inside((Double) x) ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      double[] col = t.numbers(fact);
      for (int i = 0; i < out.length; i++) {
        double x = col[i];
        out[i] = Double.isNaN(x) ? Status.U : inside(x) ? Status.P : Status.F;
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      if (!e.read(name, v[fact])) {
        return e.unknown(kind);
      }
      byte s = status(v);
      e.actual = Criteria.format(v[fact]);
      e.limit = limitText;
      String verb = s == Status.P ? "meets" : "does not meet";
      return e.reason(s, kind, "{fact} = {actual} " + verb + " {limit}").arg("fact", name).arg("actual", v[fact])
          .arg("limit", limitText);
    }
  }

  /** daysBetween over two date facts. */
  static final class Days extends Node {
    private final int from;
    private final int to;
    private final String fromName;
    private final String toName;
    private final long min;
    private final long max;
    private final String limitText;

    Days(int from, int to, String fromName, String toName, long min, long max, String limitText) {
      this.from = from;
      this.to = to;
      this.fromName = fromName;
      this.toName = toName;
      this.min = min;
      this.max = max;
      this.limitText = limitText;
    }

    @Override
    byte status(Object[] v) {
      Object a = v[from];
      Object b = v[to];
      if (a == null || b == null) {
        return Status.U;
      }
      long d = ((LocalDate) b).toEpochDay() - ((LocalDate) a).toEpochDay();
      return d >= min && d <= max ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      long[] a = t.dates(from);
      long[] b = t.dates(to);
      for (int i = 0; i < out.length; i++) {
        if (a[i] == FactTable.NO_DATE || b[i] == FactTable.NO_DATE) {
          out[i] = Status.U;
        } else {
          long d = b[i] - a[i];
          out[i] = d >= min && d <= max ? Status.P : Status.F;
        }
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      boolean a = e.read(fromName, v[from]);
      boolean b = e.read(toName, v[to]);
      if (!a || !b) {
        return e.unknown("daysBetween");
      }
      long d = ChronoUnit.DAYS.between((LocalDate) v[from], (LocalDate) v[to]);
      e.actual = Long.toString(d);
      e.limit = limitText;
      String verb = status(v) == Status.P ? "within" : "outside";
      return e.reason(status(v), "daysBetween", "{days} days from {from} ({fromDate}) to {to} ({toDate}), " + verb
          + " {limit}").arg("days", d).arg("from", fromName).arg("fromDate", v[from]).arg("to", toName)
          .arg("toDate", v[to]).arg("limit", limitText);
    }
  }

  /** yearsBefore over two date facts. */
  static final class Years extends Node {
    private final int earlier;
    private final int later;
    private final String earlierName;
    private final String laterName;
    private final int years;

    Years(int earlier, int later, String earlierName, String laterName, int years) {
      this.earlier = earlier;
      this.later = later;
      this.earlierName = earlierName;
      this.laterName = laterName;
      this.years = years;
    }

    private boolean holds(LocalDate e, LocalDate l) {
      return !e.isAfter(l.minusYears(years));
    }

    @Override
    byte status(Object[] v) {
      Object a = v[earlier];
      Object b = v[later];
      if (a == null || b == null) {
        return Status.U;
      }
      return holds((LocalDate) a, (LocalDate) b) ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      long[] a = t.dates(earlier);
      long[] b = t.dates(later);
      for (int i = 0; i < out.length; i++) {
        if (a[i] == FactTable.NO_DATE || b[i] == FactTable.NO_DATE) {
          out[i] = Status.U;
        } else {
          out[i] = holds(LocalDate.ofEpochDay(a[i]), LocalDate.ofEpochDay(b[i])) ? Status.P : Status.F;
        }
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      boolean a = e.read(earlierName, v[earlier]);
      boolean b = e.read(laterName, v[later]);
      if (!a || !b) {
        return e.unknown("yearsBefore");
      }
      LocalDate latest = ((LocalDate) v[later]).minusYears(years);
      e.actual = v[earlier].toString();
      e.limit = "on or before " + latest;
      String verb = status(v) == Status.P ? "is" : "is not";
      return e.reason(status(v), "yearsBefore", "{earlier} ({actual}) " + verb + " at least {years} years before {later}"
          + " ({laterDate}): on or before {latest}").arg("earlier", earlierName).arg("actual", v[earlier])
          .arg("years", years).arg("later", laterName).arg("laterDate", v[later]).arg("latest", latest);
    }
  }

  /** textEquals over a text fact. */
  static final class Text extends Node {
    private final int fact;
    private final String name;
    private final String expected;

    Text(int fact, String name, String expected) {
      this.fact = fact;
      this.name = name;
      this.expected = expected;
    }

    @Override
    byte status(Object[] v) {
      Object x = v[fact];
      return x == null ? Status.U : expected.equals(x) ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      String[] col = t.texts(fact);
      for (int i = 0; i < out.length; i++) {
        String x = col[i];
        out[i] = x == null ? Status.U : expected.equals(x) ? Status.P : Status.F;
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      if (!e.read(name, v[fact])) {
        return e.unknown("textEquals");
      }
      e.actual = (String) v[fact];
      e.limit = expected;
      String verb = status(v) == Status.P ? "is" : "is not";
      return e.reason(status(v), "textEquals", "{fact} = {actual} " + verb + " {limit}").arg("fact", name)
          .arg("actual", v[fact]).arg("limit", expected);
    }
  }

  /** notEmpty over a text-set fact, or intersects over two. */
  static final class Sets extends Node {
    private final int fact;
    private final int other;
    private final String name;
    private final String otherName;

    Sets(int fact, String name, int other, String otherName) {
      this.fact = fact;
      this.name = name;
      this.other = other;
      this.otherName = otherName;
    }

    private boolean holds(Set<?> a, Set<?> b) {
      if (b == null) {
        return !a.isEmpty();
      }
      for (Object x : a) {
        if (b.contains(x)) {
          return true;
        }
      }
      return false;
    }

    @Override
    byte status(Object[] v) {
      Object a = v[fact];
      Object b = other < 0 ? null : v[other];
      if (a == null || (other >= 0 && b == null)) {
        return Status.U;
      }
      return holds((Set<?>) a, (Set<?>) b) ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      Object[] a = t.sets(fact);
      Object[] b = other < 0 ? null : t.sets(other);
      for (int i = 0; i < out.length; i++) {
        if (a[i] == null || (b != null && b[i] == null)) {
          out[i] = Status.U;
        } else {
          out[i] = holds((Set<?>) a[i], b == null ? null : (Set<?>) b[i]) ? Status.P : Status.F;
        }
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      boolean a = e.read(name, v[fact]);
      boolean b = other < 0 || e.read(otherName, v[other]);
      String kind = other < 0 ? "notEmpty" : "intersects";
      if (!a || !b) {
        return e.unknown(kind);
      }
      byte s = status(v);
      if (other < 0) {
        e.actual = Criteria.format(v[fact]);
        return e.reason(s, kind, "{fact} = {actual}" + (s == Status.P ? "" : " is empty")).arg("fact", name)
            .arg("actual", v[fact]);
      }
      Set<String> shared = new TreeSet<>();
      for (Object x : (Set<?>) v[fact]) {
        if (((Set<?>) v[other]).contains(x)) {
          shared.add(String.valueOf(x));
        }
      }
      e.actual = Criteria.format(v[fact]);
      e.limit = Criteria.format(v[other]);
      return e.reason(s, kind, "{fact} {actual} and {other} {limit} share {shared}").arg("fact", name)
          .arg("actual", v[fact]).arg("other", otherName).arg("limit", v[other])
          .arg("shared", shared.isEmpty() ? "nothing" : shared);
    }
  }

  /** graded: the credit a table gives a text fact's value. */
  static final class Grade extends Node {
    private final int fact;
    private final String name;
    private final String parameter;
    private final Map<String, Double> grades;

    Grade(int fact, String name, String parameter, Map<String, Double> grades) {
      this.fact = fact;
      this.name = name;
      this.parameter = parameter;
      this.grades = grades;
    }

    @Override
    double credit(Object[] v) {
      Object x = v[fact];
      return x == null ? 0 : grades.getOrDefault(x, 0.0);
    }

    @Override
    byte status(Object[] v) {
      return v[fact] == null ? Status.U : credit(v) > 0 ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      String[] col = t.texts(fact);
      for (int i = 0; i < out.length; i++) {
        String x = col[i];
        out[i] = x == null ? Status.U : grades.getOrDefault(x, 0.0) > 0 ? Status.P : Status.F;
      }
    }

    @Override
    void credits(FactTable t, byte[] status, double[] out) {
      String[] col = t.texts(fact);
      for (int i = 0; i < out.length; i++) {
        String x = col[i];
        out[i] = x == null ? 0 : grades.getOrDefault(x, 0.0);
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      if (!e.read(name, v[fact])) {
        return e.unknown("graded");
      }
      e.actual = (String) v[fact];
      e.limit = Criteria.format(grades);
      Explanation r = e.reason(status(v), "graded", "{fact} = {actual} earns {credit} of the weight ({parameter}"
          + " {limit})").arg("fact", name).arg("actual", v[fact]).arg("credit", credit(v)).arg("parameter", parameter)
          .arg("limit", grades);
      r.credit = credit(v);
      return r;
    }
  }

  /** proportion: a number fact between 0 and 1 as the credit. */
  static final class Share extends Node {
    private final int fact;
    private final String name;

    Share(int fact, String name) {
      this.fact = fact;
      this.name = name;
    }

    private static double clamp(double x) {
      return Math.max(0, Math.min(1, x));
    }

    @Override
    double credit(Object[] v) {
      Object x = v[fact];
      return x == null ? 0 : clamp((Double) x);
    }

    @Override
    byte status(Object[] v) {
      return v[fact] == null ? Status.U : credit(v) > 0 ? Status.P : Status.F;
    }

    @Override
    void statuses(FactTable t, byte[] out) {
      double[] col = t.numbers(fact);
      for (int i = 0; i < out.length; i++) {
        double x = col[i];
        out[i] = Double.isNaN(x) ? Status.U : clamp(x) > 0 ? Status.P : Status.F;
      }
    }

    @Override
    void credits(FactTable t, byte[] status, double[] out) {
      double[] col = t.numbers(fact);
      for (int i = 0; i < out.length; i++) {
        double x = col[i];
        out[i] = Double.isNaN(x) ? 0 : clamp(x);
      }
    }

    @Override
    Explanation explain(Object[] v) {
      Explanation e = new Explanation();
      if (!e.read(name, v[fact])) {
        return e.unknown("proportion");
      }
      e.actual = Criteria.format(v[fact]);
      e.limit = "[0, 1]";
      Explanation r = e.reason(status(v), "proportion", "{fact} = {actual} earns {credit} of the weight")
          .arg("fact", name).arg("actual", v[fact]).arg("credit", credit(v));
      r.credit = credit(v);
      return r;
    }
  }
}
