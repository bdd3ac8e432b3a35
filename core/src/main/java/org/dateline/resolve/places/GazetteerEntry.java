package org.dateline.resolve.places;

/**
 * One place of the gazetteer.
 *
 * @param id           GeoNames id, or null for entries built by Dateline (countries, divisions, regions)
 * @param featureClass GeoNames feature class: P populated place, A country or division, L region,
 *                     H sea or ocean
 * @param featureCode  GeoNames feature code: PPL, PPLC, PCLI, ADM1, ADM2, CONT, RGN, ...
 * @param iso2         country code, or null for continents and regions
 * @param country      ISO 3166-1 alpha-3 code, or null
 * @param admin1Code   first-level division code within the country (GeoNames admin1 code), or null
 * @param admin1       first-level division name, or null
 * @param population   people living there (for divisions and countries: in their listed cities)
 */
public record GazetteerEntry(Long id, String name, String featureClass, String featureCode, String iso2,
                             String country, String admin1Code, String admin1, double lat, double lon,
                             long population) {
  public boolean isCountry() { return featureCode.startsWith("PCL"); }
  public boolean isAdmin1() { return featureCode.equals("ADM1"); }
  public boolean isAdmin2() { return featureCode.equals("ADM2"); }
  /** A continent, region, sea or ocean: no country of its own. */
  public boolean isRegion() { return featureClass.equals("L") || featureClass.equals("H"); }
  public boolean isCity() { return featureClass.equals("P"); }

  /** Whether the place is a country, division or region: an area that holds other places. */
  public boolean isArea() { return !isCity(); }

  /** Whether {@code other} lies inside this country or first-level division. */
  public boolean contains(GazetteerEntry other) {
    if (iso2 == null || other == this || !iso2.equals(other.iso2)) return false;
    if (isCountry()) return !other.isCountry();
    return isAdmin1() && !other.isAdmin1() && admin1Code != null && admin1Code.equals(other.admin1Code);
  }

  /** Great-circle distance in kilometres. */
  public double distanceKm(GazetteerEntry other) {
    return distanceKm(lat, lon, other.lat, other.lon);
  }

  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
