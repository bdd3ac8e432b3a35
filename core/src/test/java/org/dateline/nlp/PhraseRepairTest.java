package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PhraseRepairTest {
  @Test
  void adjectiveUsedAsANounHeadsItsPhrase() {
    // Police(0) alleged(1) the(2) accused(3) fired(4) .(5), as CoreNLP parses it
    String[] tags = {"NNS", "VBD", "DT", "VBN", "VBD", "."};
    int[] heads = {1, -1, 4, 2, 1, 1};
    String[] rels = {"nsubj", "root", "nsubj", "amod", "ccomp", "punct"};
    PhraseRepair.mend(tags, heads, rels);
    assertArrayEquals(new int[] {1, -1, 3, 4, 1, 1}, heads);
    assertArrayEquals(new String[] {"nsubj", "root", "det", "nsubj", "ccomp", "punct"}, rels);
    assertArrayEquals(new String[] {"NNS", "VBD", "DT", "NN", "VBD", "."}, tags);
  }

  @Test
  void determinerOfANounIsLeftAlone() {
    // the(0) wounded(1) soldiers(2) : "the" is already the noun's determiner
    String[] tags = {"DT", "JJ", "NNS"};
    int[] heads = {2, 2, -1};
    String[] rels = {"det", "amod", "root"};
    PhraseRepair.mend(tags, heads, rels);
    assertArrayEquals(new int[] {2, 2, -1}, heads);
    assertArrayEquals(new String[] {"det", "amod", "root"}, rels);
  }
}
