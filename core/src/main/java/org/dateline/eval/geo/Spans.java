package org.dateline.eval.geo;

/**
 * Checks a gold span against the text it points into. Some sets' offsets are off (GeoVirus
 * counts from 1; a few GeoWebNews offsets are negative): a span whose words are not at its
 * offsets is moved to the nearest place within {@link #REACH} characters where they are, and
 * dropped when there is none.
 */
final class Spans {
  static final int REACH = 5;

  private Spans() {}

  /** The start where {@code phrase} really is, or -1 when it cannot be found near {@code start}. */
  static int align(String text, int start, int end, String phrase) {
    if (phrase == null || phrase.isEmpty() || start < 0 || end < start) return -1;
    if (end <= text.length() && text.substring(start, end).equals(phrase)) return start;
    for (int d = 1; d <= REACH; d++) {
      if (at(text, start - d, phrase)) return start - d;
      if (at(text, start + d, phrase)) return start + d;
    }
    return -1;
  }

  /**
   * The toponym with its span checked against the text, or null when it has to be left out;
   * either repair is written to {@code notes}.
   */
  static GoldToponym toponym(String text, Integer start, Integer end, String phrase, Double lat, Double lon,
                             Long geonameId, String country, java.util.List<String> notes) {
    int s = start == null || end == null ? -1 : align(text, start, end, phrase);
    if (s < 0) {
      notes.add("left out: \"" + phrase + "\" at " + start + "-" + end + " is not in the text there");
      return null;
    }
    if (s != start) notes.add("moved: \"" + phrase + "\" from " + start + " to " + s);
    return new GoldToponym(s, s + phrase.length(), phrase, lat, lon, geonameId, country);
  }

  private static boolean at(String text, int start, String phrase) {
    return start >= 0 && text.startsWith(phrase, start);
  }
}
