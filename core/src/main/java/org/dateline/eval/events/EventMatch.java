package org.dateline.eval.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Actor;
import org.dateline.model.Event;

/**
 * Event scoring as ../shared/README.md ("How to score") puts it: within a sentence a produced
 * event matches a gold event when the type agrees (PLOVER type, or CAMEO root for CAMEO gold) and,
 * at the higher levels, the source and then also the target agree by country (and sector where
 * the gold has one). Each gold and each produced event is matched at most once per level, by a
 * maximum bipartite matching, so duplicates are neither rewarded nor double-counted.
 */
public final class EventMatch {
  private EventMatch() {}

  /** One sentence: its gold events and the events Dateline produced for it. */
  public record Sentence(String id, List<GoldEvent> gold, List<Event> produced) {
    public Sentence {
      gold = List.copyOf(gold);
      produced = List.copyOf(produced);
    }
  }

  /** The three levels of the README, from loosest to strictest. */
  public enum Level { TYPE, SOURCE, DYAD }

  /** Scores all sentences; see the class comment and {@link Tally#metrics()} for the keys. */
  public static Map<String, Double> score(List<Sentence> sentences) {
    Tally t = new Tally();
    for (Sentence s : sentences) t.add(s);
    return t.metrics();
  }

  /** Whether the sentence was coded exactly: every gold and every produced event matched at DYAD. */
  public static boolean perfect(Sentence s) {
    if (s.gold().size() != s.produced().size()) return false;
    return matchedCount(match(s.gold(), s.produced(), Level.DYAD)) == s.gold().size();
  }

  static boolean typeAgrees(GoldEvent g, Event e) {
    if (g.plover() != null) return e.plover() != null && g.plover().equals(e.plover().type());
    return e.cameo() != null && e.cameo().length() >= 2 && g.cameo().startsWith(e.cameo().substring(0, 2));
  }

  /** Some produced source is some gold source; an event without gold source agrees only when it has none. */
  static boolean sourceAgrees(GoldEvent g, Event e) {
    if (g.source().isEmpty()) return e.source().isEmpty();
    return anyAgrees(g.source(), e.source());
  }

  /**
   * As the source, except that a gold event without target also accepts produced targets that
   * are among its sources: "A and B agreed" is coded in CAMEO as A to B, in PLOVER as source A, B.
   */
  static boolean targetAgrees(GoldEvent g, Event e) {
    if (!g.target().isEmpty()) return anyAgrees(g.target(), e.target());
    for (Actor a : e.target()) {
      if (g.source().stream().noneMatch(ga -> ga.agrees(a))) return false;
    }
    return true;
  }

  static boolean agrees(GoldEvent g, Event e, Level level) {
    if (!typeAgrees(g, e)) return false;
    if (level == Level.TYPE) return true;
    if (!sourceAgrees(g, e)) return false;
    return level == Level.SOURCE || targetAgrees(g, e);
  }

  private static boolean anyAgrees(List<GoldActor> gold, List<Actor> produced) {
    for (GoldActor g : gold) {
      for (Actor a : produced) {
        if (g.agrees(a)) return true;
      }
    }
    return false;
  }

  /**
   * Maximum matching at a level: for each gold event the index of its produced event, or -1.
   * Candidates are tried strongest agreement first so that, among equally many pairs, the pairs
   * used for actor accuracy are the ones a reader would pair.
   */
  static int[] match(List<GoldEvent> gold, List<Event> produced, Level level) {
    int[] owner = new int[produced.size()];
    Arrays.fill(owner, -1);
    for (int g = 0; g < gold.size(); g++) augment(g, gold, produced, level, owner, new boolean[produced.size()]);
    int[] goldTo = new int[gold.size()];
    Arrays.fill(goldTo, -1);
    for (int p = 0; p < owner.length; p++) {
      if (owner[p] >= 0) goldTo[owner[p]] = p;
    }
    return goldTo;
  }

  private static boolean augment(int g, List<GoldEvent> gold, List<Event> produced, Level level, int[] owner,
                                 boolean[] seen) {
    for (int p : candidates(gold.get(g), produced, level)) {
      if (seen[p]) continue;
      seen[p] = true;
      if (owner[p] < 0 || augment(owner[p], gold, produced, level, owner, seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  }

  private static List<Integer> candidates(GoldEvent g, List<Event> produced, Level level) {
    List<Integer> out = new ArrayList<>();
    for (int p = 0; p < produced.size(); p++) {
      if (agrees(g, produced.get(p), level)) out.add(p);
    }
    out.sort(Comparator.comparingInt((Integer p) -> -strength(g, produced.get(p))));
    return out;
  }

  private static int strength(GoldEvent g, Event e) {
    if (agrees(g, e, Level.DYAD)) return 2;
    return agrees(g, e, Level.SOURCE) ? 1 : 0;
  }

  static int matchedCount(int[] goldTo) {
    int n = 0;
    for (int p : goldTo) {
      if (p >= 0) n++;
    }
    return n;
  }

  /** Running counts over sentences; {@link #metrics()} turns them into the reported numbers. */
  public static final class Tally {
    private int gold;
    private int produced;
    private final int[] tp = new int[Level.values().length];
    private int falseAlarms;
    private final ActorAccuracy actors = new ActorAccuracy();

    public void add(Sentence s) {
      gold += s.gold().size();
      produced += s.produced().size();
      if (s.gold().isEmpty() && !s.produced().isEmpty()) falseAlarms++;
      int[] typePairs = match(s.gold(), s.produced(), Level.TYPE);
      tp[Level.TYPE.ordinal()] += matchedCount(typePairs);
      tp[Level.SOURCE.ordinal()] += matchedCount(match(s.gold(), s.produced(), Level.SOURCE));
      tp[Level.DYAD.ordinal()] += matchedCount(match(s.gold(), s.produced(), Level.DYAD));
      for (int g = 0; g < typePairs.length; g++) {
        if (typePairs[g] >= 0) actors.add(s.gold().get(g), s.produced().get(typePairs[g]));
      }
    }

    /**
     * {@code type_p/_r/_f1}, {@code source_p/_r/_f1}, {@code dyad_p/_r/_f1}, {@code false_alarms}
     * (sentences without gold events that got events), actor accuracies over type-matched pairs,
     * and the event counts. Ratios with an empty denominator are 0.
     */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      for (Level level : Level.values()) {
        String key = level.name().toLowerCase(Locale.ROOT);
        double p = ratio(tp[level.ordinal()], produced);
        double r = ratio(tp[level.ordinal()], gold);
        m.put(key + "_p", p);
        m.put(key + "_r", r);
        m.put(key + "_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
      }
      m.put("false_alarms", (double) falseAlarms);
      m.putAll(actors.metrics());
      m.put("gold_events", (double) gold);
      m.put("produced_events", (double) produced);
      return m;
    }
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0 : (double) num / den;
  }
}
