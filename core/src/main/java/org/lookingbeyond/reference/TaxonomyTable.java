package org.lookingbeyond.reference;

import java.util.List;
import org.immutables.value.Value;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;

/**
 * The taxonomy table read from CSV: its pillars and thematic areas.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TaxonomyTable {

  TaxonomyTable() {}

  /**
   * Where the rows come from.
   *
   * @return the table's description
   * @since 0.1.0
   */
  public abstract TableInfo info();

  /**
   * The pillars, in the order of the file.
   *
   * @return the pillars
   * @since 0.1.0
   */
  public abstract List<Pillar> pillars();

  /**
   * The thematic areas, in the order of the file.
   *
   * @return the areas
   * @since 0.1.0
   */
  public abstract List<ThematicArea> areas();
}
