package org.lookingbeyond.coverage;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.internal.Checks;

/**
 * The rows of a coverage matrix: countries, M49 regions of one level, every grouping of one kind (such
 * as all field office areas) or a named set of groupings.
 *
 * <pre>{@code
 * GeographyLevel.m49(RegionLevel.SUB_REGION);                 // 015 Northern Africa, 202 Sub-Saharan Africa, ...
 * GeographyLevel.groupings(GroupingKind.FIELD_OFFICE_AREA);   // ROEA, ROMENA, ROSA, ...
 * GeographyLevel.groupings("Sahel and Horn", List.of("SAHEL", "HORN"));
 * }</pre>
 *
 * <p>At the {@link RegionLevel#INTERMEDIATE_REGION} level, a country that M49 assigns no intermediate
 * region (most of Asia and Europe) belongs to its sub-region, which then stands as a row beside the
 * intermediate regions: the finest M49 level each country has. Groupings may overlap and cut across
 * M49 regions; an organization counts once in every grouping that holds one of its countries.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class GeographyLevel {

  GeographyLevel() {}

  /**
   * What the rows are.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** One row per country or area. */
    COUNTRY,
    /** One row per M49 intermediate region, or sub-region for countries M49 assigns no intermediate region. */
    INTERMEDIATE_REGION,
    /** One row per M49 sub-region. */
    SUB_REGION,
    /** One row per M49 region. */
    REGION,
    /** One row per grouping of one {@link GroupingKind}. */
    GROUPING_KIND,
    /** One row per grouping of a named set. */
    GROUPINGS
  }

  /**
   * One row per country or area of the geography, by alpha-2 code.
   *
   * @return the level
   * @since 0.1.0
   */
  public static GeographyLevel country() {
    return new ImmutableGeographyLevel.Builder().kind(Kind.COUNTRY).build();
  }

  /**
   * One row per M49 region of a level, in the order of the M49 hierarchy.
   *
   * @param level the level
   * @return the geography level
   * @since 0.1.0
   */
  public static GeographyLevel m49(RegionLevel level) {
    switch (level) {
      case REGION:
        return new ImmutableGeographyLevel.Builder().kind(Kind.REGION).build();
      case SUB_REGION:
        return new ImmutableGeographyLevel.Builder().kind(Kind.SUB_REGION).build();
      default:
        return new ImmutableGeographyLevel.Builder().kind(Kind.INTERMEDIATE_REGION).build();
    }
  }

  /**
   * One row per grouping of a kind, such as every field office area or every UN regional group, by id.
   *
   * @param kind the kind of grouping
   * @return the geography level
   * @since 0.1.0
   */
  public static GeographyLevel groupings(GroupingKind kind) {
    return new ImmutableGeographyLevel.Builder().kind(Kind.GROUPING_KIND).groupingKind(kind).build();
  }

  /**
   * One row per grouping of a named set, by id; the groupings may be of any kind.
   *
   * @param label what the set stands for, shown in titles, such as {@code "Sahel and Horn of Africa"}
   * @param groupingIds the ids of the groupings
   * @return the geography level
   * @throws org.lookingbeyond.InvalidValueException if the label is blank or no id is given
   * @since 0.1.0
   */
  public static GeographyLevel groupings(String label, Collection<String> groupingIds) {
    return new ImmutableGeographyLevel.Builder().kind(Kind.GROUPINGS).label(label).groupingIds(groupingIds).build();
  }

  /**
   * What the rows are.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract Kind kind();

  /**
   * For {@link Kind#GROUPING_KIND}, the kind of grouping.
   *
   * @return the grouping kind, or empty for other kinds
   * @since 0.1.0
   */
  public abstract Optional<GroupingKind> groupingKind();

  /**
   * For {@link Kind#GROUPINGS}, the ids of the groupings, sorted.
   *
   * @return the ids; empty for other kinds
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> groupingIds();

  /**
   * For {@link Kind#GROUPINGS}, what the set stands for.
   *
   * @return the label, or empty for other kinds
   * @since 0.1.0
   */
  public abstract Optional<String> label();

  /**
   * The M49 level of the rows.
   *
   * @return the level for {@link Kind#REGION}, {@link Kind#SUB_REGION} and
   *     {@link Kind#INTERMEDIATE_REGION}; empty otherwise
   * @since 0.1.0
   */
  public Optional<RegionLevel> regionLevel() {
    switch (kind()) {
      case REGION:
        return Optional.of(RegionLevel.REGION);
      case SUB_REGION:
        return Optional.of(RegionLevel.SUB_REGION);
      case INTERMEDIATE_REGION:
        return Optional.of(RegionLevel.INTERMEDIATE_REGION);
      default:
        return Optional.empty();
    }
  }

  /**
   * What a row is, in words for titles, such as {@code "M49 sub-region"} or {@code "field office area"}.
   *
   * @return the description
   * @since 0.1.0
   */
  public String description() {
    switch (kind()) {
      case COUNTRY:
        return "country";
      case INTERMEDIATE_REGION:
        return "M49 intermediate region";
      case SUB_REGION:
        return "M49 sub-region";
      case REGION:
        return "M49 region";
      case GROUPING_KIND:
        switch (groupingKind().orElseThrow()) {
          case FIELD_OFFICE_AREA:
            return "field office area";
          case UN_REGIONAL_GROUP:
            return "UN regional group";
          default:
            return "custom grouping";
        }
      default:
        return label().orElseThrow();
    }
  }

  @Value.Check
  void check() {
    Checks.require(groupingKind().isPresent() == (kind() == Kind.GROUPING_KIND), "GeographyLevel", kind().name(),
        "groupingKind", "is given exactly for GROUPING_KIND");
    Checks.require(label().isPresent() == (kind() == Kind.GROUPINGS), "GeographyLevel", kind().name(), "label",
        "is given exactly for GROUPINGS");
    Checks.require(groupingIds().isEmpty() == (kind() != Kind.GROUPINGS), "GeographyLevel", kind().name(),
        "groupingIds", "are given exactly for GROUPINGS, at least one");
    label().ifPresent(l -> Checks.nonBlank(l, "GeographyLevel", "label"));
    groupingIds().forEach(id -> Checks.nonBlank(id, "GeographyLevel", "groupingIds"));
  }

  /**
   * The level in a short text form: the kind, with the grouping kind or ids where there are some.
   *
   * @return such as {@code "SUB_REGION"}, {@code "GROUPING_KIND:FIELD_OFFICE_AREA"} or
   *     {@code "GROUPINGS:[HORN, SAHEL]"}
   */
  @Override
  public String toString() {
    switch (kind()) {
      case GROUPING_KIND:
        return kind() + ":" + groupingKind().orElseThrow();
      case GROUPINGS:
        return kind() + ":" + groupingIds();
      default:
        return kind().name();
    }
  }
}
