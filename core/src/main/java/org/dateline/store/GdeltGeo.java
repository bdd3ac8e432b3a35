package org.dateline.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.dateline.resolve.places.Gazetteer;
import org.dateline.resolve.places.GazetteerEntry;

/**
 * The eight geographic columns of a GDELT 2.0 event row (Type, FullName, CountryCode, ADM1Code,
 * ADM2Code, Lat, Long, FeatureID) for a stored place, in GDELT's conventions:
 * <ul>
 *   <li>Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1); 0 and blanks
 *       when there is no place, or none in a country (seas, regions).</li>
 *   <li>FullName: "City, Admin1, Country", "Admin1, Country" or "Country".</li>
 *   <li>CountryCode: FIPS 10-4 ({@link Fips}), not ISO.</li>
 *   <li>ADM1Code: FIPS country code followed by the first-level division's code ("USCA", "KS11");
 *       the country code alone for a country or a place whose division is unknown. The division
 *       part is the GeoNames admin1 code, which is the FIPS division code for most countries and
 *       ISO 3166-2 for a few (the United Kingdom's "ENG", for one).</li>
 *   <li>ADM2Code: blank; Dateline does not keep second-level divisions of places.</li>
 *   <li>FeatureID: the country code for a country, the state's code for a US state, the ADM1
 *       code for another state, and the GeoNames id for a city (GDELT uses GNS and GNIS ids
 *       there, a different numbering).</li>
 * </ul>
 * The stored place keeps only name, ISO country and coordinates, so its division and kind are
 * found again in the gazetteer: the entry of that name in that country nearest the coordinates.
 */
record GdeltGeo(int type, String fullName, String country, String adm1, Double lat, Double lon, String featureId) {
  static final GdeltGeo NONE = new GdeltGeo(0, null, null, null, null, null, null);

  /** Two points further apart than this are not the same gazetteer entry. */
  private static final double SAME_KM = 50;

  /** Appends the eight columns. */
  void addTo(List<Object> row) {
    row.add(type);
    row.add(fullName);
    row.add(country);
    row.add(adm1);
    row.add(null);
    row.add(degrees(lat));
    row.add(degrees(lon));
    row.add(featureId);
  }

  /** The columns for a stored place: its name, ISO country code and coordinates, any of them null. */
  static GdeltGeo of(String name, String iso, Double lat, Double lon) {
    String fips = Fips.code(iso);
    if (fips == null) return NONE;
    Gazetteer g = Gazetteer.get();
    GazetteerEntry e = name == null ? null : find(g, name, iso, lat, lon);
    if (e != null) return of(e, iso, lat, lon);
    if (name == null || lat == null || lon == null) {
      // Only the country is known.
      GazetteerEntry c = g.country(iso);
      if (c != null) return of(c, iso, null, null);
      return new GdeltGeo(1, Fips.name(iso), fips, fips, null, null, fips);
    }
    // A place the gazetteer does not know, with coordinates: a city somewhere in the country.
    return new GdeltGeo(isUs(iso) ? 3 : 4, name + ", " + Fips.name(iso), fips, fips, lat, lon, null);
  }

  private static GdeltGeo of(GazetteerEntry e, String iso, Double lat, Double lon) {
    String fips = Fips.code(iso, e.admin1Code());
    if (fips == null) return NONE;
    Double la = lat != null ? lat : e.lat();
    Double lo = lon != null ? lon : e.lon();
    // Where FIPS codes the division as a country (the Gaza Strip), the division is the country.
    boolean split = Fips.isCountry(iso, e.admin1Code()) && e.admin1() != null;
    String country = split ? e.admin1() : Fips.name(iso);
    if (e.isCountry() || split && e.isAdmin1()) return new GdeltGeo(1, country, fips, fips, la, lo, fips);
    String adm1 = e.admin1Code() == null || split ? fips : fips + e.admin1Code();
    boolean us = isUs(iso);
    if (e.isAdmin1()) {
      String name = e.name() + ", " + country;
      return new GdeltGeo(us ? 2 : 5, name, fips, adm1, la, lo, us ? e.admin1Code() : adm1);
    }
    String division = e.admin1() == null || e.admin1().isBlank() || split ? "" : e.admin1() + ", ";
    String full = e.name() + ", " + division + country;
    return new GdeltGeo(us ? 3 : 4, full, fips, adm1, la, lo, e.id() == null ? null : String.valueOf(e.id()));
  }

  /** The entry of this name in this country nearest the coordinates; the most populous one without them. */
  private static GazetteerEntry find(Gazetteer g, String name, String iso, Double lat, Double lon) {
    GazetteerEntry country = g.country(iso);
    String iso3 = country == null ? iso : country.country();
    GazetteerEntry best = null;
    double bestKm = Double.MAX_VALUE;
    for (GazetteerEntry c : g.lookup(name)) {
      if (!iso3.equals(c.country())) continue;
      if (lat == null || lon == null) return c;
      double km = Geo.km(lat, lon, c.lat(), c.lon());
      if (km < bestKm) {
        best = c;
        bestKm = km;
      }
    }
    // Countries and divisions are large: their centroid may lie far from the point stored.
    if (best != null && bestKm > SAME_KM && !best.isArea()) return null;
    return best;
  }

  private static boolean isUs(String iso) {
    return "USA".equals(iso) || "US".equals(iso);
  }

  /** Coordinates as GDELT writes them: plain decimals, at most four places, never "1.0E-4". */
  private static String degrees(Double v) {
    if (v == null) return null;
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
