package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.registry.Registry;

/**
 * The runnable jar, {@code target/lookingbeyond.jar}, as a user runs it ({@code java -jar}), after the
 * package phase; and the licence and notice in it and in the library jars.
 */
class RunnableJarIT {
  private static final Path JAR = Path.of(System.getProperty("runnableJar", "target/lookingbeyond.jar"));
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir
  Path dir;

  /** One run of {@code java -jar lookingbeyond.jar}. */
  private record Run(int code, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    // C1 only: these runs are short, and there are a dozen of them.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void theJarRunsEverySubcommandQuietly() throws Exception {
    String registry = CliFiles.registry(dir).toString();
    String policy = CliFiles.policy(dir).toString();
    String against = CliFiles.higherCeilingPolicy(dir).toString();
    List<List<String>> runs = List.of(
        List.of("--help"),
        List.of("--version"),
        List.of(),
        List.of("validate", "--registry", registry, "--policy", policy),
        List.of("eligibility", "--registry", registry, "--as-of", "2026-11-29"),
        List.of("allocate", "--registry", registry, "--budget", "60000USD", "--format", "json"),
        List.of("whatif", "--registry", registry, "--against", against),
        List.of("coverage", "--registry", registry, "--format", "svg", "--output", "coverage.svg"),
        List.of("classify", "--registry", registry, "--format", "json", "--output", "classification.json"),
        List.of("countries", "--registry", registry, "ROSA"),
        List.of("sessions", "--registry", registry, "--body", "CND"),
        List.of("organizations", "--registry", registry, "--country", "KE"));
    for (List<String> args : runs) {
      Run r = java(args.toArray(String[]::new));
      assertEquals(0, r.code(), args + ": " + r.err());
      assertEquals("", r.err(), args + ": nothing on standard error, no SLF4J warning");
      assertFalse(r.out().isBlank(), args.toString());
    }
    assertTrue(Files.readString(dir.resolve("coverage.svg")).contains("<svg"), "--output goes where the user says");
    assertTrue(Files.readString(dir.resolve("classification.json"))
        .contains("\"format\": \"lookingbeyond.classification-report/1\""), "classify writes its JSON report");
  }

  @Test
  void problemsEndWithTheirExitCodeAndNoStackTrace() throws Exception {
    Run missing = java("eligibility", "--registry", "missing.json");
    assertEquals(1, missing.code());
    assertEquals("cannot read --registry missing.json: no such file", missing.err().strip());
    CliFiles.Broken broken = CliFiles.malformedRegistry(dir);
    Run malformed = java("validate", "--registry", broken.file().toString());
    assertEquals(1, malformed.code());
    assertTrue(malformed.err().contains(broken.location() + " INVALID_VALUE: "), malformed.err());
    Run unwritable = java("countries", "--output", dir.toString());
    assertEquals(1, unwritable.code());
    assertEquals("cannot write --output " + dir + ": it is a directory", unwritable.err().strip());
    Run usage = java("allocate", "--budget", "lots");
    assertEquals(2, usage.code());
    for (Run r : List.of(missing, malformed, unwritable, usage)) {
      assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void theRunnableJarIsSelfContained() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Manifest manifest = jar.getManifest();
      assertEquals(LookingBeyondCli.class.getName(), manifest.getMainAttributes().getValue("Main-Class"));
      assertEquals("true", manifest.getMainAttributes().getValue("Multi-Release"));
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      assertFalse(names.stream().anyMatch(n -> n.endsWith("module-info.class")), "no module descriptor");
      assertFalse(names.stream().anyMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")), "no signature");
      for (String name : List.of("META-INF/THIRD-PARTY.txt", "META-INF/LICENSE.txt", "simplelogger.properties",
          "tools/jackson/databind/ObjectMapper.class", "picocli/CommandLine.class", "org/slf4j/simple/SimpleLogger.class")) {
        assertTrue(names.contains(name), name);
      }
      assertEquals("org.lookingbeyond.json.LookingBeyondModule", entry(jar, "META-INF/services/tools.jackson.databind"
          + ".JacksonModule").strip(), "services merged");
      assertTrue(entry(jar, "simplelogger.properties").contains("org.slf4j.simpleLogger.defaultLogLevel=warn"));
      String notice = entry(jar, "META-INF/NOTICE");
      assertTrue(notice.indexOf("Looking Beyond SDK") < notice.indexOf("# Jackson JSON processor"), notice);
    }
  }

  @Test
  void everyJarCarriesTheLicenceAndTheNotice() throws IOException, URISyntaxException {
    String licence = Files.readString(ROOT.resolve("LICENSE"));
    assertTrue(licence.contains("Apache License\n                           Version 2.0, January 2004"));
    assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "the full text");
    String notice = Files.readString(ROOT.resolve("NOTICE"));
    assertTrue(notice.contains("lukes/ISO-3166-Countries-with-Regional-Codes"));
    assertTrue(notice.contains("CC BY-SA 4.0"));
    for (Path jar : List.of(JAR, codeSource(Registry.class), codeSource(LookingBeyondJson.class))) {
      assertEquals(licence, read(jar, "META-INF/LICENSE"), jar.toString());
      assertTrue(read(jar, "META-INF/NOTICE").startsWith(notice), jar.toString());
    }
  }

  private static Path codeSource(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A file of a jar, or of a class directory where the module is not packaged in this build. */
  private static String read(Path jarOrDirectory, String name) throws IOException {
    if (Files.isDirectory(jarOrDirectory)) {
      return Files.readString(jarOrDirectory.resolve(name));
    }
    try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
      return entry(jar, name);
    }
  }

  private static String entry(JarFile jar, String name) throws IOException {
    ZipEntry e = jar.getEntry(name);
    assertTrue(e != null, jar.getName() + " holds " + name);
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }
}
