package org.lookingbeyond.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.model.Organization;

/**
 * Guards the public API of both published modules: what an integrator can see (the public and protected
 * members of the public types of the packages the modules export, read from their real module
 * descriptors) names only the library's own types, never a type Immutables generates nor one of an
 * unexported package.
 */
class PublicApiTest {
  private static final Pattern GENERATED = Pattern.compile("(^|\\$)Immutable[A-Z]\\w*");

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lookingbeyond");

  private static final Set<String> EXPORTED = exportedPackages();

  @Test
  void exportedPackagesAreReadFromTheModuleDescriptors() {
    assertTrue(EXPORTED.containsAll(Set.of("org.lookingbeyond.model", "org.lookingbeyond.rules",
        "org.lookingbeyond.json")), EXPORTED::toString);
    assertFalse(EXPORTED.stream().anyMatch(p -> p.endsWith(".internal")), EXPORTED::toString);
  }

  @Test
  void noGeneratedTypeIsVisibleToIntegrators() {
    List<String> visible = apiTypes().filter(c -> isGenerated(c.getName())).map(JavaClass::getName)
        .sorted().collect(Collectors.toList());
    assertEquals(List.of(), visible, "generated types an integrator can see");
    assertTrue(CLASSES.stream().anyMatch(c -> isGenerated(c.getName())),
        "the check would be vacuous: no generated type was imported");
  }

  @Test
  void publicSignaturesNameNoGeneratedOrInternalType() {
    List<String> leaks = new ArrayList<>();
    apiTypes().forEach(type -> {
      type.getAllMethods().stream().filter(m -> isApi(m.getModifiers()))
          .filter(m -> m.getOwner().getPackageName().startsWith("org.lookingbeyond"))
          .forEach(m -> check(type, m, leaks));
      type.getConstructors().stream().filter(c -> isApi(c.getModifiers())).forEach(c -> check(type, c, leaks));
      type.getAllFields().stream().filter(f -> isApi(f.getModifiers()))
          .filter(f -> f.getOwner().getPackageName().startsWith("org.lookingbeyond"))
          .forEach(f -> check(type, f, leaks));
      type.getInterfaces().forEach(i -> checkType(type.getName() + " implements", i, leaks));
    });
    assertEquals(List.of(), leaks, "public signatures naming a generated or internal type");
  }

  @Test
  void everyBuilderMethodReturnsTheValueTypesOwnFinalBuilder() {
    List<String> wrong = new ArrayList<>();
    List<JavaClass> withBuilders = apiTypes().filter(c -> c.tryGetMethod("builder").isPresent())
        .collect(Collectors.toList());
    for (JavaClass type : withBuilders) {
      JavaClass returned = type.getMethod("builder").getRawReturnType();
      boolean own = returned.getEnclosingClass().map(type::equals).orElse(false)
          && returned.getSimpleName().equals("Builder") && returned.getModifiers().contains(JavaModifier.FINAL);
      if (!own) {
        wrong.add(type.getName() + ".builder() returns " + returned.getName());
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(withBuilders.size() >= 30, () -> "only " + withBuilders.size() + " value types with builders found");
    assertEquals(Organization.Builder.class, Organization.builder().id("x").getClass());
  }

  private static void check(JavaClass type, JavaCodeUnit unit, List<String> leaks) {
    String where = type.getName() + "." + unit.getName();
    checkType(where + " returns", unit.getReturnType(), leaks);
    unit.getParameterTypes().forEach(p -> checkType(where + " takes", p, leaks));
    unit.getExceptionTypes().forEach(e -> checkType(where + " throws", e, leaks));
  }

  private static void check(JavaClass type, JavaField field, List<String> leaks) {
    checkType(type.getName() + "." + field.getName() + " is", field.getType(), leaks);
  }

  private static void checkType(String where, JavaType t, List<String> leaks) {
    for (JavaClass raw : t.getAllInvolvedRawTypes()) {
      if (isGenerated(raw.getName())) {
        leaks.add(where + " generated " + raw.getName());
      } else if (raw.getPackageName().startsWith("org.lookingbeyond") && !EXPORTED.contains(raw.getPackageName())) {
        leaks.add(where + " unexported " + raw.getName());
      }
    }
  }

  /** The public types of exported packages an integrator can name: public, and every enclosing type too. */
  private static Stream<JavaClass> apiTypes() {
    return CLASSES.stream().filter(c -> EXPORTED.contains(c.getPackageName())).filter(PublicApiTest::visible);
  }

  private static boolean visible(JavaClass c) {
    for (JavaClass x = c; x != null; x = x.getEnclosingClass().orElse(null)) {
      if (!x.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isGenerated(String name) {
    return GENERATED.matcher(name.substring(name.lastIndexOf('.') + 1)).find();
  }

  private static Set<String> exportedPackages() {
    Set<String> exported = new TreeSet<>();
    for (Class<?> anchor : List.of(Organization.class, LookingBeyondJson.class)) {
      descriptor(anchor).exports().stream().filter(e -> !e.isQualified())
          .forEach(e -> exported.add(e.source()));
    }
    return exported;
  }

  private static ModuleDescriptor descriptor(Class<?> anchor) {
    if (anchor.getModule().isNamed()) {
      return anchor.getModule().getDescriptor();
    }
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (ZipFile jar = new ZipFile(location.toFile());
           InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the module descriptor beside " + anchor, e);
    }
  }
}
