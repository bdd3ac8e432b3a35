package org.dateline.eval.time;

import org.dateline.eval.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML (.tml) files as in TempEval-3: the text is the content of {@code <TEXT>} with all
 * markup removed and entities decoded; the gold expressions are the TIMEX3 inside it; the DCT is
 * the TIMEX3 with functionInDocument="CREATION_TIME" (in {@code <DCT>}, outside the text).
 * TIMEX3 outside {@code <TEXT>} (titles, headers) are not in the text and so not scored.
 */
public final class TimeMlReader {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private TimeMlReader() {}

  /** All .tml files under {@code dir}, in path order; at most {@code limit} (0 for all). */
  public static List<TimeDocument> readAll(Path dir, int limit, List<Skipped> skipped) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
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

  public static TimeDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(XML.createXMLStreamReader(in), file);
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  private static TimeDocument parse(XMLStreamReader r, Path file) throws XMLStreamException {
    String name = file.getFileName().toString();
    String id = name.substring(0, name.length() - ".tml".length());
    String dct = null;
    StringBuilder text = new StringBuilder();
    boolean inText = false;
    List<Timex> gold = new ArrayList<>();
    Deque<String[]> open = new ArrayDeque<>(); // type, value, function, start offset
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TEXT")) inText = true;
        if (tag.equals("TIMEX3")) {
          String function = r.getAttributeValue(null, "functionInDocument");
          String value = r.getAttributeValue(null, "value");
          if ("CREATION_TIME".equals(function)) dct = value;
          open.push(new String[] {r.getAttributeValue(null, "type"), value, function,
              String.valueOf(text.length())});
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        if (inText) text.append(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TEXT")) inText = false;
        if (tag.equals("TIMEX3")) {
          String[] t = open.pop();
          int start = Integer.parseInt(t[3]);
          if (inText && !"CREATION_TIME".equals(t[2]) && start < text.length()) {
            gold.add(new Timex(start, text.length(), text.substring(start), t[0], t[1]));
          }
        }
      }
    }
    gold.sort(java.util.Comparator.comparingInt(Timex::start));
    return new TimeDocument(id, dct, text.toString(), gold, text.length(), null);
  }
}
