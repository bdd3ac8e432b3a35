package org.dateline.model;

/**
 * A place mention resolved, as far as possible, to a point on the map.
 * Coordinates and ids are null when the place could not be resolved with confidence.
 *
 * @param featureKind null when the mention names the place itself; else the kind of local feature
 *                    it names ("street", "natural", "area", "facility", "other"), which the
 *                    gazetteer does not list: name, coordinates and id are then those of the town
 *                    or country holding it ("Frenchmen Street" at New Orleans)
 * @param usedAs      null when the mention names a place as a place; "actor" when the name stands
 *                    for who acts there ("Egypt said", "Beijing rejected"), "demonym" when it is
 *                    a word for a place's people or things ("Canadian troops", "Syrians"). Such
 *                    mentions are listed so that they can be mapped, but no event takes them as
 *                    its location
 */
public record Place(String text, int start, int end, int sentence, String name, String country,
                    String admin1, String featureClass, Double lat, Double lon, Long geonameId,
                    double confidence, String featureKind, String usedAs) {
  public static final String ACTOR = "actor";
  public static final String DEMONYM = "demonym";

  /** A mention of the place itself. */
  public Place(String text, int start, int end, int sentence, String name, String country, String admin1,
               String featureClass, Double lat, Double lon, Long geonameId, double confidence) {
    this(text, start, end, sentence, name, country, admin1, featureClass, lat, lon, geonameId, confidence, null);
  }

  /** A mention of a place or of a local feature, named as a place. */
  public Place(String text, int start, int end, int sentence, String name, String country, String admin1,
               String featureClass, Double lat, Double lon, Long geonameId, double confidence,
               String featureKind) {
    this(text, start, end, sentence, name, country, admin1, featureClass, lat, lon, geonameId, confidence,
        featureKind, null);
  }

  /** Whether the mention names a place as where something is or happens (usedAs is null). */
  public boolean isLocation() {
    return usedAs == null;
  }

  public Place withUsedAs(String use) {
    return new Place(text, start, end, sentence, name, country, admin1, featureClass, lat, lon, geonameId,
        confidence, featureKind, use);
  }
}
