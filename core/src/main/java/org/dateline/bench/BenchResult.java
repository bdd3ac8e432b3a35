package org.dateline.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A benchmark's outcome: both systems' measurements and Dateline / baseline ratios (above 1
 * means Dateline is higher: faster for docs/s and tokens/s, slower or bigger for the rest).
 *
 * @param skipped  inputs that could not be read
 * @param baseline null when the baseline was not run; {@code ratios} is then empty
 */
public record BenchResult(String corpus, int skipped, int threads, int warmup, SystemStats dateline,
                          SystemStats baseline, Map<String, Double> ratios) {
  private record Row(String label, String key, ToDoubleFunction<SystemStats> value, String format) {}

  private static final Row[] ROWS = {
      new Row("documents/s", "docs_per_s", SystemStats::docsPerSecond, "%.2f"),
      new Row("tokens/s", "tokens_per_s", SystemStats::tokensPerSecond, "%.0f"),
      new Row("latency p50 (ms)", "p50_ms", SystemStats::p50Millis, "%.0f"),
      new Row("latency p95 (ms)", "p95_ms", SystemStats::p95Millis, "%.0f"),
      new Row("model load (s)", "load_s", s -> s.loadMillis() / 1000.0, "%.1f"),
      new Row("peak heap, pool peaks (MB)", "heap_mb", s -> s.peakHeapBytes() / 1048576.0, "%.0f"),
      new Row("live heap after GC (MB)", "live_heap_mb", s -> mb(s.liveHeapBytes()), "%.0f"),
      new Row("peak RSS (MB)", "rss_mb", s -> mb(s.peakRssBytes()), "%.0f"),
  };

  public BenchResult {
    ratios = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratios));
  }

  public static BenchResult of(String corpus, int skipped, int threads, int warmup, SystemStats dateline,
                               SystemStats baseline) {
    Map<String, Double> ratios = new LinkedHashMap<>();
    if (baseline != null) {
      for (Row r : ROWS) {
        double b = r.value.applyAsDouble(baseline);
        double d = r.value.applyAsDouble(dateline);
        if (b != 0 && !Double.isNaN(b) && !Double.isNaN(d)) ratios.put(r.key, d / b);
      }
    }
    return new BenchResult(corpus, skipped, threads, warmup, dateline, baseline, ratios);
  }

  /** The result as a Markdown table with a line saying what was measured. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Corpus %s: %d documents, %d tokens (Dateline's count); %d thread(s), "
        + "%d warm-up documents; %d cores, Java %s.%n%n", corpus, dateline.documents(), dateline.tokens(), threads,
        warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    sb.append("| measure | ").append(dateline.name());
    if (baseline != null) sb.append(" | ").append(baseline.name()).append(" | Dateline / baseline");
    sb.append(" |\n|---|---:").append(baseline != null ? "|---:|---:" : "").append("|\n");
    for (Row r : ROWS) {
      sb.append("| ").append(r.label).append(" | ").append(cell(r, dateline));
      if (baseline != null) {
        Double ratio = ratios.get(r.key);
        sb.append(" | ").append(cell(r, baseline)).append(" | ")
            .append(ratio == null ? "–" : String.format(Locale.ROOT, "%.2f", ratio));
      }
      sb.append(" |\n");
    }
    if (!dateline.rssReset() || baseline != null && !baseline.rssReset()) {
      sb.append("\nPeak RSS could not be reset between systems: the later one includes the earlier.\n");
    }
    return sb.toString();
  }

  private static double mb(long bytes) {
    return bytes < 0 ? Double.NaN : bytes / 1048576.0;
  }

  private static String cell(Row r, SystemStats s) {
    double v = r.value.applyAsDouble(s);
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, r.format, v);
  }
}
