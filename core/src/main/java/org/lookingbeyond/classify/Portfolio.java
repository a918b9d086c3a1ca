package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Checks;

/**
 * A registry's stakeholders at a glance: how many organizations fall in each salience class and group,
 * grid quadrant, engagement tier, scope, pillar and M49 region, and the lists a unit acts on: the
 * definitive stakeholders, the dormant ones (power without legitimacy or urgency), and, for each region
 * no active RLO covers, its candidate RLOs.
 *
 * <p>Counts by class, group, quadrant, tier and scope each add up to {@link #organizations()}; an
 * organization counts once in each of its pillars and each M49 region it operates in.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Portfolio {

  Portfolio() {}

  /**
   * Returns a builder, for readers of stored portfolios (such as a JSON report); classifications create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Portfolio} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePortfolio.Builder {
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
   * The organizations of an M49 region.
   *
   * @param region the region
   * @param name its name
   * @param organizations how many organizations operate in it
   * @since 0.1.0
   */
  public record RegionCount(RegionRef region, String name, int organizations) {}

  /**
   * A region that no RLO designation active on the as-of date covers, and the organizations that could
   * lead it.
   *
   * @param region the region
   * @param name its name
   * @param kind its kind
   * @param candidates the candidates (every condition passed), by id
   * @param toReview the organizations whose candidacy needs review (a condition unknown, none failed), by id
   * @since 0.1.0
   */
  public record RegionNeed(RegionRef region, String name, RegionKind kind, List<String> candidates,
      List<String> toReview) {
    /**
     * Creates the record; the lists are copied.
     *
     * @param region the region
     * @param name its name
     * @param kind its kind
     * @param candidates the candidates
     * @param toReview the organizations to review
     * @since 0.1.0
     */
    public RegionNeed {
      candidates = List.copyOf(candidates);
      toReview = List.copyOf(toReview);
    }
  }

  /**
   * The day the classification holds on.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public abstract LocalDate asOf();

  /**
   * The classification policy's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String policyId();

  /**
   * The classification policy's version.
   *
   * @return the version
   * @since 0.1.0
   */
  public abstract String policyVersion();

  /**
   * The classification policy's content hash.
   *
   * @return the hash
   * @since 0.1.0
   */
  public abstract String policyHash();

  /**
   * How many organizations were classified.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int organizations();

  /**
   * How many of them are civil society organizations.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int csos();

  /**
   * Organizations per salience class, every class listed.
   *
   * @return the counts
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<SalienceClass, Integer> byClass();

  /**
   * Organizations per salience group, every group listed.
   *
   * @return the counts
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<SalienceGroup, Integer> byGroup();

  /**
   * Organizations per grid quadrant, every quadrant listed.
   *
   * @return the counts
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<Quadrant, Integer> byQuadrant();

  /**
   * Organizations per engagement tier, every tier listed.
   *
   * @return the counts
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<EngagementTier, Integer> byTier();

  /**
   * Organizations per derived scope, every scope listed.
   *
   * @return the counts
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<Scope, Integer> byScope();

  /**
   * Organizations per pillar of the taxonomy, every pillar listed; one organization counts in each of its
   * pillars.
   *
   * @return the counts, by pillar id
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> byPillar();

  /**
   * Organizations per M49 region they operate in, by region code; regions without one are left out.
   *
   * @return the counts
   * @since 0.1.0
   */
  public abstract List<RegionCount> byRegion();

  /**
   * The DEFINITIVE stakeholders: power, legitimacy and urgency.
   *
   * @return their ids, sorted
   * @since 0.1.0
   */
  public abstract List<String> definitive();

  /**
   * The DORMANT stakeholders: power, but neither legitimacy nor urgency.
   *
   * @return their ids, sorted
   * @since 0.1.0
   */
  public abstract List<String> dormant();

  /**
   * The candidate regions (M49 regions, sub-regions and field office areas where a classified
   * organization operates) that no RLO designation active on the as-of date covers, in the
   * classification's order of regions, each with its candidates.
   *
   * @return the regions
   * @since 0.1.0
   */
  public abstract List<RegionNeed> regionsWithoutRlo();

  @Value.Check
  void check() {
    for (SortedMap<?, Integer> counts : List.of(byClass(), byGroup(), byQuadrant(), byTier(), byScope())) {
      int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
      Checks.require(sum == organizations(), "Portfolio", null, "counts",
          "%s add up to %d, not to the %d organizations", counts, sum, organizations());
    }
  }
}
