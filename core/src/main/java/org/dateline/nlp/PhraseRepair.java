package org.dateline.nlp;

import java.util.Set;

/**
 * Mends a noun phrase CoreNLP's parser leaves headless: an adjective or participle used as a noun
 * ("the accused", "the wounded", "the injured"). The parser makes the determiner the head, with
 * the adjective hanging on it ("the" → nsubj, "accused" → amod of "the"), so the phrase's head is a
 * word that names no one. After the mend the adjective heads the phrase in the determiner's place
 * and is tagged a noun, so that "arrested the accused" is not read as an accusation. Also a
 * preposition of place the tagger took for an adjective: "gathered outside parliament" comes out
 * with <i>outside</i> an adjective of <i>parliament</i>, the verb's object, so people gathered
 * nothing; a singular noun with no article after "outside" or "inside" is the place where.
 */
final class PhraseRepair {
  private static final Set<String> ADJECTIVES = Set.of("JJ", "VBN", "VBG");
  private static final Set<String> PLACE_WORDS = Set.of("outside", "inside");
  private static final Set<String> SINGULAR = Set.of("NN", "NNP");

  private PhraseRepair() {}

  /** Mends {@code tags}, {@code heads} and {@code rels} in place, as {@link ClauseRepair#mend} does. */
  static void mend(String[] words, String[] tags, int[] heads, String[] rels) {
    placesWhere(words, tags, heads, rels);
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

  /** "gathered outside parliament": the object after "outside" is the place where, an oblique. */
  private static void placesWhere(String[] words, String[] tags, int[] heads, String[] rels) {
    for (int w = 0; w + 1 < tags.length; w++) {
      int noun = heads[w];
      if (!PLACE_WORDS.contains(words[w].toLowerCase(java.util.Locale.ROOT)) || !tags[w].equals("JJ")
          || !rels[w].equals("amod") || noun != w + 1 || !rels[noun].equals("obj") || !SINGULAR.contains(tags[noun])) {
        continue;
      }
      tags[w] = "IN";
      rels[w] = "case";
      rels[noun] = "obl";
    }
  }
}
