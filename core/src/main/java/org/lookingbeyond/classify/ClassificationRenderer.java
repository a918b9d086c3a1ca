package org.lookingbeyond.classify;

/**
 * Turns a {@link Classification} into something a person reads or a program imports. Four renderers
 * come with the library:
 *
 * <ul>
 *   <li>{@link #text()}: the portfolio summary, a table of the organizations and the action lists, for a
 *       terminal;
 *   <li>{@link #csv()}: one RFC 4180 record per organization, for spreadsheets and other programs;
 *   <li>{@link #markdown()}: the summary, the table and the action lists as GitHub-flavoured Markdown;
 *   <li>{@link #svg()}: a self-contained SVG power/interest grid, one point per group of organizations
 *       with close scores, quadrant labels and the thresholds, readable with hundreds of organizations.
 * </ul>
 *
 * <p>They read the compact classification and build no explanation; {@link #explain(StakeholderProfile)}
 * writes out one profile with every rule, fact and limit. Renderers are stateless and safe to share
 * between threads. Output is deterministic: the same classification gives the same text byte for byte,
 * whatever the default locale.
 *
 * @since 0.1.0
 */
public interface ClassificationRenderer {

  /**
   * Renders a classification.
   *
   * @param classification the classification
   * @return the rendered text
   * @since 0.1.0
   */
  String render(Classification classification);

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
   * The plain-text renderer: the policy and date, the counts of the portfolio, an aligned table with one
   * line per organization (id, name, CSO, scope, salience class and group, power and interest scores,
   * quadrant, engagement tier, the regions it is a candidate RLO for), and the action lists.
   *
   * @return the renderer
   * @since 0.1.0
   */
  static ClassificationRenderer text() {
    return TextOutput.INSTANCE;
  }

  /**
   * The CSV renderer: RFC 4180 (comma-separated, CRLF line ends, fields quoted where they hold a comma,
   * quote or line break), a header and one record per organization in row order, with the columns
   * {@code organization_id, organization_name, iati_type, cso, scope, declared_scope, scope_conflict,
   * pillars, relevance, power, legitimacy, urgency, salience_class, salience_group, power_score,
   * interest_score, quadrant, engagement_tier, rlo_candidate_for, rlo_designated_for} (lists separated by
   * {@code ;}, an unknown relevance empty).
   *
   * @return the renderer
   * @since 0.1.0
   */
  static ClassificationRenderer csv() {
    return CsvOutput.INSTANCE;
  }

  /**
   * The Markdown renderer (GitHub-flavoured tables): the counts, the organizations and the action lists.
   *
   * @return the renderer
   * @since 0.1.0
   */
  static ClassificationRenderer markdown() {
    return MarkdownOutput.INSTANCE;
  }

  /**
   * The SVG power/interest grid: interest across, power up, both 0-100, the thresholds drawn as lines
   * dividing the four quadrants, each labelled. Organizations whose scores fall in the same 5-point square
   * (squares aligned on the thresholds, so that none straddles a quadrant) are one point, sized by their
   * number and labelled with it; its colour is the most salient group among them (DEFINITIVE red,
   * EXPECTANT orange, LATENT blue, NONE grey, UNKNOWN white with a dashed outline), and its tooltip lists
   * the organizations (the first 25) and the classes.
   *
   * @return the renderer
   * @since 0.1.0
   */
  static ClassificationRenderer svg() {
    return GridSvg.INSTANCE;
  }

  /**
   * Writes out one profile: every field with its rule, the facts read, the limit and the missing facts,
   * as indented plain text.
   *
   * @param profile the profile
   * @return the text
   * @since 0.1.0
   */
  static String explain(StakeholderProfile profile) {
    return ProfileText.explain(profile);
  }
}
