package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.util.List;
import org.lookingbeyond.json.DocumentType;
import org.lookingbeyond.json.JsonDocumentException;
import org.lookingbeyond.json.LookingBeyondJson;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.rules.Decision;

/** The sample registry and a decision as JSON documents, read back, and a broken document refused. */
final class JsonReport {
  private final LookingBeyondJson json = LookingBeyondJson.defaults();

  void print(PrintWriter out, Registry registry, List<Decision> decisions) {
    String text = json.writeRegistry(registry);
    Registry back = json.readRegistry(text).registry();
    out.println("  The sample registry as a lookingbeyond.registry/1 document: " + text.length() + " characters, "
        + text.lines().count() + " lines; read back equal: " + back.equals(registry));
    String report = json.write(DocumentType.DECISIONS, decisions.subList(0, 1));
    out.println("  The first decision as a lookingbeyond.decisions/1 document (first 24 lines):");
    report.lines().limit(24).forEach(l -> out.println("    " + l));
    out.println("    ...");
    String broken = "{\n  \"format\": \"lookingbeyond.registry/1\",\n  \"organizations\": [\n"
        + "    {\"id\": \"ORG-1\", \"name\": \"Example (fictional)\", \"type\": \"NGO\", \"registrationDate\": \"2025-02-30\"}\n"
        + "  ],\n  \"participations\": [{\"organizationId\": \"ORG-1\", \"sessionId\": \"CND-99\"}]\n}";
    out.println("  A broken document is refused with every problem, located:");
    try {
      json.readRegistry(broken);
      out.println("    (accepted: unexpected)");
    } catch (JsonDocumentException e) {
      e.problems().forEach(p -> out.println("    " + p));
    }
  }
}
