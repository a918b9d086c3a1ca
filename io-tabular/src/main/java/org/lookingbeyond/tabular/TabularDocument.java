package org.lookingbeyond.tabular;

import java.util.Objects;
import org.lookingbeyond.registry.Registry;

/**
 * A registry read from spreadsheet files, with the unknown columns kept to be written back.
 *
 * @param registry the registry
 * @param unknownColumns the columns no record type defines, with their values
 * @since 0.1.0
 */
public record TabularDocument(Registry registry, UnknownColumns unknownColumns) {

  /**
   * Checks that no component is null.
   *
   * @param registry the registry
   * @param unknownColumns the unknown columns
   * @since 0.1.0
   */
  public TabularDocument {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(unknownColumns, "unknownColumns");
  }

  /**
   * A document of a registry with no unknown column.
   *
   * @param registry the registry
   * @return the document
   * @since 0.1.0
   */
  public static TabularDocument of(Registry registry) {
    return new TabularDocument(registry, UnknownColumns.none());
  }
}
