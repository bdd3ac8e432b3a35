package org.dateline.resolve.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the place named inside a longer name the gazetteer does not know: "Colchester" in
 * "Colchester General Hospital", "California" in "University of California", "Japan" in
 * "Bank of Japan", "Dubai" in "Dubai World Cup". English puts the place that locates a thing
 * before it or after "of"; a place name at the end of a name is mostly its kind or namesake
 * instead ("Meadow Grove", "Niger Delta", "Lore City"), unless it follows a complete
 * feature's name ("Robinson College Cambridge").
 */
final class NamedInside {
  // Words that begin or end no place name inside a longer one ("University of California").
  private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "on", "at", "de", "du", "la", "le",
      "del", "&", "+");

  private final Gazetteer gazetteer;
  private final LocalFeatures features;

  NamedInside(Gazetteer gazetteer, LocalFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /** The run of words that names the likeliest place (best prior: a city before a hamlet), or null. */
  String find(String name, LocalFeatures.Kind kind) {
    String[] words = TextCues.stripPossessive(name.strip()).split("\\s+");
    String pick = null;
    double pickScore = Double.NEGATIVE_INFINITY;
    for (int len = words.length - 1; len >= 1; len--) {
      for (int from = 0; from + len <= words.length; from++) {
        if (!possible(words, from, from + len)) continue;
        String run = String.join(" ", Arrays.copyOfRange(words, from, from + len));
        List<GazetteerEntry> found = candidates(run, kind);
        String key = Gazetteer.key(run);
        for (GazetteerEntry e : found) {
          double s = Scorer.prior(e, found, Cues.NONE, key);
          if (s > pickScore) {
            pickScore = s;
            pick = run;
          }
        }
      }
    }
    return pick;
  }

  /**
   * Places a run of words names. A nationality word locates an organisation ("Russian Foreign
   * Ministry") but not a building or school ("British International School" in Cairo).
   */
  List<GazetteerEntry> candidates(String run, LocalFeatures.Kind kind) {
    List<GazetteerEntry> out = new ArrayList<>(gazetteer.lookup(run));
    if (kind == LocalFeatures.Kind.OTHER) out.addAll(0, gazetteer.byAdjective(run));
    return out;
  }

  /**
   * Words [from, to) as a place inside the name: capitalised, three letters or more ("US" and
   * "UK" in capitals), no joining or feature word at either end. A direction word next to it
   * makes it a part of the place ("South West England", "Eastern Mediterranean", "Pacific
   * Northwest"), which the place's point does not locate.
   */
  private boolean possible(String[] words, int from, int to) {
    String head = words[from];
    String tail = words[to - 1];
    if (JOINING.contains(head.toLowerCase()) || JOINING.contains(tail.toLowerCase())) return false;
    if (features.isFeatureWord(head) || features.isFeatureWord(tail)) return false;
    String key = Gazetteer.key(String.join(" ", Arrays.copyOfRange(words, from, to)));
    boolean capitals = head.length() == 2 && head.equals(head.toUpperCase());
    if (!Character.isUpperCase(head.charAt(0)) || key.length() < (capitals ? 2 : 3)) return false;
    if (Disambiguator.isDirection(head) || Disambiguator.isDirection(tail)) return false;
    if (from > 0 && Disambiguator.isDirection(words[from - 1])) return false;
    if (to < words.length && Disambiguator.isDirection(words[to])) return false;
    if (to < words.length) return true;
    String before = words[from - 1];
    return before.equalsIgnoreCase("of") || features.isFeatureWord(before);
  }
}
