package org.lookingbeyond.funding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.lookingbeyond.rules.Decision;
import org.lookingbeyond.rules.RuleKind;
import org.lookingbeyond.rules.RuleOutcome;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/** Assertions on one gate of a decision, shared by the gate tests of the default policy. */
final class GateAssertions {
  private GateAssertions() {}

  /** Asserts the verdict and the gate's status, reason code, actual value and limit (null: none). */
  static RuleOutcome assertGate(Decision d, Verdict verdict, String gate, Status status, String reasonCode,
      String actual, String limit) {
    RuleOutcome o = d.outcome(gate);
    assertAll(d + " / " + o,
        () -> assertEquals(verdict, d.verdict(), "verdict"),
        () -> assertEquals(RuleKind.GATE, o.kind(), "kind"),
        () -> assertEquals(status, o.status(), "status"),
        () -> assertEquals(reasonCode, o.reasonCode(), "reasonCode"),
        () -> assertEquals(Optional.ofNullable(actual), o.actual(), "actual"),
        () -> assertEquals(Optional.ofNullable(limit), o.limit(), "limit"));
    return o;
  }

  /** Asserts that a gate is UNKNOWN for exactly these missing facts, named in its message, and no gate failed. */
  static void assertUnknownNaming(Decision d, String gate, String... missingFacts) {
    RuleOutcome o = assertGate(d, Verdict.NEEDS_REVIEW, gate, Status.UNKNOWN, "missing.UNKNOWN", null, null);
    assertEquals(List.of(missingFacts), o.missingFacts(), "missing facts of " + gate);
    for (String fact : missingFacts) {
      assertTrue(o.message().contains(fact), () -> "'" + o.message() + "' should name " + fact);
      assertEquals("missing", o.factsUsed().get(fact), "facts used by " + gate);
    }
    assertEquals(List.of(), d.outcomes(RuleKind.GATE).stream().filter(g -> g.status() == Status.FAIL).toList(),
        "no gate may fail for NEEDS_REVIEW");
  }
}
