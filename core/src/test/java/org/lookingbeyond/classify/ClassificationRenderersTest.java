package org.lookingbeyond.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lookingbeyond.classify.Stakeholders.*;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.internal.Csv;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.testing.XmlTree;

/** The four renderers and the explanation of a profile: complete, escaped, deterministic and readable. */
class ClassificationRenderersTest {
  private static final Registry REGISTRY = world(
      org("definitive").registered(LONG_AGO).network(40).memberOf("VNGOC"),
      org("dormant").in("KE", "FR").network(3),
      org("nobody"),
      org("quoted").in("FR").declares(GeographicScope.NATIONAL).registered(LONG_AGO)
          .ecosoc(EcosocStatus.Category.SPECIAL, EcosocStatus.State.ACTIVE))
      .core("definitive").pendingApplication("definitive").registry();
  private static final Classification ALL = StakeholderClassifier.withDefaultPolicy().classifyAll(
      renamed(REGISTRY, "quoted", "The \"Comma, Quote\" & <Angle> | Society\nof *Stars*"), AS_OF);

  private static Registry renamed(Registry r, String id, String name) {
    List<Organization> orgs = new ArrayList<>();
    r.organizations().forEach(o -> orgs.add(o.id().equals(id) ? o.toBuilder().name(name).build() : o));
    return Registry.builder().addOrganizations(orgs).addParticipations(r.participations())
        .addApplications(r.applications()).build();
  }

  @Test
  void theCsvHasAHeaderAndOneRecordPerOrganizationThatReadsBack() {
    String csv = ClassificationRenderer.csv().render(ALL);
    assertTrue(csv.endsWith("\r\n"));
    Csv.Table table = Csv.read(new StringReader(csv));
    assertEquals(Rows.HEADER, table.header());
    assertEquals(ALL.size(), table.rows().size());
    assertTrue(table.problems().isEmpty(), table.problems().toString());
    List<String> quoted = values(table, "quoted");
    assertEquals("The \"Comma, Quote\" & <Angle> | Society\nof *Stars*", quoted.get(1));
    assertEquals("NATIONAL", quoted.get(4));
    assertEquals("NATIONAL", quoted.get(5));
    assertEquals("false", quoted.get(6));
    List<String> definitive = values(table, "definitive");
    assertEquals("DEFINITIVE", definitive.get(12));
    assertEquals("M49:002;M49:202;GROUPING:ROEA", definitive.get(18));
    List<String> dormant = values(table, "dormant");
    assertEquals("DORMANT", dormant.get(12));
    assertEquals("INTERNATIONAL", dormant.get(4));
  }

  @Test
  void aNameThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
    Classification c = StakeholderClassifier.withDefaultPolicy().classifyAll(
        renamed(REGISTRY, "nobody", "=HYPERLINK(\"http://x.example\",\"x\")"), AS_OF);
    String csv = ClassificationRenderer.csv().render(c);
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\","), csv);
    assertEquals("'=HYPERLINK(\"http://x.example\",\"x\")",
        Csv.read(new StringReader(csv)).rows().get(c.row("nobody").getAsInt()).fields().get(1).value());
  }

  private static List<String> values(Csv.Table table, String id) {
    List<String> out = new ArrayList<>();
    table.rows().get(ALL.row(id).getAsInt()).fields().forEach(f -> out.add(f.value()));
    return out;
  }

  @Test
  void theTextTableShowsEveryOrganizationAndTheActionLists() {
    String text = ClassificationRenderer.text().render(ALL);
    assertTrue(text.startsWith("Stakeholder classification as of 2025-06-30 under stakeholder-classification 1.0"),
        text);
    for (int i = 0; i < ALL.size(); i++) {
      assertTrue(text.contains(ALL.organization(i).id() + "  "), ALL.organization(i).id());
    }
    assertTrue(text.contains("Definitive stakeholders (1): definitive"), text);
    assertTrue(text.contains("Dormant stakeholders, power only (1): dormant"), text);
    assertTrue(text.contains("M49:002 Africa: candidates definitive"), text);
    assertTrue(text.contains("Salience class:  NON_STAKEHOLDER 1, DORMANT 1"), text);
    assertEquals(-1, text.indexOf("Society\nof"), "a line break in a name does not break the table");
  }

  @Test
  void theMarkdownEscapesMarkupAndPipes() {
    String md = ClassificationRenderer.markdown().render(ALL);
    assertTrue(md.contains("The \"Comma, Quote\" & \\<Angle\\> \\| So..."), md);
    assertTrue(md.contains("| Id | Name | CSO | Scope | Class | Group | Power | Interest |"), md);
    assertTrue(md.contains("|---|---|---|---|---|---|---:|---:|"), md);
    assertTrue(md.contains("- **Definitive stakeholders** (1): definitive"), md);
  }

  @Test
  void theGridIsWellFormedSvgWithQuadrantsThresholdsAndOnePointPerOrganizationHere() {
    XmlTree.Element svg = XmlTree.parse(ClassificationRenderer.svg().render(ALL));
    assertEquals("svg", svg.name());
    List<String> texts = new ArrayList<>();
    svg.all("text").forEach(t -> texts.add(t.text()));
    assertTrue(texts.get(0).contains("as of 2025-06-30"));
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("KEY PLAYERS")), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("MINIMAL EFFORT")), texts.toString());
    List<XmlTree.Element> points = new ArrayList<>();
    svg.all("g").forEach(points::add);
    int organizations = 0;
    for (XmlTree.Element g : points) {
      String tip = g.all("title").get(0).text();
      organizations += Integer.parseInt(tip.substring(0, tip.indexOf(' ')));
    }
    assertEquals(ALL.size(), organizations, "every organization is in exactly one point");
    assertTrue(points.stream().anyMatch(g -> g.all("title").get(0).text().contains("\"Comma, Quote\" & <Angle>")
        || g.all("title").get(0).text().contains("quoted")));
  }

  @Test
  void fiveHundredOrganizationsAreGroupedIntoReadablePoints() {
    Classification big = StakeholderClassifier.withDefaultPolicy().classifyAll(crowd(500), AS_OF);
    String svg = ClassificationRenderer.svg().render(big);
    XmlTree.Element root = XmlTree.parse(svg);
    List<XmlTree.Element> points = root.all("g");
    assertTrue(points.size() < 120, points.size() + " points for 500 organizations");
    int total = 0;
    List<String> centres = new ArrayList<>();
    for (XmlTree.Element g : points) {
      String tip = g.all("title").get(0).text();
      total += Integer.parseInt(tip.substring(0, tip.indexOf(' ')));
      XmlTree.Element c = g.all("circle").get(0);
      String centre = c.attribute("cx") + "," + c.attribute("cy");
      assertTrue(!centres.contains(centre), "no two points share a centre: " + centre);
      centres.add(centre);
      assertTrue(Double.parseDouble(c.attribute("r")) <= 12, "a point fits its 5-point square");
      if (tip.contains(" and ")) {
        assertTrue(tip.matches(".* and \\d+ more"), tip);
      }
    }
    assertEquals(500, total);
    assertTrue(svg.length() < 200_000, "the document stays small: " + svg.length());
  }

  /** Organizations of many shapes: random countries, networks, statuses and registration dates. */
  private static Registry crowd(int n) {
    Random r = new Random(7);
    List<String> countries = List.of("KE", "UG", "FR", "IN", "BR", "EG", "US", "TH");
    World w = new World();
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "ORG-%03d", i);
      Org o = org(id).in(countries.get(r.nextInt(8)), countries.get(r.nextInt(8)))
          .registered(r.nextBoolean() ? LONG_AGO : AS_OF.minusMonths(6));
      if (r.nextInt(3) == 0) {
        o.memberOf("VNGOC");
      }
      if (r.nextInt(4) == 0) {
        o.ecosoc(EcosocStatus.Category.values()[r.nextInt(3)], EcosocStatus.State.ACTIVE);
      }
      if (r.nextInt(5) == 0) {
        o.network(10);
      }
      w.with(o);
      if (r.nextInt(3) == 0) {
        w.core(id);
      }
      if (r.nextInt(6) == 0) {
        w.pendingApplication(id);
      }
      if (r.nextInt(40) == 0) {
        w.rlo("D-" + id, id, RegionRef.m49("202"), LONG_AGO);
      }
    }
    return w.registry();
  }

  @Test
  void rendersAreDeterministic() {
    for (ClassificationRenderer r : List.of(ClassificationRenderer.text(), ClassificationRenderer.csv(),
        ClassificationRenderer.markdown(), ClassificationRenderer.svg())) {
      assertEquals(r.render(ALL), r.render(StakeholderClassifier.withDefaultPolicy().classifyAll(
          renamed(REGISTRY, "quoted", "The \"Comma, Quote\" & <Angle> | Society\nof *Stars*"), AS_OF)));
    }
    assertEquals("image/svg+xml", ClassificationRenderer.svg().mediaType());
    assertEquals("csv", ClassificationRenderer.csv().fileExtension());
  }

  @Test
  void anExplanationNamesEveryRuleFactAndLimit() {
    String text = ClassificationRenderer.explain(ALL.profile("definitive"));
    assertTrue(text.contains("Power: PASS: organization.memberOrganizations = 40 meets >= 1"), text);
    assertTrue(text.contains("Scope: SUBREGIONAL: 2 countries in 1 M49 sub-region [202] of 1 region [002]"), text);
    assertTrue(text.contains("limit: NATIONAL: 1 country;"), text);
    assertTrue(text.contains("Salience: DEFINITIVE"), text);
    assertTrue(text.contains("Quadrant: "), text);
    assertTrue(text.contains("    R6 No overdue grant report: PASS"), text);
    assertTrue(text.contains("organization.pendingApplications: [APP-definitive]"), text);
    String unknown = ClassificationRenderer.explain(StakeholderClassifier.withDefaultPolicy().classify(
        world(org("x").in()).registry(), "x", AS_OF));
    assertTrue(unknown.contains("missing: organization.operatingCountries"), unknown);
    assertTrue(unknown.contains("RLO candidacy: no region"), unknown);
  }
}
