package org.dateline.eval.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.eval.Skipped;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Small DOM helpers for the geoparsing sets' XML files (a few MB each: DOM is fine). */
final class GeoXml {
  private GeoXml() {}

  /** Reads one {@code <article>} with its text into a document. */
  interface ArticleReader {
    GeoDocument read(Element article, String text, int index);
  }

  /**
   * The articles of a gold file that have text, at most {@code limit} (0: all), in order. An
   * article that cannot be read (an empty date, a malformed offset) goes to {@code skipped} with
   * its position and the problem; the others are read.
   */
  static List<GeoDocument> articles(Path file, int limit, ArticleReader reader, List<Skipped> skipped)
      throws IOException {
    List<GeoDocument> out = new ArrayList<>();
    int position = 0;
    for (Element a : children(root(file), "article")) {
      if (limit > 0 && out.size() >= limit) break;
      position++;
      String text = text(a, "text");
      if (text == null) continue;
      try {
        out.add(reader.read(a, text, out.size()));
      } catch (RuntimeException e) {
        skipped.add(Skipped.of(file + ": article " + position + describe(a), e));
      }
    }
    return out;
  }

  /** The article's own name, where the set gives one: " (docid 4451)". */
  private static String describe(Element a) {
    for (String attr : List.of("docid", "file", "id")) {
      if (a.hasAttribute(attr)) return " (" + attr + " " + a.getAttribute(attr) + ")";
    }
    return "";
  }

  /** The {@code <toponym>} elements of an article's {@code <toponyms>} list (LGL, GeoWebNews). */
  static List<Element> toponyms(Element article) {
    Element list = child(article, "toponyms");
    return list == null ? List.of() : children(list, "toponym");
  }

  static Element root(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Direct child elements named {@code tag}. */
  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(tag)) out.add(e);
    }
    return out;
  }

  static Element child(Element parent, String tag) {
    List<Element> c = children(parent, tag);
    return c.isEmpty() ? null : c.get(0);
  }

  /** Text of the first direct child named {@code tag}, or null when absent or blank. */
  static String text(Element parent, String tag) {
    Element c = child(parent, tag);
    if (c == null) return null;
    String t = c.getTextContent();
    return t == null || t.isBlank() ? null : t;
  }

  static Double number(Element parent, String tag) {
    String t = text(parent, tag);
    return t == null ? null : Double.valueOf(t.strip());
  }

  static Integer integer(Element parent, String tag) {
    String t = text(parent, tag);
    return t == null ? null : Integer.valueOf(t.strip());
  }

  static Long id(String s) {
    return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
  }
}
