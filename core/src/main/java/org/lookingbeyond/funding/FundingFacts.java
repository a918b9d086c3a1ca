package org.lookingbeyond.funding;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lookingbeyond.rules.Fact;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.ParameterType;

/**
 * The facts a seed-funding application presents to a policy, and the parameters the funding domain
 * reads outside the rules. A custom policy may use any of these facts; see {@link #SCHEMA}.
 *
 * @since 0.1.0
 */
public final class FundingFacts {
  private FundingFacts() {}

  /** Whether the applicant is a civil society organization (by its IATI type). */
  public static final Fact<Boolean> IS_CSO = Fact.bool("applicant.isCso",
      "the applicant's IATI organisation type is a civil society type");
  /** Whether the applicant holds an RLO designation covering the target region on the planned start. */
  public static final Fact<Boolean> ACTIVE_RLO = Fact.bool("applicant.activeRloForTargetRegion",
      "the applicant holds an RLO designation, active on the consultation's planned first day, for the target"
          + " region or for a region containing all its countries");
  /** The applicant's registration date. */
  public static final Fact<LocalDate> REGISTRATION_DATE = Fact.date("applicant.registrationDate",
      "the day the applicant was registered as a legal entity");
  /** The application date. */
  public static final Fact<LocalDate> APPLICATION_DATE = Fact.date("application.date",
      "the day the application was made");
  /** The last day of the session the consultation follows. */
  public static final Fact<LocalDate> SESSION_END = Fact.date("session.end",
      "the last day of the session the consultation follows (missing for a session without known dates)");
  /** The planned first day of the consultation. */
  public static final Fact<LocalDate> PLANNED_START = Fact.date("application.plannedStart",
      "the planned first day of the consultation");
  /** Whether the applicant operates in the target region. */
  public static final Fact<Boolean> OPERATES_IN_REGION = Fact.bool("applicant.operatesInTargetRegion",
      "at least one of the applicant's operating countries is in the target region");
  /** The amount requested. */
  public static final Fact<Double> AMOUNT = Fact.number("application.amount",
      "the amount requested, in its currency");
  /** The currency of the amount requested. */
  public static final Fact<String> CURRENCY = Fact.text("application.currency",
      "the ISO 4217 code of the amount requested");
  /** The applicant's overdue grant reports on the application date. */
  public static final Fact<Double> OVERDUE_REPORTS = Fact.number("applicant.overdueReports",
      "earlier grants whose report was due (reportDue, else reportDueDays after the consultation ended) before"
          + " the application date and had not been submitted by then");
  /** Whether the applicant has tobacco-industry ties (missing when unknown). */
  public static final Fact<Boolean> TOBACCO_TIES = Fact.bool("applicant.tobaccoIndustryTies",
      "due diligence found ties to the tobacco industry (missing when not assessed)");
  /** Whether the applicant is on a sanctions list (missing when unknown). */
  public static final Fact<Boolean> SANCTIONS_LISTED = Fact.bool("applicant.sanctionsListed",
      "due diligence found the applicant on a sanctions list (missing when not assessed)");
  /** Whether the application invites a Member State of the target region. */
  public static final Fact<Boolean> INVITES_MEMBER_STATE = Fact.bool("application.invitesMemberStateOfRegion",
      "at least one invited UN Member State (a member of a UN regional group) is in the target region"
          + " (false when the application states that it invites none; missing when it does not say)");
  /** Whether the application involves a field office covering the target region. */
  public static final Fact<Boolean> INVOLVES_FIELD_OFFICE = Fact.bool("application.involvesCoveringFieldOffice",
      "the field office named covers at least one country of the target region (false when the application"
          + " states that no field office is involved; missing when it does not say)");
  /** The application's focus areas. */
  public static final Fact<Set<String>> FOCUS_AREAS = Fact.textSet("application.focusAreas",
      "the thematic areas the consultation focuses on (empty when the application states none; missing when"
          + " it does not say)");
  /** The thematic areas of the mandate of the body whose session the consultation follows. */
  public static final Fact<Set<String>> MANDATE_AREAS = Fact.textSet("session.mandateAreas",
      "the thematic areas of the mandate of the body whose session the consultation follows");
  /** The share of the focus areas in which the target region is a coverage gap. */
  public static final Fact<Double> GAP_SHARE = Fact.number("region.gapShareOfFocusAreas",
      "the share (0-1) of the focus areas in which fewer than gapThreshold CSOs of the registry, besides the"
          + " applicant and registered by the application date, operate in the target region: the consultation"
          + " would reach where engagement is thin (missing when no focus area is stated)");
  /** The applicant's ECOSOC status: GENERAL, SPECIAL, ROSTER or NONE (NONE also when not active). */
  public static final Fact<String> ECOSOC_STATUS = Fact.text("applicant.ecosocStatus",
      "the category of the applicant's active ECOSOC consultative status, or NONE");
  /** Whether the applicant is a member of an umbrella network on the application date. */
  public static final Fact<Boolean> NETWORK_MEMBER = Fact.bool("applicant.networkMember",
      "the applicant is a member of an umbrella network on the application date");
  /** The applicant's engagement tier on the application date. */
  public static final Fact<String> ENGAGEMENT_TIER = Fact.text("applicant.engagementTier",
      "the applicant's engagement tier (CORE, ACTIVE, LAPSED, PROSPECT) on the application date");
  /** Whether a co-host is based in another country of the target region. */
  public static final Fact<Boolean> COHOST_OTHER_COUNTRY = Fact.bool("application.coHostFromAnotherCountryOfRegion",
      "a co-host's headquarters (else an operating country) is in the target region and differs from the"
          + " applicant's headquarters country");
  /** Consultations held in the region within the lookback before the application date. */
  public static final Fact<Double> RECENT_CONSULTATIONS = Fact.number("region.consultationsInLookback",
      "consultations held in the target region (sharing a country) that ended within"
          + " consultationLookbackMonths before the application date");
  /** Planned consultations of the region whose dates overlap the planned dates. */
  public static final Fact<Double> OVERLAPPING_PLANNED = Fact.number("region.overlappingPlannedConsultations",
      "planned consultations in the target region, led by others than the applicant, whose dates overlap the"
          + " planned dates");
  /** Days from the consultation's end to the next session of the same body. */
  public static final Fact<Double> DAYS_TO_NEXT_SESSION = Fact.number("application.daysFromEndToNextSession",
      "days from the planned last day to the earliest first day of the body's next session (real or projected)");

  /** The parameter with the days after a consultation's end at which its report is due. */
  public static final String REPORT_DUE_DAYS = "reportDueDays";
  /** The parameter with the count of CSOs below which a region is a gap in an area. */
  public static final String GAP_THRESHOLD = "gapThreshold";
  /** The parameter with the months looked back for recent consultations. */
  public static final String LOOKBACK_MONTHS = "consultationLookbackMonths";
  /** The parameter with the most grants per region in a cycle. */
  public static final String MAX_GRANTS_PER_REGION = "maxGrantsPerRegion";
  /** The parameter with the most grants per applicant in a cycle. */
  public static final String MAX_GRANTS_PER_APPLICANT = "maxGrantsPerApplicant";

  /** The seed-funding fact schema: every fact above, and the domain parameters every policy must have. */
  public static final FactSchema SCHEMA;

  static {
    Map<String, ParameterType> domain = new LinkedHashMap<>();
    domain.put(REPORT_DUE_DAYS, ParameterType.INTEGER);
    domain.put(GAP_THRESHOLD, ParameterType.INTEGER);
    domain.put(LOOKBACK_MONTHS, ParameterType.INTEGER);
    domain.put(MAX_GRANTS_PER_REGION, ParameterType.INTEGER);
    domain.put(MAX_GRANTS_PER_APPLICANT, ParameterType.INTEGER);
    SCHEMA = FactSchema.of("seed-funding", List.of(IS_CSO, ACTIVE_RLO, REGISTRATION_DATE, APPLICATION_DATE,
        SESSION_END, PLANNED_START, OPERATES_IN_REGION, AMOUNT, CURRENCY, OVERDUE_REPORTS, TOBACCO_TIES,
        SANCTIONS_LISTED, INVITES_MEMBER_STATE, INVOLVES_FIELD_OFFICE, FOCUS_AREAS, MANDATE_AREAS, GAP_SHARE,
        ECOSOC_STATUS, NETWORK_MEMBER, ENGAGEMENT_TIER, COHOST_OTHER_COUNTRY, RECENT_CONSULTATIONS,
        OVERLAPPING_PLANNED, DAYS_TO_NEXT_SESSION), domain);
  }
}
