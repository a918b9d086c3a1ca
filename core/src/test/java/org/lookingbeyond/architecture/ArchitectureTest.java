package org.lookingbeyond.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.lookingbeyond.LookingBeyondException;

/**
 * Guards the shape of core: no Jackson, no package cycles, data flowing one way, one exception family, no
 * console output.
 */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lookingbeyond");

  @Test
  void coreDependsOnNoJacksonClass() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .because("core stays free of Jackson; JSON lives in io-json")
        .check(CORE);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.lookingbeyond.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void dataFlowsFromReferenceDataToRegistryNeverBack() {
    noClasses().that().resideInAnyPackage("org.lookingbeyond.geo..", "org.lookingbeyond.theme..",
            "org.lookingbeyond.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.lookingbeyond.reference..",
            "org.lookingbeyond.registry..")
        .check(CORE);
    noClasses().that().resideInAPackage("org.lookingbeyond.reference..")
        .should().dependOnClassesThat().resideInAPackage("org.lookingbeyond.registry..")
        .check(CORE);
  }

  @Test
  void everyExceptionOfTheLibraryIsALookingBeyondException() {
    classes().that().areAssignableTo(Throwable.class).should().beAssignableTo(LookingBeyondException.class)
        .because("one catch clause catches every failure the library reports")
        .check(CORE);
  }

  @Test
  void theExceptionFamilyDependsOnNoCapability() {
    noClasses().that().resideInAPackage("org.lookingbeyond")
        .should().dependOnClassesThat().resideInAPackage("org.lookingbeyond.(*)..")
        .because("every package throws the family, so it cannot depend on any of them")
        .check(CORE);
  }

  @Test
  void coreWritesNothingToTheConsole() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("a library logs through SLF4J; it never prints")
        .check(CORE);
  }
}
