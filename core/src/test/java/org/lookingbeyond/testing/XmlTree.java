package org.lookingbeyond.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An XML document parsed by the JDK's {@code javax.xml.parsers.DocumentBuilder}, copied into a small
 * tree of elements, for the tests of the SVG renderers.
 *
 * <p>Why reflection: the tests are compiled into the module {@code org.lookingbeyond.core}, which does
 * not (and should not) read {@code java.xml}, so the test sources cannot name its types. Core reflection
 * assumes readability, and {@code java.xml} exports these packages to everyone, so the same parser is
 * reached through the public interfaces {@code DocumentBuilderFactory}, {@code DocumentBuilder},
 * {@code Node}, {@code NodeList} and {@code NamedNodeMap}.
 */
public final class XmlTree {
  private static final short ELEMENT_NODE = 1;

  /**
   * One element.
   *
   * @param namespace the namespace URI, or empty
   * @param name the local name
   * @param attributes the attributes by name
   * @param children the child elements in document order
   * @param text the concatenated text of the element and its descendants
   */
  public record Element(String namespace, String name, Map<String, String> attributes, List<Element> children,
      String text) {

    /** The descendants (and this element) with a local name, in document order. */
    public List<Element> all(String localName) {
      List<Element> out = new ArrayList<>();
      collect(localName, out);
      return out;
    }

    private void collect(String localName, List<Element> out) {
      if (name.equals(localName)) {
        out.add(this);
      }
      children.forEach(c -> c.collect(localName, out));
    }

    public String attribute(String attributeName) {
      return attributes.getOrDefault(attributeName, "");
    }
  }

  private XmlTree() {}

  /**
   * Parses a document, failing the test with the parser's message if it is not well-formed.
   *
   * @param xml the document
   * @return the root element
   */
  public static Element parse(String xml) {
    try {
      Class<?> factoryType = Class.forName("javax.xml.parsers.DocumentBuilderFactory");
      Object factory = factoryType.getMethod("newInstance").invoke(null);
      factoryType.getMethod("setNamespaceAware", boolean.class).invoke(factory, true);
      factoryType.getMethod("setFeature", String.class, boolean.class)
          .invoke(factory, "http://apache.org/xml/features/disallow-doctype-decl", true);
      Object builder = factoryType.getMethod("newDocumentBuilder").invoke(factory);
      Class<?> builderType = Class.forName("javax.xml.parsers.DocumentBuilder");
      Class<?> handlerType = Class.forName("org.xml.sax.ErrorHandler");
      // A handler that only rethrows keeps the parser from printing to the console.
      Object quiet = java.lang.reflect.Proxy.newProxyInstance(XmlTree.class.getClassLoader(),
          new Class<?>[] {handlerType}, (proxy, method, args) -> {
            if (method.getName().equals("warning")) {
              return null;
            }
            throw (Throwable) args[0];
          });
      builderType.getMethod("setErrorHandler", handlerType).invoke(builder, quiet);
      InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
      Object document = builderType.getMethod("parse", InputStream.class).invoke(builder, in);
      Object root = Class.forName("org.w3c.dom.Document").getMethod("getDocumentElement").invoke(document);
      return element(root);
    } catch (InvocationTargetException e) {
      throw new AssertionError("not well-formed XML: " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the JDK's XML parser is not reachable", e);
    }
  }

  private static Element element(Object node) throws ReflectiveOperationException {
    Class<?> nodeType = Class.forName("org.w3c.dom.Node");
    Class<?> listType = Class.forName("org.w3c.dom.NodeList");
    Class<?> mapType = Class.forName("org.w3c.dom.NamedNodeMap");
    Method getLength = listType.getMethod("getLength");
    Method item = listType.getMethod("item", int.class);
    Map<String, String> attributes = new TreeMap<>();
    Object attrs = nodeType.getMethod("getAttributes").invoke(node);
    int attrCount = (int) mapType.getMethod("getLength").invoke(attrs);
    for (int i = 0; i < attrCount; i++) {
      Object attr = mapType.getMethod("item", int.class).invoke(attrs, i);
      attributes.put((String) nodeType.getMethod("getNodeName").invoke(attr),
          (String) nodeType.getMethod("getNodeValue").invoke(attr));
    }
    List<Element> children = new ArrayList<>();
    Object childNodes = nodeType.getMethod("getChildNodes").invoke(node);
    int count = (int) getLength.invoke(childNodes);
    for (int i = 0; i < count; i++) {
      Object child = item.invoke(childNodes, i);
      short type = (short) nodeType.getMethod("getNodeType").invoke(child);
      if (type == ELEMENT_NODE) {
        children.add(element(child));
      }
    }
    String namespace = (String) nodeType.getMethod("getNamespaceURI").invoke(node);
    return new Element(namespace == null ? "" : namespace, (String) nodeType.getMethod("getLocalName").invoke(node),
        attributes, List.copyOf(children), (String) nodeType.getMethod("getTextContent").invoke(node));
  }
}
