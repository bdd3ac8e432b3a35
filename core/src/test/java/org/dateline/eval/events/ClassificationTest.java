package org.dateline.eval.events;

import static org.dateline.eval.events.TestEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

class ClassificationTest {
  private static final double EPS = 1e-9;

  @Test
  void perfectPredictionScoresOne() {
    Map<String, Double> m = Classification.score(List.of("0", "3", "4"), List.of("0", "3", "4"));
    assertEquals(1.0, m.get("accuracy"), EPS);
    assertEquals(1.0, m.get("macro_f1"), EPS);
  }

  @Test
  void emptyAndAllWrongScoreZero() {
    assertEquals(0.0, Classification.score(List.of(), List.of()).get("macro_f1"), EPS);
    Map<String, Double> m = Classification.score(List.of("1", "2"), List.of("none", "none"));
    assertEquals(0.0, m.get("accuracy"), EPS);
    assertEquals(0.0, m.get("macro_f1"), EPS);
  }

  @Test
  void partialCaseHasExactValues() {
    Map<String, Double> m = Classification.score(List.of("a", "a", "b", "c"), List.of("a", "b", "b", "none"));
    assertEquals(0.5, m.get("accuracy"), EPS);
    // a: tp1 fn1 -> 2/3; b: tp1 fp1 -> 2/3; c: 0; "none" is no gold class
    assertEquals(2.0 / 3, m.get("f1_a"), EPS);
    assertEquals(2.0 / 3, m.get("f1_b"), EPS);
    assertEquals(0.0, m.get("f1_c"), EPS);
    assertEquals(4.0 / 9, m.get("macro_f1"), EPS);
  }

  @Test
  void conflibertClassesByRoot() {
    assertEquals("0", EventLabels.conflibertClass("020"));
    assertEquals("1", EventLabels.conflibertClass("057"));
    assertEquals("2", EventLabels.conflibertClass("0874"));
    assertEquals("3", EventLabels.conflibertClass("093"));
    assertEquals("3", EventLabels.conflibertClass("166"));
    assertEquals("4", EventLabels.conflibertClass("141"));
    assertEquals("4", EventLabels.conflibertClass("190"));
    assertEquals("none", EventLabels.conflibertClass((String) null));
  }

  @Test
  void theMostConfidentEventSpeaksFirstOnTies() {
    Event a = event("141", "PROTEST", List.of(), List.of(), 0.6);
    Event b = event("190", "ASSAULT", List.of(), List.of(), 0.8);
    Event c = event("030", "AGREE", List.of(), List.of(), 0.8);
    assertSame(b, EventLabels.best(List.of(a, b, c)));
    assertEquals("19", EventLabels.root(List.of(a, b, c)));
    assertEquals("4", EventLabels.conflibertClass(List.of(a, b, c)));
    assertEquals("none", EventLabels.plover(List.of()));
  }
}
