package org.lookingbeyond.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one policy over time. An application is judged under the version in force on its
 * application date; periods of two versions must not overlap.
 *
 * @since 0.1.0
 */
public final class PolicySet {
  private final List<Policy> versions;

  private PolicySet(List<Policy> versions) {
    this.versions = List.copyOf(versions);
  }

  /**
   * Creates a set of policy versions.
   *
   * @param policies the versions, of one policy id
   * @return the set
   * @throws PolicyException if ids differ, two versions share a name, or two periods overlap (every such
   *     pair is listed)
   * @since 0.1.0
   */
  public static PolicySet of(List<Policy> policies) {
    List<Policy> sorted = new ArrayList<>(policies);
    sorted.sort(Comparator.comparing(Policy::effectiveFrom).thenComparing(Policy::version));
    List<PolicyProblem> problems = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Policy a = sorted.get(i);
      if (!a.id().equals(sorted.get(0).id())) {
        problems.add(new PolicyProblem(PolicyProblem.Code.INVALID_PERIOD, "-", "policy " + a.id() + " "
            + a.version() + " is not a version of " + sorted.get(0).id()));
      }
      for (int j = i + 1; j < sorted.size(); j++) {
        Policy b = sorted.get(j);
        if (a.version().equals(b.version())) {
          problems.add(new PolicyProblem(PolicyProblem.Code.INVALID_PERIOD, "-", "two versions are both called "
              + a.version() + "; give each version its own name (Policy.Builder.version)"));
        }
        boolean overlap = a.effectiveUntil().map(u -> !b.effectiveFrom().isAfter(u)).orElse(true);
        if (overlap) {
          problems.add(new PolicyProblem(PolicyProblem.Code.INVALID_PERIOD, "-", "versions " + a.version() + " and "
              + b.version() + " are both in force on " + b.effectiveFrom()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(sorted.isEmpty() ? "-" : sorted.get(0).id(), problems);
    }
    return new PolicySet(sorted);
  }

  /**
   * Creates a set of policy versions.
   *
   * @param policies the versions
   * @return the set
   * @throws PolicyException if ids differ or two periods overlap
   * @since 0.1.0
   */
  public static PolicySet of(Policy... policies) {
    return of(List.of(policies));
  }

  /**
   * The versions, by effective date.
   *
   * @return the versions
   * @since 0.1.0
   */
  public List<Policy> versions() {
    return versions;
  }

  /**
   * The version in force on a day.
   *
   * @param date the day
   * @return the version, or empty if none is in force
   * @since 0.1.0
   */
  public Optional<Policy> inForceOn(LocalDate date) {
    return versions.stream().filter(p -> p.inForceOn(date)).findFirst();
  }
}
