package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.lookingbeyond.registry.Registry;

/**
 * The full demo: what the library has today, section by section, over the shipped reference data and
 * the fictional {@link SampleRegistry}. Each section is one method, so that the analyses to come
 * (classification, coverage, eligibility, planning) can each be added as a section of their own.
 */
final class DemoReport {
  private final Registry registry;
  private final LocalDate asOf;

  DemoReport(Registry registry, LocalDate asOf) {
    this.registry = registry;
    this.asOf = asOf;
  }

  void print(PrintWriter out) {
    ReferenceReport reference = new ReferenceReport(registry.reference());
    RegistryReport sample = new RegistryReport(registry, asOf);
    out.println("Looking Beyond SDK demo, as of " + asOf);
    out.println("Reference data: as shipped in lookingbeyond-core. Organizations and records: fictional samples.");

    TextTable.heading(out, "A. Reference data");
    reference.tables(out);

    TextTable.heading(out, "B. Sample registry");
    sample.summary(out);

    TextTable.heading(out, "C. Who is where (distinct organizations per region)");
    sample.whoIsWhere(out);

    TextTable.heading(out, "D. Look-ups");
    reference.lookups(out);

    TextTable.heading(out, "E. Upcoming sessions (12 months from " + asOf + ")");
    reference.upcoming(out, asOf);

    TextTable.heading(out, "F. Bad input is refused");
    RefusalDemo.print(out);

    TextTable.heading(out, "G. Coverage: where is CSO engagement thin?");
    new CoverageReportSection(registry, asOf).print(out);

    FundingReport funding = new FundingReport(registry, asOf);
    TextTable.heading(out, "H. Seed funding: who may get it, and why");
    funding.eligibility(out);
    out.println();
    funding.decision(out, funding.decisions().get(0));

    TextTable.heading(out, "I. Seed funding: a budget of " + FundingReport.BUDGET + " allocated");
    funding.allocation(out);

    TextTable.heading(out, "J. Seed funding: what if the policy changed?");
    funding.whatIf(out);

    TextTable.heading(out, "K. JSON documents (lookingbeyond-io-json)");
    new JsonReport().print(out, registry, funding.decisions());

    TextTable.heading(out, "L. Stakeholder classification: who is each organization to the unit?");
    new ClassificationSection(registry, asOf).print(out);
    out.flush();
  }
}
