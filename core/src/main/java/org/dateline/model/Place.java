package org.dateline.model;

/**
 * A place mention resolved, as far as possible, to a point on the map.
 * Coordinates and ids are null when the place could not be resolved with confidence.
 *
 * @param featureKind null when the mention names the place itself; else the kind of local feature
 *                    it names ("street", "natural", "area", "facility", "other"), which the
 *                    gazetteer does not list: name, coordinates and id are then those of the town
 *                    or country holding it ("Frenchmen Street" at New Orleans)
 */
public record Place(String text, int start, int end, int sentence, String name, String country,
                    String admin1, String featureClass, Double lat, Double lon, Long geonameId,
                    double confidence, String featureKind) {
  /** A mention of the place itself. */
  public Place(String text, int start, int end, int sentence, String name, String country, String admin1,
               String featureClass, Double lat, Double lon, Long geonameId, double confidence) {
    this(text, start, end, sentence, name, country, admin1, featureClass, lat, lon, geonameId, confidence, null);
  }
}
