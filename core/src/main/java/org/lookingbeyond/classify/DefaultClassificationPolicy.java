package org.lookingbeyond.classify;

import static org.lookingbeyond.classify.ClassificationFacts.*;
import static org.lookingbeyond.rules.Criteria.*;

import java.time.LocalDate;
import java.util.Map;
import org.lookingbeyond.rules.Criterion;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.Rule;
import org.lookingbeyond.rules.RuleKind;

/**
 * The default stakeholder classification policy of the product specification (DOMAIN.md section 1),
 * every number a parameter or a setting:
 *
 * <ul>
 *   <li>power: ACTIVE GENERAL ECOSOC status, or an active RLO designation, or a network with member
 *       organizations, or INTERNATIONAL scope;
 *   <li>legitimacy: active ECOSOC status, or umbrella network membership, or a CSO registered 2 years or
 *       more before the as-of date;
 *   <li>urgency: a pending seed-funding application, or a registration for a session starting within 90
 *       days;
 *   <li>power score: ECOSOC status 30, reach 25, active RLO 20, network with members 15, umbrella network
 *       membership 10; interest score: relevance 40, engagement tier 30, pending application 15, upcoming
 *       registration 15; the grid's thresholds 50 and 50;
 *   <li>RLO candidacy for a region: a CSO, operating in the region, SUBREGIONAL scope or wider,
 *       legitimate, ACTIVE or CORE, no overdue report.
 * </ul>
 *
 * <p>To change a number, make a new version with its own name and period:
 *
 * <pre>{@code
 * ClassificationPolicy v2 = DefaultClassificationPolicy.policy().toBuilder().version("2.0")
 *     .effectiveFrom(LocalDate.of(2027, 1, 1))
 *     .settings(ClassificationSettings.builder().priorityAreas(Set.of("anti-corruption")).build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DefaultClassificationPolicy {
  /** The default policy's id. */
  public static final String ID = "stakeholder-classification";
  /** The default policy's version. */
  public static final String VERSION = "1.0";

  private static final ClassificationPolicy POLICY = build();

  private DefaultClassificationPolicy() {}

  /**
   * The default policy, in force from 1 January 2008 with no end.
   *
   * @return the policy
   * @since 0.1.0
   */
  public static ClassificationPolicy policy() {
    return POLICY;
  }

  private static ClassificationPolicy build() {
    return ClassificationPolicy.builder(ID, VERSION)
        .description("Who a civil society organization is to the unit: CSO, scope, pillars, relevance, salience,"
            + " power/interest grid, engagement tier and RLO candidacy")
        .effectiveFrom(LocalDate.of(2008, 1, 1))
        .attributes(attributes()).power(power()).interest(interest()).rloCandidacy(rloCandidacy())
        .settings(ClassificationSettings.defaults())
        .build();
  }

  private static Policy.Builder part(String id, org.lookingbeyond.rules.FactSchema schema, String description) {
    return Policy.builder(id, VERSION, schema).description(description).effectiveFrom(LocalDate.of(2008, 1, 1));
  }

  private static Rule attribute(String id, String title, Criterion criterion) {
    return Rule.builder().id(id).title(title).kind(RuleKind.ATTRIBUTE).criterion(criterion).build();
  }

  static Policy attributes() {
    return part("stakeholder-attributes", STAKEHOLDER, "Salience attributes (Mitchell, Agle and Wood 1997)")
        .parameter(Parameter.text("powerEcosocCategory", "GENERAL",
            "the ECOSOC category whose active status gives power (the only one that may address meetings)"))
        .parameter(Parameter.integer("powerMinMemberOrganizations", 1,
            "fewest member organizations that make a network powerful"))
        .parameter(Parameter.text("powerScope", "INTERNATIONAL", "the derived scope that gives power"))
        .parameter(Parameter.integer("legitimacyMinYearsRegistered", 2,
            "years a CSO must have been registered by the as-of date to be legitimate by registration"))
        .parameter(Parameter.integer("urgencyMinPendingApplications", 1,
            "fewest pending seed-funding applications that make a claim urgent"))
        .parameter(Parameter.integer("urgencyMinRegistrations", 1,
            "fewest registrations for sessions starting within the urgency window that make a claim urgent"))
        .rule(attribute(ClassificationPolicy.CSO, "A civil society organization by its IATI type", isTrue(IS_CSO)))
        .rule(attribute(ClassificationPolicy.POWER,
            "GENERAL ECOSOC status, an active RLO, a network with member organizations, or INTERNATIONAL scope",
            any(textEquals(ECOSOC_STATUS, "powerEcosocCategory"), isTrue(ACTIVE_RLO),
                atLeast(MEMBER_ORGANIZATIONS, "powerMinMemberOrganizations"), textEquals(SCOPE, "powerScope"))))
        .rule(attribute(ClassificationPolicy.LEGITIMACY,
            "Active ECOSOC status, umbrella network membership, or a CSO registered 2 years or more",
            any(isTrue(ECOSOC_ACTIVE), isTrue(NETWORK_MEMBER),
                all(isTrue(IS_CSO), yearsBefore(REGISTRATION_DATE, AS_OF, "legitimacyMinYearsRegistered")))))
        .rule(attribute(ClassificationPolicy.URGENCY,
            "A pending seed-funding application, or registered for a session starting within the urgency window",
            any(atLeast(PENDING_APPLICATIONS, "urgencyMinPendingApplications"),
                atLeast(UPCOMING_REGISTRATIONS, "urgencyMinRegistrations"))))
        .build();
  }

  static Policy power() {
    return part("stakeholder-power", STAKEHOLDER, "Power score of the power/interest grid (Mendelow)")
        .parameter(Parameter.grades("ecosocPowerGrades", Map.of("GENERAL", 1.0, "SPECIAL", 0.6, "ROSTER", 0.3,
            "NONE", 0.0), "credit of each active ECOSOC category"))
        .parameter(Parameter.grades("scopePowerGrades", Map.of("INTERNATIONAL", 1.0, "REGIONAL", 0.7,
            "SUBREGIONAL", 0.4, "NATIONAL", 0.1), "credit of each derived scope"))
        .parameter(Parameter.integer("minMemberOrganizations", 1,
            "fewest member organizations for the network points"))
        .score("P1", "ECOSOC consultative status", 30, graded(ECOSOC_STATUS, "ecosocPowerGrades"))
        .score("P2", "Geographic reach", 25, graded(SCOPE, "scopePowerGrades"))
        .score("P3", "Active RLO designation", 20, isTrue(ACTIVE_RLO))
        .score("P4", "A network with member organizations", 15,
            atLeast(MEMBER_ORGANIZATIONS, "minMemberOrganizations"))
        .score("P5", "Member of an umbrella network", 10, isTrue(NETWORK_MEMBER))
        .build();
  }

  static Policy interest() {
    return part("stakeholder-interest", STAKEHOLDER, "Interest score of the power/interest grid (Mendelow)")
        .parameter(Parameter.grades("engagementInterestGrades", Map.of("CORE", 1.0, "ACTIVE", 0.6, "LAPSED", 0.2,
            "PROSPECT", 0.0), "credit of each engagement tier"))
        .parameter(Parameter.integer("minPendingApplications", 1,
            "fewest pending seed-funding applications for the application points"))
        .parameter(Parameter.integer("minUpcomingRegistrations", 1,
            "fewest registrations for sessions within the urgency window for the registration points"))
        .score("I1", "Relevance to the priority areas", 40, proportion(RELEVANCE))
        .score("I2", "Engagement tier", 30, graded(ENGAGEMENT_TIER, "engagementInterestGrades"))
        .score("I3", "A pending seed-funding application", 15,
            atLeast(PENDING_APPLICATIONS, "minPendingApplications"))
        .score("I4", "Registered for a session starting within the urgency window", 15,
            atLeast(UPCOMING_REGISTRATIONS, "minUpcomingRegistrations"))
        .build();
  }

  static Policy rloCandidacy() {
    return part("rlo-candidacy", RLO_CANDIDACY, "Conditions for a candidate Regional Lead Organization")
        .parameter(Parameter.integer("rloMinScopeLevel", 2,
            "lowest derived scope level (1 NATIONAL, 2 SUBREGIONAL, 3 REGIONAL, 4 INTERNATIONAL)"))
        .parameter(Parameter.text("rloTierCore", "CORE", "an engagement tier a candidate may have"))
        .parameter(Parameter.text("rloTierActive", "ACTIVE", "another engagement tier a candidate may have"))
        .parameter(Parameter.integer("rloMaxOverdueReports", 0, "overdue grant reports a candidate may have"))
        .gate("R1", "A civil society organization", isTrue(IS_CSO))
        .gate("R2", "Operates in the region", isTrue(OPERATES_IN_REGION))
        .gate("R3", "SUBREGIONAL scope or wider", atLeast(SCOPE_LEVEL, "rloMinScopeLevel"))
        .gate("R4", "Legitimate", isTrue(LEGITIMATE))
        .gate("R5", "Engagement tier ACTIVE or CORE",
            any(textEquals(ENGAGEMENT_TIER, "rloTierCore"), textEquals(ENGAGEMENT_TIER, "rloTierActive")))
        .gate("R6", "No overdue grant report", atMost(OVERDUE_REPORTS, "rloMaxOverdueReports"))
        .build();
  }
}
