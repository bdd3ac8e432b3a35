package org.dateline.eval.geo;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Place;

/**
 * Lines of the geo errors file. Kinds: unmatched (no place on the toponym), unresolved (a place
 * without coordinates), far (more than 161 km off), country (near enough or not, wrong country),
 * extra (a place on no gold toponym), note (a gold span the reader repaired or left out).
 */
final class GeoErrors {
  private static final int CONTEXT = 50;

  private GeoErrors() {}

  static void write(Writer w, GeoDocument doc, List<GeoScorer.Outcome> outcomes, List<Place> places)
      throws IOException {
    for (String note : doc.notes()) w.write(doc.id() + "\tnote\t" + note + "\n");
    Set<Place> matched = new HashSet<>();
    for (GeoScorer.Outcome o : outcomes) {
      if (o.place() != null) matched.add(o.place());
      String kind = kind(o);
      if (kind == null) continue;
      GoldToponym g = o.gold();
      w.write(doc.id() + "\t" + kind + "\t" + g.phrase() + " (" + g.lat() + "," + g.lon() + " " + g.country()
          + ")\t" + show(o.place()) + "\t" + (o.km() == null ? "-" : String.format(Locale.ROOT, "%.0f", o.km()))
          + "\t" + context(doc.text(), g.start(), g.end()) + "\n");
    }
    for (Place p : places) {
      if (matched.contains(p)) continue;
      w.write(doc.id() + "\textra\t-\t" + show(p) + "\t-\t" + context(doc.text(), p.start(), p.end()) + "\n");
    }
  }

  private static String kind(GeoScorer.Outcome o) {
    GoldToponym g = o.gold();
    if (o.place() == null) return "unmatched";
    if (g.hasCoordinates() && !o.resolved()) return "unresolved";
    if (o.resolved() && o.km() > GeoScorer.NEAR_KM) return "far";
    if (g.country() != null && !Objects.equals(g.country(), o.place().country())) return "country";
    return null;
  }

  private static String show(Place p) {
    if (p == null) return "-";
    return p.text() + " (" + p.lat() + "," + p.lon() + " " + p.country() + ")";
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String s = text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to);
    return s.replaceAll("\\s+", " ").strip();
  }
}
