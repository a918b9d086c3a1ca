package org.lookingbeyond.classify;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.Rule;
import org.lookingbeyond.rules.RuleKind;

/** The checks and the canonical text of a {@link ClassificationPolicy}. */
final class PolicyChecks {
  private PolicyChecks() {}

  /** Reports a part that is missing, reads another schema, is empty or holds rules of another kind. */
  static void part(List<String> problems, String name, @Nullable Policy policy, FactSchema schema, RuleKind kind) {
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
