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
    ClauseRepair.mend("Witnesses reported the police had fired on the crowd .".split(" "), tags, heads, rels);
    assertArrayEquals(new int[] {1, -1, 3, 5, 5, 1, 8, 8, 5, 1}, heads);
    assertArrayEquals(new String[] {"nsubj", "root", "det", "nsubj", "aux", "ccomp", "case", "det", "obl", "punct"}, rels);
  }

  @Test
  void passiveClauseGetsAPassiveSubject() {
    // They(0) found(1) the(2) bodies(3) had(4) been(5) dumped(6) .(7)
    String[] tags = {"PRP", "VBD", "DT", "NNS", "VBD", "VBN", "VBN", "."};
    int[] heads = {1, -1, 3, 1, 6, 6, 1, 1};
    String[] rels = {"nsubj", "root", "det", "obj", "aux", "aux:pass", "dep", "punct"};
    ClauseRepair.mend("They found the bodies had been dumped .".split(" "), tags, heads, rels);
    assertArrayEquals(new String[] {"nsubj", "root", "det", "nsubj:pass", "aux", "aux:pass", "ccomp", "punct"}, rels);
  }

  @Test
  void verbOfSayingParsedAsClausalSubjectBecomesTheRoot() {
    // The(0) minister(1) warned(2) the(3) rebels(4) would(5) face(6) arrest(7) .(8)
    String[] tags = {"DT", "NN", "VBD", "DT", "NNS", "MD", "VB", "NN", "."};
    int[] heads = {1, 2, 6, 4, 2, 6, -1, 6, 6};
    String[] rels = {"det", "nsubj", "csubj", "det", "obj", "aux", "root", "obj", "punct"};
    ClauseRepair.mend("The minister warned the rebels would face arrest .".split(" "), tags, heads, rels);
    assertArrayEquals(new int[] {1, 2, -1, 4, 6, 6, 2, 6, 2}, heads);
    assertArrayEquals(new String[] {"det", "nsubj", "root", "det", "nsubj", "aux", "ccomp", "obj", "punct"}, rels);
  }

  @Test
  void clauseWithItsOwnSubjectOrNoAuxiliaryIsLeftAlone() {
    // He(0) told(1) them(2) ,(3) killing(4) two(5) : a participle with no auxiliary keeps its parse
    String[] tags = {"PRP", "VBD", "PRP", ",", "VBG", "CD"};
    int[] heads = {1, -1, 1, 4, 1, 4};
    String[] rels = {"nsubj", "root", "obj", "punct", "dep", "obj"};
    ClauseRepair.mend("He told them , killing two".split(" "), tags, heads, rels);
    assertArrayEquals(new String[] {"nsubj", "root", "obj", "punct", "dep", "obj"}, rels);
    // Officials(0) said(1) the(2) rebels(3) had(4) attacked(5) : already a clause with its subject
    String[] tags2 = {"NNS", "VBD", "DT", "NNS", "VBD", "VBN"};
    int[] heads2 = {1, -1, 3, 5, 5, 1};
    String[] rels2 = {"nsubj", "root", "det", "nsubj", "aux", "ccomp"};
    ClauseRepair.mend("Officials said the rebels had attacked".split(" "), tags2, heads2, rels2);
    assertArrayEquals(new int[] {1, -1, 3, 5, 5, 1}, heads2);
  }

  @Test
  void clauseOpenedByAfterGetsItsSubjectBack() {
    // A(0) man(1) was(2) arrested(3) after(4) the(5) mayor(6) ,(7) a(8) critic(9) ,(10) was(11) stabbed(12) .(13)
    String[] words = "A man was arrested after the mayor , a critic , was stabbed .".split(" ");
    String[] tags = {"DT", "NN", "VBD", "VBN", "IN", "DT", "NN", ",", "DT", "NN", ",", "VBD", "VBN", "."};
    int[] heads = {1, 3, 3, -1, 6, 6, 3, 6, 9, 6, 3, 12, 3, 3};
    String[] rels = {"det", "nsubj:pass", "aux:pass", "root", "case", "det", "obl", "punct", "det", "appos", "punct",
        "aux:pass", "dep", "punct"};
    ClauseRepair.mend(words, tags, heads, rels);
    assertArrayEquals(new int[] {1, 3, 3, -1, 12, 6, 12, 6, 9, 6, 3, 12, 3, 3}, heads);
    assertArrayEquals(new String[] {"det", "nsubj:pass", "aux:pass", "root", "mark", "det", "nsubj:pass", "punct", "det",
        "appos", "punct", "aux:pass", "advcl", "punct"}, rels);
  }

  @Test
  void obliqueOfAnotherPrepositionStaysAnOblique() {
    // He(0) spoke(1) with(2) the(3) envoy(4) ,(5) was(6) seen(7) : "with" opens no clause
    String[] words = "He spoke with the envoy , was seen".split(" ");
    String[] tags = {"PRP", "VBD", "IN", "DT", "NN", ",", "VBD", "VBN"};
    int[] heads = {1, -1, 4, 4, 1, 1, 7, 1};
    String[] rels = {"nsubj", "root", "case", "det", "obl", "punct", "aux:pass", "dep"};
    ClauseRepair.mend(words, tags, heads, rels);
    assertArrayEquals(new String[] {"nsubj", "root", "case", "det", "obl", "punct", "aux:pass", "dep"}, rels);
  }

  @Test
  void participleAfterTheObjectDescribesIt() {
    // Turkey(0) began(1) an(2) offensive(3) followed(4) by(5) an(6) invasion(7) .(8), as CoreNLP parses it
    String[] words = "Turkey began an offensive followed by an invasion .".split(" ");
    String[] tags = {"NNP", "VBD", "DT", "NN", "VBN", "IN", "DT", "NN", "."};
    int[] heads = {1, -1, 3, 4, 1, 7, 7, 4, 1};
    String[] rels = {"nsubj", "root", "det", "nsubj", "dep", "case", "det", "obl", "punct"};
    ClauseRepair.mend(words, tags, heads, rels);
    assertArrayEquals(new int[] {1, -1, 3, 1, 3, 7, 7, 4, 1}, heads);
    assertArrayEquals(new String[] {"nsubj", "root", "det", "obj", "acl", "case", "det", "obl", "punct"}, rels);
  }

  @Test
  void participleWithAnAuxiliaryOrAfterAnObjectIsLeftAlone() {
    // They(0) took(1) the(2) town(3) ,(4) troops(5) deployed(6) : the verb before has its object
    String[] words = "They took the town , troops deployed".split(" ");
    String[] tags = {"PRP", "VBD", "DT", "NN", ",", "NNS", "VBN"};
    int[] heads = {1, -1, 3, 1, 1, 6, 1};
    String[] rels = {"nsubj", "root", "det", "obj", "punct", "nsubj", "dep"};
    ClauseRepair.mend(words, tags, heads, rels);
    assertArrayEquals(new int[] {1, -1, 3, 1, 1, 6, 1}, heads);
  }
}
