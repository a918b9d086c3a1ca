package org.lookingbeyond.geo;

import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A region, sub-region or intermediate region of the UN M49 standard, such as 202 Sub-Saharan Africa.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class M49Region {

  M49Region() {}

  /**
   * Returns a builder of regions.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link M49Region} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableM49Region.Builder {
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
   * The three-digit M49 code, such as {@code "202"}.
   *
   * @return the code
   * @since 0.1.0
   */
  public abstract String code();

  /**
   * The M49 name in English, such as {@code "Sub-Saharan Africa"}.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The level of this region in the hierarchy.
   *
   * @return the level
   * @since 0.1.0
   */
  public abstract RegionLevel level();

  /**
   * The code of the region one level up.
   *
   * @return the parent's code; empty exactly for a {@link RegionLevel#REGION}
   * @since 0.1.0
   */
  public abstract Optional<String> parentCode();

  @Value.Check
  void check() {
    Checks.threeDigits(code(), "M49Region", "code");
    Checks.nonBlank(name(), "M49Region", "name");
    parentCode().ifPresent(p -> Checks.threeDigits(p, "M49Region", "parentCode"));
    Checks.require(parentCode().isPresent() == (level() != RegionLevel.REGION), "M49Region", code(), "parentCode",
        "a %s %s a parent", level(),
        level() == RegionLevel.REGION ? "must not have" : "must have");
  }

  @Override
  public String toString() {
    return code() + " " + name();
  }
}
