package org.dateline.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how each fuzz input ended. Every input must end as coded or as a failure with a reason;
 * one that ends neither way is lost, one over the time budget is a stall, and an exception that
 * escapes the batch is a crash. Failures with a stack (an exception the batch caught) are counted
 * apart: they did not stop the run, but each is a bug to look at.
 */
public final class FuzzTally {
  /** Reasons given to unexpected exceptions caught per input (their stacks are in the log). */
  private static final List<String> INTERNAL = List.of("reading error", "coding error", "writing error");

  private final Duration budget;
  private final String okLabel;
  private final Map<HostileInputs.Kind, Long> slowest = new EnumMap<>(HostileInputs.Kind.class);
  private final Map<String, HostileInputs.Kind> expected = new LinkedHashMap<>();
  private final Map<String, Integer> outcomes = new LinkedHashMap<>();
  private final Map<HostileInputs.Kind, Map<String, Integer>> byKind = new EnumMap<>(HostileInputs.Kind.class);
  private final List<Long> nanos = new ArrayList<>();
  private final List<String> crashes = new ArrayList<>();
  private int stalls;
  private int internal;
  private int coded;
  private int failed;
  private int strays;

  /** @param okLabel what an input that did not fail is called: "coded", or "read" when only reading is tried */
  public FuzzTally(Duration budget, String okLabel) {
    this.budget = budget;
    this.okLabel = okLabel;
  }

  /** The harness's own articles, for runs without a samples folder. */
  public static List<String> ownArticles() {
    return Texts.ARTICLES;
  }

  public void expect(String input, HostileInputs.Kind kind) {
    expected.put(input, kind);
  }

  /** One input, or one line of a JSON Lines input ("path:N"), ended: coded if {@code reason} is null. */
  public synchronized void outcome(String input, String reason, long took) {
    String key = expected.containsKey(input) ? input : withoutLine(input);
    HostileInputs.Kind kind = expected.get(key);
    if (kind == null) {
      strays++;
      return;
    }
    outcomes.merge(key, 1, Integer::sum);
    nanos.add(took);
    slowest.merge(kind, took, Math::max);
    String what = reason == null ? okLabel : reason;
    byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(what, 1, Integer::sum);
    if (reason == null) coded++;
    else failed++;
    if (INTERNAL.contains(what)) internal++;
    if ("too slow".equals(what) || took > budget.toNanos()) stalls++;
  }

  public synchronized void crash(Throwable t) {
    crashes.add(t.toString());
  }

  private static String withoutLine(String input) {
    int colon = input.lastIndexOf(':');
    return colon > 0 && input.substring(colon + 1).matches("\\d+") ? input.substring(0, colon) : input;
  }

  /** Inputs that ended neither coded nor failed. */
  public int lost() {
    return (int) expected.keySet().stream().filter(k -> !outcomes.containsKey(k)).count();
  }

  public int crashes() { return crashes.size(); }
  public int stalls() { return stalls; }
  public int internalErrors() { return internal; }
  public int coded() { return coded; }
  public int failed() { return failed; }
  public Map<HostileInputs.Kind, Map<String, Integer>> byKind() { return byKind; }

  public boolean clean() {
    return crashes.isEmpty() && stalls == 0 && lost() == 0 && strays == 0;
  }

  /** Time per input at quantile q (0..1), in milliseconds. */
  public double quantileMillis(double q) {
    if (nanos.isEmpty()) return 0;
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  public String report(String command, double seconds, Path log) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("fuzz: %d inputs (%s) in %.0f s: %d records %s, %d failed with a reason%n",
        expected.size(), command, seconds, coded, okLabel, failed));
    sb.append(String.format("crashes %d, stalls %d, inputs lost %d%s%n", crashes.size(), stalls, lost(),
        strays == 0 ? "" : ", " + strays + " outcomes of unknown inputs"));
    sb.append(String.format("unexpected exceptions caught per input (failed, stack logged): %d%s%n", internal,
        log == null ? "" : " (stacks in " + log + ")"));
    sb.append(String.format("time per input: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        quantileMillis(0.5), quantileMillis(0.99), quantileMillis(1.0)));
    for (var e : byKind.entrySet()) {
      sb.append(String.format("  %-22s slowest %8.1f ms  %s%n", e.getKey().name().toLowerCase(java.util.Locale.ROOT),
          slowest.getOrDefault(e.getKey(), 0L) / 1e6, e.getValue()));
    }
    for (String c : crashes) sb.append("crash: ").append(c).append('\n');
    return sb.toString();
  }
}
