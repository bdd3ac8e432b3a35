package org.dateline.eval.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.dateline.eval.Skipped;
import org.dateline.ingest.Dates;
import org.w3c.dom.Element;

/**
 * LGL (lgl.xml): local news articles with their download time, each toponym with a GeoNames
 * {@code <gaztag>} (id, lat, lon, country) or, for some, none. The text begins with the title.
 * Toponyms without a gaztag stay in the gold list: they count for recall, not for distances.
 */
public final class LglReader {
  public static final String FILE = "lgl.xml";

  private LglReader() {}

  public static List<GeoDocument> read(Path setDir, int limit, List<Skipped> skipped) throws IOException {
    return GeoXml.articles(setDir.resolve(FILE), limit, (a, text, index) -> {
      List<String> notes = new ArrayList<>();
      List<GoldToponym> toponyms = new ArrayList<>();
      for (Element t : GeoXml.toponyms(a)) {
        GoldToponym g = toponym(text, t, notes);
        if (g != null) toponyms.add(g);
      }
      // dltime ("2009-03-20 12:24:52.002364-05") is when the article was fetched: close enough
      // to its publication for anchoring.
      LocalDate date = Dates.parse(GeoXml.text(a, "dltime"));
      if (date == null) throw new IllegalArgumentException("empty <dltime>: the article has no date");
      return new GeoDocument("lgl#" + a.getAttribute("docid"), date,
          GeoXml.text(a, "title"), GeoXml.text(a, "url"), text, toponyms, notes);
    }, skipped);
  }

  private static GoldToponym toponym(String text, Element t, List<String> notes) {
    Element gaz = GeoXml.child(t, "gaztag");
    Double lat = gaz == null ? null : GeoXml.number(gaz, "lat");
    Double lon = gaz == null ? null : GeoXml.number(gaz, "lon");
    Long id = gaz == null ? null : GeoXml.id(gaz.getAttribute("geonameid"));
    String country = gaz == null ? null : GeoXml.text(gaz, "country");
    return Spans.toponym(text, GeoXml.integer(t, "start"), GeoXml.integer(t, "end"), GeoXml.text(t, "phrase"),
        lat, lon, id, country == null ? null : country.strip(), notes);
  }
}
