package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lookingbeyond.registry.Registry;

class RegistryRoundTripTest {
  private final LookingBeyondJson json = LookingBeyondJson.defaults();

  @Test
  void everyFieldOfEveryRecordSurvivesAWriteAndARead() {
    Registry registry = Fixtures.fullRegistry();
    String text = json.writeRegistry(registry);
    RegistryDocument back = json.readRegistry(text);
    assertEquals(registry, back.registry());
    assertTrue(back.unknownFields().isEmpty());
    assertEquals(text, json.writeRegistry(back), "the same registry writes the same bytes");
  }
}
