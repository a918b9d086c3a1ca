package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Checks;

/**
 * A regional consultation of civil society organizations, planned or held, hosted by a lead RLO with
 * co-hosts after a session.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Consultation {

  Consultation() {}

  /**
   * Returns a builder of consultations.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Consultation} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableConsultation.Builder {
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
   * The consultation's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * Where the consultation stands.
   *
   * @return the status
   * @since 0.1.0
   */
  public abstract ConsultationStatus status();

  /**
   * The region of the consultation.
   *
   * @return the region
   * @since 0.1.0
   */
  public abstract RegionRef region();

  /**
   * The id of the session it follows up.
   *
   * @return the session's id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> followsSessionId();

  /**
   * The id of the lead (hosting) organization.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String leadOrganizationId();

  /**
   * The ids of the co-hosts.
   *
   * @return the ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> coHostIds();

  /**
   * The first day.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate start();

  /**
   * The last day.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate end();

  /**
   * The ids of the thematic areas in focus.
   *
   * @return the area ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> focusAreas();

  /**
   * The id of the field office involved.
   *
   * @return the office's id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> fieldOfficeId();

  /**
   * The ids of the organizations invited.
   *
   * @return the ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> invitedOrganizationIds();

  /**
   * The ISO 3166-1 alpha-2 codes of the Member States invited.
   *
   * @return the codes, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> invitedMemberStates();

  /**
   * The id of the grant that funds it.
   *
   * @return the grant's id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> grantId();

  /**
   * The day the written record was delivered.
   *
   * @return the date, or empty if not (yet) delivered
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> recordSubmitted();

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Consultation", "id");
    Checks.nonBlank(leadOrganizationId(), "Consultation", id(), "leadOrganizationId");
    invitedMemberStates().forEach(c -> Checks.alpha2(c, "Consultation", id(), "invitedMemberStates"));
  }
}
