package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.dateline.model.Place;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
  private static final double ONE_DEGREE_KM = Math.PI / 180 * GeoScorer.EARTH_RADIUS_KM;

  private final GoldToponym a = new GoldToponym(0, 6, "Boston", 42.0, -71.0, 1L, "USA");
  private final GoldToponym b = new GoldToponym(10, 15, "Paris", 48.0, 2.0, 2L, null);
  private final GoldToponym c = new GoldToponym(20, 24, "Mars", null, null, null, null);
  private final List<GoldToponym> gold = List.of(a, b, c);

  private static Place place(GoldToponym g, Double lat, Double lon, String country) {
    return new Place(g.phrase(), g.start(), g.end(), 0, g.phrase(), country, null, null, lat, lon, null, 1.0);
  }

  private static Map<String, Double> score(List<GoldToponym> gold, List<Place> places) {
    return new GeoScorer.Counts().add(GeoScorer.align(gold, places), places.size()).metrics();
  }

  @Test
  void perfectPlacesScoreOne() {
    Map<String, Double> m = score(gold, List.of(place(a, 42.0, -71.0, "USA"), place(b, 48.0, 2.0, "FRA"),
        place(c, null, null, null)));
    assertEquals(1.0, m.get("acc161"));
    assertEquals(0.0, m.get("mean_km"));
    assertEquals(1.0, m.get("country_accuracy"));
    assertEquals(1.0, m.get("recall"));
    assertEquals(1.0, m.get("precision"));
  }

  @Test
  void noPlacesScoreZeroAndChargeTheMissDistance() {
    Map<String, Double> m = score(gold, List.of());
    assertEquals(0.0, m.get("acc161"));
    assertEquals(0.0, m.get("recall"));
    assertEquals(0.0, m.get("country_accuracy"));
    assertEquals(GeoScorer.MISS_KM, m.get("mean_km"), 1e-9);
    assertFalse(m.containsKey("mean_km_resolved"));
  }

  @Test
  void partialPlacesCountUnresolvedAsMisses() {
    // Boston one degree of latitude off (111 km: near enough), Paris found without coordinates,
    // Mars not found, and one place on no toponym.
    Place extra = new Place("Rome", 30, 34, 0, "Rome", "ITA", null, null, 41.9, 12.5, null, 1.0);
    Map<String, Double> m = score(gold, List.of(place(a, 43.0, -71.0, "USA"), place(b, null, null, "FRA"), extra));
    assertEquals(0.5, m.get("acc161"));
    assertEquals((ONE_DEGREE_KM + GeoScorer.MISS_KM) / 2, m.get("mean_km"), 1e-6);
    assertEquals(ONE_DEGREE_KM, m.get("mean_km_resolved"), 1e-6);
    assertEquals(2.0 / 3, m.get("recall"), 1e-12);
    assertEquals(2.0 / 3, m.get("precision"), 1e-12);
    assertEquals(0.5, m.get("resolved"));
    assertEquals(1.0, m.get("country_accuracy"));
  }

  @Test
  void farPlaceIsNotNear() {
    Map<String, Double> m = score(List.of(a), List.of(place(a, 44.0, -71.0, "CAN")));
    assertEquals(0.0, m.get("acc161"));
    assertEquals(2 * ONE_DEGREE_KM, m.get("mean_km"), 1e-6);
    assertEquals(0.0, m.get("country_accuracy"));
  }

  @Test
  void haversineLondonParis() {
    assertEquals(343.5, GeoScorer.km(51.5074, -0.1278, 48.8566, 2.3522), 1.0);
  }

  @Test
  void spansAreCheckedAndRepairedNearby() {
    String text = "In Pandi, Bulacan";
    assertEquals(3, Spans.align(text, 3, 8, "Pandi"));
    assertEquals(3, Spans.align(text, 4, 9, "Pandi"));
    assertEquals(-1, Spans.align(text, 12, 17, "Pandi"));
    assertEquals(-1, Spans.align(text, -139, -131, "Pandi"));
  }
}
