package org.lookingbeyond.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicySet;
import org.lookingbeyond.rules.Verdict;

/**
 * A budget allocated across eligible applications: highest score first, ties by earlier application
 * date then id; at most {@code maxGrantsPerRegion} grants per target region (as the application names
 * it) and {@code maxGrantsPerApplicant} per applicant in each cycle (policy parameters), counting the
 * grants the registry already holds for applications of that cycle; no partial grants. Only pending
 * (SUBMITTED) applications are funded. An application that does not fit goes unfunded with its reason,
 * and the next ones are still tried. Every eligible application that is not funded says why;
 * applications not eligible are listed apart.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Allocation {

  Allocation() {}

  /**
   * Returns a builder, for readers of stored Allocation values (such as a JSON report); analyses create them.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Allocation} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAllocation.Builder {
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
   * Why an eligible application was not funded.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** The amount requested exceeds what is left of the budget. */
    BUDGET_EXHAUSTED,
    /** The target region already has its maximum of grants in the cycle. */
    REGION_CAP,
    /** The applicant already has its maximum of grants in the cycle. */
    APPLICANT_CAP,
    /** The application is not pending: already approved, rejected or withdrawn. */
    NOT_PENDING,
    /** The application names no amount, or an amount in another currency than the budget. */
    NO_AMOUNT_IN_BUDGET_CURRENCY
  }

  /**
   * A funded application.
   *
   * @param rank its place in the funding order, from 1
   * @param applicationId the application
   * @param applicantId the applicant
   * @param region the target region's text form
   * @param cycle the cycle (empty text when the application names none)
   * @param amount the amount granted (the amount requested)
   * @param score the score it was ranked by
   * @since 0.1.0
   */
  public record Award(int rank, String applicationId, String applicantId, String region, String cycle, Money amount,
      double score) {}

  /**
   * An eligible application that was not funded, and why.
   *
   * @param rank its place in the funding order, from 1
   * @param applicationId the application
   * @param reason the reason
   * @param message the reason with its numbers
   * @param facts the numbers compared, by name
   * @since 0.1.0
   */
  public record Unfunded(int rank, String applicationId, Reason reason, String message,
      SortedMap<String, String> facts) {
    /**
     * Creates the record; the facts are copied.
     *
     * @param rank its place in the funding order
     * @param applicationId the application
     * @param reason the reason
     * @param message the reason with its numbers
     * @param facts the numbers compared
     * @since 0.1.0
     */
    public Unfunded {
      facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
    }
  }

  /**
   * The budget.
   *
   * @return the budget
   * @since 0.1.0
   */
  public abstract Money budget();

  /**
   * The total granted.
   *
   * @return the amount
   * @since 0.1.0
   */
  public abstract Money granted();

  /**
   * What is left of the budget.
   *
   * @return the amount
   * @since 0.1.0
   */
  public abstract Money remaining();

  /**
   * The funded applications, in funding order.
   *
   * @return the awards
   * @since 0.1.0
   */
  public abstract List<Award> awards();

  /**
   * The eligible applications not funded, in funding order, each with its reason.
   *
   * @return the unfunded applications
   * @since 0.1.0
   */
  public abstract List<Unfunded> unfunded();

  /**
   * The applications whose decision was not ELIGIBLE, by id, with their verdict.
   *
   * @return application id to verdict
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Verdict> notEligible();

  /** An eligible decision and its application, in funding order once sorted. */
  private record Candidate(Decision decision, SeedFundingApplication application) {}

  static Allocation allocate(Registry registry, List<Decision> decisions, Money budget, PolicySet policies) {
    for (Policy p : policies.versions()) {
      Object currency = p.parameters().containsKey("currency") ? p.parameter("currency").value() : null;
      if (currency != null && !currency.equals(budget.currency().getCurrencyCode())) {
        throw Checks.invalid("Money", null, "currency", "the budget is in " + budget.currency() + "; policy "
            + p.id() + " " + p.version() + " judges amounts in " + currency);
      }
    }
    List<Candidate> eligible = new ArrayList<>();
    Map<String, Verdict> notEligible = new TreeMap<>();
    for (Decision d : decisions) {
      SeedFundingApplication a = registry.findApplication(d.subjectId()).orElseThrow(() ->
          UnknownIdException.of("application (the subject of a decision)", d.subjectId(),
              registry.applications().stream().map(SeedFundingApplication::id).collect(Collectors.toList())));
      if (d.verdict() == Verdict.ELIGIBLE) {
        eligible.add(new Candidate(d, a));
      } else {
        notEligible.put(a.id(), d.verdict());
      }
    }
    eligible.sort(Comparator.comparingDouble((Candidate x) -> -x.decision().score())
        .thenComparing(x -> x.application().applicationDate())
        .thenComparing(x -> x.application().id()));
    BigDecimal left = budget.amount();
    Map<String, Integer> perRegion = new HashMap<>();
    Map<String, Integer> perApplicant = new HashMap<>();
    for (org.lookingbeyond.model.Grant g : registry.grants()) {
      g.applicationId().flatMap(registry::findApplication).ifPresent(a -> {
        String cycle = a.cycle().orElse("");
        perRegion.merge(cycle + "\n" + a.targetRegion().map(Object::toString).orElse(""), 1, Integer::sum);
        perApplicant.merge(cycle + "\n" + a.applicantId(), 1, Integer::sum);
      });
    }
    List<Award> awards = new ArrayList<>();
    List<Unfunded> unfunded = new ArrayList<>();
    int rank = 0;
    for (Candidate x : eligible) {
      rank++;
      Decision d = x.decision();
      SeedFundingApplication a = x.application();
      Policy policy = policies.versions().stream().filter(p -> p.contentHash().equals(d.policyHash())).findFirst()
          .orElseThrow(() -> Checks.invalid("Decision", d.subjectId(), "policyHash", "was taken under "
              + d.policyId() + " " + d.policyVersion() + " (" + d.policyHash() + "), a policy this assessment does"
              + " not hold"));
      int maxRegion = (int) policy.parameter(FundingFacts.MAX_GRANTS_PER_REGION).asNumber();
      int maxApplicant = (int) policy.parameter(FundingFacts.MAX_GRANTS_PER_APPLICANT).asNumber();
      if (!a.status().isPending()) {
        unfunded.add(new Unfunded(rank, a.id(), Reason.NOT_PENDING, "the application is " + a.status()
            + ", not pending", new TreeMap<>(Map.of("status", a.status().name()))));
        continue;
      }
      Optional<Money> requested = a.amountRequested().filter(m -> m.currency().equals(budget.currency()));
      if (requested.isEmpty()) {
        unfunded.add(new Unfunded(rank, a.id(), Reason.NO_AMOUNT_IN_BUDGET_CURRENCY, "asks "
            + a.amountRequested().map(Money::toString).orElse("no amount") + "; the budget is in "
            + budget.currency(), new TreeMap<>(Map.of("amountRequested",
                a.amountRequested().map(Money::toString).orElse("none")))));
        continue;
      }
      Money amount = requested.get();
      String cycle = a.cycle().orElse("");
      String region = a.targetRegion().map(Object::toString).orElse("");
      int inRegion = perRegion.getOrDefault(cycle + "\n" + region, 0);
      int ofApplicant = perApplicant.getOrDefault(cycle + "\n" + a.applicantId(), 0);
      Map<String, String> facts = new TreeMap<>();
      facts.put("amountRequested", amount.toString());
      facts.put("budgetLeft", Money.of(left, budget.currency()).toString());
      facts.put("grantsInRegion", Integer.toString(inRegion));
      facts.put(FundingFacts.MAX_GRANTS_PER_REGION, Integer.toString(maxRegion));
      facts.put("grantsOfApplicant", Integer.toString(ofApplicant));
      facts.put(FundingFacts.MAX_GRANTS_PER_APPLICANT, Integer.toString(maxApplicant));
      Optional<Unfunded> refusal = Optional.empty();
      if (ofApplicant >= maxApplicant) {
        refusal = Optional.of(new Unfunded(rank, a.id(), Reason.APPLICANT_CAP, "applicant " + a.applicantId()
            + " already has " + ofApplicant + " grant(s) in cycle '" + cycle + "' (at most " + maxApplicant + ")",
            new TreeMap<>(facts)));
      } else if (inRegion >= maxRegion) {
        refusal = Optional.of(new Unfunded(rank, a.id(), Reason.REGION_CAP, "region " + region + " already has "
            + inRegion + " grant(s) in cycle '" + cycle + "' (at most " + maxRegion + ")", new TreeMap<>(facts)));
      } else if (amount.amount().compareTo(left) > 0) {
        refusal = Optional.of(new Unfunded(rank, a.id(), Reason.BUDGET_EXHAUSTED, "asks " + amount + "; "
            + Money.of(left, budget.currency()) + " of the budget is left (no partial grants)", new TreeMap<>(facts)));
      }
      if (refusal.isPresent()) {
        unfunded.add(refusal.get());
        continue;
      }
      left = left.subtract(amount.amount());
      perRegion.merge(cycle + "\n" + region, 1, Integer::sum);
      perApplicant.merge(cycle + "\n" + a.applicantId(), 1, Integer::sum);
      awards.add(new Award(rank, a.id(), a.applicantId(), region, cycle, amount, d.score()));
    }
    return Allocation.builder().budget(budget)
        .granted(Money.of(budget.amount().subtract(left), budget.currency()))
        .remaining(Money.of(left, budget.currency())).awards(awards).unfunded(unfunded).notEligible(notEligible)
        .build();
  }
}
