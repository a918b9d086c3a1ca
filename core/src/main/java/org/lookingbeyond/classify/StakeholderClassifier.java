package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Status;

/**
 * Classifies organizations as stakeholders: who each one is to the unit as of a date, under the
 * classification policy version in force on that date, every field explained.
 *
 * <pre>{@code
 * StakeholderClassifier classifier = StakeholderClassifier.withDefaultPolicy();
 * StakeholderProfile p = classifier.classify(registry, "ke-harm-reduction-network", asOf);
 * p.salience().salienceClass();            // DEFINITIVE, ... or UNKNOWN with the missing facts named
 * Classification all = classifier.classifyAll(registry, asOf);   // compact; no text built
 * Portfolio summary = all.portfolio();
 * }</pre>
 *
 * <p>{@link #classifyAll} indexes the registry once and derives each organization from its own record
 * and history, never scanning the other organizations; it builds no explanation text until a profile is
 * asked for. Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class StakeholderClassifier {
  private final List<ClassificationPolicy> versions;

  private StakeholderClassifier(List<ClassificationPolicy> versions) {
    this.versions = versions;
  }

  /**
   * A classifier under the default policy ({@link DefaultClassificationPolicy}).
   *
   * @return the classifier
   * @since 0.1.0
   */
  public static StakeholderClassifier withDefaultPolicy() {
    return of(DefaultClassificationPolicy.policy());
  }

  /**
   * A classifier under versions of one classification policy; a classification as of a date uses the
   * version in force on it.
   *
   * @param versions the versions, of one policy id, with periods that do not overlap
   * @return the classifier
   * @throws IllegalArgumentException if there is no version, ids differ, two versions share a name or two
   *     periods overlap (every such problem listed)
   * @since 0.1.0
   */
  public static StakeholderClassifier of(List<ClassificationPolicy> versions) {
    List<ClassificationPolicy> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(ClassificationPolicy::effectiveFrom).thenComparing(ClassificationPolicy::version));
    List<String> problems = new ArrayList<>();
    if (sorted.isEmpty()) {
      problems.add("no policy version was given");
    }
    for (int i = 0; i < sorted.size(); i++) {
      ClassificationPolicy a = sorted.get(i);
      if (!a.id().equals(sorted.get(0).id())) {
        problems.add("policy " + a.id() + " " + a.version() + " is not a version of " + sorted.get(0).id());
      }
      for (int j = i + 1; j < sorted.size(); j++) {
        ClassificationPolicy b = sorted.get(j);
        if (a.version().equals(b.version())) {
          problems.add("two versions are both called " + a.version());
        }
        if (a.effectiveUntil().map(u -> !b.effectiveFrom().isAfter(u)).orElse(true)) {
          problems.add("versions " + a.version() + " and " + b.version() + " are both in force on "
              + b.effectiveFrom());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("classification policy versions: " + String.join("; ", problems));
    }
    return new StakeholderClassifier(List.copyOf(sorted));
  }

  /**
   * A classifier under versions of one classification policy.
   *
   * @param versions the versions
   * @return the classifier
   * @throws IllegalArgumentException as {@link #of(List)}
   * @since 0.1.0
   */
  public static StakeholderClassifier of(ClassificationPolicy... versions) {
    return of(List.of(versions));
  }

  /**
   * The policy versions, by effective date.
   *
   * @return the versions
   * @since 0.1.0
   */
  public List<ClassificationPolicy> versions() {
    return versions;
  }

  /**
   * The version in force on a day.
   *
   * @param asOf the day
   * @return the version
   * @throws IllegalArgumentException if no version is in force on that day
   * @since 0.1.0
   */
  public ClassificationPolicy policyFor(LocalDate asOf) {
    Optional<ClassificationPolicy> p = versions.stream().filter(v -> v.inForceOn(asOf)).findFirst();
    return p.orElseThrow(() -> new IllegalArgumentException("no version of classification policy "
        + versions.get(0).id() + " is in force on " + asOf));
  }

  /**
   * Classifies one organization, every field explained.
   *
   * @param registry the registry holding the organization and its history
   * @param organizationId the organization's id
   * @param asOf the day the profile holds on
   * @return the profile
   * @throws IllegalArgumentException if the registry has no such organization, no version is in force on
   *     the day, or a priority area of the policy is unknown to the registry's taxonomy
   * @since 0.1.0
   */
  public StakeholderProfile classify(Registry registry, String organizationId, LocalDate asOf) {
    Organization o = registry.findOrganization(organizationId).orElseThrow(() -> new IllegalArgumentException(
        "the registry has no organization with the id '" + organizationId + "'"));
    return new Classification(new RegistryIndex(registry, policyFor(asOf), asOf), List.of(o), false).profile(0);
  }

  /**
   * Classifies every organization of a registry on the bulk path: compact results, explanations on
   * request ({@link Classification#profile(int)}).
   *
   * @param registry the registry
   * @param asOf the day the classification holds on
   * @return the classification, one row per organization in the registry's order of ids
   * @throws IllegalArgumentException if no version is in force on the day, or a priority area of the
   *     policy is unknown to the registry's taxonomy
   * @since 0.1.0
   */
  public Classification classifyAll(Registry registry, LocalDate asOf) {
    return new Classification(new RegistryIndex(registry, policyFor(asOf), asOf), registry.organizations(), true);
  }

  /**
   * Judges an organization's RLO candidacy for any region the registry's geography knows (a
   * classification lists candidacies for the M49 regions, sub-regions and field office areas where it
   * operates; this asks about one region directly).
   *
   * @param registry the registry
   * @param organizationId the organization's id
   * @param region the region: a country, an M49 region at any level, or a grouping
   * @param asOf the day the candidacy holds on
   * @return the candidacy, each condition explained
   * @throws IllegalArgumentException if the registry has no such organization or its geography does not
   *     know the region, or no version is in force on the day
   * @since 0.1.0
   */
  public RloCandidacy rloCandidacy(Registry registry, String organizationId, RegionRef region, LocalDate asOf) {
    Organization o = registry.findOrganization(organizationId).orElseThrow(() -> new IllegalArgumentException(
        "the registry has no organization with the id '" + organizationId + "'"));
    ClassificationPolicy policy = policyFor(asOf);
    RegistryIndex index = new RegistryIndex(registry, policy, asOf);
    CandidateRegion r = index.region(region);
    Derivation d = new Derivation(index, o, registry.participationsOf(o.id()), false);
    Status legitimacy = policy.attributes().evaluator().evaluate(o.id(), d.stakeholderFacts(asOf), asOf)
        .outcome(ClassificationPolicy.LEGITIMACY).status();
    Optional<Boolean> legitimate = legitimacy == Status.UNKNOWN ? Optional.empty()
        : Optional.of(legitimacy == Status.PASS);
    return Profiles.candidacy(index, d, r, policy.rloCandidacy().evaluator().evaluate(o.id() + "@" + region,
        d.candidacyFacts(r, legitimate), asOf));
  }

  @Override
  public String toString() {
    return "StakeholderClassifier[" + versions.get(0).id() + ", " + versions.size() + " version(s)]";
  }
}
