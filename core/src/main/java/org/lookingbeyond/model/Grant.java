package org.lookingbeyond.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * Seed funding granted to an organization for a consultation, and whether the consultation's report
 * came in.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Grant {

  Grant() {}

  /**
   * Returns a builder of grants.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Grant} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGrant.Builder {
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
   * The grant's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The grantee organization's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String organizationId();

  /**
   * The id of the application the grant answers.
   *
   * @return the application's id, or empty for a grant recorded without one
   * @since 0.1.0
   */
  public abstract Optional<String> applicationId();

  /**
   * The amount granted.
   *
   * @return the amount
   * @since 0.1.0
   */
  public abstract Money amount();

  /**
   * The first day of the funded consultation.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate consultationStart();

  /**
   * The last day of the funded consultation.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate consultationEnd();

  /**
   * The day the report is due, where the grant states it; otherwise the policy derives it from the
   * consultation's end (by default 30 days after).
   *
   * @return the date, or empty
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> reportDue();

  /**
   * The day the report was submitted.
   *
   * @return the date, or empty if not yet submitted
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> reportSubmitted();

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Grant", "id");
    Checks.nonBlank(organizationId(), "Grant", id(), "organizationId");
  }
}
