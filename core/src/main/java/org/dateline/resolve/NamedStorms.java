package org.dateline.resolve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Names the story gives a storm ("Hurricane Humberto", "Typhoon Phanfone", "Tropical Storm
 * Erin"): the NER takes them for people, and a later bare "Humberto" is still the storm, which
 * is no actor.
 */
final class NamedStorms {
  // the words weather services put before a storm's name
  private static final Set<String> KINDS = Set.of("hurricane", "typhoon", "cyclone", "storm");

  private NamedStorms() {}

  /** The storm names of the document, as lower-case words. */
  static Set<String> of(Document doc) {
    Set<String> out = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      var ts = s.tokens();
      for (int i = 0; i + 1 < ts.size(); i++) {
        boolean kind = KINDS.contains(ts.get(i).word().toLowerCase(Locale.ROOT)) && Character.isUpperCase(ts.get(i).word().charAt(0));
        Token next = ts.get(i + 1);
        if (kind && next.pos().startsWith("NNP")) out.add(next.word().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether a name is one of the storms: its first word is a storm's name. */
  static boolean named(String name, Set<String> storms) {
    String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    return storms.contains(first);
  }
}
