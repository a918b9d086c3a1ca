package org.lookingbeyond.tabular.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;

/** One record to its cells by header, in the forms {@link ReadCodecs} reads back to the same record. */
public final class WriteCodecs {
  private WriteCodecs() {}

  /** An organization's cells (its memberships go to their own file). */
  public static Map<String, String> organization(Organization o) {
    Cells c = new Cells();
    c.put("id", o.id()).put("name", o.name()).put("acronym", o.acronym()).put("type", o.type().name())
        .put("registration_date", o.registrationDate()).put("registration_country", o.registrationCountry())
        .put("headquarters_country", o.headquartersCountry())
        .put("operating_countries", join(o.operatingCountries())).put("thematic_areas", join(o.thematicAreas()))
        .put("declared_scope", o.declaredScope().map(Enum::name)).put("member_organizations",
            o.memberOrganizations());
    o.ecosocStatus().ifPresent(e -> c.put("ecosoc_category", e.category().name())
        .put("ecosoc_state", e.state().name()).put("ecosoc_year", Integer.toString(e.yearGranted())));
    DueDiligence d = o.dueDiligence();
    if (!d.equals(DueDiligence.notAssessed())) {
      c.put("tobacco_industry_ties", d.tobaccoIndustryTies().name()).put("sanctions_listed",
          d.sanctionsListed().name()).put("psea_measures", d.pseaMeasures().name())
          .put("due_diligence_assessed_on", d.assessedOn());
    }
    ContactDetails contact = o.contact().orElse(null);
    if (contact != null) {
      c.put("contact_person", contact.contactPerson()).put("email", contact.email()).put("phone", contact.phone())
          .put("postal_address", contact.postalAddress());
    }
    return c.cells;
  }

  /** A network membership's cells. */
  public static Map<String, String> membership(String organizationId, NetworkMembership m) {
    return new Cells().put("organization_id", organizationId).put("network_id", m.networkId())
        .put("since", Optional.of(m.since())).put("until", m.until()).cells;
  }

  /** A participation's cells. */
  public static Map<String, String> participation(Participation p) {
    return new Cells().put("organization_id", p.organizationId()).put("session_id", p.sessionId())
        .put("kind", p.kind().name()).cells;
  }

  /** A designation's cells. */
  public static Map<String, String> designation(RloDesignation d) {
    return new Cells().put("id", d.id()).put("organization_id", d.organizationId())
        .put("region", d.region().toString()).put("valid_from", Optional.of(d.validFrom()))
        .put("valid_until", d.validUntil()).cells;
  }

  /** An application's cells. */
  public static Map<String, String> application(SeedFundingApplication a) {
    Cells c = new Cells().put("id", a.id()).put("applicant_id", a.applicantId())
        .put("application_date", Optional.of(a.applicationDate())).put("status", a.status().name())
        .put("target_region", a.targetRegion().map(Object::toString))
        .put("follows_session_id", a.followsSessionId()).put("planned_start", a.plannedStart())
        .put("planned_end", a.plannedEnd())
        .put("focus_areas", a.focusAreas().map(WriteCodecs::joinOrNone))
        .put("invited_member_states", a.invitedMemberStates().map(WriteCodecs::joinOrNone))
        .put("field_office_id", a.fieldOfficeId()).put("no_field_office", a.noFieldOffice() ? "TRUE" : "")
        .put("co_host_ids", join(a.coHostIds())).put("cycle", a.cycle());
    a.amountRequested().ifPresent(m -> c.put("amount_requested", m.amount().toPlainString())
        .put("currency", m.currency().getCurrencyCode()));
    return c.cells;
  }

  /** A grant's cells. */
  public static Map<String, String> grant(Grant g) {
    return new Cells().put("id", g.id()).put("organization_id", g.organizationId())
        .put("application_id", g.applicationId()).put("amount", g.amount().amount().toPlainString())
        .put("currency", g.amount().currency().getCurrencyCode())
        .put("consultation_start", Optional.of(g.consultationStart()))
        .put("consultation_end", Optional.of(g.consultationEnd())).put("report_due", g.reportDue())
        .put("report_submitted", g.reportSubmitted()).cells;
  }

  /** A consultation's cells. */
  public static Map<String, String> consultation(Consultation k) {
    return new Cells().put("id", k.id()).put("status", k.status().name()).put("region", k.region().toString())
        .put("follows_session_id", k.followsSessionId()).put("lead_organization_id", k.leadOrganizationId())
        .put("co_host_ids", join(k.coHostIds())).put("start", Optional.of(k.start()))
        .put("end", Optional.of(k.end())).put("focus_areas", join(k.focusAreas()))
        .put("field_office_id", k.fieldOfficeId()).put("invited_organization_ids", join(k.invitedOrganizationIds()))
        .put("invited_member_states", join(k.invitedMemberStates())).put("grant_id", k.grantId())
        .put("record_submitted", k.recordSubmitted()).cells;
  }

  private static String join(Collection<String> items) {
    return String.join("; ", items);
  }

  private static String joinOrNone(Collection<String> items) {
    return items.isEmpty() ? org.lookingbeyond.tabular.internal.Cells.NONE : join(items);
  }

  /** Collects a record's cells. */
  private static final class Cells {
    final Map<String, String> cells = new HashMap<>();

    Cells put(String header, String text) {
      cells.put(header, text);
      return this;
    }

    Cells put(String header, Optional<?> value) {
      return put(header, value.map(v -> v instanceof LocalDate d ? d.toString() : v.toString()).orElse(""));
    }

    Cells put(String header, OptionalInt value) {
      return put(header, value.isPresent() ? Integer.toString(value.getAsInt()) : "");
    }
  }
}
