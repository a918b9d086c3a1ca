package org.lookingbeyond.tabular.internal;

import static org.lookingbeyond.tabular.internal.Column.contact;
import static org.lookingbeyond.tabular.internal.Column.optional;
import static org.lookingbeyond.tabular.internal.Column.required;

import java.util.List;
import java.util.Optional;

/** The record types of the registry, one file (or sheet) each, with their columns in order. */
public enum Sheet {
  ORGANIZATIONS("organizations", "organization", List.of(
      required("id", "the organization's id, unique", "org-1"),
      required("name", "the organization's name", "Harm Reduction Kenya"),
      optional("acronym", "short name", "HRK"),
      required("type", "IATI organisation type: a name such as NATIONAL_NGO, or its code such as 22", "NATIONAL_NGO"),
      optional("ecosoc_category", "ECOSOC consultative status: GENERAL, SPECIAL or ROSTER", "SPECIAL"),
      optional("ecosoc_state", "ECOSOC status state: ACTIVE, SUSPENDED or WITHDRAWN (with the category)", "ACTIVE"),
      optional("ecosoc_year", "year the ECOSOC status was granted (with the category)", "2015"),
      optional("registration_date", "date of legal registration", "2004-05-17"),
      optional("registration_country", "country of registration: code or name", "KE"),
      optional("headquarters_country", "country of the headquarters: code or name", "Kenya"),
      optional("operating_countries", "countries of operation: codes or names separated by ; or ,", "KE; UG"),
      optional("thematic_areas", "thematic area ids separated by ; or ,", "drugs-health"),
      optional("declared_scope", "declared geographic scope: NATIONAL, SUBREGIONAL, REGIONAL or INTERNATIONAL", "NATIONAL"),
      optional("member_organizations", "number of member organizations, for a network", "12"),
      optional("tobacco_industry_ties", "due diligence: YES, NO or UNKNOWN", "NO"),
      optional("sanctions_listed", "due diligence: YES, NO or UNKNOWN", "NO"),
      optional("psea_measures", "due diligence: YES, NO or UNKNOWN", "YES"),
      optional("due_diligence_assessed_on", "date of the due diligence assessment", "2025-01-31"),
      contact("contact_person", "contact person (never echoed in a problem)"),
      contact("email", "contact e-mail (never echoed in a problem)"),
      contact("phone", "contact phone (never echoed in a problem)"),
      contact("postal_address", "postal address (never echoed in a problem)"))),
  NETWORK_MEMBERSHIPS("network_memberships", "organization", List.of(
      required("organization_id", "the member organization's id", "org-1"),
      required("network_id", "the network's id", "vngoc"),
      required("since", "date the membership began", "2019-01-01"),
      optional("until", "date the membership ended", "2023-12-31"))),
  PARTICIPATIONS("participations", "participation", List.of(
      required("organization_id", "the organization's id", "org-1"),
      required("session_id", "the session's id", "CND-68"),
      required("kind", "ATTENDED, ORAL_STATEMENT, WRITTEN_STATEMENT or SIDE_EVENT", "ATTENDED"))),
  DESIGNATIONS("designations", "designation", List.of(
      required("id", "the designation's id, unique", "rlo-1"),
      required("organization_id", "the designated organization's id", "org-1"),
      required("region", "the region: M49:code, GROUPING:id or COUNTRY:code", "M49:014"),
      required("valid_from", "first day of the designation", "2025-01-01"),
      optional("valid_until", "last day of the designation", "2026-12-31"))),
  APPLICATIONS("applications", "application", List.of(
      required("id", "the application's id, unique", "app-1"),
      required("applicant_id", "the applicant organization's id", "org-1"),
      required("application_date", "date of the application", "2025-03-01"),
      optional("status", "SUBMITTED (when empty), APPROVED, REJECTED or WITHDRAWN", "SUBMITTED"),
      optional("target_region", "the region: M49:code, GROUPING:id or COUNTRY:code", "M49:014"),
      optional("follows_session_id", "the session the consultation follows", "CND-68"),
      optional("planned_start", "planned first day", "2025-06-01"),
      optional("planned_end", "planned last day", "2025-06-02"),
      optional("amount_requested", "amount requested, a decimal number (with the currency)", "5000"),
      optional("currency", "ISO 4217 currency of the amount", "USD"),
      optional("focus_areas", "thematic area ids separated by ; or ,; empty: not stated; - : none", "drugs-health"),
      optional("invited_member_states", "countries: codes or names; empty: not stated; - : none", "KE; UG"),
      optional("field_office_id", "the UNODC field office's id", "ROEA"),
      optional("no_field_office", "TRUE when no field office covers the region (empty: FALSE)", "FALSE"),
      optional("co_host_ids", "co-host organization ids separated by ; or ,", "org-2"),
      optional("cycle", "the funding cycle", "2025"))),
  GRANTS("grants", "grant", List.of(
      required("id", "the grant's id, unique", "grant-1"),
      required("organization_id", "the funded organization's id", "org-1"),
      optional("application_id", "the application it answers", "app-1"),
      required("amount", "amount granted, a decimal number", "5000"),
      required("currency", "ISO 4217 currency of the amount", "USD"),
      required("consultation_start", "first day of the funded consultation", "2025-06-01"),
      required("consultation_end", "last day of the funded consultation", "2025-06-02"),
      optional("report_due", "date the report is due", "2025-08-01"),
      optional("report_submitted", "date the report was submitted", "2025-07-20"))),
  CONSULTATIONS("consultations", "consultation", List.of(
      required("id", "the consultation's id, unique", "cons-1"),
      required("status", "PLANNED, HELD or CANCELLED", "PLANNED"),
      required("region", "the region: M49:code, GROUPING:id or COUNTRY:code", "M49:014"),
      optional("follows_session_id", "the session it follows", "CND-68"),
      required("lead_organization_id", "the lead organization's id", "org-1"),
      optional("co_host_ids", "co-host organization ids separated by ; or ,", "org-2"),
      required("start", "first day", "2025-06-01"),
      required("end", "last day", "2025-06-02"),
      optional("focus_areas", "thematic area ids separated by ; or ,", "drugs-health"),
      optional("field_office_id", "the UNODC field office's id", "ROEA"),
      optional("invited_organization_ids", "invited organization ids separated by ; or ,", "org-3"),
      optional("invited_member_states", "countries: codes or names separated by ; or ,", "KE; UG"),
      optional("grant_id", "the grant that funds it", "grant-1"),
      optional("record_submitted", "date the record was submitted", "2025-07-01")));

  private final String baseName;
  private final String recordType;
  private final List<Column> columns;

  Sheet(String baseName, String recordType, List<Column> columns) {
    this.baseName = baseName;
    this.recordType = recordType;
    this.columns = columns;
  }

  /** The file name in a CSV folder, such as {@code organizations.csv}. */
  public String fileName() {
    return baseName + ".csv";
  }

  /** The name without extension, such as {@code organizations}, also the sheet's name in a workbook. */
  public String baseName() {
    return baseName;
  }

  /** The record type the registry's validation names, such as {@code organization}. */
  public String recordType() {
    return recordType;
  }

  /** The columns in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The headers in order. */
  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** The column with a header. */
  public Optional<Column> column(String header) {
    return columns.stream().filter(c -> c.header().equals(header)).findFirst();
  }
}
