package org.dateline.eval.events;

import static org.dateline.eval.events.TestEvents.actor;
import static org.dateline.eval.events.TestEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dateline.eval.events.PetrarchUnitTest.Coding;
import org.dateline.eval.events.PetrarchUnitTest.Item;
import org.junit.jupiter.api.Test;

class PetrarchScoreTest {
  private static final double EPS = 1e-9;

  private static Item item(String id, String category, Coding... codings) {
    return new Item(id, null, category, "text", List.of(codings), null, Map.of());
  }

  @Test
  void compoundActorsGiveOneCodingPerPair() {
    List<Coding> c = PetrarchScore.codings(List.of(
        event("064", "COOPERATE", List.of(actor("ARN", null), actor("GON", null)), List.of(actor("CAL", "GOV")), 0.8),
        event("023", "REQUEST", List.of(actor(null, "GOV")), List.of(), 0.6)));
    assertEquals(List.of(new Coding("ARN", "CALGOV", "064"), new Coding("GON", "CALGOV", "064"),
        new Coding("---GOV", "---", "023")), c);
  }

  @Test
  void perfectEmptyAndPartial() {
    Item two = item("A", "DEMO", new Coding("ARN", "GON", "064"), new Coding("GON", "ARN", "064"));
    Item none = item("B", "VERB");
    PetrarchScore.Result perfect = new PetrarchScore.Result(two, two.codings());
    PetrarchScore.Result quiet = new PetrarchScore.Result(none, List.of());
    Map<String, Double> m = PetrarchScore.score(List.of(perfect, quiet));
    assertEquals(2.0, m.get("codings_matched"), EPS);
    assertEquals(2.0, m.get("codings_total"), EPS);
    assertEquals(1.0, m.get("pass_rate"), EPS);

    Map<String, Double> empty = PetrarchScore.score(List.of(new PetrarchScore.Result(two, List.of())));
    assertEquals(0.0, empty.get("codings_matched"), EPS);
    assertEquals(0.0, empty.get("pass_rate"), EPS);

    // One of two codings right, the other with the right code but wrong actors; a no-event
    // record that got an event fails.
    PetrarchScore.Result half = new PetrarchScore.Result(two,
        List.of(new Coding("ARN", "GON", "064"), new Coding("ARN", "GON", "064")));
    PetrarchScore.Result alarm = new PetrarchScore.Result(none, List.of(new Coding("ARN", "---", "010")));
    Map<String, Double> p = PetrarchScore.score(List.of(half, alarm, perfect));
    assertEquals(3.0, p.get("codings_matched"), EPS);
    assertEquals(4.0, p.get("codings_total"), EPS);
    assertEquals(4.0, p.get("codes_matched"), EPS);
    assertEquals(1.0 / 3, p.get("pass_rate"), EPS);
    assertFalse(PetrarchScore.passes(half));
    assertTrue(PetrarchScore.passes(perfect));
    assertEquals(1, PetrarchScore.byCategory(List.of(half, alarm, perfect)).get("VERB")[0]);
  }
}
