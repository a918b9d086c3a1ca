package org.lookingbeyond.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.SupportedDates;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.Money;

/**
 * Typed access to the members of one JSON object. Every accessor records a located problem for a
 * missing required member, a wrong type or a bad form, and returns empty; {@link #finish()} handles
 * the members no accessor asked for (kept as unknown, or refused in strict mode).
 */
public final class Fields {
  private static final int MAX_AMOUNT_DIGITS = 15;
  private static final int MAX_AMOUNT_DECIMALS = 6;

  private final Node.ObjectNode object;
  private final ReadContext ctx;
  private final String anchor;
  private final Set<String> read = new HashSet<>();
  private final int problemsAtStart;
  private final int taintsAtStart;

  private Fields(Node.ObjectNode object, ReadContext ctx, String anchor) {
    this.object = object;
    this.ctx = ctx;
    this.anchor = anchor;
    this.problemsAtStart = ctx.problems().size();
    this.taintsAtStart = ctx.taints();
  }

  /** Fields of a node that must be an object; empty (with a problem) if it is not. */
  public static Optional<Fields> of(Node node, ReadContext ctx, String anchor, String what) {
    if (node instanceof Node.ObjectNode) {
      return Optional.of(new Fields((Node.ObjectNode) node, ctx, anchor));
    }
    ctx.problems().add(Code.WRONG_TYPE, node, what + " must be an object, not " + article(node));
    return Optional.empty();
  }

  public Node node() {
    return object;
  }

  public ReadContext context() {
    return ctx;
  }

  public String anchor() {
    return anchor;
  }

  /** Whether no problem was recorded since these fields were opened. */
  public boolean clean() {
    return ctx.taints() == taintsAtStart && ctx.problems().size() == problemsAtStart;
  }

  /** The member's node if present and not null. */
  public Optional<Node> member(String name) {
    read.add(name);
    Node n = object.members().get(name);
    if (n == null || isScalar(n, Node.ScalarNode.Kind.NULL) || isScalar(n, Node.ScalarNode.Kind.NOT_FINITE)) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** The member's node; a MISSING_FIELD problem if absent or null. */
  public Optional<Node> required(String name) {
    Optional<Node> n = member(name);
    if (isScalar(object.members().get(name), Node.ScalarNode.Kind.NOT_FINITE)) {
      ctx.taint();
    } else if (n.isEmpty()) {
      ctx.problems().add(Code.MISSING_FIELD, pointerOf(name), object.line(), object.column(),
          "the required field \"" + name + "\" is " + (object.members().containsKey(name) ? "null" : "missing"));
    }
    return n;
  }

  public Optional<String> string(String name) {
    return member(name).flatMap(n -> asString(n, name));
  }

  public Optional<String> requiredString(String name) {
    return required(name).flatMap(n -> asString(n, name));
  }

  public Optional<Integer> integer(String name) {
    return member(name).flatMap(n -> asInteger(n, name));
  }

  public Optional<Integer> requiredInteger(String name) {
    return required(name).flatMap(n -> asInteger(n, name));
  }

  public Optional<Boolean> bool(String name) {
    return member(name).flatMap(n -> {
      if (isScalar(n, Node.ScalarNode.Kind.BOOLEAN)) {
        return Optional.of(Boolean.valueOf(((Node.ScalarNode) n).text()));
      }
      wrongType(n, name, "a boolean");
      return Optional.empty();
    });
  }

  public Optional<LocalDate> date(String name) {
    return member(name).flatMap(n -> asDate(n, name));
  }

  public Optional<LocalDate> requiredDate(String name) {
    return required(name).flatMap(n -> asDate(n, name));
  }

  public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
    return member(name).flatMap(n -> asEnum(n, name, type));
  }

  public <E extends Enum<E>> Optional<E> requiredEnum(String name, Class<E> type) {
    return required(name).flatMap(n -> asEnum(n, name, type));
  }

  public Optional<RegionRef> regionRef(String name) {
    return member(name).flatMap(n -> asRegionRef(n, name));
  }

  public Optional<RegionRef> requiredRegionRef(String name) {
    return required(name).flatMap(n -> asRegionRef(n, name));
  }

  public Optional<Money> money(String name) {
    return member(name).flatMap(n -> asMoney(n, name));
  }

  public Optional<Money> requiredMoney(String name) {
    return required(name).flatMap(n -> asMoney(n, name));
  }

  /** An array of strings; empty list if absent. */
  public List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (Node element : array(name)) {
      asString(element, name + " element").ifPresent(out::add);
    }
    return out;
  }

  /**
   * An array of strings that may be stated as empty: empty if absent or null (not stated), an empty set
   * for {@code []} (stated as none). Duplicates collapse. A member that is not an array is a problem, and
   * reads as not stated.
   */
  public Optional<Set<String>> statedStrings(String name) {
    Optional<Node> n = member(name);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (!(n.get() instanceof Node.ArrayNode)) {
      wrongType(n.get(), name, "an array");
      return Optional.empty();
    }
    Set<String> out = new LinkedHashSet<>();
    for (Node element : ((Node.ArrayNode) n.get()).elements()) {
      asString(element, name + " element").ifPresent(out::add);
    }
    return Optional.of(out);
  }

  /** The elements of an array member; empty if absent (a problem if it is not an array). */
  public List<Node> array(String name) {
    Optional<Node> n = member(name);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof Node.ArrayNode) {
      return ((Node.ArrayNode) n.get()).elements();
    }
    wrongType(n.get(), name, "an array");
    return List.of();
  }

  /**
   * Calls a value type's builder if no problem was recorded for this object; a check the value type
   * refuses becomes an INVALID_VALUE problem located at this object.
   */
  public <T> Optional<T> build(Supplier<T> builder) {
    finish();
    if (!clean()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException | IllegalArgumentException | IllegalStateException e) {
      ctx.problems().add(Code.INVALID_VALUE, object, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** Handles the members no accessor asked for: kept under this object's anchor, or refused if strict. */
  public void finish() {
    object.members().forEach((name, value) -> {
      if (read.add(name)) {
        if (ctx.strict()) {
          ctx.problems().add(Code.UNKNOWN_FIELD, value, "the field \"" + Echo.excerpt(name) + "\" is not part of the format"
              + " (strict mode refuses unknown fields)");
        } else {
          ctx.keepUnknown(anchor, name, value);
        }
      }
    });
  }

  private String pointerOf(String name) {
    return object.pointer() + "/" + Node.escape(name);
  }

  private Optional<String> asString(Node n, String name) {
    if (isScalar(n, Node.ScalarNode.Kind.STRING)) {
      return Optional.of(((Node.ScalarNode) n).text());
    }
    wrongType(n, name, "a string");
    return Optional.empty();
  }

  private Optional<Integer> asInteger(Node n, String name) {
    if (isScalar(n, Node.ScalarNode.Kind.INTEGER)) {
      try {
        return Optional.of(Integer.valueOf(((Node.ScalarNode) n).text()));
      } catch (NumberFormatException e) {
        ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" is out of range: " + ((Node.ScalarNode) n).text());
        return Optional.empty();
      }
    }
    wrongType(n, name, "a whole number");
    return Optional.empty();
  }

  private Optional<LocalDate> asDate(Node n, String name) {
    Optional<String> text = asString(n, name);
    Optional<LocalDate> date;
    try {
      date = text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" must be an ISO-8601 date (YYYY-MM-DD), not \""
          + Echo.excerpt(text.get()) + "\"");
      return Optional.empty();
    }
    if (date.isPresent() && !SupportedDates.contains(date.get())) {
      ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" is outside the supported dates, "
          + SupportedDates.range() + ": " + date.get());
      return Optional.empty();
    }
    return date;
  }

  private <E extends Enum<E>> Optional<E> asEnum(Node n, String name, Class<E> type) {
    Optional<String> text = asString(n, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get())) {
        return Optional.of(constant);
      }
    }
    ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\" must be one of "
        + Arrays.toString(type.getEnumConstants()) + ", not \"" + Echo.excerpt(text.get()) + "\"");
    return Optional.empty();
  }

  private Optional<RegionRef> asRegionRef(Node n, String name) {
    Optional<String> text = asString(n, name);
    try {
      return text.map(RegionRef::parse);
    } catch (InvalidValueException e) {
      ctx.problems().add(Code.INVALID_VALUE, n, "\"" + name + "\": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Money> asMoney(Node n, String name) {
    Optional<Fields> f = of(n, ctx, anchor + "/" + name, "\"" + name + "\"");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    Fields m = f.get();
    Optional<BigDecimal> amount = m.required("amount").flatMap(a -> {
      if (a instanceof Node.ScalarNode && (((Node.ScalarNode) a).kind() == Node.ScalarNode.Kind.INTEGER
          || ((Node.ScalarNode) a).kind() == Node.ScalarNode.Kind.DECIMAL)) {
        String text = ((Node.ScalarNode) a).text();
        try {
          BigDecimal value = new BigDecimal(text);
          // long arithmetic: an exponent such as 1E+2147483647 overflows the int difference
          if ((long) value.precision() - value.scale() <= MAX_AMOUNT_DIGITS && value.scale() <= MAX_AMOUNT_DECIMALS) {
            return Optional.of(value);
          }
        } catch (NumberFormatException | ArithmeticException e) {
          // reported below
        }
        ctx.problems().add(Code.INVALID_VALUE, a, "\"amount\" must be a decimal amount of at most "
            + MAX_AMOUNT_DIGITS + " digits before the point and " + MAX_AMOUNT_DECIMALS + " after it");
        return Optional.empty();
      }
      m.wrongType(a, "amount", "a decimal number");
      return Optional.empty();
    });
    Optional<String> currency = m.requiredString("currency");
    return m.build(() -> Money.of(amount.orElseThrow(), currencyOf(currency.orElseThrow())));
  }

  private static java.util.Currency currencyOf(String code) {
    try {
      return java.util.Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"currency\" must be an ISO 4217 code such as USD, not \"" + Echo.excerpt(code) + "\"", e);
    }
  }

  void wrongType(Node n, String name, String expected) {
    ctx.problems().add(Code.WRONG_TYPE, n, "\"" + name + "\" must be " + expected + ", not " + article(n));
  }

  private static boolean isScalar(@org.jspecify.annotations.Nullable Node n, Node.ScalarNode.Kind kind) {
    return n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == kind;
  }

  static String article(Node n) {
    String type = n.typeName();
    if (type.equals("null")) {
      return "null";
    }
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }
}
