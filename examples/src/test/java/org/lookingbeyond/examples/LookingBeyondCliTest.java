package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.registry.Validation;

class LookingBeyondCliTest {

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private static void assertNoContactDetails(String text) {
    assertFalse(text.contains("example.org"), "an e-mail address was printed");
    for (Organization o : SampleRegistry.registry().organizations()) {
      for (String value : contactValues(o)) {
        assertFalse(text.contains(value), "a contact detail of " + o.id() + " was printed");
      }
    }
  }

  private static List<String> contactValues(Organization o) {
    List<String> values = new ArrayList<>();
    Optional<ContactDetails> c = o.contact();
    c.flatMap(ContactDetails::contactPerson).ifPresent(values::add);
    c.flatMap(ContactDetails::email).ifPresent(values::add);
    c.flatMap(ContactDetails::phone).ifPresent(values::add);
    c.flatMap(ContactDetails::postalAddress).ifPresent(values::add);
    return values;
  }

  @Test
  void theDemoPrintsEverySectionAndExitsWithZero() {
    CliRun r = run();
    assertEquals(0, r.code, r.err);
    assertEquals("", r.err);
    assertAll(
        () -> assertTrue(Pattern.compile("countries and areas \\(ISO 3166-1\\)\\s+249\\b").matcher(r.out).find()),
        () -> assertTrue(r.out.contains("sessions.csv")),
        () -> assertTrue(r.out.contains("Registry[19 organizations")),
        () -> assertTrue(r.out.contains("A. Reference data")),
        () -> assertTrue(r.out.contains("C. Who is where")),
        () -> assertTrue(Pattern.compile("002 Africa\\s+9\\s+18\\s").matcher(r.out).find(), "distinct vs pairs"),
        () -> assertTrue(Pattern.compile("ROEA UNODC Regional Office for Eastern Africa\\s+5\\s").matcher(r.out).find()),
        () -> assertTrue(r.out.contains("404      Kenya")),
        () -> assertTrue(r.out.contains("KZ Kazakhstan  142 Asia      143 Central Asia")),
        () -> assertTrue(r.out.contains("TZ Tanzania, United Republic of  AFRICAN                   ROEA ROSAF")),
        () -> assertTrue(r.out.contains("CND-67")),
        () -> assertTrue(Pattern.compile("CND-70 .*\\(projected\\)").matcher(r.out).find(), "projected session"),
        () -> assertFalse(r.out.contains("COSP-12"), "December 2027 is past the 12-month window"),
        () -> assertTrue(r.out.contains("GRANT-2024-002  ORG-SCLL       9500 USD")),
        () -> assertTrue(r.out.contains("not submitted")));
    assertTrue(r.out.contains("problems reported: " + RefusalDemo.EXPECTED.size()));
    for (String problem : RefusalDemo.EXPECTED) {
      assertTrue(r.out.contains("  - " + problem + ": "), "not printed: " + problem);
    }
    assertTrue(r.out.contains("must be an ISO 3166-1 alpha-2 code (two upper-case letters): 'ke'"));
    assertNoContactDetails(r.out);
  }

  @Test
  void twoRunsGiveIdenticalOutput() {
    assertEquals(run().out, run().out);
    assertEquals(run("sessions").out, run("sessions").out);
  }

  @Test
  void asOfMovesTheWindowOfUpcomingSessions() {
    CliRun r = run("--as-of", "2027-06-01");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("Looking Beyond SDK demo, as of 2027-06-01"));
    assertTrue(r.out.contains("COSP-12"));
    assertFalse(r.out.contains("CND-69-R1"));
  }

  @Test
  void countriesOfARegionAGroupingAndAll() {
    CliRun all = run("countries");
    assertEquals(0, all.code, all.err);
    assertTrue(all.out.contains("All countries and areas: 249"));
    CliRun eastern = run("countries", "014");
    assertEquals(0, eastern.code, eastern.err);
    assertTrue(eastern.out.contains("M49:014 Eastern Africa"));
    assertTrue(eastern.out.contains("KEN      404      Kenya"));
    CliRun rosa = run("countries", "rosa");
    assertEquals(0, rosa.code, rosa.err);
    assertTrue(rosa.out.contains("GROUPING:ROSA UNODC Regional Office for South Asia: 6 countries and areas"));
    assertTrue(rosa.out.contains("NPL      524      Nepal"));
    CliRun unknown = run("countries", "XYZ");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("Unknown region or grouping 'XYZ'"));
  }

  @Test
  void sessionsOfABodyInAPeriod() {
    CliRun cnd = run("sessions", "--body", "cnd");
    assertEquals(0, cnd.code, cnd.err);
    assertTrue(cnd.out.contains("CND-51"));
    assertTrue(cnd.out.contains("CND-67     CND   2024-03-14 .. 2024-03-22"));
    assertFalse(cnd.out.contains("CCPCJ"));
    CliRun period = run("sessions", "--from", "2024-01-01", "--to", "2024-12-31");
    assertEquals(0, period.code, period.err);
    assertTrue(period.out.contains("COP-12"));
    assertTrue(period.out.contains("CCPCJ-33"));
    assertFalse(period.out.contains("CND-66 "));
    assertFalse(period.out.contains("(projected)"));
    CliRun unknown = run("sessions", "--body", "XX");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("Unknown governing body 'XX'"));
  }

  @Test
  void organizationsByCountryRegionAndArea() {
    CliRun kenya = run("organizations", "--country", "KEN");
    assertEquals(0, kenya.code, kenya.err);
    assertTrue(kenya.out.contains("in KE Kenya: 4"));
    assertTrue(kenya.out.contains("ORG-LHRC"));
    assertFalse(kenya.out.contains("ORG-HRA "));
    CliRun prevention = run("organizations", "--area", "drug-prevention");
    assertEquals(0, prevention.code, prevention.err);
    assertTrue(prevention.out.contains("ORG-PPD"));
    assertFalse(prevention.out.contains("ORG-GII"));
    CliRun rosa = run("organizations", "--region", "ROSA", "--as-of", "2020-01-01");
    assertEquals(0, rosa.code, rosa.err);
    assertTrue(rosa.out.contains("ORG-GII"));
    assertTrue(rosa.out.contains("Networks on 2020-01-01"));
    assertNoContactDetails(kenya.out + prevention.out + rosa.out);
    assertEquals(2, run("organizations", "--country", "XX").code);
  }

  @Test
  void theSampleRegistryValidatesWithNoProblem() {
    Validation v = SampleRegistry.builder().validate();
    assertEquals(List.of(), v.problems().stream().map(RegistryProblem::toString).collect(java.util.stream.Collectors
        .toList()));
    Registry registry = v.orElseThrow();
    List<Organization> orgs = registry.organizations();
    assertEquals(19, orgs.size());
    for (Organization o : orgs) {
      assertTrue(o.name().endsWith("(fictional)"), o.name());
      o.contact().flatMap(ContactDetails::email).ifPresent(e -> assertTrue(e.endsWith("@example.org"), o.id()));
    }
    assertTrue(orgs.stream().anyMatch(o -> !o.isCso()));
    assertEquals(2, registry.designations().stream().filter(d -> d.region().equals(RegionRef.grouping("ROSA")))
        .count());
    assertEquals(9, registry.organizationsIn(RegionRef.m49("002")).size());
  }

  @Test
  void theBadInputFormsNoRegistryAndReportsEveryProblem() {
    Validation v = RefusalDemo.validateBadInput();
    assertFalse(v.isValid());
    assertEquals(RefusalDemo.EXPECTED.size(), v.problems().size());
    for (String expected : RefusalDemo.EXPECTED) {
      assertTrue(v.problems().stream().anyMatch(p -> p.toString().startsWith(expected + ": ")), expected);
    }
  }

  @Test
  void theDemoShowsCoverageEligibilityAllocationWhatIfAndJson() {
    CliRun demo = run();
    assertEquals(0, demo.code, demo.err);
    for (String section : List.of("G. Coverage: where is CSO engagement thin?", "H. Seed funding: who may get it",
        "I. Seed funding: a budget of 30000 USD allocated", "J. Seed funding: what if the policy changed?",
        "K. JSON documents")) {
      assertTrue(demo.out.contains(section), section);
    }
    assertTrue(demo.out.contains("APP-2026-005 G6 FAIL: application.amount = 27500 does not meet <= 20000 (maxAmount)"),
        "the reason of a failed gate, with the value and the limit");
    assertTrue(demo.out.contains("read back equal: true"));
    assertNoContactDetails(demo.out);
  }

  @Test
  void coverageRendersAsTextAndAsAnSvgFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    CliRun text = run("coverage", "--level", "region", "--theme", "pillar");
    assertEquals(0, text.code, text.err);
    assertTrue(text.out.contains("CSO coverage by M49 region and pillar"), text.out);
    java.nio.file.Path svg = dir.resolve("coverage.svg");
    CliRun file = run("coverage", "--level", "FIELD_OFFICE", "--format", "svg", "--output", svg.toString());
    assertEquals(0, file.code, file.err);
    String content = java.nio.file.Files.readString(svg);
    assertTrue(content.startsWith("<?xml") || content.startsWith("<svg"), content.substring(0, 40));
    assertTrue(content.contains("ROEA"), "the field office areas are the rows");
  }

  @Test
  void classifyRendersTheSampleAsTextCsvMarkdownJsonAndAnSvgGrid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    CliRun text = run("classify");
    assertEquals(0, text.code, text.err);
    assertTrue(text.out.contains("ORG-DINF"), text.out);
    assertTrue(text.out.contains("as of 2026-11-29") || text.out.contains("2026-11-29"), text.out);
    CliRun csv = run("classify", "--format", "csv");
    assertEquals(0, csv.code, csv.err);
    assertEquals(SampleRegistry.registry().organizations().size() + 1, csv.out.strip().lines().count(), csv.out);
    CliRun markdown = run("classify", "--format", "markdown", "--as-of", "2025-06-30");
    assertEquals(0, markdown.code, markdown.err);
    assertTrue(markdown.out.contains("|"), markdown.out);
    java.nio.file.Path json = dir.resolve("classification.json");
    CliRun file = run("classify", "--format", "json", "--output", json.toString());
    assertEquals(0, file.code, file.err);
    org.lookingbeyond.classify.ClassificationReport report = org.lookingbeyond.json.LookingBeyondJson.defaults()
        .read(org.lookingbeyond.json.DocumentType.CLASSIFICATION_REPORT, json).value();
    assertEquals(SampleRegistry.registry().organizations().size(), report.profiles().size());
    assertEquals(SampleRegistry.AS_OF, report.portfolio().asOf());
    java.nio.file.Path svg = dir.resolve("grid.svg");
    CliRun grid = run("classify", "--format", "svg", "--output", svg.toString());
    assertEquals(0, grid.code, grid.err);
    assertTrue(java.nio.file.Files.readString(svg).contains("<svg"));
  }
}
