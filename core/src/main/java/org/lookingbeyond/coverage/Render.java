package org.lookingbeyond.coverage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.model.OrganisationType;

/** Wording and number formats the renderers share. */
final class Render {
  private Render() {}

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String themeDescription(ThemeLevel level) {
    return level == ThemeLevel.AREA ? "thematic area" : "pillar";
  }

  static String title(CoverageReport report) {
    return "CSO coverage by " + report.settings().geographyLevel().description() + " and "
        + themeDescription(report.settings().themeLevel()) + ", as of " + report.asOf();
  }

  /** What counted, in one line. */
  static String filters(CoverageReport report) {
    CoverageSettings s = report.settings();
    StringJoiner types = new StringJoiner(", ");
    s.organizationTypes().forEach(t -> types.add(Integer.toString(t.code())));
    boolean onlyCsos = s.organizationTypes().equals(csoTypes());
    String tiers = s.engagementTiers().size() == EngagementTier.values().length ? "any engagement tier"
        : "engagement tiers " + join(s.engagementTiers());
    String networks = s.networks().isEmpty() ? "any network" : "members of " + String.join(" or ", s.networks());
    return (onlyCsos ? "CSOs (IATI types " + types + ")" : "IATI types " + types) + "; " + tiers + "; " + networks
        + (s.requireRegisteredByAsOf() ? "; registered by the as-of date" : "")
        + "; engaged = " + join(s.engagedTiers()) + "; participations " + s.participationStart() + " to "
        + s.participationEnd();
  }

  static String thresholds(CoverageSettings s) {
    return "GAP below " + s.gapBelow() + ", WEAK below " + s.weakBelow() + " distinct CSOs";
  }

  static String organizations(CoverageReport report) {
    StringJoiner excluded = new StringJoiner(", ");
    report.exclusions().forEach((reason, n) -> {
      if (n > 0) {
        excluded.add(reason + " " + n);
      }
    });
    return report.registryOrganizations() + " in the registry, " + report.placedOrganizations() + " counted, "
        + report.unplaceable().size() + " unplaceable"
        + (excluded.length() == 0 ? ", none excluded" : ", excluded by filter: " + excluded);
  }

  static String coverage(CoverageReport report) {
    return report.count(CellStatus.COVERED) + " of " + report.cells().size() + " cells covered ("
        + percent(report.coveredShare()) + "), " + report.count(CellStatus.WEAK) + " weak, "
        + report.count(CellStatus.GAP) + " gaps";
  }

  static String concentration(Concentration c) {
    if (c.empty()) {
      return "empty: HHI 0, Gini 0 by definition";
    }
    return "HHI " + decimal(c.hhi()) + ", Gini " + decimal(c.gini()) + ", " + c.nonEmptyRows() + " of " + c.rows()
        + " rows non-empty";
  }

  static String candidate(GapCandidate c) {
    StringJoiner why = new StringJoiner("; ");
    c.reasons().forEach(r -> why.add(r.message()));
    return c.organizationId() + " (" + c.tier() + "): " + why;
  }

  private static Set<OrganisationType> csoTypes() {
    Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
    for (OrganisationType t : OrganisationType.values()) {
      if (t.isCso()) {
        types.add(t);
      }
    }
    return types;
  }

  private static String join(Set<EngagementTier> tiers) {
    if (tiers.isEmpty()) {
      return "none";
    }
    StringJoiner j = new StringJoiner(", ");
    tiers.forEach(t -> j.add(t.name()));
    return j.toString();
  }

  /**
   * Short, unique column codes: the initials of an id's words in upper case ({@code DP} for
   * drug-prevention), with a number appended where two would clash.
   */
  static List<String> shortCodes(List<CoverageColumn> columns) {
    List<String> codes = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (CoverageColumn c : columns) {
      StringBuilder initials = new StringBuilder();
      for (String word : c.id().split("-")) {
        if (!word.isEmpty()) {
          initials.append(Character.toUpperCase(word.charAt(0)));
        }
      }
      String code = initials.toString().toUpperCase(Locale.ROOT);
      String unique = code;
      for (int n = 2; !used.add(unique); n++) {
        unique = code + n;
      }
      codes.add(unique);
    }
    return codes;
  }

  static String marker(CellStatus status) {
    switch (status) {
      case GAP:
        return "!";
      case WEAK:
        return "~";
      default:
        return "";
    }
  }
}
