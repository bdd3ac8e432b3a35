package org.dateline.eval.ner;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entity-level exact-match scoring as conlleval does it: a produced chunk counts only when a gold
 * chunk has the same document, first token, end and type. Precision, recall and F1 overall and
 * per type; a type with nothing produced has precision 0, and F1 is 0 when P + R is 0.
 */
public final class NerScorer {
  private NerScorer() {}

  /** Counts of one scoring run; {@link #add} sums runs over documents. */
  public record Counts(Map<String, int[]> byType) {
    private static final int GOLD = 0;
    private static final int FOUND = 1;
    private static final int CORRECT = 2;

    public Counts() {
      this(new LinkedHashMap<>());
    }

    public int gold() { return sum(GOLD); }
    public int found() { return sum(FOUND); }
    public int correct() { return sum(CORRECT); }

    private int sum(int column) {
      int n = 0;
      for (int[] c : byType.values()) n += c[column];
      return n;
    }

    public void add(Counts other) {
      other.byType.forEach((t, c) -> {
        int[] mine = byType.computeIfAbsent(t, k -> new int[3]);
        for (int i = 0; i < 3; i++) mine[i] += c[i];
      });
    }

    /** p, r, f1 overall, f1_TYPE for each type seen in gold or output (types sorted), and counts. */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("p", ratio(correct(), found()));
      m.put("r", ratio(correct(), gold()));
      m.put("f1", f1(correct(), found(), gold()));
      for (String t : new TreeSet<>(byType.keySet())) {
        int[] c = byType.get(t);
        m.put("f1_" + t, f1(c[CORRECT], c[FOUND], c[GOLD]));
      }
      m.put("gold", (double) gold());
      m.put("produced", (double) found());
      return m;
    }
  }

  /** Scores produced chunks against gold chunks; duplicates within either list count once. */
  public static Counts score(Collection<Chunk> gold, Collection<Chunk> produced) {
    Set<Chunk> g = new HashSet<>(gold);
    Set<Chunk> p = new HashSet<>(produced);
    Counts counts = new Counts();
    for (Chunk c : g) counts.byType.computeIfAbsent(c.type(), k -> new int[3])[Counts.GOLD]++;
    for (Chunk c : p) {
      int[] row = counts.byType.computeIfAbsent(c.type(), k -> new int[3]);
      row[Counts.FOUND]++;
      if (g.contains(c)) row[Counts.CORRECT]++;
    }
    return counts;
  }

  public static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }

  public static double f1(int correct, int found, int gold) {
    double p = ratio(correct, found);
    double r = ratio(correct, gold);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
