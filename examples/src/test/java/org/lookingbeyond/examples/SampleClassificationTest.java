package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.classify.Classification;
import org.lookingbeyond.classify.Portfolio;
import org.lookingbeyond.classify.Quadrant;
import org.lookingbeyond.classify.SalienceClass;
import org.lookingbeyond.classify.StakeholderClassifier;

/** The sample registry under the default classification policy, and the demo's classification section. */
class SampleClassificationTest {
  private final Classification classification = StakeholderClassifier.withDefaultPolicy()
      .classifyAll(SampleRegistry.registry(), SampleRegistry.AS_OF);

  @Test
  void everySalienceClassAndEveryQuadrantOccursInTheSample() {
    Portfolio p = classification.portfolio();
    for (SalienceClass c : SalienceClass.values()) {
      if (c != SalienceClass.UNKNOWN) {
        assertTrue(p.byClass().getOrDefault(c, 0) > 0, () -> c + " does not occur: " + p.byClass());
      }
    }
    for (Quadrant q : Quadrant.values()) {
      assertTrue(p.byQuadrant().getOrDefault(q, 0) > 0, () -> q + " does not occur: " + p.byQuadrant());
    }
    assertEquals(SampleRegistry.registry().organizations().size(), p.organizations());
  }

  @Test
  void theOrganizationsAddedForTheClassificationAreWhatTheirRecordsSay() {
    Map<String, SalienceClass> expected = Map.of(
        "ORG-GTA", SalienceClass.DORMANT,
        "ORG-NSYI", SalienceClass.DEMANDING,
        "ORG-BWA", SalienceClass.DANGEROUS,
        "ORG-KWJT", SalienceClass.DEPENDENT,
        "ORG-DINF", SalienceClass.DOMINANT,
        "ORG-VCR", SalienceClass.NON_STAKEHOLDER);
    expected.forEach((id, c) -> assertEquals(c, classification.profile(id).salience().salienceClass(), id));
  }

  @Test
  void theDemoHasAClassificationSectionExplainingOneProfile() {
    CliRun demo = CliRun.run();
    assertEquals(0, demo.code, demo.err);
    assertTrue(demo.out.contains("L. Stakeholder classification: who is each organization to the unit?"), demo.out);
    assertTrue(demo.out.contains("Why " + ClassificationSection.EXPLAINED + " is classified as it is:"), demo.out);
    assertTrue(demo.out.contains("DANGEROUS"), "the explained profile's class is shown");
  }
}
