package org.lookingbeyond.reference;

import java.util.List;
import org.immutables.value.Value;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.M49Region;

/**
 * The countries table read from CSV: the countries and areas, and the M49 regions their rows name.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CountryTable {

  CountryTable() {}

  /**
   * Where the rows come from.
   *
   * @return the table's description
   * @since 0.1.0
   */
  public abstract TableInfo info();

  /**
   * The countries and areas, in the order of the file.
   *
   * @return the areas
   * @since 0.1.0
   */
  public abstract List<Area> areas();

  /**
   * The distinct M49 regions, sub-regions and intermediate regions the rows name, by code.
   *
   * @return the regions
   * @since 0.1.0
   */
  public abstract List<M49Region> regions();
}
