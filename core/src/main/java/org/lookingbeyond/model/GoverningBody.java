package org.lookingbeyond.model;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * An intergovernmental body whose sessions civil society follows up, such as the Commission on
 * Narcotic Drugs, with the thematic mandate its follow-up concerns and its cadence.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class GoverningBody {

  GoverningBody() {}

  /**
   * Returns a builder of governing bodies.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link GoverningBody} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGoverningBody.Builder {
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
   * The body's code, such as {@code "CND"}, {@code "COSP"} or {@code "CONGRESS"}.
   *
   * @return the code
   * @since 0.1.0
   */
  public abstract String code();

  /**
   * The body's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The ids of the pillars or thematic areas the body's mandate covers (expand pillars with
   * {@link org.lookingbeyond.theme.Taxonomy#expand}).
   *
   * @return the ids, sorted
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> mandate();

  /**
   * How often the body meets.
   *
   * @return the cadence, or empty for a body without a fixed one
   * @since 0.1.0
   */
  public abstract Optional<Cadence> cadence();

  @Value.Check
  void check() {
    Checks.nonBlank(code(), "GoverningBody", "code");
    Checks.nonBlank(name(), "GoverningBody", code(), "name");
  }
}
