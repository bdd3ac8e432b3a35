package org.dateline.eval.events;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dateline.eval.Skipped;
import org.dateline.ingest.Dates;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

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

  // The records and option settings of the file, each read on its own so that one malformed
  // record (an unescaped '&', a missing <Text>) costs only itself.
  private static final Pattern PART = Pattern.compile(
      "<Config\\b[^>]*?/>|<Config\\b.*?</Config>|<Sentence\\b.*?</Sentence>", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]*)\"");

  /** The records of the file; a malformed one goes to {@code skipped} with its line, id and the problem. */
  public static List<Item> read(Path file, List<Skipped> skipped) throws IOException {
    // a byte that is not UTF-8 becomes U+FFFD in its record rather than failing the file
    return read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString(), skipped);
  }

  /** @param name what to call the text in a skipped record's place ("FILE:LINE") */
  public static List<Item> read(String xml, String name, List<Skipped> skipped) throws IOException {
    DocumentBuilder builder = builder();
    List<Item> out = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    String text = blankComments(xml);
    Matcher m = PART.matcher(text);
    int line = 1;
    int at = 0;
    while (m.find()) {
      line += count(text, at, m.start());
      at = m.start();
      Matcher id = ID.matcher(m.group());
      String where = name + ":" + line + (id.find() && m.group().startsWith("<Sentence") ? " (id " + id.group(1) + ")" : "");
      try {
        Element e = builder.parse(new InputSource(new StringReader(m.group()))).getDocumentElement();
        if (e.getTagName().equals("Config")) {
          if (!e.hasAttribute("option")) continue;
          options.remove(e.getAttribute("option")); // a later setting goes last, as it is applied last
          options.put(e.getAttribute("option"), e.getAttribute("value"));
        } else {
          out.add(item(e, options));
        }
      } catch (SAXException | IllegalArgumentException e) {
        skipped.add(Skipped.of(where, e.getMessage() == null ? e.toString() : e.getMessage()));
      }
    }
    if (out.isEmpty() && skipped.isEmpty()) throw new IOException(name + ": no <Sentence> records");
    return out;
  }

  /** The text with each comment's content blanked, its line breaks kept so that lines still count. */
  private static String blankComments(String xml) {
    return COMMENT.matcher(xml).replaceAll(c -> "<!--" + c.group().replaceAll("[^\\n]", "") + "-->");
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') n++;
    }
    return n;
  }

  private static Item item(Element s, Map<String, String> options) {
    List<Coding> codings = new ArrayList<>();
    String error = null;
    NodeList ec = s.getElementsByTagName("EventCoding");
    for (int j = 0; j < ec.getLength(); j++) {
      Element c = (Element) ec.item(j);
      if (c.hasAttribute("error")) error = c.getAttribute("error");
      if (c.hasAttribute("eventcode")) {
        if (c.getAttribute("eventcode").isBlank()) throw new IllegalArgumentException("<EventCoding> with an empty eventcode");
        codings.add(new Coding(c.getAttribute("sourcecode"), c.getAttribute("targetcode"), c.getAttribute("eventcode")));
      } else if (!c.hasAttribute("error") && !c.hasAttribute("noevents")) {
        throw new IllegalArgumentException("<EventCoding> with no eventcode, noevents or error");
      }
    }
    NodeList texts = s.getElementsByTagName("Text");
    String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent();
    // The text is wrapped over lines as in the file; the line breaks are not sentence breaks.
    text = text.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) throw new IllegalArgumentException("no <Text>");
    if (s.getAttribute("id").isBlank()) throw new IllegalArgumentException("<Sentence> without an id");
    return new Item(s.getAttribute("id"), date(s.getAttribute("date")), s.getAttribute("category"), text, codings,
        error, options);
  }

  /** The record's date (YYYYMMDD) by the one date reader; an unreadable one fails the record. */
  private static LocalDate date(String s) {
    return Dates.parse(s);
  }

  private static DocumentBuilder builder() throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // Plain data file: no DTDs or external entities to resolve.
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler()); // the problem is reported with its record, not printed
      return b;
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML parser", e);
    }
  }
}
