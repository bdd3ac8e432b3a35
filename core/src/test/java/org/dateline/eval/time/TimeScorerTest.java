package org.dateline.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeScorerTest {
  private static Timex t(int start, int end, String value) {
    return new Timex(start, end, "x".repeat(end - start), "DATE", value);
  }

  private final List<Timex> gold = List.of(t(0, 10, "2024-01-01"), t(20, 30, "P1W"), t(40, 50, "2024-W01"));

  private static Map<String, Double> score(List<Timex> gold, List<Timex> produced) {
    return new TimeScorer.Counts().add(TimeScorer.align(gold, produced)).metrics("");
  }

  @Test
  void perfectOutputScoresOne() {
    Map<String, Double> m = score(gold, gold);
    assertEquals(1.0, m.get("span_p"));
    assertEquals(1.0, m.get("span_r"));
    assertEquals(1.0, m.get("span_f1"));
    assertEquals(1.0, m.get("value_accuracy"));
    assertEquals(1.0, m.get("value_f1"));
  }

  @Test
  void emptyOutputScoresZero() {
    Map<String, Double> m = score(gold, List.of());
    assertEquals(0.0, m.get("span_f1"));
    assertEquals(0.0, m.get("span_p"));
    assertEquals(0.0, m.get("value_accuracy"));
    assertEquals(3.0, m.get("gold"));
  }

  @Test
  void partialOutputMatchesByOverlap() {
    // first: overlapping span, right value; second: overlapping, wrong value; third: spurious.
    Map<String, Double> m = score(gold, List.of(t(5, 12, "2024-01-01"), t(22, 25, "P1D"), t(60, 70, "2024")));
    assertEquals(2.0 / 3, m.get("span_p"), 1e-12);
    assertEquals(2.0 / 3, m.get("span_r"), 1e-12);
    assertEquals(2.0 / 3, m.get("span_f1"), 1e-12);
    assertEquals(0.5, m.get("value_accuracy"), 1e-12);
    assertEquals(1.0 / 3, m.get("value_f1"), 1e-12);
  }

  @Test
  void eachExpressionMatchesOnceLargestOverlapFirst() {
    Timex g = t(10, 20, "2024-01-01");
    Timex small = t(8, 11, "2024-01-02");
    Timex large = t(12, 20, "2024-01-01");
    TimeScorer.Alignment a = TimeScorer.align(List.of(g), List.of(small, large));
    assertEquals(List.of(new TimeScorer.Pair(g, large)), a.pairs());
    assertEquals(List.of(small), a.spurious());
    assertEquals(List.of(), a.missed());
  }

  @Test
  void prefixNamesEveryKey() {
    Map<String, Double> m = new TimeScorer.Counts().metrics("sutime_");
    assertEquals(0.0, m.get("sutime_value_accuracy"));
    assertEquals(7, m.size());
  }
}
