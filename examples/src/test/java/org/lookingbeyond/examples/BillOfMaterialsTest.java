package org.lookingbeyond.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM ({@code bom/pom.xml}) stays true to the reactor: it has no parent, so that it manages nothing
 * but our artifacts; its version is the reactor's; it lists every published module and nothing else.
 */
class BillOfMaterialsTest {
  /** The root of the reactor, from this module's directory (the tests' working directory). */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void theBomHasNoParentAndManagesNoThirdPartyLibrary() throws Exception {
    Element bom = pom(ROOT.resolve("bom/pom.xml"));
    assertTrue(children(bom, "parent").isEmpty(), "a parent's dependencyManagement would leak into importers");
    assertEquals("lookingbeyond-bom", text(bom, "artifactId"));
    assertEquals("pom", text(bom, "packaging"));
    for (Element d : managed(bom)) {
      assertEquals("org.lookingbeyond", text(d, "groupId"), text(d, "artifactId"));
      assertEquals("${project.version}", text(d, "version"), text(d, "artifactId"));
    }
  }

  @Test
  void theBomHasTheReactorsVersionAndListsEveryPublishedModule() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("bom/pom.xml"));
    assertEquals(text(parent, "version"), text(bom, "version"));
    List<String> modules = new ArrayList<>();
    children(children(parent, "modules").get(0), "module").forEach(m -> modules.add(m.getTextContent().strip()));
    assertTrue(modules.contains("bom"), "the BOM is built with the reactor: " + modules);
    TreeSet<String> published = new TreeSet<>();
    for (String module : modules) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      boolean jar = children(pom, "packaging").isEmpty() || text(pom, "packaging").equals("jar");
      if (jar && !deploySkipped(pom)) {
        published.add(text(pom, "artifactId"));
      }
    }
    TreeSet<String> listed = new TreeSet<>();
    managed(bom).forEach(d -> listed.add(text(d, "artifactId")));
    assertEquals(new TreeSet<>(List.of("lookingbeyond-core", "lookingbeyond-io-json",
        "lookingbeyond-io-tabular")), published);
    assertEquals(published, listed);
  }

  private static boolean deploySkipped(Element pom) {
    List<Element> properties = children(pom, "properties");
    return !properties.isEmpty() && !children(properties.get(0), "maven.deploy.skip").isEmpty()
        && text(properties.get(0), "maven.deploy.skip").equals("true");
  }

  private static List<Element> managed(Element pom) {
    Element dependencies = children(children(pom, "dependencyManagement").get(0), "dependencies").get(0);
    return children(dependencies, "dependency");
  }

  private static Element pom(Path file) throws Exception {
    assertTrue(Files.isRegularFile(file), file.toString());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(file.toFile());
    return doc.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
    return found.get(0).getTextContent().strip();
  }
}
