package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.rules.Criterion;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.ParameterType;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicyException;
import org.lookingbeyond.rules.PolicyProblem;
import org.lookingbeyond.rules.Rule;
import org.lookingbeyond.rules.RuleKind;

/**
 * Reads and writes a policy document. Criteria come from the closed catalog of {@link Criterion}
 * kinds, each with its named members; nothing in the document is evaluated as code.
 */
public final class PolicyCodec {
  public static final String TYPE = "lookingbeyond.policy";
  public static final int MAJOR = 1;

  private PolicyCodec() {}

  public static Optional<Policy> read(Node root, ReadContext ctx, Map<String, FactSchema> schemas) {
    Optional<Fields> of = Fields.of(root, ctx, "", "a policy document");
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    Optional<Node> format = f.member("format");
    if (format.isEmpty()) {
      ctx.problems().add(Code.UNSUPPORTED_FORMAT, "/format", root.line(), root.column(),
          "the document declares no \"format\"; a policy document starts with \"format\": \"" + TYPE + "/" + MAJOR
              + "\"");
    } else if (!Formats.check(format.get(), TYPE, MAJOR, ctx)) {
      return Optional.empty();
    }
    return body(f, root, ctx, schemas);
  }

  /**
   * Reads a policy embedded in another document: the members of a policy document without
   * {@code "format"}, its unknown members kept under {@code anchor}.
   */
  public static Optional<Policy> readPart(Node node, ReadContext ctx, Map<String, FactSchema> schemas,
      String anchor) {
    return Fields.of(node, ctx, anchor, "a policy").flatMap(f -> body(f, node, ctx, schemas));
  }

  private static Optional<Policy> body(Fields f, Node root, ReadContext ctx, Map<String, FactSchema> schemas) {
    Optional<String> id = f.requiredString("id");
    Optional<String> version = f.requiredString("version");
    Optional<String> schemaName = f.requiredString("schema");
    Optional<FactSchema> schema = schemaName.flatMap(n -> {
      FactSchema s = schemas.get(n);
      if (s == null) {
        ctx.problems().add(Code.INVALID_VALUE, f.member("schema").orElseThrow(), "\"schema\" names no known fact"
            + " schema: \"" + Echo.excerpt(n) + "\"; known: " + new TreeMap<>(schemas).keySet());
      }
      return Optional.ofNullable(s);
    });
    Optional<LocalDate> from = f.date("effectiveFrom");
    Optional<LocalDate> until = f.date("effectiveUntil");
    Optional<String> description = f.string("description");
    List<Parameter> parameters = new ArrayList<>();
    for (Node n : f.array("parameters")) {
      parameter(n, ctx, f.anchor()).ifPresent(parameters::add);
    }
    List<Rule> rules = new ArrayList<>();
    List<Node> ruleNodes = f.array("rules");
    for (Node n : ruleNodes) {
      rule(n, ctx, f.anchor()).ifPresent(rules::add);
    }
    f.finish();
    if (!f.clean()) {
      return Optional.empty();
    }
    Policy.Builder b;
    try {
      b = Policy.builder(id.orElseThrow(), version.orElseThrow(), schema.orElseThrow());
    } catch (InvalidValueException e) {
      ctx.problems().add(Code.INVALID_VALUE, root, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
    description.ifPresent(b::description);
    from.ifPresent(b::effectiveFrom);
    until.ifPresent(b::effectiveUntil);
    parameters.forEach(b::parameter);
    rules.forEach(b::rule);
    try {
      return Optional.of(b.build());
    } catch (PolicyException e) {
      Map<String, Node> byRule = new LinkedHashMap<>();
      for (int i = 0; i < ruleNodes.size() && i < rules.size(); i++) {
        byRule.putIfAbsent(rules.get(i).id(), ruleNodes.get(i));
      }
      for (PolicyProblem p : e.problems()) {
        Node at = byRule.getOrDefault(p.ruleId(), f.member("parameters").orElse(root));
        ctx.problems().add(Code.INVALID_POLICY, at, p.code() + " " + p.ruleId() + ": " + p.message());
      }
      return Optional.empty();
    }
  }

  private static Optional<Parameter> parameter(Node n, ReadContext ctx, String prefix) {
    String anchor = prefix + ActivityCodecs.anchorOf("parameters", n, "name");
    return Fields.of(n, ctx, anchor, "a parameter").flatMap(f -> {
      Optional<String> name = f.requiredString("name");
      Optional<ParameterType> type = f.requiredEnum("type", ParameterType.class);
      Optional<String> description = f.requiredString("description");
      Optional<Node> value = f.required("value");
      if (!f.clean()) {
        f.finish();
        return Optional.empty();
      }
      Optional<Object> v = value(value.get(), type.get(), f);
      return v.flatMap(x -> f.build(() -> {
        switch (type.get()) {
          case NUMBER:
            return Parameter.number(name.get(), (Double) x, description.get());
          case INTEGER:
            return Parameter.integer(name.get(), (Integer) x, description.get());
          case TEXT:
            return Parameter.text(name.get(), (String) x, description.get());
          default:
            @SuppressWarnings("unchecked")
            Map<String, Double> grades = (Map<String, Double>) x;
            return Parameter.grades(name.get(), grades, description.get());
        }
      }));
    });
  }

  private static Optional<Object> value(Node n, ParameterType type, Fields f) {
    ReadContext ctx = f.context();
    if (type == ParameterType.GRADES) {
      if (!(n instanceof Node.ObjectNode)) {
        f.wrongType(n, "value", "an object of credits");
        return Optional.empty();
      }
      Map<String, Double> grades = new TreeMap<>();
      for (Map.Entry<String, Node> e : ((Node.ObjectNode) n).members().entrySet()) {
        number(e.getValue(), ctx, "value/" + e.getKey()).ifPresent(d -> grades.put(e.getKey(), d));
      }
      return Optional.of(grades);
    }
    if (type == ParameterType.TEXT) {
      if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == Node.ScalarNode.Kind.STRING) {
        return Optional.of(((Node.ScalarNode) n).text());
      }
      f.wrongType(n, "value", "a string");
      return Optional.empty();
    }
    if (type == ParameterType.INTEGER) {
      if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == Node.ScalarNode.Kind.INTEGER) {
        try {
          return Optional.of(Integer.valueOf(((Node.ScalarNode) n).text()));
        } catch (NumberFormatException e) {
          ctx.problems().add(Code.INVALID_VALUE, n, "\"value\" is out of range");
          return Optional.empty();
        }
      }
      f.wrongType(n, "value", "a whole number");
      return Optional.empty();
    }
    return number(n, ctx, "value").map(d -> (Object) d);
  }

  private static Optional<Double> number(Node n, ReadContext ctx, String name) {
    if (n instanceof Node.ScalarNode && (((Node.ScalarNode) n).kind() == Node.ScalarNode.Kind.INTEGER
        || ((Node.ScalarNode) n).kind() == Node.ScalarNode.Kind.DECIMAL)) {
      double d = Double.parseDouble(((Node.ScalarNode) n).text());
      if (Double.isFinite(d)) {
        return Optional.of(d);
      }
      ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" is out of range");
      return Optional.empty();
    }
    ctx.problems().add(Code.WRONG_TYPE, n, "\"" + name + "\" must be a number, not " + Fields.article(n));
    return Optional.empty();
  }

  private static Optional<Rule> rule(Node n, ReadContext ctx, String prefix) {
    return Fields.of(n, ctx, prefix + ActivityCodecs.anchorOf("rules", n, "id"), "a rule").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> title = f.requiredString("title");
      Optional<RuleKind> kind = f.requiredEnum("kind", RuleKind.class);
      Optional<Integer> weight = f.integer("weight");
      Optional<Criterion> criterion = f.required("criterion").flatMap(c -> criterion(c, ctx,
          f.anchor() + "/criterion"));
      Optional<Criterion> when = f.member("appliesWhen").flatMap(c -> criterion(c, ctx, f.anchor() + "/appliesWhen"));
      return f.build(() -> Rule.builder().id(id.orElseThrow()).title(title.orElseThrow()).kind(kind.orElseThrow())
          .weight(weight.orElse(0)).criterion(criterion.orElseThrow()).appliesWhen(when).build());
    });
  }

  static Optional<Criterion> criterion(Node n, ReadContext ctx, String anchor) {
    return Fields.of(n, ctx, anchor, "a criterion").flatMap(f -> {
      Optional<String> kind = f.requiredString("kind");
      if (kind.isEmpty()) {
        f.finish();
        return Optional.empty();
      }
      switch (kind.get()) {
        case "isTrue": {
          Optional<String> fact = f.requiredString("fact");
          return f.build(() -> new Criterion.IsTrue(fact.orElseThrow()));
        }
        case "isFalse": {
          Optional<String> fact = f.requiredString("fact");
          return f.build(() -> new Criterion.IsFalse(fact.orElseThrow()));
        }
        case "positive": {
          Optional<String> fact = f.requiredString("fact");
          return f.build(() -> new Criterion.Positive(fact.orElseThrow()));
        }
        case "atLeast": {
          Optional<String> fact = f.requiredString("fact");
          Optional<String> p = f.requiredString("parameter");
          return f.build(() -> new Criterion.AtLeast(fact.orElseThrow(), p.orElseThrow()));
        }
        case "atMost": {
          Optional<String> fact = f.requiredString("fact");
          Optional<String> p = f.requiredString("parameter");
          return f.build(() -> new Criterion.AtMost(fact.orElseThrow(), p.orElseThrow()));
        }
        case "between": {
          Optional<String> fact = f.requiredString("fact");
          Optional<String> min = f.requiredString("minParameter");
          Optional<String> max = f.requiredString("maxParameter");
          return f.build(() -> new Criterion.Between(fact.orElseThrow(), min.orElseThrow(), max.orElseThrow()));
        }
        case "daysBetween": {
          Optional<String> from = f.requiredString("fromFact");
          Optional<String> to = f.requiredString("toFact");
          Optional<String> min = f.requiredString("minParameter");
          Optional<String> max = f.requiredString("maxParameter");
          return f.build(() -> new Criterion.DaysBetween(from.orElseThrow(), to.orElseThrow(), min.orElseThrow(),
              max.orElseThrow()));
        }
        case "yearsBefore": {
          Optional<String> earlier = f.requiredString("earlierFact");
          Optional<String> later = f.requiredString("laterFact");
          Optional<String> years = f.requiredString("yearsParameter");
          return f.build(() -> new Criterion.YearsBefore(earlier.orElseThrow(), later.orElseThrow(),
              years.orElseThrow()));
        }
        case "textEquals": {
          Optional<String> fact = f.requiredString("fact");
          Optional<String> p = f.requiredString("parameter");
          return f.build(() -> new Criterion.TextEquals(fact.orElseThrow(), p.orElseThrow()));
        }
        case "notEmpty": {
          Optional<String> fact = f.requiredString("fact");
          return f.build(() -> new Criterion.NotEmpty(fact.orElseThrow()));
        }
        case "intersects": {
          Optional<String> fact = f.requiredString("fact");
          Optional<String> other = f.requiredString("otherFact");
          return f.build(() -> new Criterion.Intersects(fact.orElseThrow(), other.orElseThrow()));
        }
        case "graded": {
          Optional<String> fact = f.requiredString("fact");
          Optional<String> p = f.requiredString("gradesParameter");
          return f.build(() -> new Criterion.Graded(fact.orElseThrow(), p.orElseThrow()));
        }
        case "proportion": {
          Optional<String> fact = f.requiredString("fact");
          return f.build(() -> new Criterion.Proportion(fact.orElseThrow()));
        }
        case "all":
        case "any": {
          List<Criterion> children = new ArrayList<>();
          List<Node> nodes = f.array("criteria");
          for (int i = 0; i < nodes.size(); i++) {
            criterion(nodes.get(i), ctx, anchor + "/criteria/" + i).ifPresent(children::add);
          }
          if (f.member("criteria").isEmpty()) {
            f.required("criteria");
          }
          boolean all = kind.get().equals("all");
          return f.build(() -> all ? new Criterion.AllOf(children) : new Criterion.AnyOf(children));
        }
        case "not": {
          Optional<Criterion> inner = f.required("criterion").flatMap(c -> criterion(c, ctx, anchor + "/criterion"));
          return f.build(() -> new Criterion.Not(inner.orElseThrow()));
        }
        default:
          ctx.problems().add(Code.INVALID_VALUE, f.member("kind").orElseThrow(), "\"kind\" \"" + Echo.excerpt(kind.get())
              + "\" is not in the catalog of criteria: isTrue, isFalse, positive, atLeast, atMost, between,"
              + " daysBetween, yearsBefore, textEquals, notEmpty, intersects, graded, proportion, all, any, not");
          f.finish();
          return Optional.empty();
      }
    });
  }

  public static void write(Policy p, Out out) {
    out.startObject();
    out.string("format", TYPE + "/" + MAJOR);
    members(p, out, "");
    out.endObject("");
  }

  /** Writes a policy embedded in another document: a policy document's members without "format". */
  public static void writePart(Policy p, Out out, String anchor) {
    out.startObject();
    members(p, out, anchor);
    out.endObject(anchor);
  }

  private static void members(Policy p, Out out, String prefix) {
    out.string("id", p.id());
    out.string("version", p.version());
    if (!p.description().isEmpty()) {
      out.string("description", p.description());
    }
    out.string("schema", p.schema().name());
    if (!p.effectiveFrom().equals(LocalDate.MIN)) {
      out.date("effectiveFrom", p.effectiveFrom());
    }
    out.date("effectiveUntil", p.effectiveUntil());
    out.name("parameters");
    out.generator().writeStartArray();
    for (Parameter par : p.parameters().values()) {
      out.startObject();
      out.string("name", par.name());
      out.enumValue("type", par.type());
      out.name("value");
      writeValue(par, out);
      out.string("description", par.description());
      out.endObject(prefix + "/parameters/" + Node.escape(par.name()));
    }
    out.generator().writeEndArray();
    out.name("rules");
    out.generator().writeStartArray();
    for (Rule r : p.rules()) {
      out.startObject();
      out.string("id", r.id());
      out.string("title", r.title());
      out.enumValue("kind", r.kind());
      if (r.kind() == RuleKind.SCORE) {
        out.number("weight", r.weight());
      }
      String anchor = prefix + "/rules/" + Node.escape(r.id());
      out.name("criterion");
      writeCriterion(r.criterion(), out, anchor + "/criterion");
      r.appliesWhen().ifPresent(c -> {
        out.name("appliesWhen");
        writeCriterion(c, out, anchor + "/appliesWhen");
      });
      out.endObject(anchor);
    }
    out.generator().writeEndArray();
  }

  private static void writeValue(Parameter par, Out out) {
    switch (par.type()) {
      case NUMBER:
        out.generator().writeNumber(ReportCodecs.number((Double) par.value()));
        break;
      case INTEGER:
        out.generator().writeNumber((Integer) par.value());
        break;
      case TEXT:
        out.generator().writeString((String) par.value());
        break;
      default:
        out.generator().writeStartObject();
        @SuppressWarnings("unchecked")
        Map<String, Double> grades = (Map<String, Double>) par.value();
        grades.forEach((k, v) -> {
          out.generator().writeName(k);
          out.generator().writeNumber(ReportCodecs.number(v));
        });
        out.generator().writeEndObject();
    }
  }

  static void writeCriterion(Criterion c, Out out, String anchor) {
    out.startObject();
    out.string("kind", c.kind());
    if (c instanceof Criterion.AllOf || c instanceof Criterion.AnyOf) {
      out.name("criteria");
      out.generator().writeStartArray();
      List<Criterion> children = c instanceof Criterion.AllOf ? ((Criterion.AllOf) c).criteria()
          : ((Criterion.AnyOf) c).criteria();
      for (int i = 0; i < children.size(); i++) {
        writeCriterion(children.get(i), out, anchor + "/criteria/" + i);
      }
      out.generator().writeEndArray();
    } else if (c instanceof Criterion.Not) {
      out.name("criterion");
      writeCriterion(((Criterion.Not) c).criterion(), out, anchor + "/criterion");
    } else {
      for (java.lang.reflect.RecordComponent rc : c.getClass().getRecordComponents()) {
        try {
          out.string(rc.getName(), (String) rc.getAccessor().invoke(c));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + rc.getName() + " of " + c.kind(), e);
        }
      }
    }
    out.endObject(anchor);
  }
}
