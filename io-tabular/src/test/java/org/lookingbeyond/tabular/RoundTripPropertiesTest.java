package org.lookingbeyond.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;

class RoundTripPropertiesTest {
  @TempDir
  Path dir;

  @Test
  void everyRegistryReadsBackEqualFromItsCsvFiles() {
    qt().withExamples(200).withShrinkCycles(20).forAll(RegistryDraws.registries()).checkAssert(registry -> {
      Path folder = fresh("csv");
      Tabular.defaults().writeCsv(registry, folder);
      TabularReading reading = Tabular.defaults().tryReadCsv(folder);
      assertEquals(java.util.List.of(), reading.problems());
      Registry read = reading.orElseThrow().registry();
      for (int i = 0; i < registry.organizations().size(); i++) {
        Organization o = registry.organizations().get(i);
        Organization r = read.organizations().get(i);
        assertEquals(o.toBuilder().contact(Optional.empty()).build().hashCode(),
            r.toBuilder().contact(Optional.empty()).build().hashCode(), () -> describe(o) + " / " + describe(r));
        assertEquals(o.contact(), r.contact(), o.id());
      }
      assertEquals(registry, read);
    });
  }

  @Test
  void everyRegistryReadsBackEqualFromItsZip() {
    qt().withExamples(100).withShrinkCycles(20).forAll(RegistryDraws.registries()).checkAssert(registry -> {
      Path zip = fresh("zip").resolve("registry.zip");
      Tabular.defaults().writeCsvZip(TabularDocument.of(registry), zip);
      Registry read = Tabular.defaults().readCsv(zip).registry();
      assertEquals(registry, read);
    });
  }

  private static String describe(Organization o) {
    return java.util.List.of(o.name(), o.acronym(), o.type(), o.ecosocStatus(), o.registrationDate(),
        o.registrationCountry(), o.headquartersCountry(), o.operatingCountries(), o.thematicAreas(),
        o.declaredScope(), o.memberOrganizations(), o.dueDiligence(), o.networkMemberships()).toString();
  }

  private Path fresh(String name) {
    Path folder = dir.resolve(name);
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> files = Files.walk(folder)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
