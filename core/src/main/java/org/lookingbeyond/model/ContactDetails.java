package org.lookingbeyond.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach an organization. <strong>Personal data</strong>: every field is redacted from
 * {@link #toString()}, and the library never writes these values to logs or error messages.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ContactDetails {

  ContactDetails() {}

  /**
   * Returns a builder of contact details.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ContactDetails} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableContactDetails.Builder {
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
   * The name of the contact person.
   *
   * @return the name, or empty
   * @since 0.1.0
   */
  @Value.Redacted
  public abstract Optional<String> contactPerson();

  /**
   * The e-mail address.
   *
   * @return the address, or empty
   * @since 0.1.0
   */
  @Value.Redacted
  public abstract Optional<String> email();

  /**
   * The telephone number.
   *
   * @return the number, or empty
   * @since 0.1.0
   */
  @Value.Redacted
  public abstract Optional<String> phone();

  /**
   * The postal address.
   *
   * @return the address, or empty
   * @since 0.1.0
   */
  @Value.Redacted
  public abstract Optional<String> postalAddress();
}
