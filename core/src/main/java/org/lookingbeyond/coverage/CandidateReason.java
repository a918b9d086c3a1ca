package org.lookingbeyond.coverage;

import java.util.List;
import org.immutables.value.Value;

/**
 * One reason why an organization could fill a gap, with the areas or rows it rests on.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CandidateReason {

  CandidateReason() {}

  /**
   * The two ways an organization can be close to a gap.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** It operates in the gap's row on another thematic area of the same pillar. */
    RELATED_AREA_HERE,
    /** It works on the gap's theme in a neighbouring row. */
    SAME_THEME_NEARBY
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CandidateReason} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCandidateReason.Builder {
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
   * The kind of reason.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract Kind kind();

  /**
   * What the reason rests on, in the report's order: the related areas' column ids for
   * {@link Kind#RELATED_AREA_HERE}, the neighbouring rows' ids for {@link Kind#SAME_THEME_NEARBY}.
   *
   * @return the ids
   * @since 0.1.0
   */
  public abstract List<String> via();

  /**
   * The reason in words.
   *
   * @return the message
   * @since 0.1.0
   */
  public abstract String message();
}
