package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lookingbeyond.rules.Fact;
import org.lookingbeyond.rules.FactSchema;

/**
 * The facts an organization presents to a {@link ClassificationPolicy}: {@link #STAKEHOLDER} for the
 * attributes and the power and interest scores (one record per organization), {@link #RLO_CANDIDACY}
 * for RLO candidacy (one record per organization and region). A custom policy may read any of them.
 *
 * <p>Every fact is derived from the registry as of the classification date. A fact is missing only
 * where the registry does not say: an organization that lists no operating country has no scope, one
 * without a registration date has none; the rules that read such a fact are then UNKNOWN and name it.
 *
 * @since 0.1.0
 */
public final class ClassificationFacts {
  private ClassificationFacts() {}

  /** Whether the organization is a civil society organization, by its IATI type. */
  public static final Fact<Boolean> IS_CSO = Fact.bool("organization.isCso",
      "the organization's IATI organisation type is a civil society type (21-24, 60, 80, 90)");
  /** The organization's IATI organisation type code, such as {@code "22"}. */
  public static final Fact<String> TYPE = Fact.text("organization.type",
      "the organization's IATI organisation type code, such as 22 (National NGO)");
  /** The category of the organization's active ECOSOC status, or NONE. */
  public static final Fact<String> ECOSOC_STATUS = Fact.text("organization.ecosocStatus",
      "the category of the organization's ECOSOC consultative status if it is ACTIVE (GENERAL, SPECIAL,"
          + " ROSTER), else NONE");
  /** Whether the organization holds an active ECOSOC status. */
  public static final Fact<Boolean> ECOSOC_ACTIVE = Fact.bool("organization.ecosocActive",
      "the organization holds ECOSOC consultative status of any category in the ACTIVE state");
  /** Whether the organization holds an RLO designation active on the as-of date. */
  public static final Fact<Boolean> ACTIVE_RLO = Fact.bool("organization.activeRlo",
      "the organization holds an RLO designation, for any region, active on the as-of date");
  /** How many member organizations the organization has as a network (0 when it is not one). */
  public static final Fact<Double> MEMBER_ORGANIZATIONS = Fact.number("organization.memberOrganizations",
      "the number of member organizations of a network or federation; 0 for an organization that is not one");
  /** Whether the organization is a member of an umbrella network on the as-of date. */
  public static final Fact<Boolean> NETWORK_MEMBER = Fact.bool("organization.networkMember",
      "the organization is a member of an umbrella network (VNGOC, the Alliance, the UNCAC Coalition or another"
          + " network of the registry) on the as-of date");
  /** The geographic scope derived from the operating countries. */
  public static final Fact<String> SCOPE = Fact.text("organization.scope",
      "the geographic scope derived from the operating countries through the M49 hierarchy (NATIONAL,"
          + " SUBREGIONAL, REGIONAL, INTERNATIONAL); missing when the organization lists no operating country");
  /** The derived scope as a number: 1 NATIONAL, 2 SUBREGIONAL, 3 REGIONAL, 4 INTERNATIONAL. */
  public static final Fact<Double> SCOPE_LEVEL = Fact.number("organization.scopeLevel",
      "the derived geographic scope as a number: 1 NATIONAL, 2 SUBREGIONAL, 3 REGIONAL, 4 INTERNATIONAL;"
          + " missing when the organization lists no operating country");
  /** The organization's registration date. */
  public static final Fact<LocalDate> REGISTRATION_DATE = Fact.date("organization.registrationDate",
      "the day the organization was registered as a legal entity; missing when unknown");
  /** The day the classification holds on. */
  public static final Fact<LocalDate> AS_OF = Fact.date("classification.asOf",
      "the day the classification holds on");
  /** Pending seed-funding applications of the organization. */
  public static final Fact<Double> PENDING_APPLICATIONS = Fact.number("organization.pendingApplications",
      "the organization's seed-funding applications that are SUBMITTED (awaiting a decision) and dated on or"
          + " before the as-of date");
  /** Sessions starting within the urgency window that the organization is registered for. */
  public static final Fact<Double> UPCOMING_REGISTRATIONS = Fact.number("organization.upcomingSessionRegistrations",
      "sessions the organization has a participation record for (REGISTERED, or any other kind) whose first day"
          + " lies from the as-of date to urgencyWindowDays after it; missing when none certainly does but a"
          + " session without a known first day might");
  /** The share of the organization's thematic areas among the priority areas. */
  public static final Fact<Double> RELEVANCE = Fact.number("organization.relevance",
      "the share (0-1) of the organization's thematic areas that are priority areas of the policy; missing"
          + " when the organization lists no thematic area");
  /** The organization's engagement tier on the as-of date. */
  public static final Fact<String> ENGAGEMENT_TIER = Fact.text("organization.engagementTier",
      "the organization's engagement tier (CORE, ACTIVE, LAPSED, PROSPECT) on the as-of date, by the policy's"
          + " engagement rule");

  /** Whether the organization operates in the candidate region. */
  public static final Fact<Boolean> OPERATES_IN_REGION = Fact.bool("organization.operatesInRegion",
      "at least one of the organization's operating countries is in the candidate region");
  /** Whether the organization's legitimacy attribute holds (missing when it is UNKNOWN). */
  public static final Fact<Boolean> LEGITIMATE = Fact.bool("organization.legitimate",
      "the organization's legitimacy attribute holds under the policy; missing when it is UNKNOWN");
  /** Grant reports of the organization overdue on the as-of date. */
  public static final Fact<Double> OVERDUE_REPORTS = Fact.number("organization.overdueReports",
      "grants to the organization whose report was due (reportDue, else reportDueDays after the consultation"
          + " ended) before the as-of date and had not been submitted by then");

  /** The name of the schema of {@link #STAKEHOLDER}. */
  public static final String STAKEHOLDER_SCHEMA_NAME = "stakeholder";
  /** The name of the schema of {@link #RLO_CANDIDACY}. */
  public static final String RLO_CANDIDACY_SCHEMA_NAME = "rlo-candidacy";

  /** The facts of one organization: attributes, power and interest scores read them. */
  public static final FactSchema STAKEHOLDER = FactSchema.of(STAKEHOLDER_SCHEMA_NAME, List.of(IS_CSO, TYPE,
      ECOSOC_STATUS, ECOSOC_ACTIVE, ACTIVE_RLO, MEMBER_ORGANIZATIONS, NETWORK_MEMBER, SCOPE, SCOPE_LEVEL,
      REGISTRATION_DATE, AS_OF, PENDING_APPLICATIONS, UPCOMING_REGISTRATIONS, RELEVANCE, ENGAGEMENT_TIER),
      Map.of());

  /** The facts of one organization for one candidate region: RLO candidacy reads them. */
  public static final FactSchema RLO_CANDIDACY = FactSchema.of(RLO_CANDIDACY_SCHEMA_NAME, List.of(IS_CSO,
      OPERATES_IN_REGION, SCOPE, SCOPE_LEVEL, LEGITIMATE, ENGAGEMENT_TIER, OVERDUE_REPORTS), Map.of());
}
