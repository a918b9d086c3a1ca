package org.lookingbeyond.classify;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.Rule;
import org.lookingbeyond.rules.RuleKind;

/** The checks and the canonical text of a {@link ClassificationPolicy}. */
final class PolicyChecks {
  private PolicyChecks() {}

  /** Every problem of a classification policy's content; see {@link ClassificationPolicy.Builder#validate()}. */
  static List<String> problems(LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil, @Nullable Policy attributes,
      @Nullable Policy power, @Nullable Policy interest, @Nullable Policy rloCandidacy) {
    List<String> problems = new ArrayList<>();
    effectiveUntil.filter(u -> u.isBefore(effectiveFrom)).ifPresent(u -> problems.add("the policy is in force"
        + " until " + u + ", before it starts on " + effectiveFrom));
    part(problems, "attributes", attributes, ClassificationFacts.STAKEHOLDER, RuleKind.ATTRIBUTE);
    part(problems, "power", power, ClassificationFacts.STAKEHOLDER, RuleKind.SCORE);
    part(problems, "interest", interest, ClassificationFacts.STAKEHOLDER, RuleKind.SCORE);
    part(problems, "rloCandidacy", rloCandidacy, ClassificationFacts.RLO_CANDIDACY, RuleKind.GATE);
    if (attributes != null) {
      for (String rule : List.of(ClassificationPolicy.CSO, ClassificationPolicy.POWER, ClassificationPolicy.LEGITIMACY,
          ClassificationPolicy.URGENCY)) {
        if (attributes.rules().stream().noneMatch(r -> r.id().equals(rule))) {
          problems.add("attributes: no ATTRIBUTE rule has the id " + rule + "; the four attribute rules are "
              + ClassificationPolicy.CSO + ", " + ClassificationPolicy.POWER + ", " + ClassificationPolicy.LEGITIMACY
              + " and " + ClassificationPolicy.URGENCY);
        }
      }
    }
    return problems;
  }

  /** The position of a rule in a policy. */
  static int ruleIndex(Policy policy, String ruleId) {
    List<Rule> rules = policy.rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    throw new IllegalStateException("policy " + policy.id() + " has no rule " + ruleId);
  }

  /** Reports a part that is missing, reads another schema, is empty or holds rules of another kind. */
  private static void part(List<String> problems, String name, @Nullable Policy policy, FactSchema schema,
      RuleKind kind) {
    if (policy == null) {
      problems.add(name + ": missing; set it with the builder's " + name + "(Policy)");
      return;
    }
    if (policy.schema() != schema) {
      problems.add(name + ": policy " + policy.id() + " " + policy.version() + " reads fact schema "
          + policy.schema().name() + "; this part reads " + schema.name());
    }
    if (policy.rules().isEmpty()) {
      problems.add(name + ": policy " + policy.id() + " " + policy.version() + " has no rule");
    }
    for (Rule r : policy.rules()) {
      if (r.kind() != kind) {
        problems.add(name + ": rule " + r.id() + " is a " + r.kind() + " rule; this part holds " + kind
            + " rules only");
      }
    }
  }

  /** A number without trailing zeros, as in rule parameters. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Free text in quotes, escaped so that no text can imitate the canonical form's separators. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
  }

  /** The SHA-256 hash of a text, in lower-case hex. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte x : digest) {
        hex.append(String.format(Locale.ROOT, "%02x", x));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
