package org.dateline.resolve.places;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rest of a document says for a candidate: how likely it is that the document's other
 * names point into the same country, into the same first-level division, into this area, or
 * near this point. Each other name counts with the probabilities of its own candidates, so a
 * name that is still uncertain ("Jackson") lends little weight, and one certain name
 * ("Atlanta") lends much. Counts saturate: thirty American towns do not outweigh everything.
 */
final class Support {
  /** The candidates of one other name in the document, with their current probabilities. */
  record Source(String key, List<GazetteerEntry> places, double[] p) {}

  private static final double SKIP = 0.01;
  // Two names of a text with places a few kilometres apart are rarely so by chance ("Paris" and
  // "Henry County", Tennessee): nearness counts at half weight even while the other name is
  // still uncertain, and only its closest candidate counts, so that a name with many namesakes
  // does not add up nearness everywhere.
  private static final double NEAR_FLOOR = 0.5;
  private static final double NEAR_MAX = 4;
  // Divisions named together ("California, Oregon and Washington") are of one country:
  // a division among divisions is more likely than a town of its name.
  private static final double SIBLINGS = 2;
  private final List<Source> sources = new ArrayList<>();

  Support copy() {
    Support s = new Support();
    s.sources.addAll(sources);
    return s;
  }

  void add(String key, List<GazetteerEntry> places, double[] p) {
    sources.add(new Source(key, places, p));
  }

  /** A name known for sure: the dateline's place, a country named by a nationality word. */
  void addCertain(String key, GazetteerEntry place) {
    sources.add(new Source(key, List.of(place), new double[] {1}));
  }

  double score(GazetteerEntry c, String key) {
    double country = 0, admin1 = 0, inside = 0, near = 0, siblings = 0;
    boolean point = c.isCity() || c.isAdmin2();
    for (Source s : sources) {
      if (s.key().equals(key)) continue;
      double closest = 0;
      for (int k = 0; k < s.places().size(); k++) {
        double p = s.p()[k];
        if (p < SKIP) continue;
        GazetteerEntry d = s.places().get(k);
        if (c.isArea() && (d == c || c.contains(d))) inside += p;
        if (c.iso2() == null || !c.iso2().equals(d.iso2()) || c.isCountry()) continue;
        if (c.isAdmin1() && d.isAdmin1() && d != c) siblings += p;
        country += p;
        if (point && c.admin1Code() != null && c.admin1Code().equals(d.admin1Code()) && !d.isCountry()) admin1 += p;
        if (point && d != c && (d.isCity() || d.isAdmin2())) {
          closest = Math.max(closest, Math.max(p, NEAR_FLOOR) * near(c.distanceKm(d)));
        }
      }
      near += closest;
    }
    return saturate(country, 2.5) + saturate(admin1, 3) + saturate(inside, 2.5) + Math.min(near, NEAR_MAX)
        + saturate(siblings, SIBLINGS);
  }

  private static double near(double km) {
    return km < 50 ? 3 : km < 150 ? 1.2 : km < 400 ? 0.5 : 0;
  }

  /** Rises with the expected count n towards max: 63% of it at one name, 86% at two. */
  private static double saturate(double n, double max) {
    return n <= 0 ? 0 : max * (1 - Math.exp(-n));
  }
}
