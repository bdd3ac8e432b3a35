package org.dateline.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.eval.events.PetrarchUnitTest.Coding;
import org.dateline.model.Actor;
import org.dateline.model.Event;

/**
 * Scores codings the way PETRARCH's own unit test judges them: a record passes when the set of
 * (source, target, event code) triples it produces is exactly the expected set, and a record
 * that expects no event passes only when nothing is coded. Codes are compared as strings, in full.
 */
public final class PetrarchScore {
  private PetrarchScore() {}

  /** One record with its produced codings (see {@link #codings(List)}). */
  public record Result(PetrarchUnitTest.Item item, List<Coding> produced) {
    public Result {
      produced = List.copyOf(produced);
    }
  }

  /** PETRARCH's placeholder for a missing actor or an actor without country. */
  static final String NONE = "---";

  /**
   * The codings of produced events as PETRARCH writes them: one per source-target pair of each
   * event (PETRARCH splits compound actors the same way), "---" for a missing side.
   */
  public static List<Coding> codings(List<Event> events) {
    List<Coding> out = new ArrayList<>();
    for (Event e : events) {
      for (String s : codes(e.source())) {
        for (String t : codes(e.target())) out.add(new Coding(s, t, e.cameo()));
      }
    }
    return out;
  }

  private static List<String> codes(List<Actor> actors) {
    if (actors.isEmpty()) return List.of(NONE);
    return actors.stream().map(PetrarchScore::code).toList();
  }

  /** CAMEO-style code of an actor, with "---" standing for an unknown country as PETRARCH has it. */
  static String code(Actor a) {
    String code = a.code() == null ? "" : a.code();
    if (a.country() == null && a.sector() != null && code.equals(a.sector())) return NONE + code;
    return code.isEmpty() ? NONE : code;
  }

  public static boolean passes(Result r) {
    return new HashSet<>(r.item().codings()).equals(new HashSet<>(r.produced()));
  }

  /** Expected codings that were produced, counting each produced coding once. */
  static int matched(List<Coding> expected, List<Coding> produced, Function<Coding, String> key) {
    Map<String, Integer> left = new HashMap<>();
    for (Coding c : produced) left.merge(key.apply(c), 1, Integer::sum);
    int n = 0;
    for (Coding c : expected) {
      Integer k = left.get(key.apply(c));
      if (k != null && k > 0) {
        left.put(key.apply(c), k - 1);
        n++;
      }
    }
    return n;
  }

  /**
   * {@code codings_matched}, {@code codings_total}, {@code pass_rate}, and {@code codes_matched}:
   * expected event codes found whatever the actors, since the set's actors are fictional
   * countries that only its own dictionaries know.
   */
  public static Map<String, Double> score(List<Result> results) {
    int matched = 0;
    int codes = 0;
    int total = 0;
    int passed = 0;
    for (Result r : results) {
      matched += matched(r.item().codings(), r.produced(), c -> c.source() + "|" + c.target() + "|" + c.cameo());
      codes += matched(r.item().codings(), r.produced(), Coding::cameo);
      total += r.item().codings().size();
      if (passes(r)) passed++;
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("codings_matched", (double) matched);
    m.put("codings_total", (double) total);
    m.put("pass_rate", EventMatch.ratio(passed, results.size()));
    m.put("codes_matched", (double) codes);
    return m;
  }

  /** Failed and total records per category, for the errors file. */
  public static Map<String, int[]> byCategory(List<Result> results) {
    Map<String, int[]> m = new LinkedHashMap<>();
    for (Result r : results) {
      int[] c = m.computeIfAbsent(r.item().category(), k -> new int[2]);
      if (!passes(r)) c[0]++;
      c[1]++;
    }
    return m;
  }
}
