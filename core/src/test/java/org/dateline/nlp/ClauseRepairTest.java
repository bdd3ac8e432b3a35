package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ClauseRepairTest {
  @Test
  void objectBeforeAnAuxiliaryIsTheSubjectOfTheClause() {
    // Witnesses(0) reported(1) the(2) police(3) had(4) fired(5) on(6) the(7) crowd(8) .(9), as CoreNLP parses it
    String[] tags = {"NNS", "VBD", "DT", "NNS", "VBD", "VBN", "IN", "DT", "NN", "."};
    int[] heads = {1, -1, 3, 1, 5, 1, 8, 8, 5, 1};
    String[] rels = {"nsubj", "root", "det", "obj", "aux", "dep", "case", "det", "obl", "punct"};
    ClauseRepair.mend(tags, heads, rels);
    assertArrayEquals(new int[] {1, -1, 3, 5, 5, 1, 8, 8, 5, 1}, heads);
    assertArrayEquals(new String[] {"nsubj", "root", "det", "nsubj", "aux", "ccomp", "case", "det", "obl", "punct"}, rels);
  }

  @Test
  void passiveClauseGetsAPassiveSubject() {
    // They(0) found(1) the(2) bodies(3) had(4) been(5) dumped(6) .(7)
    String[] tags = {"PRP", "VBD", "DT", "NNS", "VBD", "VBN", "VBN", "."};
    int[] heads = {1, -1, 3, 1, 6, 6, 1, 1};
    String[] rels = {"nsubj", "root", "det", "obj", "aux", "aux:pass", "dep", "punct"};
    ClauseRepair.mend(tags, heads, rels);
    assertArrayEquals(new String[] {"nsubj", "root", "det", "nsubj:pass", "aux", "aux:pass", "ccomp", "punct"}, rels);
  }

  @Test
  void verbOfSayingParsedAsClausalSubjectBecomesTheRoot() {
    // The(0) minister(1) warned(2) the(3) rebels(4) would(5) face(6) arrest(7) .(8)
    String[] tags = {"DT", "NN", "VBD", "DT", "NNS", "MD", "VB", "NN", "."};
    int[] heads = {1, 2, 6, 4, 2, 6, -1, 6, 6};
    String[] rels = {"det", "nsubj", "csubj", "det", "obj", "aux", "root", "obj", "punct"};
    ClauseRepair.mend(tags, heads, rels);
    assertArrayEquals(new int[] {1, 2, -1, 4, 6, 6, 2, 6, 2}, heads);
    assertArrayEquals(new String[] {"det", "nsubj", "root", "det", "nsubj", "aux", "ccomp", "obj", "punct"}, rels);
  }

  @Test
  void clauseWithItsOwnSubjectOrNoAuxiliaryIsLeftAlone() {
    // He(0) told(1) them(2) ,(3) killing(4) two(5) : a participle with no auxiliary keeps its parse
    String[] tags = {"PRP", "VBD", "PRP", ",", "VBG", "CD"};
    int[] heads = {1, -1, 1, 4, 1, 4};
    String[] rels = {"nsubj", "root", "obj", "punct", "dep", "obj"};
    ClauseRepair.mend(tags, heads, rels);
    assertArrayEquals(new String[] {"nsubj", "root", "obj", "punct", "dep", "obj"}, rels);
    // Officials(0) said(1) the(2) rebels(3) had(4) attacked(5) : already a clause with its subject
    String[] tags2 = {"NNS", "VBD", "DT", "NNS", "VBD", "VBN"};
    int[] heads2 = {1, -1, 3, 5, 5, 1};
    String[] rels2 = {"nsubj", "root", "det", "nsubj", "aux", "ccomp"};
    ClauseRepair.mend(tags2, heads2, rels2);
    assertArrayEquals(new int[] {1, -1, 3, 5, 5, 1}, heads2);
  }
}
