package org.dateline.eval.events;

import static org.dateline.eval.events.TestEvents.actor;
import static org.dateline.eval.events.TestEvents.event;
import static org.dateline.eval.events.TestEvents.gold;
import static org.dateline.eval.events.TestEvents.goldEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

class EventMatchTest {
  private static final double EPS = 1e-9;

  private static final GoldEvent ASSAULT = goldEvent("ASSAULT", gold("ISR", "MIL"), gold("PSE", null));
  private static final GoldEvent PROTEST = goldEvent("PROTEST", gold("PSE", "CVL"), gold("ISR", null));

  @Test
  void perfectPredictionScoresOne() {
    List<EventMatch.Sentence> s = List.of(
        new EventMatch.Sentence("1", List.of(ASSAULT), List.of(event("190", "ASSAULT", actor("ISR", "MIL"), actor("PSE", null)))),
        new EventMatch.Sentence("2", List.of(PROTEST), List.of(event("141", "PROTEST", actor("PSE", "CVL"), actor("ISR", "GOV")))));
    Map<String, Double> m = EventMatch.score(s);
    for (String k : List.of("type_p", "type_r", "type_f1", "source_f1", "dyad_f1", "source_country_acc",
        "source_sector_acc", "target_country_acc")) {
      assertEquals(1.0, m.get(k), EPS, k);
    }
    assertEquals(0.0, m.get("false_alarms"), EPS);
    assertTrue(EventMatch.perfect(s.get(0)));
  }

  @Test
  void nothingProducedOrNothingGivenScoresZero() {
    Map<String, Double> none = EventMatch.score(List.of(new EventMatch.Sentence("1", List.of(ASSAULT), List.of())));
    assertEquals(0.0, none.get("type_p"), EPS);
    assertEquals(0.0, none.get("type_r"), EPS);
    assertEquals(0.0, none.get("dyad_f1"), EPS);
    assertEquals(0.0, none.get("source_country_acc"), EPS);
    Map<String, Double> empty = EventMatch.score(List.of());
    assertEquals(0.0, empty.get("type_f1"), EPS);
    assertEquals(0.0, empty.get("false_alarms"), EPS);
  }

  @Test
  void partialCaseHasExactValues() {
    List<EventMatch.Sentence> s = List.of(
        // right in full
        new EventMatch.Sentence("1", List.of(ASSAULT), List.of(event("190", "ASSAULT", actor("ISR", "MIL"), actor("PSE", null)))),
        // right type and country, wrong source sector; plus an event of a wrong type
        new EventMatch.Sentence("2", List.of(PROTEST), List.of(
            event("141", "PROTEST", actor("PSE", "GOV"), actor("ISR", null)),
            event("100", "REQUEST", actor("USA", null), actor("ISR", null)))),
        // no gold event, one produced: a false alarm
        new EventMatch.Sentence("3", List.of(), List.of(event("030", "AGREE", actor("FRA", null), null))));
    Map<String, Double> m = EventMatch.score(s);
    // 2 gold, 4 produced; type: 2 right; source and dyad: 1 right.
    assertEquals(0.5, m.get("type_p"), EPS);
    assertEquals(1.0, m.get("type_r"), EPS);
    assertEquals(2.0 / 3, m.get("type_f1"), EPS);
    assertEquals(0.25, m.get("source_p"), EPS);
    assertEquals(0.5, m.get("source_r"), EPS);
    assertEquals(1.0 / 3, m.get("source_f1"), EPS);
    assertEquals(1.0 / 3, m.get("dyad_f1"), EPS);
    assertEquals(1.0, m.get("false_alarms"), EPS);
    assertEquals(1.0, m.get("source_country_acc"), EPS);
    assertEquals(0.5, m.get("source_sector_acc"), EPS);
    assertEquals(1.0, m.get("target_country_acc"), EPS);
    assertEquals(0.0, m.get("target_sector_acc"), EPS); // no gold target has a sector
    assertEquals(2.0, m.get("gold_events"), EPS);
    assertEquals(4.0, m.get("produced_events"), EPS);
  }

  @Test
  void eachEventIsMatchedOnce() {
    Event one = event("190", "ASSAULT", actor("ISR", "MIL"), actor("PSE", null));
    Map<String, Double> m = EventMatch.score(List.of(new EventMatch.Sentence("1", List.of(ASSAULT, ASSAULT), List.of(one))));
    assertEquals(1.0, m.get("type_p"), EPS);
    assertEquals(0.5, m.get("type_r"), EPS);
  }

  @Test
  void matchingFindsTheAssignmentThatPairsMost() {
    // Gold 1 accepts either event, gold 2 only the first: a greedy pairing would pair one.
    GoldEvent any = goldEvent("ASSAULT", null, null);
    GoldEvent israeli = goldEvent("ASSAULT", gold("ISR", null), null);
    Event isr = event("190", "ASSAULT", actor("ISR", null), null);
    Event none = event("190", "ASSAULT", null, null);
    int[] pairs = EventMatch.match(List.of(any, israeli), List.of(isr, none), EventMatch.Level.SOURCE);
    assertEquals(2, EventMatch.matchedCount(pairs));
  }

  @Test
  void cameoGoldComparesTheRoot() {
    GoldEvent g = new GoldEvent(null, "193", List.of(gold("SDN", "REB")), List.of());
    assertTrue(EventMatch.typeAgrees(g, event("190", "ASSAULT", null, null)));
    assertFalse(EventMatch.typeAgrees(g, event("180", "ASSAULT", null, null)));
  }

  @Test
  void reciprocalSourcesStandForAMissingTarget() {
    // "Hungarian and Romanian officials agreed": PLOVER gives both as sources, no target.
    GoldEvent g = new GoldEvent("AGREE", null, List.of(gold("HUN", "GOV"), gold("ROU", "GOV")), List.of());
    assertTrue(EventMatch.agrees(g, event("030", "AGREE", actor("HUN", "GOV"), actor("ROU", "GOV")), EventMatch.Level.DYAD));
    assertTrue(EventMatch.agrees(g, event("030", "AGREE", actor("HUN", "GOV"), null), EventMatch.Level.DYAD));
    assertFalse(EventMatch.agrees(g, event("030", "AGREE", actor("HUN", "GOV"), actor("USA", null)), EventMatch.Level.DYAD));
  }

  @Test
  void goldActorCodes() {
    GoldActor igo = GoldActor.of("the UN", "IGO", null);
    assertTrue(igo.agrees(new org.dateline.model.Actor("UN", "United Nations", "IGOUNO", null, "IGO", null)));
    assertFalse(igo.agrees(actor("USA", "GOV")));
    assertEquals("JPN", GoldActor.of("Tokyo", "JAP", null).code());
    assertEquals("CVL", GoldActor.of("Albanians", "SRB", "CVLalb").sector());
    assertEquals(null, GoldActor.of("Iraq", "IRQ", "***").sector());
  }
}
