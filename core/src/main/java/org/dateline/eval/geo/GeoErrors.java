package org.dateline.eval.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Place;

/**
 * Lines of the geo errors file, JSON Lines. Kinds: unmatched (no place on the toponym),
 * unresolved (a place without coordinates), far (more than 161 km off), country (wrong country),
 * extra (a place on no gold toponym), note (a gold span the reader repaired or left out),
 * unknown_country (a gold country name Dateline's list lacks).
 */
final class GeoErrors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONTEXT = 50;

  private GeoErrors() {}

  static void write(Writer w, GeoDocument doc, List<GeoScorer.Outcome> outcomes, List<Place> places)
      throws IOException {
    for (String note : doc.notes()) {
      ObjectNode o = start(doc, "note");
      o.put("note", note);
      emit(w, o);
    }
    Set<Place> matched = new HashSet<>();
    for (GeoScorer.Outcome out : outcomes) {
      if (out.place() != null) matched.add(out.place());
      String kind = kind(out);
      if (kind == null) continue;
      GoldToponym g = out.gold();
      ObjectNode o = start(doc, kind);
      ObjectNode gold = o.putObject("gold");
      gold.put("phrase", g.phrase());
      gold.put("lat", g.lat());
      gold.put("lon", g.lon());
      gold.put("geonameid", g.geonameId());
      gold.put("country", g.country());
      o.set("produced", place(out.place()));
      o.put("km", out.km() == null ? null : Math.round(out.km()));
      o.put("context", context(doc.text(), g.start(), g.end()));
      emit(w, o);
    }
    for (Place p : places) {
      if (matched.contains(p)) continue;
      ObjectNode o = start(doc, "extra");
      o.set("produced", place(p));
      o.put("context", context(doc.text(), p.start(), p.end()));
      emit(w, o);
    }
  }

  static void unknownCountry(Writer w, String country, int count) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", "unknown_country");
    o.put("country", country);
    o.put("count", count);
    emit(w, o);
  }

  private static String kind(GeoScorer.Outcome o) {
    GoldToponym g = o.gold();
    if (o.place() == null) return "unmatched";
    if (g.hasCoordinates() && !o.resolved()) return "unresolved";
    if (o.resolved() && o.km() > GeoScorer.NEAR_KM) return "far";
    if (g.country() != null && !Objects.equals(g.country(), o.place().country())) return "country";
    return null;
  }

  private static ObjectNode start(GeoDocument doc, String kind) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", doc.id());
    o.put("kind", kind);
    return o;
  }

  private static ObjectNode place(Place p) {
    if (p == null) return null;
    ObjectNode o = JSON.createObjectNode();
    o.put("text", p.text());
    o.put("name", p.name());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("country", p.country());
    return o;
  }

  private static void emit(Writer w, ObjectNode o) throws IOException {
    w.write(JSON.writeValueAsString(o));
    w.write('\n');
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String s = text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to);
    return s.replaceAll("\\s+", " ").strip();
  }
}
