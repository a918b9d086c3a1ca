package org.lookingbeyond.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.reference.ReferenceData;

/**
 * A consumer module on the module path, as an integrator's application is: it requires
 * {@code org.lookingbeyond.core} and nothing else, is compiled against the core module (its compiled
 * classes, an exploded module) and slf4j-api, and runs in a JVM of its own. It reads a shipped table
 * through the API (the jar's resources are encapsulated from it), looks up a country and makes a
 * coverage report.
 */
class ModulePathConsumerTest {
  private static final String MODULE_INFO = "module consumer {\n  requires org.lookingbeyond.core;\n}\n";

  private static final String MAIN = String.join("\n",
      "package consumer;",
      "",
      "import java.io.Reader;",
      "import java.time.LocalDate;",
      "import org.lookingbeyond.coverage.CoverageAnalyzer;",
      "import org.lookingbeyond.coverage.CoverageReport;",
      "import org.lookingbeyond.coverage.CoverageSettings;",
      "import org.lookingbeyond.geo.Geography;",
      "import org.lookingbeyond.geo.RegionLevel;",
      "import org.lookingbeyond.model.OrganisationType;",
      "import org.lookingbeyond.model.Organization;",
      "import org.lookingbeyond.reference.ReferenceData;",
      "import org.lookingbeyond.reference.ReferenceTables;",
      "import org.lookingbeyond.reference.TableName;",
      "import org.lookingbeyond.registry.Registry;",
      "",
      "public final class Main {",
      "  public static void main(String[] args) throws Exception {",
      "    System.out.println(\"module: \" + Main.class.getModule().getName());",
      "    System.out.println(\"resource read directly: \" + (ReferenceData.class.getResourceAsStream(",
      "        \"/org/lookingbeyond/reference/field_offices.csv\") != null));",
      "    try (Reader in = ReferenceTables.shipped(TableName.FIELD_OFFICES)) {",
      "      System.out.println(\"field offices: \"",
      "          + ReferenceTables.readFieldOffices(in, TableName.FIELD_OFFICES.fileName()).rows().size());",
      "    }",
      "    Geography geo = ReferenceData.defaults().geography();",
      "    System.out.println(\"ken: \" + geo.area(\"ken\").name() + \" in \"",
      "        + geo.regionOf(\"KE\", RegionLevel.INTERMEDIATE_REGION).orElseThrow().code());",
      "    Registry registry = Registry.builder().addOrganizations(Organization.builder().id(\"ORG-KE\")",
      "        .name(\"Nairobi Forum\").type(OrganisationType.NATIONAL_NGO).addOperatingCountries(\"KE\")",
      "        .addThematicAreas(\"drug-prevention\").build()).build();",
      "    CoverageReport report = CoverageAnalyzer.of(CoverageSettings.defaults(LocalDate.of(2026, 6, 30)))",
      "        .analyze(registry);",
      "    System.out.println(\"202 x drug-prevention: \" + report.cell(\"202\", \"drug-prevention\").status()",
      "        + \" with \" + report.cell(\"202\", \"drug-prevention\").csoCount() + \" CSO\");",
      "  }",
      "}",
      "");

  @Test
  void aConsumerModuleReadsAShippedTableAndRunsAnAnalysis(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("consumer/Main.java"), MAIN);
    Path out = dir.resolve("out");
    String modulePath = location(ReferenceData.class) + File.pathSeparator + slf4jApi();

    compile(List.of("--module-path", modulePath, "-d", out.toString(),
        src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString()));
    List<String> lines = run(List.of("--module-path", modulePath + File.pathSeparator + out, "-m",
        "consumer/consumer.Main"));

    assertTrue(lines.contains("module: consumer"), () -> String.join("\n", lines));
    assertTrue(lines.contains("resource read directly: false"),
        () -> "the core module encapsulates its resources from other modules: " + lines);
    assertTrue(lines.contains("field offices: " + ReferenceData.defaults().fieldOffices().size()),
        () -> String.join("\n", lines));
    assertTrue(lines.contains("ken: Kenya in 014"), () -> String.join("\n", lines));
    assertTrue(lines.contains("202 x drug-prevention: WEAK with 1 CSO"), () -> String.join("\n", lines));
  }

  /** The directory or jar a class was loaded from: core's compiled classes, an exploded module. */
  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** slf4j-api's jar, where the test's own class or module path has it. */
  private static String slf4jApi() throws URISyntaxException {
    try {
      return location(Class.forName("org.slf4j.Logger")).toString();
    } catch (ClassNotFoundException | NullPointerException e) {
      for (String property : List.of("jdk.module.path", "java.class.path")) {
        for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
          if (entry.contains("slf4j-api")) {
            return entry;
          }
        }
      }
      throw new AssertionError("slf4j-api is on neither the module path nor the class path", e);
    }
  }

  private static void compile(List<String> args) throws IOException, InterruptedException {
    Optional<ToolProvider> javac = ToolProvider.findFirst("javac");
    if (javac.isPresent()) {
      StringWriter log = new StringWriter();
      int status = javac.get().run(new PrintWriter(log), new PrintWriter(log), args.toArray(String[]::new));
      assertEquals(0, status, log::toString);
      return;
    }
    List<String> command = new ArrayList<>(List.of(tool("javac")));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
    assertEquals(0, p.exitValue(), log);
  }

  private static List<String> run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool("java")));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    p.getInputStream().transferTo(output);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the consumer did not finish");
    String text = output.toString(StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    return text.lines().toList();
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }
}
