package org.lookingbeyond.coverage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.internal.Checks;

/**
 * The result of a coverage analysis: every cell of the geography x theme matrix (empty ones included),
 * row and column totals of distinct organizations, concentration, priority gaps with candidates, and
 * every organization that passed the filters but fits in no cell.
 *
 * <p>Cells are in row-major order: the first row's cells in column order, then the second row's, and
 * so on. Every list is sorted, so the same registry and settings give an equal report, and the
 * renderers the same bytes. Reports are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CoverageReport {

  CoverageReport() {}

  /**
   * Returns a builder; reports normally come from {@link CoverageAnalyzer#analyze}.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CoverageReport} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageReport.Builder {
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
   * The settings the report was made with.
   *
   * @return the settings
   * @since 0.1.0
   */
  public abstract CoverageSettings settings();

  /**
   * The day the report holds on, {@code settings().asOf()}.
   *
   * @return the as-of date
   * @since 0.1.0
   */
  public LocalDate asOf() {
    return settings().asOf();
  }

  /**
   * The number of organizations in the registry analyzed, before any filter.
   *
   * @return the registry's size
   * @since 0.1.0
   */
  public abstract int registryOrganizations();

  /**
   * How many organizations each filter left out, every {@link Exclusion} present.
   *
   * @return the counts, in the order of {@link Exclusion}
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedMap<Exclusion, Integer> exclusions();

  /**
   * The organizations that passed every filter but fit in no cell, by id.
   *
   * @return the unplaceable organizations
   * @since 0.1.0
   */
  public abstract List<UnplaceableOrganization> unplaceable();

  /**
   * The number of distinct organizations counted in at least one cell: the grand total.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int placedOrganizations();

  /**
   * The alpha-2 codes of countries where counted or unplaceable organizations operate that no row holds,
   * sorted: the blind spots of the chosen geography level (such as countries no field office covers).
   *
   * @return the codes
   * @since 0.1.0
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> countriesOutsideRows();

  /**
   * The rows, in the order of the geography level: countries by alpha-2 code, M49 regions in hierarchy
   * order (region, then sub-region, then code), groupings by id.
   *
   * @return the rows
   * @since 0.1.0
   */
  public abstract List<CoverageRow> rows();

  /**
   * The columns: thematic areas by pillar id and then area id, or pillars by id.
   *
   * @return the columns
   * @since 0.1.0
   */
  public abstract List<CoverageColumn> columns();

  /**
   * Every cell, in row-major order.
   *
   * @return the cells, {@code rows().size() x columns().size()} of them
   * @since 0.1.0
   */
  public abstract List<CoverageCell> cells();

  /**
   * How concentrated organizations are across the rows, whatever their theme: the concentration of the
   * row totals.
   *
   * @return the concentration
   * @since 0.1.0
   */
  public abstract Concentration overallConcentration();

  /**
   * The priority gaps, best first, at most {@link CoverageSettings#maxPriorityGaps()}.
   *
   * @return the gaps
   * @since 0.1.0
   */
  public abstract List<PriorityGap> priorityGaps();

  /**
   * The number of cells that qualified for the priority list (GAP cells, WEAK ones if
   * {@link CoverageSettings#prioritizeWeakCells()}, with a score above 0), listed or not.
   *
   * @return the count
   * @since 0.1.0
   */
  public abstract int priorityGapCount();

  /**
   * Things the integrator should know, sorted: such as a region or theme weight whose (known) id
   * matches no row or column of this report, so that it has no effect. An id the reference data does not
   * know is refused when the report is made.
   *
   * @return the warnings
   * @since 0.1.0
   */
  public abstract List<String> warnings();

  /**
   * The cell of a row and a column.
   *
   * @param rowId the row's id
   * @param columnId the column's id
   * @return the cell
   * @throws UnknownIdException if the report has no such row or column
   * @since 0.1.0
   */
  public CoverageCell cell(String rowId, String columnId) {
    return cells().get(rowIndex(rowId) * columns().size() + columnIndex(columnId));
  }

  /**
   * The row with an id.
   *
   * @param rowId the row's id
   * @return the row
   * @throws UnknownIdException if the report has no such row
   * @since 0.1.0
   */
  public CoverageRow row(String rowId) {
    return rows().get(rowIndex(rowId));
  }

  /**
   * The column with an id.
   *
   * @param columnId the column's id
   * @return the column
   * @throws UnknownIdException if the report has no such column
   * @since 0.1.0
   */
  public CoverageColumn column(String columnId) {
    return columns().get(columnIndex(columnId));
  }

  /**
   * The cells of a row, in column order.
   *
   * @param rowId the row's id
   * @return the cells
   * @throws UnknownIdException if the report has no such row
   * @since 0.1.0
   */
  public List<CoverageCell> rowCells(String rowId) {
    int from = rowIndex(rowId) * columns().size();
    return cells().subList(from, from + columns().size());
  }

  /**
   * The number of cells with a status.
   *
   * @param status the status
   * @return the count
   * @since 0.1.0
   */
  public int count(CellStatus status) {
    return (int) cells().stream().filter(c -> c.status() == status).count();
  }

  /**
   * The share of cells that are {@link CellStatus#COVERED}.
   *
   * @return the share, in {@code [0, 1]}; 0 for a matrix without cells
   * @since 0.1.0
   */
  public double coveredShare() {
    return cells().isEmpty() ? 0 : (double) count(CellStatus.COVERED) / cells().size();
  }

  private int rowIndex(String rowId) {
    Integer i = rowIndexes().get(rowId);
    if (i == null) {
      throw UnknownIdException.of("row of this report (" + settings().geographyLevel().description() + ")", rowId,
          rowIndexes().keySet());
    }
    return i;
  }

  private int columnIndex(String columnId) {
    Integer i = columnIndexes().get(columnId);
    if (i == null) {
      throw UnknownIdException.of("column of this report (" + settings().themeLevel() + ")", columnId,
          columnIndexes().keySet());
    }
    return i;
  }

  @Value.Lazy
  Map<String, Integer> rowIndexes() {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < rows().size(); i++) {
      map.put(rows().get(i).id(), i);
    }
    return Map.copyOf(map);
  }

  @Value.Lazy
  Map<String, Integer> columnIndexes() {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < columns().size(); i++) {
      map.put(columns().get(i).id(), i);
    }
    return Map.copyOf(map);
  }

  @Value.Check
  void check() {
    int width = columns().size();
    Checks.require(cells().size() == rows().size() * width, "CoverageReport", null, "cells",
        "%d cells for %d rows x %d columns", cells().size(), rows().size(), width);
    Checks.require(rowIndexes().size() == rows().size(), "CoverageReport", null, "rows", "row ids must be unique");
    Checks.require(columnIndexes().size() == width, "CoverageReport", null, "columns", "column ids must be unique");
    for (int i = 0; i < cells().size(); i++) {
      CoverageCell c = cells().get(i);
      Checks.require(c.rowId().equals(rows().get(i / width).id()) && c.columnId().equals(columns().get(i % width).id()),
          "CoverageReport", null, "cells", "cell %d is %s x %s, not in row-major order", i, c.rowId(), c.columnId());
    }
    Checks.require(placedOrganizations() <= registryOrganizations(), "CoverageReport", null, "placedOrganizations",
        "%d placed organizations exceed the registry's %d", placedOrganizations(),
        registryOrganizations());
  }

  @Override
  public String toString() {
    return "CoverageReport[" + settings().geographyLevel() + " x " + settings().themeLevel() + " as of " + asOf()
        + ", " + rows().size() + " x " + columns().size() + " cells, " + placedOrganizations() + " organizations, "
        + count(CellStatus.GAP) + " gaps]";
  }
}
