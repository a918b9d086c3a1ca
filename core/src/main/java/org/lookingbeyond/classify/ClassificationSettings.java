package org.lookingbeyond.classify;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.model.FieldOfficeKind;

/**
 * The numbers and choices of a {@link ClassificationPolicy} that its rules do not hold, each with the
 * default of the product specification or, where it is silent, the one documented here:
 *
 * <table class="striped">
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>Setting</th><th>Default</th></tr>
 *   <tr><td>{@link #priorityAreas()}</td><td>the three pillars, so every area of the taxonomy</td></tr>
 *   <tr><td>{@link #powerThreshold()}, {@link #interestThreshold()}</td><td>50 and 50</td></tr>
 *   <tr><td>{@link #urgencyWindowDays()}</td><td>90</td></tr>
 *   <tr><td>{@link #reportDueDays()}</td><td>30</td></tr>
 *   <tr><td>{@link #rloFieldOfficeKinds()}</td><td>REGIONAL</td></tr>
 *   <tr><td>{@link #engagementRule()}</td><td>{@link EngagementRule#defaults()}</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ClassificationSettings {

  ClassificationSettings() {}

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ClassificationSettings} values: set each attribute, then {@code build()}, which
   * checks every invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableClassificationSettings.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The default settings.
   *
   * @return the defaults
   * @since 0.1.0
   */
  public static ClassificationSettings defaults() {
    return builder().build();
  }

  /**
   * The unit's current priority areas, against which relevance is measured: ids of thematic areas or
   * pillars of the registry's taxonomy (a pillar stands for all its areas, including those an integrator
   * adds to it). By default the three shipped pillars: every area is a priority until the unit narrows
   * them.
   *
   * @return the ids, sorted; at least one
   * @since 0.1.0
   */
  @Value.Default
  @Value.NaturalOrder
  public SortedSet<String> priorityAreas() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Set.of("corruption-justice-integrity",
        "health-human-development", "trafficking-crime-terrorism")));
  }

  /**
   * The lowest power score that is high on the power/interest grid; a score equal to it is high. 50 by
   * default.
   *
   * @return the threshold, 0-100
   * @since 0.1.0
   */
  @Value.Default
  public double powerThreshold() {
    return 50;
  }

  /**
   * The lowest interest score that is high on the power/interest grid; a score equal to it is high. 50 by
   * default.
   *
   * @return the threshold, 0-100
   * @since 0.1.0
   */
  @Value.Default
  public double interestThreshold() {
    return 50;
  }

  /**
   * The days after the as-of date within which a session's first day makes a registration for it urgent:
   * a session starting from the as-of date to that many days after it (both included). 90 by default.
   *
   * @return the days, 0 or more
   * @since 0.1.0
   */
  @Value.Default
  public int urgencyWindowDays() {
    return 90;
  }

  /**
   * The days after a granted consultation ends at which its report is due, where the grant names no due
   * date (as in the seed-funding policy). 30 by default.
   *
   * @return the days, 0 or more
   * @since 0.1.0
   */
  @Value.Default
  public int reportDueDays() {
    return 30;
  }

  /**
   * The kinds of UNODC field office whose areas are candidate RLO regions, besides M49 regions and
   * sub-regions. By default regional offices only: a country office's area is one country, and an RLO
   * leads a region.
   *
   * @return the kinds
   * @since 0.1.0
   */
  @Value.Default
  public Set<FieldOfficeKind> rloFieldOfficeKinds() {
    return Collections.unmodifiableSet(EnumSet.of(FieldOfficeKind.REGIONAL));
  }

  /**
   * The rule giving engagement tiers (by default CORE with 3 participations in 24 months, one a
   * statement or side event; ACTIVE with 1).
   *
   * @return the rule
   * @since 0.1.0
   */
  @Value.Default
  public EngagementRule engagementRule() {
    return EngagementRule.defaults();
  }

  @Value.Check
  void check() {
    Checks.require(!priorityAreas().isEmpty(), "ClassificationSettings", null, "priorityAreas",
        "must name at least one area or pillar");
    priorityAreas().forEach(a -> Checks.nonBlank(a, "ClassificationSettings", "priorityAreas"));
    Checks.require(powerThreshold() >= 0 && powerThreshold() <= 100,
        "ClassificationSettings", null,
        "powerThreshold", "must be from 0 to 100: %s", powerThreshold());
    Checks.require(interestThreshold() >= 0 && interestThreshold() <= 100,
        "ClassificationSettings", null,
        "interestThreshold", "must be from 0 to 100: %s", interestThreshold());
    Checks.require(urgencyWindowDays() >= 0 && urgencyWindowDays() <= 3660,
        "ClassificationSettings", null,
        "urgencyWindowDays", "must be from 0 to 3660: %d", urgencyWindowDays());
    Checks.require(reportDueDays() >= 0 && reportDueDays() <= 3660,
        "ClassificationSettings", null,
        "reportDueDays", "must be from 0 to 3660: %d", reportDueDays());
  }

  /** The settings' canonical text, part of the policy's content hash. */
  String canonical() {
    return "priorityAreas " + String.join(",", priorityAreas()) + "\n"
        + "powerThreshold " + PolicyChecks.number(powerThreshold()) + "\n"
        + "interestThreshold " + PolicyChecks.number(interestThreshold()) + "\n"
        + "urgencyWindowDays " + urgencyWindowDays() + "\n"
        + "reportDueDays " + reportDueDays() + "\n"
        + "rloFieldOfficeKinds " + String.join(",", new TreeSet<>(rloFieldOfficeKinds().stream().map(Enum::name)
            .toList())) + "\n"
        + "engagement windowMonths=" + engagementRule().windowMonths() + " coreMinimumParticipations="
        + engagementRule().coreMinimumParticipations() + " coreRequiresContribution="
        + engagementRule().coreRequiresContribution() + "\n";
  }
}
