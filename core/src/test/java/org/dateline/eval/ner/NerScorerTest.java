package org.dateline.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  private static Chunk c(int start, int end, String type) {
    return new Chunk("d", start, end, type);
  }

  private final List<Chunk> gold = List.of(c(0, 2, "PER"), c(3, 4, "LOC"), c(5, 6, "ORG"));

  @Test
  void perfectOutputScoresOne() {
    Map<String, Double> m = NerScorer.score(gold, gold).metrics();
    assertEquals(1.0, m.get("p"));
    assertEquals(1.0, m.get("r"));
    assertEquals(1.0, m.get("f1"));
    assertEquals(1.0, m.get("f1_LOC"));
  }

  @Test
  void emptyOutputScoresZero() {
    Map<String, Double> m = NerScorer.score(gold, List.of()).metrics();
    assertEquals(0.0, m.get("p"));
    assertEquals(0.0, m.get("r"));
    assertEquals(0.0, m.get("f1"));
    assertEquals(3.0, m.get("gold"));
  }

  @Test
  void partialOutputNeedsExactExtentAndType() {
    // PER exact; LOC one token too long counts as wrong; ORG missed.
    Map<String, Double> m = NerScorer.score(gold, List.of(c(0, 2, "PER"), c(3, 5, "LOC"))).metrics();
    assertEquals(0.5, m.get("p"), 1e-12);
    assertEquals(1.0 / 3, m.get("r"), 1e-12);
    assertEquals(0.4, m.get("f1"), 1e-12);
    assertEquals(1.0, m.get("f1_PER"));
    assertEquals(0.0, m.get("f1_LOC"));
    assertEquals(0.0, m.get("f1_ORG"));
  }

  @Test
  void wrongTypeIsNotCorrect() {
    Map<String, Double> m = NerScorer.score(List.of(c(0, 1, "PER")), List.of(c(0, 1, "ORG"))).metrics();
    assertEquals(0.0, m.get("f1"));
  }

  @Test
  void countsAddUpOverDocuments() {
    NerScorer.Counts total = new NerScorer.Counts();
    total.add(NerScorer.score(gold, gold));
    total.add(NerScorer.score(List.of(new Chunk("e", 0, 1, "PER")), List.of()));
    assertEquals(4, total.gold());
    assertEquals(3, total.correct());
    assertEquals(0.75, total.metrics().get("r"), 1e-12);
  }
}
