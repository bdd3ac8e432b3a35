package org.dateline.resolve.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts local features the gazetteer does not list ("Frenchmen Street", "Glenrock Lagoon",
 * "Carnegie Library") at the town the document is about there: the nearest town named before
 * the feature, else the dateline's town, else the town the document names most. A news text
 * names the town before its streets, and rarely leaves it for another one without naming it.
 * Where the document names no town, the feature stays unresolved: a state or a country is too
 * large to stand for a street in it. Also checks the places found inside longer names by
 * {@link NamedInside}.
 */
final class Localities {
  /**
   * How sure such a placement is: the feature lies in the town more often than not, but the
   * town is inferred from the document, not read from the name.
   */
  static final double CONFIDENCE = 0.5;
  // A town this large is known by its name alone; a smaller one's name inside a name may be a person's.
  private static final long WELL_KNOWN = 100_000;

  private Localities() {}

  /**
   * @param resolved the document's resolutions, in the order of its toponyms
   * @param kinds    for each, the local feature its form names when the gazetteer did not know it, or null
   * @param parts    for each, whether it was resolved by a place named inside it
   * @param dateline the dateline's place, or null
   */
  static List<Resolution> locate(List<Resolution> resolved, List<LocalFeatures.Kind> kinds, List<Boolean> parts,
                                 GazetteerEntry dateline) {
    List<Resolution> out = new ArrayList<>(resolved);
    for (int i = 0; i < out.size(); i++) {
      Resolution r = out.get(i);
      LocalFeatures.Kind kind = kinds.get(i);
      if (parts.get(i) && r.resolved()) r = checkPart(r, kind, resolved, dateline);
      if (!r.resolved() && kind != null && kind != LocalFeatures.Kind.OTHER) {
        GazetteerEntry town = town(resolved, r.toponym().start(), dateline);
        if (town != null) r = new Resolution(r.toponym(), town, town, CONFIDENCE, kind.label());
      }
      out.set(i, r);
    }
    return out;
  }

  /**
   * A place named inside a name locates it when it is well known (an area, a large town) or
   * the document names it by itself too: a hamlet's name inside a name is mostly a person's
   * ("Carnegie Library", "Rogers Centre"). A building in a state or country the document names a town of is in that
   * town: "California State University" in a text about San Marcos.
   */
  private static Resolution checkPart(Resolution r, LocalFeatures.Kind kind, List<Resolution> resolved,
                                      GazetteerEntry dateline) {
    GazetteerEntry e = r.entry();
    // A county counts by its whole name ("Guma LGA"), not by the short form that is also a
    // person's name ("Charles Beatley Library" is not in Charles County).
    boolean area = e.isAdmin2() ? Gazetteer.key(r.toponym().text()).contains(Gazetteer.key(e.name())) : e.isArea();
    boolean known = area || e.population() >= WELL_KNOWN;
    if (!known && !namedByItself(e, resolved)) return new Resolution(r.toponym(), null, r.best(), r.confidence());
    if (kind == LocalFeatures.Kind.OTHER || !(e.isCountry() || e.isAdmin1())) return r;
    GazetteerEntry town = town(resolved, r.toponym().start(), dateline);
    return town != null && e.contains(town) ? new Resolution(r.toponym(), town, town, CONFIDENCE, r.feature()) : r;
  }

  private static boolean namedByItself(GazetteerEntry e, List<Resolution> resolved) {
    for (Resolution o : resolved) {
      if (o.resolved() && o.feature() == null && o.entry().equals(e)) return true;
    }
    return false;
  }

  /** The town named last before this offset, else the dateline's, else the one named most. */
  private static GazetteerEntry town(List<Resolution> resolved, int offset, GazetteerEntry dateline) {
    GazetteerEntry town = before(resolved, offset);
    if (town == null && dateline != null && dateline.isCity()) town = dateline;
    return town != null ? town : mostNamed(resolved);
  }

  /** The town named last before this offset. */
  private static GazetteerEntry before(List<Resolution> resolved, int offset) {
    GazetteerEntry town = null;
    int at = -1;
    for (Resolution r : resolved) {
      int start = r.toponym().start();
      if (isTown(r) && start < offset && start > at) {
        town = r.entry();
        at = start;
      }
    }
    return town;
  }

  /** The town the document names most often; of towns named as often, the first to reach that count. */
  private static GazetteerEntry mostNamed(List<Resolution> resolved) {
    Map<GazetteerEntry, Integer> counts = new HashMap<>();
    GazetteerEntry best = null;
    for (Resolution r : resolved) {
      if (!isTown(r)) continue;
      int c = counts.merge(r.entry(), 1, Integer::sum);
      if (best == null || c > counts.get(best)) best = r.entry();
    }
    return best;
  }

  /** A town the document names by its own name (not one inferred for a feature). */
  private static boolean isTown(Resolution r) {
    return r.resolved() && r.feature() == null && r.entry().isCity();
  }
}
