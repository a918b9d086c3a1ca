package org.lookingbeyond.model;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.internal.Checks;

/**
 * A UNODC field office and the countries it covers. Office areas cut across M49 regions and may
 * overlap each other (ROEA and ROSAF both cover Madagascar, Mauritius, Seychelles and Tanzania).
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class FieldOffice {

  FieldOffice() {}

  /**
   * Returns a builder of field offices.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link FieldOffice} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableFieldOffice.Builder {
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
   * The library's stable id: the office's own code where it has one (such as {@code "ROEA"}), else one
   * made of kind, seat country and seat city (such as {@code "CO-NG-ABUJA"}).
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The office's own code, where a source shows one.
   *
   * @return the code, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> code();

  /**
   * The office's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public abstract String name();

  /**
   * The city of the seat.
   *
   * @return the city
   * @since 0.1.0
   */
  public abstract String seatCity();

  /**
   * The ISO 3166-1 alpha-2 code of the seat's country.
   *
   * @return the code
   * @since 0.1.0
   */
  public abstract String seatCountry();

  /**
   * The kind of office.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract FieldOfficeKind kind();

  /**
   * The ISO 3166-1 alpha-2 codes of the countries the office covers, sorted; empty for a liaison office.
   *
   * @return the codes
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> coveredCountries();

  /**
   * The period the coverage describes, as the source gives it (such as {@code "2016-2021"}).
   *
   * @return the period, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> asOf();

  /**
   * Where the data comes from.
   *
   * @return the source, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> source();

  /**
   * The office's area as a grouping of countries with the office's id.
   *
   * @return the grouping, of kind {@link GroupingKind#FIELD_OFFICE_AREA}
   * @since 0.1.0
   */
  public Grouping area() {
    return Grouping.builder()
        .id(id())
        .name(name())
        .kind(GroupingKind.FIELD_OFFICE_AREA)
        .members(coveredCountries())
        .source(source())
        .build();
  }

  /**
   * Whether the office covers a country.
   *
   * @param alpha2 the country's alpha-2 code
   * @return true if it is among the covered countries
   * @since 0.1.0
   */
  public boolean covers(String alpha2) {
    return coveredCountries().contains(alpha2);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "FieldOffice", "id");
    Checks.nonBlank(name(), "FieldOffice", id(), "name");
    Checks.nonBlank(seatCity(), "FieldOffice", id(), "seatCity");
    Checks.alpha2(seatCountry(), "FieldOffice", id(), "seatCountry");
    coveredCountries().forEach(c -> Checks.alpha2(c, "FieldOffice", id(), "coveredCountries"));
  }
}
