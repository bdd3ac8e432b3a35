package org.dateline.eval.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.eval.Skipped;
import org.w3c.dom.Element;

/**
 * GeoWebNews (GWN.xml): web news of 2018 with spans of 14 pragmatic types. Only the spans with
 * coordinates are toponyms to geocode (Literal, Metonymic, Mixed, modifiers, ...); the rest
 * (Non_Toponym, Literal_Expression "citizens", Language, Demonym in this file) are left out.
 * No country is given.
 */
public final class GeoWebNewsReader {
  public static final String FILE = "GWN.xml";
  // The articles are from 2018 but carry no date field; one fixed date anchors them all.
  static final LocalDate DATE = LocalDate.of(2018, 1, 1);

  private GeoWebNewsReader() {}

  public static List<GeoDocument> read(Path setDir, int limit, List<Skipped> skipped) throws IOException {
    return GeoXml.articles(setDir.resolve(FILE), limit, (a, text, index) -> {
      List<String> notes = new ArrayList<>();
      List<GoldToponym> toponyms = new ArrayList<>();
      for (Element t : GeoXml.toponyms(a)) {
        Double lat = GeoXml.number(t, "latitude");
        Double lon = GeoXml.number(t, "longitude");
        if (lat == null || lon == null) continue;
        GoldToponym g = Spans.toponym(text, GeoXml.integer(t, "start"), GeoXml.integer(t, "end"),
            GeoXml.text(t, "extractedName"), lat, lon, GeoXml.id(GeoXml.text(t, "geonamesID")), null, notes);
        if (g != null) toponyms.add(g);
      }
      return new GeoDocument("gwn#" + a.getAttribute("file"), DATE, GeoXml.text(a, "title"),
          GeoXml.text(a, "link"), text, toponyms, notes);
    }, skipped);
  }
}
