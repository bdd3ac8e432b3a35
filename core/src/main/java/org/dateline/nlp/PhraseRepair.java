package org.dateline.nlp;

import java.util.Set;

/**
 * Mends a noun phrase CoreNLP's parser leaves headless: an adjective or participle used as a noun
 * ("the accused", "the wounded", "the injured"). The parser makes the determiner the head, with
 * the adjective hanging on it ("the" → nsubj, "accused" → amod of "the"), so the phrase's head is a
 * word that names no one. After the mend the adjective heads the phrase in the determiner's place
 * and is tagged a noun, so that "arrested the accused" is not read as an accusation.
 */
final class PhraseRepair {
  private static final Set<String> ADJECTIVES = Set.of("JJ", "VBN", "VBG");

  private PhraseRepair() {}

  /** Mends {@code tags}, {@code heads} and {@code rels} in place, as {@link ClauseRepair#mend} does. */
  static void mend(String[] tags, int[] heads, String[] rels) {
    for (int d = 0; d + 1 < tags.length; d++) {
      int a = d + 1;
      if (!tags[d].equals("DT") || rels[d].equals("det") || heads[a] != d || !rels[a].equals("amod")
          || !ADJECTIVES.contains(tags[a])) {
        continue;
      }
      heads[a] = heads[d];
      rels[a] = rels[d];
      for (int i = 0; i < heads.length; i++) {
        if (heads[i] == d) heads[i] = a;
      }
      heads[d] = a;
      rels[d] = "det";
      tags[a] = "NN";
    }
  }
}
