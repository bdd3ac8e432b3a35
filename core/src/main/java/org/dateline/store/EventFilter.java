package org.dateline.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which events to return: the filters shared by {@code dateline query} and the HTTP API, parsed
 * from name/value pairs so both accept the same names and give the same errors.
 *
 * @param actor   actor code or its prefix ("CHN" matches CHNGOV) of any actor of the event
 * @param dyadA   first actor of --dyad A-B (code prefix or country), with dyadB the second
 * @param mutual  the dyad in either direction
 * @param cameo   CAMEO code or prefix of any of the event's mentions
 * @param near    latitude, longitude and radius in km, or null
 * @param text    full-text query over article text and evidence (Lucene syntax)
 * @param all     events not told as having happened as well (denied, supposed, to come)
 */
public record EventFilter(String actor, String country, String sector, String name, String dyadA, String dyadB,
                          boolean mutual, String cameo, String root, Integer quad, String plover, LocalDate from,
                          LocalDate to, String placeCountry, double[] near, String text, String sort, int limit,
                          int offset, boolean all) {
  /** Every name the filter accepts. */
  public static final List<String> NAMES = List.of("actor", "country", "sector", "name", "dyad", "mutual", "cameo",
      "root", "quad", "plover", "from", "to", "place", "near", "km", "text", "sort", "limit", "offset", "all");
  public static final Set<String> SORTS = Set.of("date", "-date", "mentions", "-mentions", "sources", "-sources",
      "articles", "-articles", "goldstein", "-goldstein", "id", "-id");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,20}");
  private static final Pattern CAMEO = Pattern.compile("\\d{1,4}");
  /** A plain decimal number: Java's parser would also take NaN, Infinity, hex and a trailing 'd'. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

  /** Parses filters; a value that cannot be used throws a BadParameter naming it. */
  public static EventFilter parse(Map<String, String> p, int defaultLimit, int maxLimit) {
    for (String k : p.keySet()) {
      if (!NAMES.contains(k)) throw new BadParameter(k, "unknown filter; known: " + String.join(", ", NAMES));
    }
    String[] dyad = dyad(blank(p.get("dyad")));
    String sort = blank(p.get("sort"));
    if (sort != null && !SORTS.contains(sort)) {
      throw new BadParameter("sort", "'" + sort + "' is not one of " + String.join(", ", new java.util.TreeSet<>(SORTS)));
    }
    Integer quad = integer(p, "quad", 1, 4);
    String cameo = pattern(p, "cameo", CAMEO, "a CAMEO code of 1 to 4 digits, e.g. 112");
    String root = pattern(p, "root", CAMEO, "a CAMEO root of 2 digits, e.g. 11");
    if (root != null && root.length() != 2) throw new BadParameter("root", "a CAMEO root has 2 digits, e.g. 11");
    Integer limit = integer(p, "limit", 1, maxLimit);
    Integer offset = integer(p, "offset", 0, Integer.MAX_VALUE);
    LocalDate from = date(p, "from");
    LocalDate to = date(p, "to");
    if (from != null && to != null && to.isBefore(from)) throw new BadParameter("to", "is before from");
    return new EventFilter(upper(pattern(p, "actor", CODE, "an actor code such as USA or CHNGOV")),
        upper(pattern(p, "country", CODE, "an ISO 3166 alpha-3 code such as CHN")),
        upper(pattern(p, "sector", CODE, "a sector code such as GOV")), blank(p.get("name")),
        dyad == null ? null : dyad[0], dyad == null ? null : dyad[1], bool(p, "mutual"), cameo, root, quad,
        upper(pattern(p, "plover", Pattern.compile("[A-Za-z_]{2,30}"), "a PLOVER type such as ACCUSE")),
        from, to, upper(pattern(p, "place", CODE, "an ISO 3166 alpha-3 code such as PHL")), near(p),
        blank(p.get("text")), sort == null ? "date" : sort, limit == null ? defaultLimit : limit,
        offset == null ? 0 : offset, bool(p, "all"));
  }

  private static String[] dyad(String v) {
    if (v == null) return null;
    String[] parts = v.split("-", -1);
    if (parts.length != 2 || !CODE.matcher(parts[0]).matches() || !CODE.matcher(parts[1]).matches()) {
      throw new BadParameter("dyad", "'" + v + "' is not two actor codes joined by '-', e.g. USA-CHN");
    }
    return new String[] {upper(parts[0]), upper(parts[1])};
  }

  private static double[] near(Map<String, String> p) {
    String v = blank(p.get("near"));
    String km = blank(p.get("km"));
    if (v == null) {
      if (km != null) throw new BadParameter("km", "needs near=LAT,LON as well");
      return null;
    }
    String[] parts = v.split(",", -1);
    if (parts.length != 2) throw new BadParameter("near", "'" + v + "' is not LAT,LON in degrees, e.g. 14.6,121.0");
    double lat = degrees(v, parts[0].strip(), "latitude", 90);
    double lon = degrees(v, parts[1].strip(), "longitude", 180);
    double radius = 50;
    if (km != null) {
      if (!NUMBER.matcher(km).matches()) throw new BadParameter("km", "'" + km + "' is not a number of kilometres");
      radius = Double.parseDouble(km);
      if (!(radius > 0) || !Double.isFinite(radius)) {
        throw new BadParameter("km", "must be a positive number of kilometres, not " + km);
      }
    }
    return new double[] {lat, lon, radius};
  }

  /** One coordinate of near=LAT,LON; a bad one is named with the reason (not a number, or out of range). */
  private static double degrees(String near, String value, String which, int max) {
    if (!NUMBER.matcher(value).matches()) {
      throw new BadParameter("near", "'" + near + "': the " + which + " '" + value + "' is not a number; give LAT,LON "
          + "in degrees, e.g. 14.6,121.0");
    }
    double d = Double.parseDouble(value);
    if (!(Math.abs(d) <= max)) {
      throw new BadParameter("near", "'" + near + "': the " + which + " " + value + " is out of range: a " + which
          + " must be within -" + max + ".." + max + " degrees");
    }
    return d;
  }

  private static String pattern(Map<String, String> p, String key, Pattern pat, String what) {
    String v = blank(p.get(key));
    if (v != null && !pat.matcher(v).matches()) throw new BadParameter(key, "'" + v + "' is not " + what);
    return v;
  }

  static Integer integer(Map<String, String> p, String key, int min, int max) {
    String v = blank(p.get(key));
    return v == null ? null : wholeNumber(key, v, min, max);
  }

  /** A whole number within min..max; one too large for an int is out of range, not "not a number". */
  public static int wholeNumber(String name, String v, int min, int max) {
    if (!v.matches("[-+]?\\d+")) throw new BadParameter(name, "'" + v + "' is not a whole number");
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // too many digits for an int: out of range like any other
    }
    throw new BadParameter(name, "must be between " + min + " and " + max + ", not " + v);
  }

  private static LocalDate date(Map<String, String> p, String key) {
    String v = blank(p.get(key));
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParameter(key, "'" + v + "' is not a date YYYY-MM-DD");
    }
  }

  private static boolean bool(Map<String, String> p, String key) {
    String v = blank(p.get(key));
    if (v == null) return false;
    if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")) return true;
    if (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no")) return false;
    throw new BadParameter(key, "'" + v + "' is not true or false");
  }

  static String blank(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String upper(String v) {
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }
}
