package org.dateline.coding;

import java.util.List;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.resolve.places.Gazetteer;
import org.dateline.resolve.places.GazetteerEntry;

/** Where an event happened when its own clause does not say: its sentence's place, else the dateline. */
final class Locations {
  private Locations() {}

  static Place sentenceOrDateline(Document doc, Sentence s) {
    // Only a place the sentence puts something in ("in Busan"): "closer to Washington" or
    // "pressure on Beijing" name a relation, not where it happened.
    for (Place p : doc.locations()) {
      if (p.sentence() == s.index() && p.lat() != null && Attachment.strictlyLocative(s, p)) return p;
    }
    var dl = doc.article().dateline();
    if (dl == null || dl.place() == null) return null;
    return datelinePlace(dl.place());
  }

  /**
   * The dateline's place on the map: "BUSAN, South Korea" is the Busan of South Korea; a bare
   * "SEOUL" the most populous place of that name. Not listed among the document's places, whose
   * offsets point into the body.
   */
  static Place datelinePlace(String written) {
    String[] parts = written.split(",", 2);
    String name = titleCase(parts[0].strip());
    Gazetteer g = Gazetteer.get();
    List<GazetteerEntry> candidates = g.lookup(name);
    GazetteerEntry pick = null;
    if (parts.length == 2) {
      List<GazetteerEntry> regions = g.qualifier(parts[1].strip());
      for (GazetteerEntry c : candidates) {
        boolean inRegion = regions.stream().anyMatch(r -> r.isCountry()
            ? r.country().equals(c.country()) : r.country().equals(c.country()) && r.admin1Code() != null
            && r.admin1Code().equals(c.admin1Code()));
        if (inRegion) {
          pick = c;
          break;
        }
      }
    } else if (!candidates.isEmpty()) {
      // A dateline names a city: "WASHINGTON" is the capital, not the state
      pick = candidates.stream().filter(c -> "P".equals(c.featureClass())).findFirst().orElse(candidates.get(0));
    }
    if (pick == null) return new Place(written, -1, -1, -1, name, null, null, null, null, null, null, 0.3);
    return new Place(written, -1, -1, -1, pick.name(), pick.country(), pick.admin1(), pick.featureClass(),
        pick.lat(), pick.lon(), pick.id(), 0.8);
  }

  private static String titleCase(String place) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : place.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }
}
