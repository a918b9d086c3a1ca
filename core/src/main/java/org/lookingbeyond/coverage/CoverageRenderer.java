package org.lookingbeyond.coverage;

/**
 * Turns a {@link CoverageReport} into something a person reads or a program imports. Four renderers
 * come with the library:
 *
 * <ul>
 *   <li>{@link #text()}: an aligned plain-text table for a terminal, with totals, concentration,
 *       priority gaps and their candidates, unplaceable organizations and warnings;
 *   <li>{@link #csv()}: one RFC 4180 record per cell, for spreadsheets and other programs;
 *   <li>{@link #markdown()}: the table and the summary for a README, an issue or a wiki page;
 *   <li>{@link #svg()}: a self-contained SVG heat map, one square per cell coloured by its count, gaps
 *       hatched and outlined, with axis labels, row and column totals, a legend and a title with the
 *       as-of date.
 * </ul>
 *
 * <p>Renderers are stateless and safe to share between threads. Output is deterministic: the same
 * report gives the same text byte for byte, whatever the default locale (numbers are formatted with
 * {@link java.util.Locale#ROOT}).
 *
 * @since 0.1.0
 */
public interface CoverageRenderer {

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the rendered text
   * @since 0.1.0
   */
  String render(CoverageReport report);

  /**
   * The media type of the output, such as {@code "image/svg+xml"}.
   *
   * @return the media type
   * @since 0.1.0
   */
  String mediaType();

  /**
   * The usual file name extension of the output, without the dot, such as {@code "svg"}.
   *
   * @return the extension
   * @since 0.1.0
   */
  String fileExtension();

  /**
   * The plain-text renderer. Columns are headed by short codes (initials of the ids, such as
   * {@code DP} for drug-prevention) explained under the table; a cell shows its count of distinct CSOs,
   * followed by {@code !} for a gap and {@code ~} for a weak cell.
   *
   * @return the renderer
   * @since 0.1.0
   */
  static CoverageRenderer text() {
    return TextRenderer.INSTANCE;
  }

  /**
   * The CSV renderer: RFC 4180 (comma-separated, CRLF line ends, fields quoted where they hold a comma,
   * quote or line break), a header and one record per cell in row-major order, with the columns
   * {@code row_id, row_name, column_id, column_name, pillar_id, csos, engaged_csos, rlos,
   * participations, status, threshold_name, threshold, organization_ids} (ids separated by {@code ;}).
   *
   * @return the renderer
   * @since 0.1.0
   */
  static CoverageRenderer csv() {
    return CsvRenderer.INSTANCE;
  }

  /**
   * The Markdown renderer (GitHub-flavoured tables).
   *
   * @return the renderer
   * @since 0.1.0
   */
  static CoverageRenderer markdown() {
    return MarkdownRenderer.INSTANCE;
  }

  /**
   * The SVG heat map renderer. The colour of a cell follows an absolute scale of its count of distinct
   * CSOs, so that two reports compare by eye: 0 light grey, 1 {@code #ffffcc}, 2 {@code #c7e9b4},
   * 3-4 {@code #7fcdbb}, 5-9 {@code #41b6c4}, 10-19 {@code #1d91c0}, 20-49 {@code #225ea8},
   * 50 or more {@code #0c2c84} (a yellow-green-blue ramp). A gap is hatched in red with a red
   * outline; a weak cell has a dashed orange outline. Every cell carries a tooltip with its counts and
   * the reason for its status.
   *
   * @return the renderer
   * @since 0.1.0
   */
  static CoverageRenderer svg() {
    return SvgRenderer.INSTANCE;
  }
}
