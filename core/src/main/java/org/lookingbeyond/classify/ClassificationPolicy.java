package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.rules.Policy;

/**
 * A versioned stakeholder classification policy: every rule and every number a classification uses,
 * in force over a period, with a content hash that identifies it exactly.
 *
 * <p>The rules are four rule-engine {@link Policy policies}, so that each outcome is explained as a
 * seed-funding decision is:
 *
 * <ul>
 *   <li>{@link #attributes()} on {@link ClassificationFacts#STAKEHOLDER}: four
 *       {@link org.lookingbeyond.rules.RuleKind#ATTRIBUTE ATTRIBUTE} rules with the ids {@link #CSO},
 *       {@link #POWER}, {@link #LEGITIMACY} and {@link #URGENCY};
 *   <li>{@link #power()} and {@link #interest()} on the same schema: SCORE rules whose weights add up to
 *       100, the power and interest scores of the power/interest grid;
 *   <li>{@link #rloCandidacy()} on {@link ClassificationFacts#RLO_CANDIDACY}: GATE rules that an
 *       organization must pass, for a region, to be a candidate RLO for it.
 * </ul>
 *
 * <p>The {@link #settings()} hold what the rules do not: the priority areas relevance is measured
 * against, the grid's thresholds, the urgency window, the days after which a grant report is due, the
 * kinds of field office whose areas are candidate RLO regions, and the engagement rule. The parts' own ids,
 * versions and periods are not consulted: this policy's period governs. Build one with
 * {@link #builder(String, String)}, or start from {@link DefaultClassificationPolicy#policy()} with
 * {@link #toBuilder()}. Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ClassificationPolicy {
  /** The id of the ATTRIBUTE rule deciding whether the organization is a CSO. */
  public static final String CSO = "cso";
  /** The id of the ATTRIBUTE rule deciding power. */
  public static final String POWER = "power";
  /** The id of the ATTRIBUTE rule deciding legitimacy. */
  public static final String LEGITIMACY = "legitimacy";
  /** The id of the ATTRIBUTE rule deciding urgency. */
  public static final String URGENCY = "urgency";

  private final String id;
  private final String version;
  private final String description;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveUntil;
  private final Policy attributes;
  private final Policy power;
  private final Policy interest;
  private final Policy rloCandidacy;
  private final ClassificationSettings settings;
  private final String contentHash;

  private ClassificationPolicy(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.description = b.description;
    this.effectiveFrom = b.effectiveFrom;
    this.effectiveUntil = b.effectiveUntil;
    this.attributes = Objects.requireNonNull(b.attributes);
    this.power = Objects.requireNonNull(b.power);
    this.interest = Objects.requireNonNull(b.interest);
    this.rloCandidacy = Objects.requireNonNull(b.rloCandidacy);
    this.settings = b.settings;
    this.contentHash = PolicyChecks.hash(canonical());
  }

  /**
   * Returns a builder; every part and setting must then be given.
   *
   * @param id the policy's id, such as {@code "stakeholder-classification"}
   * @param version its version, such as {@code "2027.1"}
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * Returns a builder holding this policy's content, to make a new version.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, version).description(description).effectiveFrom(effectiveFrom)
        .attributes(attributes).power(power).interest(interest).rloCandidacy(rloCandidacy).settings(settings);
    effectiveUntil.ifPresent(b::effectiveUntil);
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
   * The first day in force.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The last day in force.
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
   * The ATTRIBUTE rules: CSO, power, legitimacy, urgency.
   *
   * @return the policy of attribute rules
   * @since 0.1.0
   */
  public Policy attributes() {
    return attributes;
  }

  /**
   * The SCORE rules of the power score.
   *
   * @return the policy of power criteria
   * @since 0.1.0
   */
  public Policy power() {
    return power;
  }

  /**
   * The SCORE rules of the interest score.
   *
   * @return the policy of interest criteria
   * @since 0.1.0
   */
  public Policy interest() {
    return interest;
  }

  /**
   * The GATE rules of RLO candidacy for a region.
   *
   * @return the policy of candidacy conditions
   * @since 0.1.0
   */
  public Policy rloCandidacy() {
    return rloCandidacy;
  }

  /**
   * The settings the rules do not hold: priority areas, grid thresholds, urgency window, report due days,
   * field office kinds of candidate regions, engagement rule.
   *
   * @return the settings
   * @since 0.1.0
   */
  public ClassificationSettings settings() {
    return settings;
  }

  /**
   * The SHA-256 hash of the policy's canonical text (id, version, period, description, settings and the
   * content hashes of its four parts), in lower-case hex; the same content always gives the same hash.
   *
   * @return the hash
   * @since 0.1.0
   */
  public String contentHash() {
    return contentHash;
  }

  String canonical() {
    StringBuilder sb = new StringBuilder();
    sb.append("classification-policy ").append(id).append('\n').append("version ").append(version).append('\n')
        .append("from ").append(effectiveFrom).append('\n')
        .append("until ").append(effectiveUntil.map(LocalDate::toString).orElse("")).append('\n')
        .append("description ").append(PolicyChecks.quote(description)).append('\n')
        .append(settings.canonical())
        .append("part attributes ").append(attributes.contentHash()).append('\n')
        .append("part power ").append(power.contentHash()).append('\n')
        .append("part interest ").append(interest.contentHash()).append('\n')
        .append("part rloCandidacy ").append(rloCandidacy.contentHash()).append('\n');
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassificationPolicy && contentHash.equals(((ClassificationPolicy) o).contentHash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "ClassificationPolicy[" + id + " " + version + ", from " + effectiveFrom + "]";
  }

  /**
   * Collects a classification policy's content; {@link #build()} checks it.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String id;
    private String version;
    private String description = "";
    private LocalDate effectiveFrom = LocalDate.MIN;
    private Optional<LocalDate> effectiveUntil = Optional.empty();
    private @Nullable Policy attributes;
    private @Nullable Policy power;
    private @Nullable Policy interest;
    private @Nullable Policy rloCandidacy;
    private ClassificationSettings settings = ClassificationSettings.defaults();

    private Builder(String id, String version) {
      this.id = Checks.nonBlank(id, "ClassificationPolicy", "id");
      this.version = Checks.nonBlank(version, "ClassificationPolicy", id, "version");
    }

    /**
     * Sets the version, for a new version made with {@link ClassificationPolicy#toBuilder()}.
     *
     * @param newVersion the version
     * @return this builder
     * @throws IllegalArgumentException if the version is blank
     * @since 0.1.0
     */
    public Builder version(String newVersion) {
      this.version = Checks.nonBlank(newVersion, "ClassificationPolicy", id, "version");
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
     * @param date the day
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
     * @param date the day
     * @return this builder
     * @since 0.1.0
     */
    public Builder effectiveUntil(LocalDate date) {
      this.effectiveUntil = Optional.of(date);
      return this;
    }

    /**
     * Sets no last day in force.
     *
     * @return this builder
     * @since 0.1.0
     */
    public Builder openEnded() {
      this.effectiveUntil = Optional.empty();
      return this;
    }

    /**
     * Sets the ATTRIBUTE rules (see {@link ClassificationPolicy#attributes()}).
     *
     * @param policy a policy on {@link ClassificationFacts#STAKEHOLDER}
     * @return this builder
     * @since 0.1.0
     */
    public Builder attributes(Policy policy) {
      this.attributes = policy;
      return this;
    }

    /**
     * Sets the power score's SCORE rules.
     *
     * @param policy a policy on {@link ClassificationFacts#STAKEHOLDER}
     * @return this builder
     * @since 0.1.0
     */
    public Builder power(Policy policy) {
      this.power = policy;
      return this;
    }

    /**
     * Sets the interest score's SCORE rules.
     *
     * @param policy a policy on {@link ClassificationFacts#STAKEHOLDER}
     * @return this builder
     * @since 0.1.0
     */
    public Builder interest(Policy policy) {
      this.interest = policy;
      return this;
    }

    /**
     * Sets the GATE rules of RLO candidacy.
     *
     * @param policy a policy on {@link ClassificationFacts#RLO_CANDIDACY}
     * @return this builder
     * @since 0.1.0
     */
    public Builder rloCandidacy(Policy policy) {
      this.rloCandidacy = policy;
      return this;
    }

    /**
     * Sets the settings (by default {@link ClassificationSettings#defaults()}).
     *
     * @param value the settings
     * @return this builder
     * @since 0.1.0
     */
    public Builder settings(ClassificationSettings value) {
      this.settings = value;
      return this;
    }

    /**
     * Checks the policy and returns every problem found, without building it: a missing part, a part on
     * the wrong fact schema, a part holding rules of the wrong kind, a missing attribute rule, an
     * effective period that ends before it starts.
     *
     * @return the problems, each naming the part and rule concerned; empty if the policy would build
     * @since 0.1.0
     */
    public List<String> validate() {
      return PolicyChecks.problems(effectiveFrom, effectiveUntil, attributes, power, interest, rloCandidacy);
    }

    /**
     * Checks and builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException listing every problem found (see {@link #validate()})
     * @since 0.1.0
     */
    public ClassificationPolicy build() {
      List<String> problems = validate();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("classification policy " + id + " " + version + " has "
            + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
      }
      return new ClassificationPolicy(this);
    }
  }
}
