package org.lookingbeyond.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.coverage.Fixtures.ANTI_CORRUPTION;
import static org.lookingbeyond.coverage.Fixtures.DRUG_PREVENTION;
import static org.lookingbeyond.coverage.Fixtures.analyze;
import static org.lookingbeyond.coverage.Fixtures.org;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.internal.CsvOut;
import org.lookingbeyond.internal.TextEscapes;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.internal.Csv;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.testing.XmlTree;

/** The four renderers: well-formed, complete, escaped and deterministic. */
class CoverageRenderersTest {
  private static final Registry REGISTRY = Fixtures.registry(
      org("ke-multi").in("KE", "UG", "TZ").on(DRUG_PREVENTION),
      org("ke-two").in("KE").on(DRUG_PREVENTION),
      org("ke-three").in("KE").on(DRUG_PREVENTION, ANTI_CORRUPTION),
      org("eg-cairo").in("EG").on(DRUG_PREVENTION),
      org("quoted").named("The \"Comma, Quote\" & <Angle> Society").in("FR").on(ANTI_CORRUPTION));
  private static final CoverageReport REPORT = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.SUB_REGION));

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static List<String> texts(XmlTree.Element root, String tag) {
    List<String> out = new ArrayList<>();
    root.all(tag).forEach(e -> out.add(e.text()));
    return out;
  }

  @Test
  void theHeatMapIsWellFormedSvgNamingEveryRowAndColumn() {
    XmlTree.Element svg = XmlTree.parse(CoverageRenderer.svg().render(REPORT));
    assertEquals("svg", svg.name());
    assertEquals(SVG_NS, svg.namespace());
    List<String> texts = texts(svg, "text");
    for (CoverageRow row : REPORT.rows()) {
      assertTrue(texts.contains(row.label()), row.label());
    }
    for (CoverageColumn column : REPORT.columns()) {
      assertTrue(texts.contains(column.name()), column.name());
    }
    assertTrue(texts(svg, "title").get(0).contains("as of 2025-06-30"), texts(svg, "title").get(0));
    assertTrue(texts.get(0).contains("as of 2025-06-30"), "the visible title carries the as-of date");
    assertTrue(texts.contains("Distinct CSOs per cell"), "a legend");
  }

  @Test
  void theHeatMapHasOneGroupPerCellAndMarksEveryGap() {
    List<XmlTree.Element> groups = XmlTree.parse(CoverageRenderer.svg().render(REPORT)).all("g");
    assertEquals(REPORT.cells().size(), groups.size());
    int hatched = 0;
    int dashed = 0;
    for (int i = 0; i < groups.size(); i++) {
      CoverageCell cell = REPORT.cells().get(i);
      List<XmlTree.Element> rects = groups.get(i).all("rect");
      assertEquals(SvgRenderer.BUCKET_COLOURS[SvgRenderer.bucket(cell.csoCount())], rects.get(0).attribute("fill"),
          cell.toString());
      for (XmlTree.Element marker : rects.subList(1, rects.size())) {
        if (marker.attribute("fill").equals("url(#gap-hatch)")) {
          hatched++;
          assertEquals(CellStatus.GAP, cell.status());
        } else if (!marker.attribute("stroke-dasharray").isEmpty()) {
          dashed++;
          assertEquals(CellStatus.WEAK, cell.status());
        }
      }
      String tooltip = groups.get(i).all("title").get(0).text();
      assertTrue(tooltip.contains(cell.statusReason()), tooltip);
      assertEquals(Integer.toString(cell.csoCount()), groups.get(i).all("text").get(0).text());
    }
    assertEquals(REPORT.count(CellStatus.GAP), hatched);
    assertEquals(REPORT.count(CellStatus.WEAK), dashed);
    assertEquals(1, REPORT.count(CellStatus.COVERED), "202 x drug-prevention has three CSOs");
  }

  @Test
  void aDocumentThatIsNotWellFormedFailsTheParse() {
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> XmlTree.parse("<svg><text>a & b</text></svg>"));
    assertTrue(e.getMessage().startsWith("not well-formed XML"), e.getMessage());
  }

  @Test
  void colourBucketsFollowTheDocumentedScale() {
    int[] counts = {0, 1, 2, 3, 4, 5, 9, 10, 19, 20, 49, 50, 1000};
    int[] buckets = {0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7};
    for (int i = 0; i < counts.length; i++) {
      assertEquals(buckets[i], SvgRenderer.bucket(counts[i]), "count " + counts[i]);
    }
    assertEquals("3-4", SvgRenderer.bucketLabel(3));
    assertEquals("1", SvgRenderer.bucketLabel(1));
    assertEquals("50+", SvgRenderer.bucketLabel(7));
  }

  @Test
  void textInTheHeatMapIsEscaped() {
    ReferenceData ref = ReferenceData.defaults().toBuilder()
        .addGrouping(Grouping.builder().id("R&D").name("Research <& Development> \"Area\" 'One'")
            .kind(GroupingKind.CUSTOM).addMembers("KE").build())
        .build();
    Registry registry = Fixtures.registry(ref, List.of(org("a").in("KE").on(DRUG_PREVENTION)), List.of(), List.of());
    CoverageReport r = analyze(registry, GeographyLevel.groupings("Q&A <groups>", List.of("R&D")));
    String svg = CoverageRenderer.svg().render(r);
    assertTrue(texts(XmlTree.parse(svg), "text").contains("R&D Research <& Development> \"Area\" 'One'"));
    assertTrue(svg.contains("R&amp;D Research &lt;&amp; Development&gt; &quot;Area&quot; &apos;One&apos;"));
    assertEquals("a\uFFFDb", TextEscapes.xml("a\u0001b"), "XML 1.0 forbids most control characters");
    assertEquals("\uD83D\uDE00", TextEscapes.xml("\uD83D\uDE00"), "a surrogate pair stays");
    assertEquals("\uFFFD", TextEscapes.xml("\uD83D"), "a lone surrogate does not");
  }

  @Test
  void csvQuotesWhatRfc4180RequiresAndParsesBack() {
    ReferenceData ref = ReferenceData.defaults().toBuilder()
        .addGrouping(Grouping.builder().id("CQ").name("Comma, \"Quote\"").kind(GroupingKind.CUSTOM)
            .addMembers("KE").build())
        .build();
    Registry registry = Fixtures.registry(ref, List.of(org("a").in("KE").on(DRUG_PREVENTION)), List.of(), List.of());
    CoverageReport r = analyze(registry, GeographyLevel.groupings("quoted", List.of("CQ")));
    String csv = CoverageRenderer.csv().render(r);
    assertTrue(csv.startsWith(String.join(",", CsvRenderer.HEADER) + "\r\n"));
    assertTrue(csv.contains("\r\nCQ,\"Comma, \"\"Quote\"\"\",anti-corruption,Anti-corruption,"), csv);
    assertTrue(csv.endsWith("\r\n"));
    assertEquals(csv.split("\r\n", -1).length - 2, r.cells().size(), "a header, one record per cell, a last CRLF");
    Csv.Table table = Csv.read(new StringReader(csv));
    assertEquals(List.of(), table.problems());
    assertEquals("Comma, \"Quote\"", table.rows().get(0).fields().get(1).value());
    assertEquals("plain", CsvOut.field("plain"));
    assertEquals("\"two\nlines\"", CsvOut.field("two\nlines"));
  }

  @Test
  void theTextTableIsAlignedAndExplainsItsCodes() {
    String text = CoverageRenderer.text().render(REPORT);
    List<String> lines = List.of(text.split("\n"));
    List<String> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.contains(" | ") && !line.startsWith(" ")) {
        rows.add(line);
      }
    }
    assertEquals(REPORT.rows().size() + 1, rows.size(), "one line per row and the totals");
    Set<Integer> bars = new HashSet<>();
    Set<Integer> widths = new HashSet<>();
    rows.forEach(l -> {
      bars.add(l.indexOf(" | "));
      widths.add(l.length());
    });
    assertEquals(1, bars.size(), "the totals column lines up");
    assertEquals(1, widths.size(), "every row has the same width");
    String kenya = rows.stream().filter(l -> l.startsWith("202 Sub-Saharan Africa")).findFirst().orElseThrow();
    assertTrue(kenya.contains(" 3  "), kenya);
    assertTrue(text.contains("  DP   drug-prevention: Drug prevention"), text);
    assertTrue(text.contains("1 of 187 cells covered (0.5%)"), text);
    assertTrue(text.contains("quoted: ") || !text.contains("Unplaceable"), "no unplaceable organization here");
  }

  @Test
  void markdownHasOneTableRowPerRowAndEscapesMarkup() {
    String md = CoverageRenderer.markdown().render(REPORT);
    for (CoverageRow row : REPORT.rows()) {
      assertTrue(md.contains("| " + row.label() + " |"), row.label());
    }
    assertTrue(md.contains("|---|---:|"), "a GFM table with right-aligned counts");
    assertTrue(md.contains("| 202 Sub-Saharan Africa | 1 *~* | 3 |"), md);
    assertEquals("a \\| b \\*c\\*", TextEscapes.markdown("a | b *c*"));
  }

  @Test
  void renderersGiveTheSameBytesUnderAnyDefaultLocale() {
    Locale saved = Locale.getDefault();
    List<String> root = new ArrayList<>();
    List<String> turkish = new ArrayList<>();
    List<String> german = new ArrayList<>();
    List<CoverageRenderer> renderers = List.of(CoverageRenderer.text(), CoverageRenderer.csv(),
        CoverageRenderer.markdown(), CoverageRenderer.svg());
    try {
      Locale.setDefault(Locale.ROOT);
      CoverageReport r = analyze(REGISTRY, GeographyLevel.m49(RegionLevel.SUB_REGION));
      renderers.forEach(x -> root.add(x.render(r)));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      renderers.forEach(x -> turkish.add(x.render(analyze(REGISTRY, GeographyLevel.m49(RegionLevel.SUB_REGION)))));
      Locale.setDefault(Locale.GERMANY);
      renderers.forEach(x -> german.add(x.render(r)));
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals(root, turkish);
    assertEquals(root, german);
    assertTrue(root.get(0).contains("HHI 0."), "decimal points, never commas");
  }

  @Test
  void renderersSayWhatTheyProduce() {
    assertEquals(List.of("txt", "csv", "md", "svg"), List.of(CoverageRenderer.text().fileExtension(),
        CoverageRenderer.csv().fileExtension(), CoverageRenderer.markdown().fileExtension(),
        CoverageRenderer.svg().fileExtension()));
    assertEquals("image/svg+xml", CoverageRenderer.svg().mediaType());
    assertEquals("text/csv", CoverageRenderer.csv().mediaType());
  }
}
