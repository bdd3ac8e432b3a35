package org.dateline.resolve.places;

import java.util.List;

/**
 * How likely a candidate is for a toponym: a prior from population and kind of place, then
 * what the words around it say, then (in {@link Support}) what the rest of the document says. Scores are on a
 * log scale: one point is about a tenfold difference in population.
 */
final class Scorer {
  private Scorer() {}

  /** What the candidate and the words around the toponym say, before the rest of the document. */
  static double prior(GazetteerEntry c, List<GazetteerEntry> all, Cues cues, String key) {
    return size(c) + kind(c) + local(c, cues) + namesake(c, all, cues) + shortForm(c, key) + namedAfter(c, all);
  }

  /**
   * "California" alone is the state, not California, Pennsylvania: a town named after a
   * country or division of its name is mostly called so with a qualifier ("California, Pa."),
   * which {@link #local} rewards.
   */
  private static double namedAfter(GazetteerEntry c, List<GazetteerEntry> all) {
    if (!c.isCity()) return 0;
    for (GazetteerEntry o : all) {
      if ((o.isCountry() || o.isAdmin1()) && o.population() > 10 * c.population()) return -1.5;
    }
    return 0;
  }

  /**
   * Population on a log scale. Continents, regions and seas have none listed; they count as
   * places of ten million, so that "Atlantic" is the ocean before Atlantic, Iowa. A
   * first-level division counts as at least a hundred thousand people: its population is a sum
   * over the listed towns that carry its code, and GeoNames moves towns to new divisions when
   * old ones merge ("Telemark"), leaving the old ones none; former divisions (ADM1H, "Nyanza
   * Province") have none listed at all.
   */
  private static double size(GazetteerEntry c) {
    if (c.isRegion()) return 7;
    double s = Math.log10(c.population() + 10);
    return c.isAdmin1() || c.featureCode().equals("ADM1H") ? Math.max(s, 5) : s;
  }

  /** "Barrow" for Barrow County: possible, but a town of that name comes first. */
  private static double shortForm(GazetteerEntry c, String key) {
    return c.isAdmin2() && !Gazetteer.key(c.name()).equals(key) ? -1.5 : 0;
  }

  /**
   * A name that is a continent's or a country's means that first; capitals and division seats
   * stand out. Division populations are sums over their towns, which count some people twice,
   * and a bare name that is also a county's ("Norfolk") is more often the town.
   */
  static double kind(GazetteerEntry c) {
    switch (c.featureCode()) {
      case "CONT": return 3;
      case "RGN": case "OCN": case "SEA": case "GULF": return 1.5;
      case "PCLI": return 3;
      case "PPLC": return 1.5;
      case "ADM1": case "PPLA": return 0.5;
      case "PPLA2": return 0.2;
      case "ADM2": return -1;
      default: return 0;
    }
  }

  /**
   * "New York" alone is the city, not the state named after it: a division loses to a big city
   * of its own name inside it unless the words say state.
   */
  private static double namesake(GazetteerEntry c, List<GazetteerEntry> all, Cues cues) {
    if (!c.isAdmin1() || cues.state() || !cues.qualified().isEmpty()) return 0;
    for (GazetteerEntry o : all) {
      if (o.isCity() && o.population() >= 500_000 && c.contains(o)) return -3;
    }
    return 0;
  }

  private static double local(GazetteerEntry c, Cues cues) {
    double s = 0;
    if (!cues.qualifiers().isEmpty()) s += anyContains(cues.qualifiers(), c) ? 6 : -3;
    if (!cues.framing().isEmpty() && anyContains(cues.framing(), c)) s += 5;
    if (c.isArea() && containsAny(c, cues.qualified())) s += 4;
    if (cues.state()) s += c.isAdmin1() ? 6 : -2;
    return s;
  }

  private static boolean anyContains(List<GazetteerEntry> areas, GazetteerEntry c) {
    for (GazetteerEntry a : areas) {
      if (a.contains(c)) return true;
    }
    return false;
  }

  private static boolean containsAny(GazetteerEntry area, List<GazetteerEntry> places) {
    for (GazetteerEntry p : places) {
      if (area.contains(p)) return true;
    }
    return false;
  }
}
