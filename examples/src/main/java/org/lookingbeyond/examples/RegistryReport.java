package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.geo.M49Region;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/** The parts of the demo that read the sample registry: its summary and who is where. */
final class RegistryReport {
  private final Registry registry;
  private final ReferenceData ref;
  private final Geography geo;
  private final LocalDate asOf;

  RegistryReport(Registry registry, LocalDate asOf) {
    this.registry = registry;
    this.ref = registry.reference();
    this.geo = ref.geography();
    this.asOf = asOf;
  }

  void summary(PrintWriter out) {
    out.println("  " + registry);
    out.println("  (fictional organizations; contact details are held but never printed: they are personal data)");
    out.println();
    organizationTable(registry.organizations(), asOf).print(out);

    out.println();
    out.println("  Due diligence (UNKNOWN is the default: nothing is assumed clean):");
    TextTable dd = new TextTable("Organization", "Tobacco ties", "Sanctions listed", "PSEA measures", "Assessed");
    for (Organization o : registry.organizations()) {
      DueDiligence d = o.dueDiligence();
      dd.row(o.id(), d.tobaccoIndustryTies(), d.sanctionsListed(), d.pseaMeasures(), Describe.date(d.assessedOn()));
    }
    dd.print(out);

    out.println();
    out.println("  Participations by session:");
    TextTable ps = new TextTable("Session", "When", "Attended>", "Oral>", "Written>", "Side event>", "Registered>",
        "Organizations");
    Map<String, List<Participation>> bySession = new TreeMap<>();
    registry.participations().forEach(p -> bySession.computeIfAbsent(p.sessionId(), k -> new java.util.ArrayList<>())
        .add(p));
    for (var s : registry.sessions()) {
      List<Participation> list = bySession.getOrDefault(s.id(), List.of());
      if (!list.isEmpty()) {
        ps.row(s.id(), Describe.when(s), count(list, ParticipationKind.ATTENDED),
            count(list, ParticipationKind.ORAL_STATEMENT), count(list, ParticipationKind.WRITTEN_STATEMENT),
            count(list, ParticipationKind.SIDE_EVENT), count(list, ParticipationKind.REGISTERED),
            list.stream().map(Participation::organizationId).distinct().collect(Collectors.joining(" ")));
      }
    }
    ps.print(out);

    out.println();
    out.println("  RLO designations:");
    TextTable rlo = new TextTable("Designation", "Organization", "Region", "From", "Until", "Holds on " + asOf);
    for (RloDesignation d : registry.designations()) {
      rlo.row(d.id(), d.organizationId(), Describe.region(ref, d.region()), d.validFrom(),
          Describe.date(d.validUntil()), d.activeOn(asOf) ? "yes" : "no");
    }
    rlo.print(out);

    out.println();
    out.println("  Seed-funding applications (as recorded; eligibility is not decided here):");
    TextTable apps = new TextTable("Application", "Applicant", "Applied", "Follows", "Target region", "Planned",
        "Requested>", "Status");
    for (SeedFundingApplication a : registry.applications()) {
      String planned = a.plannedStart().isPresent() || a.plannedEnd().isPresent()
          ? Describe.date(a.plannedStart()) + " .. " + Describe.date(a.plannedEnd()) : "(not given)";
      apps.row(a.id(), a.applicantId(), a.applicationDate(), a.followsSessionId().orElse("-"),
          a.targetRegion().map(r -> Describe.region(ref, r)).orElse("-"), planned,
          a.amountRequested().map(Object::toString).orElse("-"), a.status());
    }
    apps.print(out);

    out.println();
    out.println("  Grants:");
    TextTable grants = new TextTable("Grant", "Organization", "Amount>", "Consultation", "Report due", "Report submitted");
    for (Grant g : registry.grants()) {
      grants.row(g.id(), g.organizationId(), g.amount(), g.consultationStart() + " .. " + g.consultationEnd(),
          Describe.date(g.reportDue()), g.reportSubmitted().map(Object::toString).orElse("not submitted"));
    }
    grants.print(out);

    out.println();
    out.println("  Regional consultations:");
    TextTable cons = new TextTable("Consultation", "Status", "Region", "Follows", "Lead", "Co-hosts", "Dates",
        "Record delivered");
    for (Consultation c : registry.consultations()) {
      cons.row(c.id(), c.status(), Describe.region(ref, c.region()), c.followsSessionId().orElse("-"),
          c.leadOrganizationId(), Describe.words(c.coHostIds()), c.start() + " .. " + c.end(),
          Describe.date(c.recordSubmitted()));
    }
    cons.print(out);
  }

  /**
   * A table of organizations without any contact detail.
   *
   * @param orgs the organizations
   * @param asOf the day network memberships are read on
   * @return the table
   */
  static TextTable organizationTable(List<Organization> orgs, LocalDate asOf) {
    TextTable t = new TextTable("Organization", "Name", "IATI type", "CSO", "Operates in", "ECOSOC status",
        "Networks on " + asOf);
    for (Organization o : orgs) {
      t.row(o.id(), o.name(), o.type().code() + " " + o.type().label(), o.isCso() ? "yes" : "no",
          Describe.words(o.operatingCountries()), Describe.ecosoc(o), Describe.networksOn(o, asOf));
    }
    return t;
  }

  private static long count(List<Participation> list, ParticipationKind kind) {
    return list.stream().filter(p -> p.kind() == kind).count();
  }

  void whoIsWhere(PrintWriter out) {
    out.println("  An organization counts once in a region however many of its countries it operates in;");
    out.println("  \"Org x country\" counts the pairs, to show the difference.");
    out.println();
    TextTable regions = new TextTable("M49 region", "Organizations>", "Org x country>", "Ids");
    for (M49Region r : geo.regions(RegionLevel.REGION)) {
      regions.row(regionRow(r.toString(), RegionRef.m49(r.code())));
    }
    regions.print(out);
    out.println();
    TextTable subs = new TextTable("M49 sub-region or intermediate region", "Organizations>", "Org x country>", "Ids");
    for (M49Region r : geo.regions()) {
      if (r.level() != RegionLevel.REGION && !registry.organizationsIn(RegionRef.m49(r.code())).isEmpty()) {
        subs.row(regionRow(r.toString(), RegionRef.m49(r.code())));
      }
    }
    subs.print(out);
    out.println("  (sub-regions and intermediate regions without an organization are left out)");
    out.println();
    TextTable offices = new TextTable("Field office area", "Organizations>", "Org x country>", "Ids");
    int empty = 0;
    for (Grouping g : geo.groupings(GroupingKind.FIELD_OFFICE_AREA)) {
      if (registry.organizationsIn(RegionRef.grouping(g.id())).isEmpty()) {
        empty++;
      } else {
        offices.row(regionRow(g.id() + " " + TextTable.abbreviate(g.name(), 50), RegionRef.grouping(g.id())));
      }
    }
    offices.print(out);
    out.println("  (" + empty + " other field office areas have no organization of the sample)");
    out.println();
    TextTable groups = new TextTable("UN regional group", "Organizations>", "Org x country>", "Ids");
    for (Grouping g : geo.groupings(GroupingKind.UN_REGIONAL_GROUP)) {
      groups.row(regionRow(g.id() + " " + g.name(), RegionRef.grouping(g.id())));
    }
    groups.print(out);
  }

  /** A row for one region: its label, distinct organizations, organization-country pairs and the ids. */
  private Object[] regionRow(String label, RegionRef region) {
    List<Organization> orgs = registry.organizationsIn(region);
    Predicate<String> inRegion = c -> geo.contains(region, c);
    long pairs = orgs.stream().mapToLong(o -> o.operatingCountries().stream().filter(inRegion).count()).sum();
    String ids = orgs.stream().map(Organization::id).collect(Collectors.joining(" "));
    return new Object[] {label, orgs.size(), pairs, ids.isEmpty() ? "-" : ids};
  }
}
