package org.dateline.eval.geo;

/**
 * A gold toponym: character span [start, end) of the article text and where it is.
 *
 * @param lat        latitude, or null when the set gives no coordinates for it
 * @param geonameId  GeoNames id, or null
 * @param country    the country as the set names it ("United States") or, once an evaluation
 *                   has mapped it, its ISO 3166-1 alpha-3 code; null when not given
 */
public record GoldToponym(int start, int end, String phrase, Double lat, Double lon, Long geonameId,
                          String country) {
  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  public GoldToponym withCountry(String c) {
    return new GoldToponym(start, end, phrase, lat, lon, geonameId, c);
  }
}
