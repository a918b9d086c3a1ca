package org.lookingbeyond.reference;

/**
 * The reference tables the core module ships, each with the file name it has in the jar (under
 * {@code org/lookingbeyond/reference/}). {@link ReferenceTables#shipped(TableName)} opens one, also for
 * a consumer on the module path, which cannot read the jar's resources directly.
 *
 * @since 0.1.0
 */
public enum TableName {
  /** The 249 ISO 3166-1 countries and areas with the UN M49 hierarchy; {@link ReferenceTables#readCountries}. */
  COUNTRIES("countries.csv"),
  /** The five UN regional groups, one row per member; {@link ReferenceTables#readGroupings}. */
  UN_REGIONAL_GROUPS("un_regional_groups.csv"),
  /** The thematic taxonomy, pillars and areas; {@link ReferenceTables#readTaxonomy}. */
  TAXONOMY("taxonomy.csv"),
  /** The umbrella networks; {@link ReferenceTables#readNetworks}. */
  NETWORKS("networks.csv"),
  /** The UNODC field offices and the countries they cover; {@link ReferenceTables#readFieldOffices}. */
  FIELD_OFFICES("field_offices.csv"),
  /** The governing bodies, their mandates and cadence; {@link ReferenceTables#readGoverningBodies}. */
  GOVERNING_BODIES("governing_bodies.csv"),
  /** The real sessions of the governing bodies; {@link ReferenceTables#readSessions}. */
  SESSIONS("sessions.csv");

  private final String fileName;

  TableName(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The table's file name in the jar, such as {@code "field_offices.csv"}; also the name its
   * {@link TableInfo} and problems carry.
   *
   * @return the file name
   * @since 0.1.0
   */
  public String fileName() {
    return fileName;
  }
}
