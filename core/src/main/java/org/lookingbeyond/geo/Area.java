package org.lookingbeyond.geo;

import java.util.Optional;
import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A country or area of ISO 3166-1 with its place in the UN M49 hierarchy.
 *
 * <p>Codes are kept as M49 and ISO publish them: alpha codes in upper case, numeric codes as
 * three-digit strings with leading zeros ({@code "040"} for Austria). Antarctica is the one area that
 * M49 places in no region: its region codes are empty.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Area {

  Area() {}

  /**
   * Returns a builder of areas.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Area} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableArea.Builder {
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
   * The ISO 3166-1 alpha-2 code, such as {@code "AT"}.
   *
   * @return the alpha-2 code
   * @since 0.1.0
   */
  public abstract String alpha2();

  /**
   * The ISO 3166-1 alpha-3 code, such as {@code "AUT"}.
   *
   * @return the alpha-3 code
   * @since 0.1.0
   */
  public abstract String alpha3();

  /**
   * The ISO 3166-1 numeric code, which is also the M49 code of the country or area, such as
   * {@code "040"}.
   *
   * @return the numeric code
   * @since 0.1.0
   */
  public abstract String numeric();

  /**
   * The name of the country or area in English.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The M49 code of the region, such as {@code "150"} for Europe.
   *
   * @return the region code, or empty for an area that M49 places in no region (Antarctica)
   * @since 0.1.0
   */
  public abstract Optional<String> regionCode();

  /**
   * The M49 code of the sub-region, such as {@code "155"} for Western Europe.
   *
   * @return the sub-region code, or empty with the region code
   * @since 0.1.0
   */
  public abstract Optional<String> subRegionCode();

  /**
   * The M49 code of the intermediate region, such as {@code "014"} for Eastern Africa.
   *
   * @return the intermediate region code, or empty where M49 assigns none
   * @since 0.1.0
   */
  public abstract Optional<String> intermediateRegionCode();

  /**
   * The M49 code of this area's region at a level.
   *
   * @param level the level
   * @return the code, or empty where the area has none at that level
   * @since 0.1.0
   */
  public Optional<String> regionCode(RegionLevel level) {
    switch (level) {
      case REGION:
        return regionCode();
      case SUB_REGION:
        return subRegionCode();
      default:
        return intermediateRegionCode();
    }
  }

  @Value.Check
  void check() {
    Checks.alpha2(alpha2(), "Area", "alpha2");
    Checks.alpha3(alpha3(), "Area", "alpha3");
    Checks.threeDigits(numeric(), "Area", "numeric");
    Checks.nonBlank(name(), "Area", "name");
    regionCode().ifPresent(c -> Checks.threeDigits(c, "Area", "regionCode"));
    subRegionCode().ifPresent(c -> Checks.threeDigits(c, "Area", "subRegionCode"));
    intermediateRegionCode().ifPresent(c -> Checks.threeDigits(c, "Area", "intermediateRegionCode"));
    Checks.require(regionCode().isPresent() == subRegionCode().isPresent(), "Area", alpha2(), "subRegionCode",
        "a region code needs a sub-region code and the reverse");
    Checks.require(intermediateRegionCode().isEmpty() || subRegionCode().isPresent(), "Area", alpha2(),
        "intermediateRegionCode", "an intermediate region needs a sub-region");
  }

  @Override
  public String toString() {
    return alpha2() + " " + name();
  }
}
