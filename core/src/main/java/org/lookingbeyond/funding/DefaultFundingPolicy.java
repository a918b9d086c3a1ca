package org.lookingbeyond.funding;

import static org.lookingbeyond.funding.FundingFacts.*;
import static org.lookingbeyond.rules.Criteria.*;

import java.time.LocalDate;
import java.util.Map;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;

/**
 * The default seed-funding policy of the product specification (DOMAIN.md section 3): gates G1-G10,
 * scores S1-S6 (weights 30, 15, 10, 20, 10, 15) and advisories A1-A2, every number a parameter. To
 * change a number, make a new version with its own name and period:
 *
 * <pre>{@code
 * Policy v2 = DefaultFundingPolicy.policy().toBuilder().version("2.0")
 *     .effectiveFrom(LocalDate.of(2027, 1, 1))
 *     .replaceParameter(Parameter.number("maxAmount", 25_000, "ceiling of a grant in USD"))
 *     .build();
 * Policy v1 = DefaultFundingPolicy.policy().toBuilder().effectiveUntil(LocalDate.of(2026, 12, 31)).build();
 * SeedFunding funding = SeedFunding.of(PolicySet.of(v1, v2));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DefaultFundingPolicy {
  /** The default policy's id. */
  public static final String ID = "seed-funding";
  /** The default policy's version. */
  public static final String VERSION = "1.0";

  private static final Policy POLICY = build();

  private DefaultFundingPolicy() {}

  /**
   * The default policy, in force from 1 January 2008 with no end.
   *
   * @return the policy
   * @since 0.1.0
   */
  public static Policy policy() {
    return POLICY;
  }

  private static Policy build() {
    return Policy.builder(ID, VERSION, SCHEMA)
        .description("Seed funding for an RLO to hold a regional consultation after an intergovernmental meeting")
        .effectiveFrom(LocalDate.of(2008, 1, 1))
        .parameter(Parameter.integer("minYearsRegistered", 2, "years an applicant must have been registered"))
        .parameter(Parameter.integer("minDaysAfterSession", 7,
            "fewest days from the session's last day to the consultation's first"))
        .parameter(Parameter.integer("maxDaysAfterSession", 120,
            "most days from the session's last day to the consultation's first"))
        .parameter(Parameter.number("maxAmount", 20_000,
            "ceiling of a grant in the policy's currency (UN small-grant schemes: 15,000 to 50,000)"))
        .parameter(Parameter.text("currency", "USD", "the ISO 4217 currency of amounts and budgets"))
        .parameter(Parameter.integer("maxOverdueReports", 0, "overdue reports of earlier grants allowed"))
        .parameter(Parameter.integer(REPORT_DUE_DAYS, 30, "days after a consultation ends that its report is due"))
        .parameter(Parameter.integer(GAP_THRESHOLD, 1,
            "CSOs in a region and area below which the region is a coverage gap in that area"))
        .parameter(Parameter.integer(LOOKBACK_MONTHS, 12, "months looked back for recent consultations"))
        .parameter(Parameter.integer("maxRecentConsultations", 0,
            "consultations in the region within the lookback for the full S6 score"))
        .parameter(Parameter.grades("ecosocGrades", Map.of("GENERAL", 1.0, "SPECIAL", 0.75, "ROSTER", 0.5,
            "NONE", 0.0), "credit of each ECOSOC status category (it scores; it never gates)"))
        .parameter(Parameter.grades("engagementGrades", Map.of("CORE", 1.0, "ACTIVE", 0.6, "LAPSED", 0.2,
            "PROSPECT", 0.0), "credit of each engagement tier"))
        .parameter(Parameter.integer("maxOverlappingConsultations", 0,
            "planned consultations of the region the dates may overlap without a warning"))
        .parameter(Parameter.integer("minDaysBeforeNextSession", 30,
            "fewest days between the consultation's end and the body's next session without a warning"))
        .parameter(Parameter.integer(MAX_GRANTS_PER_REGION, 3, "grants per region per cycle"))
        .parameter(Parameter.integer(MAX_GRANTS_PER_APPLICANT, 1, "grants per applicant per cycle"))
        .gate("G1", "Applicant is a civil society organization", isTrue(IS_CSO))
        .gate("G2", "Active RLO designation for the target region on the start date", isTrue(ACTIVE_RLO))
        .gate("G3", "Registered at least minYearsRegistered years before applying",
            yearsBefore(REGISTRATION_DATE, APPLICATION_DATE, "minYearsRegistered"))
        .gate("G4", "Consultation starts 7 to 120 days after the session ends",
            daysBetween(SESSION_END, PLANNED_START, "minDaysAfterSession", "maxDaysAfterSession"))
        .gate("G5", "Applicant operates in the target region", isTrue(OPERATES_IN_REGION))
        .gate("G6", "Amount requested is positive, within the ceiling and in the policy's currency",
            all(positive(AMOUNT), atMost(AMOUNT, "maxAmount"), textEquals(CURRENCY, "currency")))
        .gate("G7", "No overdue report of an earlier grant", atMost(OVERDUE_REPORTS, "maxOverdueReports"))
        .gate("G8", "No tobacco-industry ties and not on a sanctions list",
            all(isFalse(TOBACCO_TIES), isFalse(SANCTIONS_LISTED)))
        .gate("G9", "Invites a Member State of the region and involves the field office covering it",
            all(isTrue(INVITES_MEMBER_STATE), isTrue(INVOLVES_FIELD_OFFICE)))
        .gate("G10", "Focus areas overlap the mandate of the body whose session it follows",
            intersects(FOCUS_AREAS, MANDATE_AREAS))
        .score("S1", "Coverage gaps of the region in the focus areas", 30, proportion(GAP_SHARE))
        .score("S2", "ECOSOC consultative status", 15, graded(ECOSOC_STATUS, "ecosocGrades"))
        .score("S3", "Member of an umbrella network", 10, isTrue(NETWORK_MEMBER))
        .score("S4", "Engagement tier", 20, graded(ENGAGEMENT_TIER, "engagementGrades"))
        .score("S5", "A co-host from another country of the region", 10, isTrue(COHOST_OTHER_COUNTRY))
        .score("S6", "No consultation in the region in the last 12 months", 15,
            atMost(RECENT_CONSULTATIONS, "maxRecentConsultations"))
        .advisory("A1", "Does not overlap another planned consultation of the region",
            atMost(OVERLAPPING_PLANNED, "maxOverlappingConsultations"))
        .advisory("A2", "Ends at least 30 days before the body's next session",
            atLeast(DAYS_TO_NEXT_SESSION, "minDaysBeforeNextSession"))
        .build();
  }
}
