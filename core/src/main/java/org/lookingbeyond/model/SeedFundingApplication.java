package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.internal.SortedStrings;

/**
 * An RLO's application for seed funding to hold a regional consultation after a session.
 *
 * <p>Only the id, the applicant and the application date are required: an application with missing
 * facts is still an application, and the eligibility rules that need a missing fact report it as
 * unknown (the decision then needs review) rather than failing it.
 *
 * <p>The focus areas, the invited Member States and the field office tell "not stated" from "stated as
 * none": an application that says it invites no Member State fails the gate that needs one, as one
 * inviting only States of another region does, while one that does not say is unknown.
 *
 * <pre>{@code
 * SeedFundingApplication.builder().id("APP-1").applicantId("ORG-A").applicationDate(day)
 *     .focusAreas(Set.of("drug-prevention"))   // stated
 *     .invitedMemberStates(Set.of())           // stated as none
 *     .build();                                // field office not stated
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class SeedFundingApplication {

  SeedFundingApplication() {}

  /**
   * Returns a builder of applications.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SeedFundingApplication} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSeedFundingApplication.Builder {
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
   * The application's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The applying organization's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String applicantId();

  /**
   * The date the application was made; the policy in force on this date judges it.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate applicationDate();

  /**
   * Where the application stands.
   *
   * @return the status; {@link ApplicationStatus#SUBMITTED} by default
   * @since 0.1.0
   */
  @Value.Default
  public ApplicationStatus status() {
    return ApplicationStatus.SUBMITTED;
  }

  /**
   * The region the consultation is for: an M49 area or a field office area.
   *
   * @return the region, or empty if not given
   * @since 0.1.0
   */
  public abstract Optional<RegionRef> targetRegion();

  /**
   * The id of the session the consultation follows up.
   *
   * @return the session's id, or empty if not given
   * @since 0.1.0
   */
  public abstract Optional<String> followsSessionId();

  /**
   * The planned first day of the consultation.
   *
   * @return the date, or empty if not given
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> plannedStart();

  /**
   * The planned last day of the consultation.
   *
   * @return the date, or empty if not given
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> plannedEnd();

  /**
   * The amount requested.
   *
   * @return the amount, or empty if not given
   * @since 0.1.0
   */
  public abstract Optional<Money> amountRequested();

  /**
   * The ids of the thematic areas the consultation focuses on, if the application states them.
   *
   * <p>Empty when the application does not say (the eligibility gate that needs the areas is then
   * unknown); an empty set when it states that the consultation has no focus area (the gate then
   * fails). On the builder, {@code .focusAreas(Set.of("drug-prevention"))} states areas,
   * {@code .focusAreas(Set.of())} states none, and leaving the call out leaves them unstated.
   *
   * @return the area ids, sorted and unmodifiable, or empty if not stated
   * @since 0.1.0
   */
  public abstract Optional<Set<String>> focusAreas();

  /**
   * The ISO 3166-1 alpha-2 codes of the Member States invited, if the application states them.
   *
   * <p>Empty when the application does not say (the eligibility gate that needs them is then unknown);
   * an empty set when it states that no Member State is invited (the gate then fails). On the builder,
   * {@code .invitedMemberStates(Set.of("KE", "UG"))} states the invited States,
   * {@code .invitedMemberStates(Set.of())} states none, and leaving the call out leaves them unstated.
   *
   * @return the codes, sorted and unmodifiable, or empty if not stated
   * @since 0.1.0
   */
  public abstract Optional<Set<String>> invitedMemberStates();

  /**
   * The id of the UNODC field office involved.
   *
   * <p>Empty when no office is named: either the application does not say, or it states that no field
   * office is involved ({@link #noFieldOffice()}).
   *
   * @return the office's id, or empty if none is named
   * @since 0.1.0
   */
  public abstract Optional<String> fieldOfficeId();

  /**
   * Whether the application states that no UNODC field office is involved.
   *
   * <p>The field office has three states: named ({@code .fieldOfficeId("ROEA")}), stated as none
   * ({@code .noFieldOffice(true)}; the eligibility gate that needs the office then fails) and not stated
   * (neither call; the gate is then unknown). Naming an office and stating none at once is refused.
   *
   * @return true if the application states that no field office is involved; false by default
   * @since 0.1.0
   */
  @Value.Default
  public boolean noFieldOffice() {
    return false;
  }

  /**
   * The ids of the co-hosting organizations.
   *
   * @return the ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> coHostIds();

  /**
   * The funding cycle the application belongs to, such as {@code "2027"}; caps per applicant and per
   * region count within a cycle.
   *
   * @return the cycle, or empty to let the allocation decide
   * @since 0.1.0
   */
  public abstract Optional<String> cycle();

  @Value.Check
  SeedFundingApplication check() {
    Checks.nonBlank(id(), "SeedFundingApplication", "id");
    Checks.nonBlank(applicantId(), "SeedFundingApplication", id(), "applicantId");
    invitedMemberStates().ifPresent(s ->
        s.forEach(c -> Checks.alpha2(c, "SeedFundingApplication", id(), "invitedMemberStates")));
    Checks.require(!(noFieldOffice() && fieldOfficeId().isPresent()), "SeedFundingApplication", id(),
        "noFieldOffice", "is true but fieldOfficeId names '%s': state one or the other", fieldOfficeId().orElse(""));
    boolean frozen = focusAreas().map(SortedStrings::isFrozen).orElse(true)
        && invitedMemberStates().map(SortedStrings::isFrozen).orElse(true);
    if (frozen) {
      return this;
    }
    // a stated set is kept as a sorted, unmodifiable copy: the caller's set may change later
    return builder().from(this).focusAreas(focusAreas().map(SortedStrings::freeze))
        .invitedMemberStates(invitedMemberStates().map(SortedStrings::freeze)).build();
  }

  @Override
  public String toString() {
    return "SeedFundingApplication[" + id() + "]";
  }
}
