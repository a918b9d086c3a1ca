package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.rules.BulkResult;
import org.lookingbeyond.rules.FactRecord;
import org.lookingbeyond.rules.FactTable;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/**
 * The classification of many organizations as of a date, kept compact: per organization (a row, in the
 * registry's order of ids) the CSO flag, scope, tier, the three attributes, salience class, scores,
 * quadrant and RLO candidacies are codes and numbers; no explanation text is built until a
 * {@link #profile(int)} is asked for, which is then equal to classifying that organization alone.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Classification {
  private static final SalienceClass[] CLASSES = SalienceClass.values();
  private static final Quadrant[] QUADRANTS = Quadrant.values();

  final RegistryIndex index;
  final Derivation[] derived;
  private final Map<String, Integer> rows = new HashMap<>();
  final BulkResult attributes;
  final BulkResult power;
  final BulkResult interest;
  private final int csoRule;
  private final int powerRule;
  private final int legitimacyRule;
  private final int urgencyRule;
  private final byte[] classes;
  private final byte[] quadrants;
  /** The RLO candidacy verdict of each organization for each of its candidate regions. */
  private final Verdict[] candidacy;

  /**
   * Classifies organizations.
   *
   * @param index the run's index
   * @param organizations the organizations, by id
   * @param wholeRegistry whether they are all the registry's organizations, so that their participations
   *     are read in one pass over the registry's (ordered the same way) rather than looked up one by one
   */
  Classification(RegistryIndex index, List<Organization> organizations, boolean wholeRegistry) {
    this.index = index;
    int n = organizations.size();
    this.derived = new Derivation[n];
    List<String> ids = new ArrayList<>(n);
    List<FactRecord> records = new ArrayList<>(n);
    List<Participation> all = index.registry.participations();
    int cursor = 0;
    for (int i = 0; i < n; i++) {
      Organization o = organizations.get(i);
      List<Participation> mine;
      if (wholeRegistry) {
        while (cursor < all.size() && all.get(cursor).organizationId().compareTo(o.id()) < 0) {
          cursor++;
        }
        int start = cursor;
        while (cursor < all.size() && all.get(cursor).organizationId().equals(o.id())) {
          cursor++;
        }
        mine = all.subList(start, cursor);
      } else {
        mine = index.registry.participationsOf(o.id());
      }
      derived[i] = new Derivation(index, o, mine, false);
      rows.put(o.id(), i);
      ids.add(o.id());
      records.add(derived[i].stakeholderFacts(index.asOf));
    }
    ClassificationPolicy policy = index.policy;
    FactTable table = FactTable.of(ClassificationFacts.STAKEHOLDER, ids, records);
    this.attributes = policy.attributes().evaluator().evaluateAll(table, index.asOf);
    this.power = policy.power().evaluator().evaluateAll(table, index.asOf);
    this.interest = policy.interest().evaluator().evaluateAll(table, index.asOf);
    this.csoRule = PolicyChecks.ruleIndex(policy.attributes(), ClassificationPolicy.CSO);
    this.powerRule = PolicyChecks.ruleIndex(policy.attributes(), ClassificationPolicy.POWER);
    this.legitimacyRule = PolicyChecks.ruleIndex(policy.attributes(), ClassificationPolicy.LEGITIMACY);
    this.urgencyRule = PolicyChecks.ruleIndex(policy.attributes(), ClassificationPolicy.URGENCY);
    this.classes = new byte[n];
    this.quadrants = new byte[n];
    ClassificationSettings s = policy.settings();
    for (int i = 0; i < n; i++) {
      classes[i] = (byte) SalienceClass.of(power(i), legitimacy(i), urgency(i)).ordinal();
      quadrants[i] = (byte) Quadrant.of(power.score(i), interest.score(i), s.powerThreshold(), s.interestThreshold())
          .ordinal();
    }
    this.candidacy = candidacies(n);
  }

  /**
   * The candidacy verdicts. The facts of a candidacy differ between an organization's candidate regions
   * only in {@link ClassificationFacts#OPERATES_IN_REGION}, which holds for each of them by construction
   * (they are the regions of its countries); the other facts follow from five values (CSO or not, scope,
   * legitimacy, tier, overdue reports) that few distinct combinations take. So each distinct combination
   * is evaluated once, on the bulk path, and its verdict holds for every organization and region with it.
   */
  private Verdict[] candidacies(int n) {
    Map<Long, Integer> combinations = new HashMap<>();
    int[] combinationOf = new int[n];
    List<String> ids = new ArrayList<>();
    List<FactRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Derivation d = derived[i];
      Status legitimate = legitimacy(i);
      long key = ((long) d.overdueReports << 12) | (d.tier.ordinal() << 8) | (legitimate.ordinal() << 4)
          | (d.scope.ordinal() << 1) | (d.organization.isCso() ? 1 : 0);
      Integer k = combinations.get(key);
      if (k == null) {
        k = records.size();
        combinations.put(key, k);
        ids.add("combination " + k);
        records.add(d.candidacyFacts(true, legitimate == Status.UNKNOWN ? Optional.empty()
            : Optional.of(legitimate == Status.PASS)));
      }
      combinationOf[i] = k;
    }
    BulkResult verdicts = index.policy.rloCandidacy().evaluator().evaluateAll(FactTable.of(
        ClassificationFacts.RLO_CANDIDACY, ids, records), index.asOf);
    Verdict[] out = new Verdict[n];
    for (int i = 0; i < n; i++) {
      out[i] = verdicts.verdict(combinationOf[i]);
    }
    return out;
  }

  /**
   * The day the classification holds on.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public LocalDate asOf() {
    return index.asOf;
  }

  /**
   * The policy applied.
   *
   * @return the policy
   * @since 0.1.0
   */
  public ClassificationPolicy policy() {
    return index.policy;
  }

  /**
   * The number of organizations.
   *
   * @return the rows
   * @since 0.1.0
   */
  public int size() {
    return derived.length;
  }

  /**
   * The row of an organization.
   *
   * @param organizationId the organization's id
   * @return the row, or empty if the organization was not classified
   * @since 0.1.0
   */
  public OptionalInt row(String organizationId) {
    Integer row = rows.get(organizationId);
    return row == null ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * The organization of a row.
   *
   * @param row the row
   * @return the organization
   * @since 0.1.0
   */
  public Organization organization(int row) {
    return derived[row].organization;
  }

  /**
   * Whether the organization of a row is a CSO (the outcome of the CSO rule passed).
   *
   * @param row the row
   * @return true for a CSO
   * @since 0.1.0
   */
  public boolean isCso(int row) {
    return attributes.status(row, csoRule) == Status.PASS;
  }

  /**
   * The derived scope of a row.
   *
   * @param row the row
   * @return the scope
   * @since 0.1.0
   */
  public Scope scope(int row) {
    return derived[row].scope;
  }

  /**
   * The engagement tier of a row.
   *
   * @param row the row
   * @return the tier
   * @since 0.1.0
   */
  public EngagementTier tier(int row) {
    return derived[row].tier;
  }

  /**
   * The status of the power attribute of a row.
   *
   * @param row the row
   * @return the status
   * @since 0.1.0
   */
  public Status power(int row) {
    return attributes.status(row, powerRule);
  }

  /**
   * The status of the legitimacy attribute of a row.
   *
   * @param row the row
   * @return the status
   * @since 0.1.0
   */
  public Status legitimacy(int row) {
    return attributes.status(row, legitimacyRule);
  }

  /**
   * The status of the urgency attribute of a row.
   *
   * @param row the row
   * @return the status
   * @since 0.1.0
   */
  public Status urgency(int row) {
    return attributes.status(row, urgencyRule);
  }

  /**
   * The salience class of a row.
   *
   * @param row the row
   * @return the class
   * @since 0.1.0
   */
  public SalienceClass salienceClass(int row) {
    return CLASSES[classes[row]];
  }

  /**
   * The power score of a row.
   *
   * @param row the row
   * @return the score, 0-100
   * @since 0.1.0
   */
  public double powerScore(int row) {
    return power.score(row);
  }

  /**
   * The interest score of a row.
   *
   * @param row the row
   * @return the score, 0-100
   * @since 0.1.0
   */
  public double interestScore(int row) {
    return interest.score(row);
  }

  /**
   * The grid quadrant of a row.
   *
   * @param row the row
   * @return the quadrant
   * @since 0.1.0
   */
  public Quadrant quadrant(int row) {
    return QUADRANTS[quadrants[row]];
  }

  /**
   * The regions a row's organization is a candidate RLO for (every condition passed), in the
   * classification's order of regions.
   *
   * @param row the row
   * @return the regions
   * @since 0.1.0
   */
  public List<RegionRef> candidateRegions(int row) {
    if (candidacy[row] != Verdict.ELIGIBLE) {
      return List.of();
    }
    List<RegionRef> out = new ArrayList<>();
    derived[row].candidates.forEach(r -> out.add(r.ref()));
    return Collections.unmodifiableList(out);
  }

  /**
   * The RLO candidacy verdict of a row, the same for each of the regions it operates in (they differ only
   * in the region, where it operates by construction).
   *
   * @param row the row
   * @return ELIGIBLE for a candidate, NEEDS_REVIEW when a condition is unknown and none failed, else
   *     INELIGIBLE
   * @since 0.1.0
   */
  public Verdict candidacy(int row) {
    return candidacy[row];
  }

  /**
   * The profile of a row, with every field explained; equal to classifying that organization alone.
   *
   * @param row the row
   * @return the profile
   * @throws IndexOutOfBoundsException if there is no such row
   * @since 0.1.0
   */
  public StakeholderProfile profile(int row) {
    return Profiles.profile(this, row);
  }

  /**
   * The profile of an organization.
   *
   * @param organizationId the organization's id
   * @return the profile
   * @throws IllegalArgumentException if the organization was not classified
   * @since 0.1.0
   */
  public StakeholderProfile profile(String organizationId) {
    Integer row = rows.get(organizationId);
    if (row == null) {
      throw new IllegalArgumentException("organization '" + organizationId + "' was not classified");
    }
    return profile(row);
  }

  /**
   * Every profile, in row order, each with every field explained (the costly part: ask for the rows you
   * show).
   *
   * @return the profiles
   * @since 0.1.0
   */
  public List<StakeholderProfile> profiles() {
    List<StakeholderProfile> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(profile(i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The portfolio summary of the classification.
   *
   * @return the summary
   * @since 0.1.0
   */
  public Portfolio portfolio() {
    return Profiles.portfolio(this);
  }

  @Override
  public String toString() {
    return "Classification[" + size() + " organizations as of " + index.asOf + " under " + index.policy.id() + " "
        + index.policy.version() + "]";
  }
}
