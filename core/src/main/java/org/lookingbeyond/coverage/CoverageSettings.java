package org.lookingbeyond.coverage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.lookingbeyond.SupportedDates;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.internal.Dates;
import org.lookingbeyond.model.OrganisationType;

/**
 * Everything a {@link CoverageAnalyzer} is configured by: the two axes of the matrix, the filters that
 * decide which organizations count, the thresholds of a gap, the weights that rank priority gaps and
 * the period participations are counted in. Every number is a setting; only the as-of date has no
 * default.
 *
 * <pre>{@code
 * CoverageSettings settings = CoverageSettings.builder()
 *     .asOf(LocalDate.of(2026, 6, 30))
 *     .geographyLevel(GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA))
 *     .themeLevel(ThemeLevel.AREA)
 *     .putRegionWeights("ROEA", 2.0)              // Eastern Africa counts double
 *     .putThemeWeights("anti-human-trafficking", 1.5)
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>Setting</th><th>Default</th></tr>
 *   <tr><td>{@link #geographyLevel()}</td><td>M49 sub-region</td></tr>
 *   <tr><td>{@link #themeLevel()}</td><td>thematic area</td></tr>
 *   <tr><td>{@link #organizationTypes()}</td><td>the CSO types (IATI 21, 22, 23, 24, 60, 80, 90)</td></tr>
 *   <tr><td>{@link #requireRegisteredByAsOf()}</td><td>true</td></tr>
 *   <tr><td>{@link #networks()}</td><td>none: no network filter</td></tr>
 *   <tr><td>{@link #engagementTiers()}</td><td>all four tiers: no tier filter</td></tr>
 *   <tr><td>{@link #engagementRule()}</td><td>{@link EngagementRule#defaults()}</td></tr>
 *   <tr><td>{@link #engagedTiers()}</td><td>CORE and ACTIVE</td></tr>
 *   <tr><td>{@link #gapBelow()}</td><td>1</td></tr>
 *   <tr><td>{@link #weakBelow()}</td><td>3</td></tr>
 *   <tr><td>{@link #regionWeights()}, {@link #themeWeights()}</td><td>none: every weight 1.0</td></tr>
 *   <tr><td>{@link #participationStart()}, {@link #participationEnd()}</td>
 *       <td>the 12 months ending on the as-of date</td></tr>
 *   <tr><td>{@link #prioritizeWeakCells()}</td><td>true</td></tr>
 *   <tr><td>{@link #maxPriorityGaps()}</td><td>50</td></tr>
 *   <tr><td>{@link #maxCandidatesPerGap()}</td><td>5</td></tr>
 * </table>
 *
 * <p>Settings are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CoverageSettings {
  /** The weight of a region or theme that no weight setting names. */
  static final double DEFAULT_WEIGHT = 1.0;

  CoverageSettings() {}

  /**
   * Returns a builder; only {@link #asOf()} must be set.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CoverageSettings} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageSettings.Builder {
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
   * The default settings as of a date.
   *
   * @param asOf the day the analysis holds on
   * @return the settings
   * @since 0.1.0
   */
  public static CoverageSettings defaults(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * The day the analysis holds on: engagement tiers, network memberships and RLO designations are taken
   * as they stand on this day. No default, so that a report never depends on the clock.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public abstract LocalDate asOf();

  /**
   * The rows of the matrix; by default the M49 sub-regions.
   *
   * @return the geography level
   * @since 0.1.0
   */
  @Value.Default
  public GeographyLevel geographyLevel() {
    return GeographyLevel.m49(RegionLevel.SUB_REGION);
  }

  /**
   * The columns of the matrix; by default the thematic areas.
   *
   * @return the theme level
   * @since 0.1.0
   */
  @Value.Default
  public ThemeLevel themeLevel() {
    return ThemeLevel.AREA;
  }

  /**
   * The organization types that are civil society organizations (IATI 21, 22, 23, 24, 60, 80 and 90):
   * the default of {@link #organizationTypes()}.
   *
   * @return the CSO types, in IATI code order
   * @since 0.1.0
   */
  public static Set<OrganisationType> csoTypes() {
    return Collections.unmodifiableSet(Arrays.stream(OrganisationType.values()).filter(OrganisationType::isCso)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationType.class))));
  }

  /**
   * The organization types that count; by default every CSO type ({@link #csoTypes()}). Government
   * bodies, multilateral organizations and companies are left out unless configured. As with every
   * collection setting that has a default, setting or adding types on the builder replaces the default:
   * to count government bodies beside the CSOs, add {@link #csoTypes()} too.
   *
   * @return the types, not empty
   * @since 0.1.0
   */
  @Value.Default
  public Set<OrganisationType> organizationTypes() {
    return csoTypes();
  }

  /**
   * Whether an organization registered after the as-of date is left out, so that a report as of an
   * earlier date shows the registry as it stood then; true by default. An organization without a
   * registration date is kept.
   *
   * @return true to leave out organizations registered later
   * @since 0.1.0
   */
  @Value.Default
  public boolean requireRegisteredByAsOf() {
    return true;
  }

  /**
   * The umbrella networks an organization must belong to on the as-of date (any one of them), by id;
   * empty by default, which means no network filter.
   *
   * @return the network ids
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> networks();

  /**
   * The engagement tiers that count, as the {@link #engagementRule()} gives them on the as-of date; by
   * default all four, which means no tier filter. Setting tiers on the builder replaces the default.
   *
   * @return the tiers, not empty
   * @since 0.1.0
   */
  @Value.Default
  public Set<EngagementTier> engagementTiers() {
    return EnumSet.allOf(EngagementTier.class);
  }

  /**
   * The rule that gives each organization its engagement tier; {@link EngagementRule#defaults()} by
   * default (CORE: 3 participations in 24 months, one a statement or side event; ACTIVE: 1 in 24
   * months).
   *
   * @return the rule
   * @since 0.1.0
   */
  @Value.Default
  public EngagementRule engagementRule() {
    return EngagementRule.defaults();
  }

  /**
   * The tiers that make an organization an "engaged CSO" in a cell's count; CORE and ACTIVE by default.
   * Setting tiers on the builder replaces the default.
   *
   * @return the tiers; empty makes every engaged count 0
   * @since 0.1.0
   */
  @Value.Default
  public Set<EngagementTier> engagedTiers() {
    return EnumSet.of(EngagementTier.CORE, EngagementTier.ACTIVE);
  }

  /**
   * A cell with fewer distinct CSOs than this is a {@link CellStatus#GAP}; 1 by default (a cell without
   * any CSO).
   *
   * @return the threshold, 0 or more (0 makes no cell a gap)
   * @since 0.1.0
   */
  @Value.Default
  public int gapBelow() {
    return 1;
  }

  /**
   * A cell with at least {@link #gapBelow()} but fewer distinct CSOs than this is
   * {@link CellStatus#WEAK}; 3 by default.
   *
   * @return the threshold, at least {@link #gapBelow()}
   * @since 0.1.0
   */
  @Value.Default
  public int weakBelow() {
    return 3;
  }

  /**
   * Priority weights of regions, by row id: an alpha-2 code, an M49 code or a grouping id. A row without
   * a weight of its own takes that of its nearest M49 ancestor that has one (so a weight for
   * {@code "002"} Africa covers its sub-regions and countries), else 1.0. Empty by default.
   *
   * @return the weights, each finite and 0 or more; 0 keeps a region out of the priority gaps
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Double> regionWeights();

  /**
   * Priority weights of themes, by column id: a thematic area id or a pillar id. At the area level an
   * area without a weight of its own takes its pillar's, else 1.0. Empty by default.
   *
   * @return the weights, each finite and 0 or more; 0 keeps a theme out of the priority gaps
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Double> themeWeights();

  /**
   * The first day of the period in which participations are counted; by default the day after the same
   * day twelve months before the as-of date. A participation counts on its session's first day (the
   * first day of its month or year where the day is not known), as in {@link EngagementRule}.
   *
   * @return the first day, inclusive
   * @since 0.1.0
   */
  @Value.Default
  public LocalDate participationStart() {
    return Dates.plusDays(Dates.minusMonths(asOf(), 12), 1);
  }

  /**
   * The last day of the period in which participations are counted; the as-of date by default.
   *
   * @return the last day, inclusive
   * @since 0.1.0
   */
  @Value.Default
  public LocalDate participationEnd() {
    return asOf();
  }

  /**
   * Whether {@link CellStatus#WEAK} cells are ranked among the priority gaps beside the
   * {@link CellStatus#GAP} cells; true by default.
   *
   * @return true to rank weak cells too
   * @since 0.1.0
   */
  @Value.Default
  public boolean prioritizeWeakCells() {
    return true;
  }

  /**
   * The most priority gaps a report lists; 50 by default. Every cell still carries its status.
   *
   * @return the limit, 0 or more
   * @since 0.1.0
   */
  @Value.Default
  public int maxPriorityGaps() {
    return 50;
  }

  /**
   * The most candidate organizations listed for one priority gap; 5 by default.
   *
   * @return the limit, 0 or more
   * @since 0.1.0
   */
  @Value.Default
  public int maxCandidatesPerGap() {
    return 5;
  }

  @Value.Check
  void check() {
    Checks.require(SupportedDates.contains(asOf()), "CoverageSettings", null, "asOf",
        "%s is outside the supported dates, %s", asOf(), SupportedDates.range());
    Checks.require(!organizationTypes().isEmpty(), "CoverageSettings", null, "organizationTypes", "must not be empty");
    Checks.require(!engagementTiers().isEmpty(), "CoverageSettings", null, "engagementTiers", "must not be empty");
    networks().forEach(n -> Checks.nonBlank(n, "CoverageSettings", "networks"));
    Checks.require(gapBelow() >= 0, "CoverageSettings", null, "gapBelow", "must be 0 or more: %d", gapBelow());
    Checks.require(weakBelow() >= gapBelow(), "CoverageSettings", null, "weakBelow",
        "(%d) must be at least gapBelow (%d)", weakBelow(), gapBelow());
    checkWeights(regionWeights(), "regionWeights");
    checkWeights(themeWeights(), "themeWeights");
    Checks.require(!participationEnd().isBefore(participationStart()), "CoverageSettings", null, "participationEnd",
        "%s is before participationStart %s", participationEnd(), participationStart());
    Checks.require(maxPriorityGaps() >= 0, "CoverageSettings", null, "maxPriorityGaps", "must be 0 or more: %d",
        maxPriorityGaps());
    Checks.require(maxCandidatesPerGap() >= 0, "CoverageSettings", null, "maxCandidatesPerGap",
        "must be 0 or more: %d", maxCandidatesPerGap());
  }

  private static void checkWeights(Map<String, Double> weights, String field) {
    weights.forEach((key, weight) -> {
      Checks.nonBlank(key, "CoverageSettings", field);
      Checks.require(Double.isFinite(weight) && weight >= 0, "CoverageSettings", null, field + "[" + key + "]",
          "must be finite and 0 or more: %s", weight);
    });
  }
}
