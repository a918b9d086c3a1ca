package org.lookingbeyond.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.internal.Checks;

/**
 * A versioned set of rules with the parameters they compare facts with, in force over a period.
 *
 * <pre>{@code
 * Policy policy = Policy.builder("seed-funding", "2027.1", FundingFacts.SCHEMA)
 *     .effectiveFrom(LocalDate.of(2027, 1, 1))
 *     .parameter(Parameter.number("maxAmount", 20_000, "ceiling of a grant, in the policy's currency"))
 *     .gate("G6", "Amount within the ceiling", Criteria.atMost(FundingFacts.AMOUNT, "maxAmount"))
 *     .build();                               // every problem at once, or an immutable policy
 * Decision d = policy.evaluator().evaluate("APP-1", facts, asOf);
 * }</pre>
 *
 * <p>Building checks the policy and throws a {@link PolicyException} listing every problem: duplicate
 * rule ids, unknown facts or parameters, type mismatches, shadowed or unreachable rules, score weights
 * that do not add up to 100 (see {@link PolicyProblem.Code}). A built policy is immutable and safe to
 * share between threads; its {@link #contentHash()} identifies its content exactly.
 *
 * @since 0.1.0
 */
public final class Policy {
  /** What the weights of a policy's SCORE rules add up to. */
  public static final int SCORE_TOTAL = 100;

  private final String id;
  private final String version;
  private final String description;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveUntil;
  private final FactSchema schema;
  private final Map<String, Parameter> parameters;
  private final List<Rule> rules;
  private final String contentHash;
  private final Evaluator evaluator;

  private Policy(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.description = b.description;
    this.effectiveFrom = b.effectiveFrom;
    this.effectiveUntil = b.effectiveUntil;
    this.schema = b.schema;
    this.parameters = Collections.unmodifiableMap(new TreeMap<>(b.parameters));
    this.rules = List.copyOf(b.rules);
    this.contentHash = hash(canonical());
    this.evaluator = new Evaluator(this);
  }

  /**
   * Returns a builder.
   *
   * @param id the policy's id, such as {@code "seed-funding"}
   * @param version its version, such as {@code "2027.1"}
   * @param schema the facts its rules may read
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder(String id, String version, FactSchema schema) {
    return new Builder(id, version, schema);
  }

  /**
   * Returns a builder holding this policy's content, to make a new version.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, version, schema).description(description).effectiveFrom(effectiveFrom);
    effectiveUntil.ifPresent(b::effectiveUntil);
    parameters.values().forEach(b::parameter);
    rules.forEach(b::rule);
    return b;
  }

  /**
   * The id.
   *
   * @return the id
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * The version.
   *
   * @return the version
   * @since 0.1.0
   */
  public String version() {
    return version;
  }

  /**
   * What the policy is for.
   *
   * @return the description; empty text if none was given
   * @since 0.1.0
   */
  public String description() {
    return description;
  }

  /**
   * The first day the policy is in force.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The last day the policy is in force.
   *
   * @return the date, or empty while in force
   * @since 0.1.0
   */
  public Optional<LocalDate> effectiveUntil() {
    return effectiveUntil;
  }

  /**
   * Whether the policy is in force on a day.
   *
   * @param date the day
   * @return true if {@code effectiveFrom <= date <= effectiveUntil}
   * @since 0.1.0
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveUntil.map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * The facts the rules read.
   *
   * @return the schema
   * @since 0.1.0
   */
  public FactSchema schema() {
    return schema;
  }

  /**
   * The parameters, by name.
   *
   * @return the parameters
   * @since 0.1.0
   */
  public Map<String, Parameter> parameters() {
    return parameters;
  }

  /**
   * A parameter.
   *
   * @param name the name
   * @return the parameter
   * @throws UnknownIdException if the policy has no such parameter
   * @since 0.1.0
   */
  public Parameter parameter(String name) {
    Parameter p = parameters.get(name);
    if (p == null) {
      throw UnknownIdException.of("parameter of policy " + id + " " + version, name, parameters.keySet());
    }
    return p;
  }

  /**
   * The rules, in evaluation order.
   *
   * @return the rules
   * @since 0.1.0
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The SHA-256 hash of the policy's canonical text (id, version, period, schema, description, parameters
   * and rules),
   * in lower-case hex; the same content always gives the same hash.
   *
   * @return the hash
   * @since 0.1.0
   */
  public String contentHash() {
    return contentHash;
  }

  /**
   * The compiled evaluator of this policy (immutable, shareable).
   *
   * @return the evaluator
   * @since 0.1.0
   */
  public Evaluator evaluator() {
    return evaluator;
  }

  String canonical() {
    StringBuilder sb = new StringBuilder();
    sb.append("policy ").append(id).append('\n').append("version ").append(version).append('\n')
        .append("from ").append(effectiveFrom).append('\n')
        .append("until ").append(effectiveUntil.map(LocalDate::toString).orElse("")).append('\n')
        .append("schema ").append(schema.name()).append('\n')
        .append("description ").append(quote(description)).append('\n');
    parameters.values().forEach(p -> sb.append("parameter ").append(p.name()).append(':').append(p.type())
        .append('=').append(quote(p.valueText())).append('|').append(quote(p.description())).append('\n'));
    rules.forEach(r -> sb.append("rule ").append(r.canonical()).append('\n'));
    return sb.toString();
  }

  /** Quotes free text in the canonical form, so that no text can imitate the form's separators. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"':
        case '\\':
          sb.append('\\').append(c);
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format(java.util.Locale.ROOT, "%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policy && contentHash.equals(((Policy) o).contentHash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "Policy[" + id + " " + version + ", from " + effectiveFrom + ", " + rules.size() + " rules]";
  }

  /**
   * Collects a policy's content; {@link #build()} checks it.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String id;
    private String version;
    private final FactSchema schema;
    private String description = "";
    private LocalDate effectiveFrom = LocalDate.MIN;
    private Optional<LocalDate> effectiveUntil = Optional.empty();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<PolicyProblem> early = new ArrayList<>();

    private Builder(String id, String version, FactSchema schema) {
      this.id = Checks.nonBlank(id, "Policy", "id");
      this.version = Checks.nonBlank(version, "Policy", id, "version");
      this.schema = schema;
    }

    /**
     * Sets the version, for a new version made from an existing policy with {@link Policy#toBuilder()}.
     *
     * @param newVersion the version, such as {@code "2027.1"}
     * @return this builder
     * @throws org.lookingbeyond.InvalidValueException if the version is blank
     * @since 0.1.0
     */
    public Builder version(String newVersion) {
      this.version = Checks.nonBlank(newVersion, "Policy", id, "version");
      return this;
    }

    /**
     * Sets the last day in force to none (in force from {@code effectiveFrom} on).
     *
     * @return this builder
     * @since 0.1.0
     */
    public Builder openEnded() {
      this.effectiveUntil = Optional.empty();
      return this;
    }

    /**
     * Sets what the policy is for.
     *
     * @param text the description
     * @return this builder
     * @since 0.1.0
     */
    public Builder description(String text) {
      this.description = text;
      return this;
    }

    /**
     * Sets the first day in force (by default, always).
     *
     * @param date the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder effectiveFrom(LocalDate date) {
      this.effectiveFrom = date;
      return this;
    }

    /**
     * Sets the last day in force (by default, none).
     *
     * @param date the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder effectiveUntil(LocalDate date) {
      this.effectiveUntil = Optional.of(date);
      return this;
    }

    /**
     * Adds a parameter; a second one with the same name is reported by {@link #build()}.
     *
     * @param parameter the parameter
     * @return this builder
     * @since 0.1.0
     */
    public Builder parameter(Parameter parameter) {
      if (parameters.putIfAbsent(parameter.name(), parameter) != null) {
        early.add(new PolicyProblem(PolicyProblem.Code.DUPLICATE_PARAMETER, "-",
            "the parameter " + parameter.name() + " is given twice"));
      }
      return this;
    }

    /**
     * Replaces the parameter with the same name, or adds it (for a new version): name, type, value and
     * description become the given parameter's; building checks that its type suits where it is used.
     *
     * @param parameter the new parameter
     * @return this builder
     * @since 0.1.0
     */
    public Builder replaceParameter(Parameter parameter) {
      parameters.put(parameter.name(), parameter);
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @since 0.1.0
     */
    public Builder rule(Rule rule) {
      rules.add(rule);
      return this;
    }

    /**
     * Removes the rule with an id (for a new version).
     *
     * @param ruleId the rule's id
     * @return this builder
     * @throws UnknownIdException if no rule has that id, so that a mistyped id is not silently kept
     * @since 0.1.0
     */
    public Builder removeRule(String ruleId) {
      if (!rules.removeIf(r -> r.id().equals(ruleId))) {
        throw UnknownIdException.of("rule of policy " + id + " " + version, ruleId,
            rules.stream().map(Rule::id).collect(java.util.stream.Collectors.toList()));
      }
      return this;
    }

    /**
     * Adds a GATE rule.
     *
     * @param ruleId the id
     * @param title the title
     * @param criterion the criterion
     * @return this builder
     * @since 0.1.0
     */
    public Builder gate(String ruleId, String title, Criterion criterion) {
      return rule(Rule.builder().id(ruleId).title(title).kind(RuleKind.GATE).criterion(criterion).build());
    }

    /**
     * Adds a SCORE rule.
     *
     * @param ruleId the id
     * @param title the title
     * @param weight the points when fully met
     * @param criterion the criterion
     * @return this builder
     * @since 0.1.0
     */
    public Builder score(String ruleId, String title, int weight, Criterion criterion) {
      return rule(Rule.builder().id(ruleId).title(title).kind(RuleKind.SCORE).weight(weight).criterion(criterion)
          .build());
    }

    /**
     * Adds an ADVISORY rule.
     *
     * @param ruleId the id
     * @param title the title
     * @param criterion the criterion
     * @return this builder
     * @since 0.1.0
     */
    public Builder advisory(String ruleId, String title, Criterion criterion) {
      return rule(Rule.builder().id(ruleId).title(title).kind(RuleKind.ADVISORY).criterion(criterion).build());
    }

    /**
     * Checks the policy and returns every problem found, without building it.
     *
     * @return the problems; empty if the policy would build
     * @since 0.1.0
     */
    public List<PolicyProblem> validate() {
      List<PolicyProblem> problems = new ArrayList<>(early);
      problems.addAll(new PolicyValidator(schema, parameters, rules, effectiveFrom, effectiveUntil).problems());
      return problems;
    }

    /**
     * Checks and builds the policy.
     *
     * @return the policy
     * @throws PolicyException listing every problem found
     * @since 0.1.0
     */
    public Policy build() {
      List<PolicyProblem> problems = validate();
      if (!problems.isEmpty()) {
        throw new PolicyException(id + " " + version, problems);
      }
      return new Policy(this);
    }
  }
}
