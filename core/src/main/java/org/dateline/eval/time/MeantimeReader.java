package org.dateline.eval.time;

import org.dateline.eval.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dateline.ingest.Dates;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads MEANTIME's CAT XML. The text is rebuilt from the tokens: one space between tokens, a
 * blank line between sentences (sentence 0 is the title, 1 the date line, then the body). Only the
 * first {@link #SCORED_SENTENCES} sentences are annotated, so only they are scored.
 * The DCT is the TIMEX3 with functionInDocument="CREATION_TIME", which is anchored on the date
 * line; a few documents have none, and then the date line itself gives the DCT, and a TIMEX3
 * annotated on it is the DCT under another name and is not scored either. A DCT value that
 * is not an ISO date is read from the date line too.
 */
public final class MeantimeReader {
  /** Title, date line and the first four body sentences: what MEANTIME annotates. */
  public static final int SCORED_SENTENCES = 6;
  private static final int DATE_LINE = 1;

  private MeantimeReader() {}

  /** All .xml files under {@code dir}, in path order; at most {@code limit} (0 for all). */
  public static List<TimeDocument> readAll(Path dir, int limit, List<Skipped> skipped) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<TimeDocument> out = new ArrayList<>();
    for (Path f : files) {
      if (limit > 0 && out.size() >= limit) break;
      try {
        out.add(read(f));
      } catch (IOException | RuntimeException e) {
        skipped.add(Skipped.of(f.toString(), e)); // one malformed file costs only itself
      }
    }
    return out;
  }

  /** One token: its sentence and span in the rebuilt text. */
  private record Tok(int sentence, int start, int end) {}

  public static TimeDocument read(Path file) throws IOException {
    Element root = parse(file);
    String id = root.getAttribute("doc_id");
    StringBuilder text = new StringBuilder();
    Map<String, Tok> tokens = new HashMap<>();
    int[] sentenceEnd = new int[SCORED_SENTENCES];
    NodeList list = root.getElementsByTagName("token");
    int prevSentence = -1;
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (prevSentence >= 0) text.append(sentence != prevSentence ? "\n\n" : " ");
      int start = text.length();
      text.append(t.getTextContent());
      tokens.put(t.getAttribute("t_id"), new Tok(sentence, start, text.length()));
      if (sentence < SCORED_SENTENCES) sentenceEnd[sentence] = text.length();
      prevSentence = sentence;
    }
    String s = text.toString();
    int scoredEnd = 0;
    for (int e : sentenceEnd) scoredEnd = Math.max(scoredEnd, e);
    return build(id.isEmpty() ? file.getFileName().toString() : id, s, root, tokens, scoredEnd);
  }

  private static TimeDocument build(String id, String text, Element root, Map<String, Tok> tokens,
                                    int scoredEnd) {
    String dct = null;
    Timex dctMention = null;
    List<Timex> all = new ArrayList<>();
    NodeList timexes = root.getElementsByTagName("TIMEX3");
    for (int i = 0; i < timexes.getLength(); i++) {
      Element e = (Element) timexes.item(i);
      Timex t = span(e, text, tokens);
      if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
        dct = e.getAttribute("value");
        dctMention = t;
      } else if (t != null) {
        all.add(t);
      }
    }
    // One document writes its DCT as "03-02-2009" (day first); a value that is no ISO date
    // is treated like a missing one, and the date line says what it means.
    if (dct == null || !dct.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      if (dctMention == null) dctMention = dateLine(text, tokens);
      LocalDate date = null;
      try {
        date = dctMention == null ? null : Dates.parse(dctMention.text().replace(" ,", ","));
      } catch (Dates.UnreadableDateException e) {
        // no creation time: the evaluation names the document and skips it
      }
      dct = date == null ? null : date.toString();
    }
    List<Timex> gold = new ArrayList<>();
    for (Timex t : all) {
      if (t.start() < scoredEnd && (dctMention == null || !t.overlaps(dctMention))) gold.add(t);
    }
    gold.sort(java.util.Comparator.comparingInt(Timex::start));
    return new TimeDocument(id, dct, text, gold, scoredEnd, dctMention);
  }

  /** The TIMEX3's span from its first to its last anchored token, or null for an empty one. */
  private static Timex span(Element e, String text, Map<String, Tok> tokens) {
    NodeList anchors = e.getElementsByTagName("token_anchor");
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (int i = 0; i < anchors.getLength(); i++) {
      Tok t = tokens.get(((Element) anchors.item(i)).getAttribute("t_id"));
      if (t == null) continue;
      start = Math.min(start, t.start());
      end = Math.max(end, t.end());
    }
    if (end < 0) return null;
    String value = e.getAttribute("value");
    return new Timex(start, end, text.substring(start, end), e.getAttribute("type"), value.isEmpty() ? null : value);
  }

  /** The date line (sentence 1) as a span, or null when the document has no such sentence. */
  private static Timex dateLine(String text, Map<String, Tok> tokens) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (Tok t : tokens.values()) {
      if (t.sentence() != DATE_LINE) continue;
      start = Math.min(start, t.start());
      end = Math.max(end, t.end());
    }
    return end < 0 ? null : new Timex(start, end, text.substring(start, end), "DATE", null);
  }

  private static Element parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(file.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not well-formed CAT XML: " + e.getMessage(), e);
    }
  }
}
