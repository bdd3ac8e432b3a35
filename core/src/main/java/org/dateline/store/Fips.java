package org.dateline.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.util.Tsv;

/**
 * FIPS 10-4 country codes, which GDELT writes in its geographic columns where the rest of Dateline
 * uses ISO 3166-1 ("UK" for the United Kingdom, "GM" for Germany, "AS" for Australia), from the
 * knowledge file {@code dateline/knowledge/fips10-4.tsv}.
 */
public final class Fips {
  private record Country(String fips, String name, Map<String, String> byAdmin1) {}

  private static final Map<String, Country> BY_ISO = load();

  private Fips() {}

  /**
   * The FIPS code of a country or territory given by ISO alpha-3 or alpha-2 code, refined by the
   * GeoNames admin1 code where FIPS splits the ISO territory (the Gaza Strip is GZ, the West Bank
   * WE); null when unknown or when the territory has no single code.
   */
  public static String code(String iso, String admin1Code) {
    Country c = iso == null ? null : BY_ISO.get(iso.toUpperCase(Locale.ROOT));
    if (c == null) return null;
    if (admin1Code != null) {
      String split = c.byAdmin1().get(admin1Code);
      if (split != null) return split;
    }
    return c.fips();
  }

  /** Whether FIPS 10-4 gives this first-level division a country code of its own (the Gaza Strip). */
  public static boolean isCountry(String iso, String admin1Code) {
    Country c = iso == null || admin1Code == null ? null : BY_ISO.get(iso.toUpperCase(Locale.ROOT));
    return c != null && c.byAdmin1().containsKey(admin1Code);
  }

  /** The FIPS code of a country by ISO alpha-3 or alpha-2 code, or null. */
  public static String code(String iso) {
    return code(iso, null);
  }

  /** The common English name of a country by ISO alpha-3 or alpha-2 code, or null. */
  public static String name(String iso) {
    Country c = iso == null ? null : BY_ISO.get(iso.toUpperCase(Locale.ROOT));
    return c == null ? null : c.name();
  }

  private static Map<String, Country> load() {
    Map<String, Country> out = new HashMap<>();
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/fips10-4.tsv")) {
      Map<String, String> byAdmin1 = new HashMap<>();
      for (String pair : r.list("by_admin1")) {
        String[] kv = pair.split(":", 2);
        if (kv.length == 2) byAdmin1.put(kv[0].strip(), kv[1].strip());
      }
      Country c = new Country(r.get("fips").isEmpty() ? null : r.get("fips"), r.get("name"), byAdmin1);
      out.put(r.get("iso3"), c);
      out.put(r.get("iso2"), c);
    }
    return out;
  }
}
