package org.lookingbeyond.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.funding.DefaultFundingPolicy;
import org.lookingbeyond.funding.SeedFunding;
import org.lookingbeyond.funding.WhatIf;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Parameter;
import org.lookingbeyond.rules.Policy;
import org.lookingbeyond.rules.PolicySet;
import org.lookingbeyond.rules.Status;
import org.lookingbeyond.rules.Verdict;

/** The Java snippet of docs/FUNDING.md, run over the applications of the golden registry. */
class FundingDocSnippetsTest {
  @Test
  void aSecondVersionWithAHigherCeilingJudgesLaterApplicationsAndSaysWhatWouldChange() {
    Registry golden = DocFixtures.goldenRegistry();
    SeedFundingApplication eligible = golden.findApplication("APP-1").orElseThrow();
    SeedFundingApplication larger = eligible.toBuilder().id("APP-8").amountRequested(Money.of("24000", "USD")).build();
    Registry registry = Registry.builder(golden.reference()).addOrganizations(golden.organizations())
        .addParticipations(golden.participations()).addDesignations(golden.designations())
        .addApplications(golden.applications()).addApplications(larger).addGrants(golden.grants())
        .addConsultations(golden.consultations()).build();
    LocalDate asOf = DocFixtures.AS_OF;

    // snippet:start
    Policy v2 = DefaultFundingPolicy.policy().toBuilder()
        .version("2.0")
        .effectiveFrom(LocalDate.of(2027, 1, 1))
        .replaceParameter(Parameter.number("maxAmount", 25_000, "ceiling of a grant in USD"))
        .build();
    Policy v1 = DefaultFundingPolicy.policy().toBuilder().effectiveUntil(LocalDate.of(2026, 12, 31)).build();
    SeedFunding funding = SeedFunding.of(PolicySet.of(v1, v2));   // each application under its version
    WhatIf w = funding.whatIf(registry, registry.applications(), v1, v2, asOf);   // what would change, and why
    // snippet:end

    assertEquals(v1, funding.policyFor(eligible));
    assertEquals(v2, funding.policyFor(eligible.toBuilder().applicationDate(LocalDate.of(2027, 2, 1)).build()));
    assertEquals(List.of("seed-funding 1.0", "seed-funding 2.0", 7), List.of(w.before(), w.after(), w.unchanged()));
    assertEquals(1, w.changes().size(), w::toString);
    WhatIf.Change change = w.changes().get(0);
    assertEquals(List.of("APP-8", Verdict.INELIGIBLE, Verdict.ELIGIBLE), List.of(change.applicationId(),
        change.verdictBefore(), change.verdictAfter()), "USD 24,000 is within the second version's ceiling only");
    assertEquals(List.of("G6 FAIL -> PASS"), change.ruleChanges().stream()
        .map(r -> r.ruleId() + " " + r.before().map(Status::name).orElse("-") + " -> "
            + r.after().map(Status::name).orElse("-")).collect(Collectors.toList()));
  }
}
