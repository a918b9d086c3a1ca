package org.lookingbeyond.coverage;

/**
 * The columns of a coverage matrix: one per thematic area or one per pillar of the taxonomy.
 *
 * @since 0.1.0
 */
public enum ThemeLevel {
  /** One column per thematic area, ordered by pillar id and then by area id. */
  AREA,
  /** One column per pillar, ordered by id; an organization counts in a pillar if it works on any of its areas. */
  PILLAR
}
