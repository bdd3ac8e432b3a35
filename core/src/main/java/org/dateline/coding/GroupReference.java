package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Event;

/**
 * "The three countries", "both sides", "the two leaders", "the foreign ministers": a plural
 * group named without its members stands for the parties of the last event that had that many,
 * where that is clear.
 */
final class GroupReference {
  private static final Set<String> GROUP_NOUNS = Set.of("countries", "nations", "sides", "parties", "leaders",
      "governments", "states", "ministers", "neighbours", "neighbors", "allies", "powers", "presidents",
      "delegations");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("both", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("all", -1));

  private GroupReference() {}

  static boolean isGroupNoun(String word) {
    return GROUP_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The parties the group stands for, or null when it is not a group reference or is unclear. */
  static List<Actor> resolve(Actor group, List<Event> earlier) {
    if (group.country() != null) return null;
    String[] words = group.text().toLowerCase(Locale.ROOT).split("\\s+");
    String noun = words[words.length - 1];
    if (!GROUP_NOUNS.contains(noun)) return null;
    int size = 0;
    for (String w : words) {
      size = NUMBERS.getOrDefault(w, size);
      // "54 nations", "a dozen states": a count no earlier event of two to ten parties can have
      if (w.chars().allMatch(Character::isDigit) || w.equals("dozen")) return null;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      List<Actor> parties = parties(earlier.get(i));
      if (parties.size() < 2) continue;
      if (size > 0 && parties.size() != size) continue;
      if (group.sector() != null && !parties.stream().allMatch(a -> group.sector().equals(a.sector()))) continue;
      return parties;
    }
    return null;
  }

  private static List<Actor> parties(Event e) {
    if (e.target().isEmpty()) return e.source();
    // a mutual act's parties stand on both sides ("Spain met Italy and Greece")
    if (Mutual.isMutual(e.cameo()) && e.source().size() == 1) {
      List<Actor> all = new java.util.ArrayList<>(e.source());
      all.addAll(e.target());
      return all;
    }
    // a pronoun stands for a party already named, not for another one ("Nigeria said it would join")
    if (e.source().size() == 1 && e.target().size() == 1 && !Pronouns.isPronoun(e.target().get(0).text())) {
      return List.of(e.source().get(0), e.target().get(0));
    }
    return List.of();
  }
}
