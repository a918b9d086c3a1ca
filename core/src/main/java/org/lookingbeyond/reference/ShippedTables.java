package org.lookingbeyond.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.lookingbeyond.geo.GroupingKind;

/** The tables the core jar ships, opened from inside the module, and the reference data built from them. */
final class ShippedTables {
  private static final String RESOURCES = "/org/lookingbeyond/reference/";

  private ShippedTables() {}

  /** Holds the shipped data; loaded on first use of {@link ReferenceData#defaults()}. */
  static final class Defaults {
    static final ReferenceData INSTANCE = load();

    private Defaults() {}
  }

  static Reader open(TableName table) {
    // Class#getResourceAsStream reads the module's own resources, which a consumer module cannot.
    InputStream in = ShippedTables.class.getResourceAsStream(RESOURCES + table.fileName());
    if (in == null) {
      throw new ReferenceDataException(List.of(TableProblem.builder().code(TableProblem.Code.UNREADABLE)
          .table(table.fileName())
          .message("the shipped table is missing from the core jar (" + RESOURCES + table.fileName() + ")").build()));
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static ReferenceData load() {
    return ReferenceData.emptyBuilder()
        .countries(read(TableName.COUNTRIES, ReferenceTables::readCountries))
        .unRegionalGroups(read(TableName.UN_REGIONAL_GROUPS,
            (in, name) -> ReferenceTables.readGroupings(in, name, GroupingKind.UN_REGIONAL_GROUP)))
        .taxonomy(read(TableName.TAXONOMY, ReferenceTables::readTaxonomy))
        .networks(read(TableName.NETWORKS, ReferenceTables::readNetworks))
        .fieldOffices(read(TableName.FIELD_OFFICES, ReferenceTables::readFieldOffices))
        .governingBodies(read(TableName.GOVERNING_BODIES, ReferenceTables::readGoverningBodies))
        .sessions(read(TableName.SESSIONS, ReferenceTables::readSessions))
        .build();
  }

  private static <T> T read(TableName table, BiFunction<Reader, String, T> reader) {
    try (Reader r = open(table)) {
      return reader.apply(r, table.fileName());
    } catch (IOException e) {
      // Only closing can fail here; reading failures are already reported as the table's problems.
      throw new ReferenceDataException(List.of(TableProblem.builder().code(TableProblem.Code.UNREADABLE)
          .table(table.fileName()).message("the shipped table cannot be closed: " + e.getMessage()).build()), e);
    }
  }
}
