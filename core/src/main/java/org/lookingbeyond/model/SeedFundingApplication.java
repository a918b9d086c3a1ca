package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Checks;

/**
 * An RLO's application for seed funding to hold a regional consultation after a session.
 *
 * <p>Only the id, the applicant and the application date are required: an application with missing
 * facts is still an application, and the eligibility rules that need a missing fact report it as
 * unknown (the decision then needs review) rather than failing it.
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
  public static ImmutableSeedFundingApplication.Builder builder() {
    return new ImmutableSeedFundingApplication.Builder();
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
   * The ids of the thematic areas the consultation focuses on.
   *
   * @return the area ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> focusAreas();

  /**
   * The ISO 3166-1 alpha-2 codes of the Member States invited.
   *
   * @return the codes, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> invitedMemberStates();

  /**
   * The id of the UNODC field office involved.
   *
   * @return the office's id, or empty if none is named
   * @since 0.1.0
   */
  public abstract Optional<String> fieldOfficeId();

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
  void check() {
    Checks.nonBlank(id(), "SeedFundingApplication", "id");
    Checks.nonBlank(applicantId(), "SeedFundingApplication", id(), "applicantId");
    invitedMemberStates().forEach(c -> Checks.alpha2(c, "SeedFundingApplication", id(), "invitedMemberStates"));
  }

  @Override
  public String toString() {
    return "SeedFundingApplication[" + id() + "]";
  }
}
