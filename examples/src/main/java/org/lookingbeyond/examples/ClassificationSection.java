package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.lookingbeyond.classify.Classification;
import org.lookingbeyond.classify.ClassificationRenderer;
import org.lookingbeyond.classify.StakeholderClassifier;
import org.lookingbeyond.registry.Registry;

/**
 * The demo's classification section: who each organization of the sample is to the unit under the
 * default classification policy, the portfolio, and one profile explained in full.
 */
final class ClassificationSection {
  /** The organization whose profile the section explains: powerful and urgent, not yet legitimate. */
  static final String EXPLAINED = "ORG-BWA";

  private final Classification classification;

  ClassificationSection(Registry registry, LocalDate asOf) {
    this.classification = StakeholderClassifier.withDefaultPolicy().classifyAll(registry, asOf);
  }

  Classification classification() {
    return classification;
  }

  void print(PrintWriter out) {
    out.print(ClassificationRenderer.text().render(classification));
    out.println();
    out.println("  Why " + EXPLAINED + " is classified as it is:");
    ClassificationRenderer.explain(classification.profile(EXPLAINED)).lines().forEach(l -> out.println("  " + l));
  }
}
