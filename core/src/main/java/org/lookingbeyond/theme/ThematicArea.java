package org.lookingbeyond.theme;

import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A thematic area of work within one pillar, such as "Drug prevention".
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ThematicArea {

  ThematicArea() {}

  /**
   * Creates a thematic area.
   *
   * @param id a stable lower-case id such as {@code "drug-prevention"}
   * @param name the display name
   * @param pillarId the id of the pillar it belongs to
   * @return the area
   * @throws org.lookingbeyond.InvalidValueException if an id is not lower-case words joined by hyphens, or the name is blank
   * @since 0.1.0
   */
  public static ThematicArea of(String id, String name, String pillarId) {
    return ImmutableThematicArea.of(id, name, pillarId);
  }

  /**
   * The stable id.
   *
   * @return the id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The display name.
   *
   * @return the name
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The id of the pillar the area belongs to.
   *
   * @return the pillar's id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String pillarId();

  @Value.Check
  void check() {
    Checks.slug(id(), "ThematicArea", "id");
    Checks.nonBlank(name(), "ThematicArea", "name");
    Checks.slug(pillarId(), "ThematicArea", "pillarId");
  }

  @Override
  public String toString() {
    return id();
  }
}
