/**
 * Coverage analysis: the "who does what where" matrix of civil society organizations by geography
 * (country, M49 region at any level, field office area, UN regional group or an integrator's grouping)
 * and theme (thematic area or pillar), with gaps, concentration, priority gaps and the organizations
 * that could fill them, trends between two reports and renderers for people.
 *
 * <p>Entry point: {@link org.lookingbeyond.coverage.CoverageAnalyzer}, configured by
 * {@link org.lookingbeyond.coverage.CoverageSettings}; it reads a
 * {@link org.lookingbeyond.registry.Registry} and returns an immutable
 * {@link org.lookingbeyond.coverage.CoverageReport}, which a
 * {@link org.lookingbeyond.coverage.CoverageRenderer} turns into a text table, CSV, Markdown or an SVG
 * heat map. Two reports compare cell by cell with
 * {@link org.lookingbeyond.coverage.CoverageTrend#between(CoverageReport, CoverageReport)}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package org.lookingbeyond.coverage;

import org.jspecify.annotations.NullMarked;
import org.lookingbeyond.internal.ValueStyle;
