package org.dateline.resolve.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Development reader of the geoparsing gold sets under ../shared/eval (LGL, GeoVirus,
 * GeoWebNews): each article's text and its toponyms that have coordinates. For measuring the
 * resolver while it is built; the official harness lives in org.dateline.eval.geo.
 */
final class GoldToponyms {
  record Gold(String text, int start, int end, double lat, double lon, String country) {}

  record Article(String text, List<Gold> toponyms) {}

  private GoldToponyms() {}

  static List<Article> read(Path file) throws Exception {
    var dbf = DocumentBuilderFactory.newInstance();
    org.w3c.dom.Document xml = dbf.newDocumentBuilder().parse(file.toFile());
    List<Article> out = new ArrayList<>();
    NodeList articles = xml.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String text = child(a, "text");
      List<Gold> gold = new ArrayList<>();
      for (String tag : new String[] {"toponym", "location"}) {
        NodeList ts = a.getElementsByTagName(tag);
        for (int j = 0; j < ts.getLength(); j++) {
          Gold g = gold((Element) ts.item(j), text);
          if (g != null) gold.add(g);
        }
      }
      out.add(new Article(text, gold));
    }
    return out;
  }

  private static Gold gold(Element t, String text) {
    String lat = first(t, "lat", "latitude");
    String lon = first(t, "lon", "longitude");
    if (lat == null || lat.isBlank() || lon == null || lon.isBlank()) return null;
    String name = first(t, "phrase", "extractedName", "name");
    int start = Integer.parseInt(child(t, "start").strip());
    int end = Integer.parseInt(child(t, "end").strip());
    int[] span = repair(text, name, start, end);
    if (span == null) return null;
    return new Gold(text.substring(span[0], span[1]), span[0], span[1], Double.parseDouble(lat),
        Double.parseDouble(lon), child(t, "country"));
  }

  /** Some sets' offsets are shifted: take the occurrence of the name nearest the given start. */
  private static int[] repair(String text, String name, int start, int end) {
    if (start >= 0 && end <= text.length() && text.substring(start, end).equals(name)) return new int[] {start, end};
    int best = -1;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
    }
    return best < 0 ? null : new int[] {best, best + name.length()};
  }

  private static String first(Element e, String... tags) {
    for (String t : tags) {
      String v = child(e, t);
      if (v != null) return v;
    }
    return null;
  }

  private static String child(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }
}
