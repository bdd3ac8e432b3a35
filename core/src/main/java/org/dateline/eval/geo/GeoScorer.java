package org.dateline.eval.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.Place;

/**
 * Scores produced places against gold toponyms. A place matches a gold toponym when their spans
 * share a character, each at most once, largest overlap first.
 *
 * <p>Conventions: every gold toponym with coordinates counts. One that no place matches, or whose
 * place has no coordinates (Dateline leaves them null when unsure), is a miss: it is not within
 * 161 km, and its error is {@link #MISS_KM}, the largest distance possible on the globe, in
 * mean_km. mean_km_resolved averages only the toponyms that got coordinates. Country accuracy
 * counts over gold toponyms with a country; a miss or a place without country is wrong.
 */
public final class GeoScorer {
  static final double EARTH_RADIUS_KM = 6371.0088;
  /** Half the Earth's circumference: the error charged for a toponym without coordinates. */
  public static final double MISS_KM = Math.PI * EARTH_RADIUS_KM;
  static final double NEAR_KM = 161.0;

  private GeoScorer() {}

  /** A gold toponym with the place matched to it (or null) and the error in km (or null). */
  public record Outcome(GoldToponym gold, Place place, Double km) {
    public boolean resolved() { return km != null; }
  }

  public static List<Outcome> align(List<GoldToponym> gold, List<Place> places) {
    List<int[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < places.size(); p++) {
        GoldToponym t = gold.get(g);
        Place pl = places.get(p);
        int overlap = Math.min(t.end(), pl.end()) - Math.max(t.start(), pl.start());
        if (overlap > 0) candidates.add(new int[] {g, p, overlap});
      }
    }
    candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
    Place[] matched = new Place[gold.size()];
    boolean[] used = new boolean[places.size()];
    for (int[] c : candidates) {
      if (matched[c[0]] != null || used[c[1]]) continue;
      matched[c[0]] = places.get(c[1]);
      used[c[1]] = true;
    }
    List<Outcome> out = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldToponym t = gold.get(g);
      Place p = matched[g];
      boolean measurable = p != null && t.hasCoordinates() && p.lat() != null && p.lon() != null;
      out.add(new Outcome(t, p, measurable ? km(t.lat(), t.lon(), p.lat(), p.lon()) : null));
    }
    return out;
  }

  /** Great-circle distance (haversine) on a sphere of the Earth's mean radius. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /** Totals over documents. */
  public static final class Counts {
    private int gold;
    private int matched;
    private int produced;
    private int withCoordinates;
    private int near;
    private int resolved;
    private double kmAll;
    private double kmResolved;
    private int withCountry;
    private int countryRight;

    /** Adds one document: its outcomes and how many places were produced in it. */
    public Counts add(List<Outcome> outcomes, int placesProduced) {
      produced += placesProduced;
      for (Outcome o : outcomes) {
        gold++;
        if (o.place() != null) matched++;
        if (o.gold().hasCoordinates()) {
          withCoordinates++;
          kmAll += o.resolved() ? o.km() : MISS_KM;
          if (o.resolved()) {
            resolved++;
            kmResolved += o.km();
            if (o.km() <= NEAR_KM) near++;
          }
        }
        if (o.gold().country() != null) {
          withCountry++;
          if (o.place() != null && Objects.equals(o.gold().country(), o.place().country())) countryRight++;
        }
      }
      return this;
    }

    /**
     * acc161, mean_km, recall, precision, resolved (share of toponyms with coordinates that got
     * some), mean_km_resolved and country_accuracy when defined, and the counts.
     */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("acc161", ratio(near, withCoordinates));
      m.put("mean_km", withCoordinates == 0 ? 0.0 : kmAll / withCoordinates);
      if (withCountry > 0) m.put("country_accuracy", ratio(countryRight, withCountry));
      m.put("recall", ratio(matched, gold));
      m.put("precision", ratio(matched, produced));
      m.put("resolved", ratio(resolved, withCoordinates));
      if (resolved > 0) m.put("mean_km_resolved", kmResolved / resolved);
      m.put("gold", (double) gold);
      m.put("gold_with_coordinates", (double) withCoordinates);
      m.put("produced", (double) produced);
      return m;
    }
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}
