package org.dateline.eval.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TempEval-3 style scoring of time expressions. Spans match relaxed: a produced expression
 * matches a gold one when they share a character; each expression is matched at most once,
 * the pairs with the largest overlap first. Value accuracy is the share of matched pairs whose
 * TIMEX3 values are equal strings.
 */
public final class TimeScorer {
  private TimeScorer() {}

  public record Pair(Timex gold, Timex produced) {
    public boolean valueCorrect() {
      return gold.value() != null && Objects.equals(gold.value(), produced.value());
    }
  }

  /** How the produced expressions of one document line up with gold. */
  public record Alignment(List<Pair> pairs, List<Timex> missed, List<Timex> spurious) {}

  public static Alignment align(List<Timex> gold, List<Timex> produced) {
    List<int[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < produced.size(); p++) {
        int o = gold.get(g).overlap(produced.get(p));
        if (o > 0) candidates.add(new int[] {g, p, o});
      }
    }
    candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] producedUsed = new boolean[produced.size()];
    List<Pair> pairs = new ArrayList<>();
    for (int[] c : candidates) {
      if (goldUsed[c[0]] || producedUsed[c[1]]) continue;
      goldUsed[c[0]] = true;
      producedUsed[c[1]] = true;
      pairs.add(new Pair(gold.get(c[0]), produced.get(c[1])));
    }
    pairs.sort(Comparator.comparingInt(p -> p.gold().start()));
    List<Timex> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) if (!goldUsed[g]) missed.add(gold.get(g));
    List<Timex> spurious = new ArrayList<>();
    for (int p = 0; p < produced.size(); p++) if (!producedUsed[p]) spurious.add(produced.get(p));
    return new Alignment(pairs, missed, spurious);
  }

  /** Totals over documents. */
  public static final class Counts {
    private int gold;
    private int produced;
    private int matched;
    private int valueCorrect;

    public Counts add(Alignment a) {
      matched += a.pairs().size();
      gold += a.pairs().size() + a.missed().size();
      produced += a.pairs().size() + a.spurious().size();
      for (Pair p : a.pairs()) if (p.valueCorrect()) valueCorrect++;
      return this;
    }

    /**
     * span_p, span_r, span_f1, value_accuracy (on matched spans), value_f1 (a produced
     * expression counts when it matches and has the right value), gold and produced counts;
     * every key starts with {@code prefix}. Ratios with nothing to divide by are 0.
     */
    public Map<String, Double> metrics(String prefix) {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put(prefix + "span_p", ratio(matched, produced));
      m.put(prefix + "span_r", ratio(matched, gold));
      m.put(prefix + "span_f1", f1(matched, produced, gold));
      m.put(prefix + "value_accuracy", ratio(valueCorrect, matched));
      m.put(prefix + "value_f1", f1(valueCorrect, produced, gold));
      m.put(prefix + "gold", (double) gold);
      m.put(prefix + "produced", (double) produced);
      return m;
    }
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }

  static double f1(int correct, int produced, int gold) {
    double p = ratio(correct, produced);
    double r = ratio(correct, gold);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
