package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;

/** Reads and writes what organizations do: participation, designations, applications, grants, consultations. */
public final class ActivityCodecs {
  private ActivityCodecs() {}

  /** The anchor of a record: its array's name and its id (or its pointer when it has no string id). */
  static String anchorOf(String array, Node node, String idField) {
    if (node instanceof Node.ObjectNode) {
      Node id = ((Node.ObjectNode) node).members().get(idField);
      if (id instanceof Node.ScalarNode && ((Node.ScalarNode) id).kind() == Node.ScalarNode.Kind.STRING) {
        return "/" + array + "/" + Node.escape(((Node.ScalarNode) id).text());
      }
    }
    return node.pointer();
  }

  static String participationAnchor(Node node) {
    if (node instanceof Node.ObjectNode) {
      var m = ((Node.ObjectNode) node).members();
      if (m.get("organizationId") instanceof Node.ScalarNode && m.get("sessionId") instanceof Node.ScalarNode
          && m.get("kind") instanceof Node.ScalarNode) {
        return "/participations/" + Node.escape(((Node.ScalarNode) m.get("organizationId")).text() + "@"
            + ((Node.ScalarNode) m.get("sessionId")).text() + "/" + ((Node.ScalarNode) m.get("kind")).text());
      }
    }
    return node.pointer();
  }

  public static Optional<Participation> readParticipation(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, participationAnchor(node), "a participation").flatMap(f -> {
      Optional<String> org = f.requiredString("organizationId");
      Optional<String> session = f.requiredString("sessionId");
      Optional<ParticipationKind> kind = f.requiredEnum("kind", ParticipationKind.class);
      return f.build(() -> Participation.of(org.orElseThrow(), session.orElseThrow(), kind.orElseThrow()));
    });
  }

  public static void write(Participation p, Out out) {
    out.startObject();
    out.string("organizationId", p.organizationId());
    out.string("sessionId", p.sessionId());
    out.enumValue("kind", p.kind());
    out.endObject("/participations/" + Node.escape(p.key()));
  }

  public static Optional<RloDesignation> readDesignation(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, anchorOf("designations", node, "id"), "a designation").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> org = f.requiredString("organizationId");
      Optional<RegionRef> region = f.requiredRegionRef("region");
      Optional<LocalDate> from = f.requiredDate("validFrom");
      Optional<LocalDate> until = f.date("validUntil");
      return f.build(() -> RloDesignation.builder().id(id.orElseThrow()).organizationId(org.orElseThrow())
          .region(region.orElseThrow()).validFrom(from.orElseThrow()).validUntil(until).build());
    });
  }

  public static void write(RloDesignation d, Out out) {
    out.startObject();
    out.string("id", d.id());
    out.string("organizationId", d.organizationId());
    out.string("region", d.region().toString());
    out.date("validFrom", d.validFrom());
    out.date("validUntil", d.validUntil());
    out.endObject("/designations/" + Node.escape(d.id()));
  }

  public static Optional<SeedFundingApplication> readApplication(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, anchorOf("applications", node, "id"), "an application").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> applicant = f.requiredString("applicantId");
      Optional<LocalDate> date = f.requiredDate("applicationDate");
      Optional<ApplicationStatus> status = f.enumValue("status", ApplicationStatus.class);
      var b = SeedFundingApplication.builder()
          .targetRegion(f.regionRef("targetRegion"))
          .followsSessionId(f.string("followsSessionId"))
          .plannedStart(f.date("plannedStart"))
          .plannedEnd(f.date("plannedEnd"))
          .amountRequested(f.money("amountRequested"))
          .focusAreas(f.statedStrings("focusAreas"))
          .invitedMemberStates(f.statedStrings("invitedMemberStates"))
          .fieldOfficeId(f.string("fieldOfficeId"))
          .noFieldOffice(f.bool("noFieldOffice").orElse(false))
          .coHostIds(f.strings("coHostIds"))
          .cycle(f.string("cycle"));
      status.ifPresent(b::status);
      return f.build(() -> b.id(id.orElseThrow()).applicantId(applicant.orElseThrow())
          .applicationDate(date.orElseThrow()).build());
    });
  }

  public static void write(SeedFundingApplication a, Out out) {
    String anchor = "/applications/" + Node.escape(a.id());
    out.startObject();
    out.string("id", a.id());
    out.string("applicantId", a.applicantId());
    out.date("applicationDate", a.applicationDate());
    out.enumValue("status", a.status());
    a.targetRegion().ifPresent(r -> out.string("targetRegion", r.toString()));
    out.string("followsSessionId", a.followsSessionId());
    out.date("plannedStart", a.plannedStart());
    out.date("plannedEnd", a.plannedEnd());
    a.amountRequested().ifPresent(m -> out.money("amountRequested", m, anchor));
    out.statedStrings("focusAreas", a.focusAreas());
    out.statedStrings("invitedMemberStates", a.invitedMemberStates());
    out.string("fieldOfficeId", a.fieldOfficeId());
    if (a.noFieldOffice()) {
      out.bool("noFieldOffice", true);
    }
    out.strings("coHostIds", a.coHostIds());
    out.string("cycle", a.cycle());
    out.endObject(anchor);
  }

  public static Optional<Grant> readGrant(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, anchorOf("grants", node, "id"), "a grant").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> org = f.requiredString("organizationId");
      Optional<Money> amount = f.requiredMoney("amount");
      Optional<LocalDate> start = f.requiredDate("consultationStart");
      Optional<LocalDate> end = f.requiredDate("consultationEnd");
      var b = Grant.builder().applicationId(f.string("applicationId")).reportDue(f.date("reportDue"))
          .reportSubmitted(f.date("reportSubmitted"));
      return f.build(() -> b.id(id.orElseThrow()).organizationId(org.orElseThrow()).amount(amount.orElseThrow())
          .consultationStart(start.orElseThrow()).consultationEnd(end.orElseThrow()).build());
    });
  }

  public static void write(Grant g, Out out) {
    String anchor = "/grants/" + Node.escape(g.id());
    out.startObject();
    out.string("id", g.id());
    out.string("organizationId", g.organizationId());
    out.string("applicationId", g.applicationId());
    out.money("amount", g.amount(), anchor);
    out.date("consultationStart", g.consultationStart());
    out.date("consultationEnd", g.consultationEnd());
    out.date("reportDue", g.reportDue());
    out.date("reportSubmitted", g.reportSubmitted());
    out.endObject(anchor);
  }

  public static Optional<Consultation> readConsultation(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, anchorOf("consultations", node, "id"), "a consultation").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<ConsultationStatus> status = f.requiredEnum("status", ConsultationStatus.class);
      Optional<RegionRef> region = f.requiredRegionRef("region");
      Optional<String> lead = f.requiredString("leadOrganizationId");
      Optional<LocalDate> start = f.requiredDate("start");
      Optional<LocalDate> end = f.requiredDate("end");
      var b = Consultation.builder()
          .followsSessionId(f.string("followsSessionId"))
          .coHostIds(f.strings("coHostIds"))
          .focusAreas(f.strings("focusAreas"))
          .fieldOfficeId(f.string("fieldOfficeId"))
          .invitedOrganizationIds(f.strings("invitedOrganizationIds"))
          .invitedMemberStates(f.strings("invitedMemberStates"))
          .grantId(f.string("grantId"))
          .recordSubmitted(f.date("recordSubmitted"));
      return f.build(() -> b.id(id.orElseThrow()).status(status.orElseThrow()).region(region.orElseThrow())
          .leadOrganizationId(lead.orElseThrow()).start(start.orElseThrow()).end(end.orElseThrow()).build());
    });
  }

  public static void write(Consultation c, Out out) {
    out.startObject();
    out.string("id", c.id());
    out.enumValue("status", c.status());
    out.string("region", c.region().toString());
    out.string("followsSessionId", c.followsSessionId());
    out.string("leadOrganizationId", c.leadOrganizationId());
    out.strings("coHostIds", c.coHostIds());
    out.date("start", c.start());
    out.date("end", c.end());
    out.strings("focusAreas", c.focusAreas());
    out.string("fieldOfficeId", c.fieldOfficeId());
    out.strings("invitedOrganizationIds", c.invitedOrganizationIds());
    out.strings("invitedMemberStates", c.invitedMemberStates());
    out.string("grantId", c.grantId());
    out.date("recordSubmitted", c.recordSubmitted());
    out.endObject("/consultations/" + Node.escape(c.id()));
  }
}
