package org.dateline.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH's validation records (PETR.UnitTest.records.xml): {@code <Sentence date id
 * category>} elements, each with {@code <EventCoding sourcecode targetcode eventcode>} children,
 * a {@code <Text>} and a Penn-Treebank {@code <Parse>} (not used: Dateline parses the text).
 * An EventCoding may instead say {@code noevents="True"} or {@code error="..."}: the record then
 * expects no event at all. A {@code <Config option value>} element between records sets a
 * PETRARCH option for the records after it, until set again.
 */
public final class PetrarchUnitTest {
  private PetrarchUnitTest() {}

  public static final String FILE = "PETR.UnitTest.records.xml";

  /** One expected coding: actor codes as in PETRARCH's dictionaries ("ARN", "---GOV"). */
  public record Coding(String source, String target, String cameo) {}

  /**
   * One validation record.
   *
   * @param codings expected codings; empty when the record expects none
   * @param error   PETRARCH's expected error ("dateline", "storydiscard", ...), or null
   * @param options the PETRARCH options in force for the record ("require_dyad" → "false"), in the
   *                order they were set
   */
  public record Item(String id, LocalDate date, String category, String text, List<Coding> codings, String error,
                     Map<String, String> options) {
    public Item {
      codings = List.copyOf(codings);
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
  }

  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  public static List<Item> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static List<Item> read(InputStream in) throws IOException {
    Document doc;
    try {
      doc = builder().parse(in);
    } catch (SAXException e) {
      throw new IOException("not well-formed PETRARCH validation XML: " + e.getMessage(), e);
    }
    List<Item> out = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    // All elements in document order, so that each record sees the options set before it.
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getTagName().equals("Config") && e.hasAttribute("option")) {
        options.remove(e.getAttribute("option")); // a later setting goes last, as it is applied last
        options.put(e.getAttribute("option"), e.getAttribute("value"));
      } else if (e.getTagName().equals("Sentence")) {
        out.add(item(e, options));
      }
    }
    return out;
  }

  private static Item item(Element s, Map<String, String> options) {
    List<Coding> codings = new ArrayList<>();
    String error = null;
    NodeList ec = s.getElementsByTagName("EventCoding");
    for (int j = 0; j < ec.getLength(); j++) {
      Element c = (Element) ec.item(j);
      if (c.hasAttribute("error")) error = c.getAttribute("error");
      if (c.hasAttribute("eventcode")) {
        codings.add(new Coding(c.getAttribute("sourcecode"), c.getAttribute("targetcode"), c.getAttribute("eventcode")));
      }
    }
    NodeList texts = s.getElementsByTagName("Text");
    String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent();
    // The text is wrapped over lines as in the file; the line breaks are not sentence breaks.
    text = text.strip().replaceAll("\\s+", " ");
    return new Item(s.getAttribute("id"), date(s.getAttribute("date")), s.getAttribute("category"), text, codings,
        error, options);
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s, YMD);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static DocumentBuilder builder() throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // Plain data file: no DTDs or external entities to resolve.
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML parser", e);
    }
  }
}
