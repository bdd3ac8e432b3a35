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
    PhraseRepair.mend("Police alleged the accused fired .".split(" "), tags, heads, rels);
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
    PhraseRepair.mend("the wounded soldiers".split(" "), tags, heads, rels);
    assertArrayEquals(new int[] {2, 2, -1}, heads);
    assertArrayEquals(new String[] {"det", "amod", "root"}, rels);
  }

  @Test
  void outsideBeforeABareNounIsAPreposition() {
    // Protesters(0) gathered(1) outside(2) parliament(3) .(4), as CoreNLP parses it
    String[] tags = {"NNS", "VBD", "JJ", "NN", "."};
    int[] heads = {1, -1, 3, 1, 1};
    String[] rels = {"nsubj", "root", "amod", "obj", "punct"};
    PhraseRepair.mend("Protesters gathered outside parliament .".split(" "), tags, heads, rels);
    assertArrayEquals(new String[] {"nsubj", "root", "case", "obl", "punct"}, rels);
    // They(0) hired(1) outside(2) experts(3) : an adjective of a plural noun stays one
    String[] tags2 = {"PRP", "VBD", "JJ", "NNS"};
    int[] heads2 = {1, -1, 3, 1};
    String[] rels2 = {"nsubj", "root", "amod", "obj"};
    PhraseRepair.mend("They hired outside experts".split(" "), tags2, heads2, rels2);
    assertArrayEquals(new String[] {"nsubj", "root", "amod", "obj"}, rels2);
  }
}
