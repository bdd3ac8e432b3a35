package org.dateline.resolve.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GeoNames places that news names: cities of 1,000 people or more, countries, first- and
 * second-level divisions, continents and a few regions, from the generated resource
 * {@code dateline/gazetteer/gazetteer.tsv.gz} (see its README). Loaded once; lookups are by
 * normalised name, so case, accents, dots and "St."/"Saint" do not matter.
 */
public final class Gazetteer {
  static final String RESOURCE = "/dateline/gazetteer/gazetteer.tsv.gz";

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> byName;
  private final Map<String, int[]> byAdjective;
  private final Map<String, int[]> byAbbreviation;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> admin1;

  private static final class Holder {
    static final Gazetteer DEFAULT = GazetteerLoader.load(RESOURCE);
  }

  /** The gazetteer shipped with Dateline, loaded on first use. */
  public static Gazetteer get() { return Holder.DEFAULT; }

  Gazetteer(List<GazetteerEntry> entries, Map<String, int[]> byName, Map<String, int[]> byAdjective,
            Map<String, int[]> byAbbreviation, Map<String, GazetteerEntry> countries,
            Map<String, GazetteerEntry> admin1) {
    this.entries = entries;
    this.byName = byName;
    this.byAdjective = byAdjective;
    this.byAbbreviation = byAbbreviation;
    this.countries = countries;
    this.admin1 = admin1;
  }

  public int size() { return entries.size(); }

  /** All places, in no particular order. */
  public List<GazetteerEntry> entries() { return entries; }

  /** Places with this name or another name of theirs, most populous first. */
  public List<GazetteerEntry> lookup(String name) {
    return get(byName, name);
  }

  /** Countries and regions whose people or things are called so ("Korean", "European"). */
  public List<GazetteerEntry> byAdjective(String adjective) {
    return get(byAdjective, adjective);
  }

  /**
   * Countries and first-level divisions that a qualifier after a place name can mean:
   * "Paris, Texas", "Springfield, Ill.", "Busan, South Korea", "Eugene, OR".
   */
  public List<GazetteerEntry> qualifier(String text) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (GazetteerEntry e : lookup(text)) {
      if (e.isCountry() || e.isAdmin1()) out.add(e);
    }
    for (GazetteerEntry e : get(byAbbreviation, text)) {
      if (!out.contains(e)) out.add(e);
    }
    return out;
  }

  /** A country by ISO 3166-1 alpha-2 or alpha-3 code. */
  public GazetteerEntry country(String iso) {
    return iso == null ? null : countries.get(iso.toUpperCase(Locale.ROOT));
  }

  /** ISO alpha-3 code for an alpha-2 code, or null. */
  public String iso3(String iso2) {
    GazetteerEntry c = country(iso2);
    return c == null ? null : c.country();
  }

  /** A first-level division by country (alpha-2) and GeoNames admin1 code ("US", "TX"). */
  public GazetteerEntry admin1(String iso2, String code) {
    return admin1.get(iso2 + "." + code);
  }

  private List<GazetteerEntry> get(Map<String, int[]> index, String text) {
    int[] ids = index.get(key(text));
    if (ids == null) return List.of();
    List<GazetteerEntry> out = new ArrayList<>(ids.length);
    for (int i : ids) out.add(entries.get(i));
    return out;
  }

  /**
   * The form names are compared in: lower case, no accents, no dots, commas or apostrophes,
   * hyphens and slashes as spaces, no leading "the", and "Saint", "Fort", "Mount" in one
   * spelling each. One pass over the characters: it runs for every name at load time.
   */
  public static String key(String s) {
    String d = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '.' || c == ',' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '(' || c == ')') continue;
      if (Character.isWhitespace(c) || c == '-' || c == '/' || c == '\u2013' || c == '\u2010') {
        space = sb.length() > 0;
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (space) sb.append(' ');
      space = false;
      sb.append(Character.toLowerCase(c));
    }
    String k = sb.toString();
    if (k.startsWith("the ")) k = k.substring(4);
    if (k.startsWith("saint ")) k = "st " + k.substring(6);
    else if (k.startsWith("ft ")) k = "fort " + k.substring(3);
    else if (k.startsWith("mt ")) k = "mount " + k.substring(3);
    return k;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) return false;
    }
    return true;
  }
}
