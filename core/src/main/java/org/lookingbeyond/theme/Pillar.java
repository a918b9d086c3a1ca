package org.lookingbeyond.theme;

import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * A pillar of the thematic taxonomy, such as "Improving health and human development".
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Pillar {

  Pillar() {}

  /**
   * Creates a pillar.
   *
   * @param id a stable lower-case id such as {@code "health-human-development"}
   * @param name the display name
   * @return the pillar
   * @throws org.lookingbeyond.InvalidValueException if the id is not lower-case words joined by hyphens, or the name is blank
   * @since 0.1.0
   */
  public static Pillar of(String id, String name) {
    return ImmutablePillar.of(id, name);
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

  @Value.Check
  void check() {
    Checks.slug(id(), "Pillar", "id");
    Checks.nonBlank(name(), "Pillar", "name");
  }

  @Override
  public String toString() {
    return id();
  }
}
