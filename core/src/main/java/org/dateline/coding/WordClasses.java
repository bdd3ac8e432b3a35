package org.dateline.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.util.Tsv;

/** The word classes of {@code coding/word-classes.tsv}, by name: the lexicon behind the rules' tests. */
final class WordClasses {
  private static final Map<String, Set<String>> CLASSES = new HashMap<>();

  static {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/word-classes.tsv")) {
      if (CLASSES.put(r.get("class"), Set.copyOf(r.list("words"))) != null) {
        throw new IllegalStateException("word-classes.tsv line " + r.line() + ": class '" + r.get("class") + "' given twice");
      }
    }
  }

  private WordClasses() {}

  /** The words of a class; a class the file lacks is a build error, not an empty set. */
  static Set<String> of(String name) {
    Set<String> words = CLASSES.get(name);
    if (words == null) throw new IllegalStateException("word-classes.tsv has no class '" + name + "'");
    return words;
  }
}
