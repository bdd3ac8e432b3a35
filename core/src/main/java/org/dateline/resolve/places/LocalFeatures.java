package org.dateline.resolve.places;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.util.Tsv;

/**
 * Recognises names of local features by their form: streets ("Kingsley Road", "Rue Royale",
 * "2231 Royal", "A417"), natural features ("Glenrock Lagoon", "Mount Chaambi"), small areas
 * ("South Kilburn Estate") and buildings or venues ("Alder Hey Children's Hospital", "Eva's
 * Village"). The gazetteer lists towns, not such features; their form still says they lie in
 * some town, which the document usually names. Words from {@code dateline/places/feature-words.tsv}.
 */
final class LocalFeatures {
  /** What a feature is, as far as its name tells. */
  enum Kind {
    STREET, NATURAL, AREA, FACILITY,
    /** A name that holds a place's name but says nothing of its kind ("Bank of Japan", "Dubai World Cup"). */
    OTHER;

    /** Whether a place named inside the name is where the feature is ("Delhi High Court"). */
    boolean locatedByItsName() {
      return this == FACILITY || this == OTHER;
    }

    /** The lower-case label users see ("street", "facility"). */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String RESOURCE = "/dateline/places/feature-words.tsv";
  // A house number before a name: "2231 Royal", "2700 North Fourth Street", "500 block of Jeffords".
  private static final Pattern ADDRESS = Pattern.compile("^\\d{1,5}[A-Za-z]?\\s+(?:\\p{Lu}|block\\b).*");
  // British and American road numbers: "A417", "M4", "I-95".
  private static final Pattern ROAD_NUMBER = Pattern.compile("^(?:[AMB]\\d{1,4}|I-\\d{1,3})$");
  // "Eva's Village", "Wilson's Farm": a possessive before a name is someone's premises.
  private static final Pattern PREMISES = Pattern.compile("\\p{L}['\u2019]s\\s+\\p{Lu}");

  private static LocalFeatures instance;

  private final Map<String, Kind> last = new HashMap<>();
  private final Map<String, Kind> first = new HashMap<>();

  private LocalFeatures() {
    for (Tsv.Row r : Tsv.resource(RESOURCE)) {
      Kind kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
      (r.get("position").equals("first") ? first : last).put(Gazetteer.key(r.get("word")), kind);
    }
  }

  static synchronized LocalFeatures get() {
    if (instance == null) instance = new LocalFeatures();
    return instance;
  }

  /** The kind of feature the name's form says it is, or null when it says none. */
  Kind kind(String name) {
    String s = TextCues.stripPossessive(name.strip());
    if (ROAD_NUMBER.matcher(s).matches() || ADDRESS.matcher(s).matches()) return Kind.STREET;
    String[] words = s.split("\\s+");
    // One word is the feature word alone ("Capitol", "Station"), not a named feature.
    if (words.length < 2) return null;
    // "Eglinton Avenue West": a direction after a street's word names one stretch of it.
    int end = words.length > 2 && Disambiguator.isDirection(words[words.length - 1]) ? words.length - 1 : words.length;
    Kind k = last.get(Gazetteer.key(words[end - 1]));
    if (k == null) k = first.get(Gazetteer.key(words[0]));
    if (k == null && PREMISES.matcher(s).find()) k = Kind.FACILITY;
    return k;
  }

  /** Whether the word is one of the feature words ("Street", "Hospital"), at either end. */
  boolean isFeatureWord(String word) {
    String k = Gazetteer.key(word);
    return last.containsKey(k) || first.containsKey(k);
  }
}
