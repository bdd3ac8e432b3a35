package org.dateline.model;

/**
 * One token with its analysis. Offsets are into {@link Article#text()}.
 *
 * @param index  0-based index in its sentence
 * @param head   index of the syntactic head in the same sentence, -1 for the root
 * @param deprel Universal Dependencies relation to the head ("nsubj", "obl:with", "root")
 * @param ner    coarse named-entity tag from the NER model, "O" when none
 */
public record Token(int index, String word, String lemma, String pos, String ner,
                    int start, int end, int head, String deprel) {
  public boolean isVerb() { return pos.startsWith("VB"); }
  public boolean isNoun() { return pos.startsWith("NN"); }
}
