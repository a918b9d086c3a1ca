package org.lookingbeyond.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;

/**
 * A registry of 1,000,000 organizations is read within the 2 GiB heap Surefire gives this module's
 * tests ({@code -Xmx2g} in io-json's pom): records stream from the file one at a time, and no JSON tree
 * of the document is ever held.
 */
class LargeRegistryTest {
  private static final int ORGANIZATIONS = 1_000_000;

  @Test
  void readsAMillionOrganizationsWithinTwoGibibytes(@TempDir Path dir) throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertTrue(maxHeap <= 2L * 1024 * 1024 * 1024 + (64L << 20), "the test must run in a 2 GiB heap, has " + maxHeap);
    Path file = dir.resolve("large-registry.json");
    writeDocument(file);
    Registry registry = LookingBeyondJson.defaults().readRegistry(file).registry();
    assertEquals(ORGANIZATIONS, registry.organizations().size());
    assertEquals(ORGANIZATIONS, registry.participations().size());
    assertEquals("ORG-0000042", registry.organizations().get(42).id());
    assertTrue(registry.organizationsIn("KE").size() > 1000);
  }

  /** Writes the document as text, record by record, so the test itself holds no tree either. */
  private static void writeDocument(Path file) throws IOException {
    List<Area> areas = ReferenceData.defaults().geography().areas();
    String[] themes = {"drug-prevention", "drug-treatment-care", "anti-corruption", "anti-human-trafficking",
        "youth-crime-prevention", "hiv-aids-prevention"};
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("{\"format\":\"lookingbeyond.registry/1\",\"organizations\":[");
      for (int i = 0; i < ORGANIZATIONS; i++) {
        if (i > 0) {
          w.write(',');
        }
        String a = areas.get(i % areas.size()).alpha2();
        String b = areas.get((i * 7 + 3) % areas.size()).alpha2();
        w.write(String.format(java.util.Locale.ROOT,
            "{\"id\":\"ORG-%07d\",\"name\":\"Generated organization %d\",\"type\":\"NATIONAL_NGO\","
                + "\"registrationDate\":\"2015-01-01\",\"operatingCountries\":[\"%s\",\"%s\"],"
                + "\"thematicAreas\":[\"%s\"]}", i, i, a, b, themes[i % themes.length]));
      }
      w.write("],\"participations\":[");
      for (int i = 0; i < ORGANIZATIONS; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(String.format(java.util.Locale.ROOT,
            "{\"organizationId\":\"ORG-%07d\",\"sessionId\":\"CND-%d\",\"kind\":\"ATTENDED\"}", i, 60 + i % 9));
      }
      w.write("]}");
    }
  }
}
