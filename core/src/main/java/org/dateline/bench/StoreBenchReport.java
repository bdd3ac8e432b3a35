package org.dateline.bench;

import java.util.Locale;

/** The store benchmark as a Markdown section. */
public final class StoreBenchReport {
  private StoreBenchReport() {}

  public static String markdown(StoreBenchmark.Result r) {
    StoreBenchmark.Load l = r.load();
    StringBuilder md = new StringBuilder();
    md.append(f("%d coded records read (%d failed) in %.1f s; the store holds %d articles (%d near-duplicates "
            + "linked to their original), %d event mentions merged into %d events; database %.1f MB.%n%n",
        l.records(), l.failed(), l.parseSeconds(), l.articles(), l.duplicates(), l.mentions(), l.events(),
        l.dbBytes() / 1e6));
    md.append("| load | Dateline store | DuckDB raw JSON load | store / raw |\n|---|---:|---:|---:|\n");
    md.append(f("| seconds | %.1f | %.1f | %.1f |%n", l.storeSeconds(), l.rawSeconds(), l.storeSeconds() / l.rawSeconds()));
    double rate = l.records() / l.storeSeconds();
    double rawRate = l.records() / l.rawSeconds();
    md.append(f("| articles/s | %.0f | %.0f | %.3f |%n", rate, rawRate, rate / rawRate));
    md.append(f("| event mentions/s | %.0f | – | – |%n%n", l.mentions() / l.storeSeconds()));
    md.append(f("The Lucene index over article text and evidence was built after the load in %.1f s.%n%n",
        l.indexSeconds()));
    md.append(f("Query latency over %d runs each after 2 warm-up runs; the scan reads every coded record "
        + "(JSON Lines) once and tests the same condition per record.%n%n", r.repeats()));
    md.append("| question | store p50 (ms) | store p95 (ms) | rows | scan (ms) | records matched by scan | scan / store p50 |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (StoreBenchmark.Timing t : r.queries()) {
      md.append(f("| %s: %s | %.1f | %.1f | %d | %s | %s | %s |%n", t.name(), t.question(), t.p50Millis(),
          t.p95Millis(), t.rows(), t.scanMillis() == null ? "–" : f("%.0f", t.scanMillis()),
          t.scanRows() == null ? "–" : t.scanRows().toString(),
          t.scanMillis() == null ? "–" : f("%.0f", t.scanMillis() / Math.max(t.p50Millis(), 0.001))));
    }
    return md.toString();
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
