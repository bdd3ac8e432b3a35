package org.dateline.coding;

import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.model.Sentence;

/** Where an event happened when its own clause does not say: its sentence's place, else the dateline. */
final class Locations {
  private Locations() {}

  static Place sentenceOrDateline(Document doc, Sentence s) {
    for (Place p : doc.places()) {
      if (p.sentence() == s.index() && p.lat() != null) return p;
    }
    var dl = doc.article().dateline();
    if (dl == null || dl.place() == null) return null;
    for (Place p : doc.places()) {
      if (p.sentence() < 0) return p; // the dateline's own place, when the resolver added it
    }
    String name = titleCase(dl.place());
    return new Place(dl.place(), -1, -1, -1, name, null, null, null, null, null, null, 0.3);
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
