package org.dateline.eval.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.eval.Skipped;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * GeoVirus (GeoVirus.xml): Wikinews paragraphs on disease outbreaks, every location with lat/lon
 * and a Wikipedia page but no GeoNames id or country. Its offsets count from 1 ({@link Spans}
 * moves them back), and three {@code <location>} elements sit inside another one: all
 * {@code <location>} elements of an article are read, however nested.
 */
public final class GeoVirusReader {
  public static final String FILE = "GeoVirus.xml";
  // The set gives no dates (Wikinews stories of 2007-2017); places do not depend on the date,
  // so one fixed date anchors them all.
  static final LocalDate DATE = LocalDate.of(2015, 1, 1);

  private GeoVirusReader() {}

  public static List<GeoDocument> read(Path setDir, int limit, List<Skipped> skipped) throws IOException {
    return GeoXml.articles(setDir.resolve(FILE), limit, (a, text, index) -> {
      List<String> notes = new ArrayList<>();
      List<GoldToponym> toponyms = new ArrayList<>();
      NodeList locations = a.getElementsByTagName("location");
      for (int i = 0; i < locations.getLength(); i++) {
        Element l = (Element) locations.item(i);
        GoldToponym g = Spans.toponym(text, GeoXml.integer(l, "start"), GeoXml.integer(l, "end"),
            GeoXml.text(l, "name"), GeoXml.number(l, "lat"), GeoXml.number(l, "lon"), null, null, notes);
        if (g != null) toponyms.add(g);
      }
      // Several paragraphs share one source page, so the id is the article's position.
      return new GeoDocument("geovirus#" + (index + 1), DATE, null, GeoXml.text(a, "source"), text, toponyms, notes);
    }, skipped);
  }
}
