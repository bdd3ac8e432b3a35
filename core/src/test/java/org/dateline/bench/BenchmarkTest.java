package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** The measuring machinery with a stand-in system (no NLP models). */
class BenchmarkTest {
  private static List<Article> articles(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Article("a" + i, LocalDate.of(2024, 1, 1), null, null, null, "one two three " + "x ".repeat(i), 0,
          null, Map.of(), "test"));
    }
    return out;
  }

  @Test
  void percentileIsNearestRank() {
    long[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
    assertEquals(5, Benchmark.percentile(v, 50));
    assertEquals(10, Benchmark.percentile(v, 95));
    assertEquals(1, Benchmark.percentile(v, 1));
    assertEquals(0, Benchmark.percentile(new long[0], 50));
  }

  @Test
  void measuresEveryDocumentAfterWarmUp() {
    AtomicInteger calls = new AtomicInteger();
    Benchmark.Annotator words = a -> {
      calls.incrementAndGet();
      return a.text().split(" ").length;
    };
    List<Article> docs = articles(10);
    SystemStats s = Benchmark.measure("words", () -> words, docs, 2, 3);
    assertEquals(13, calls.get());
    assertEquals(10, s.documents());
    assertEquals(10 * 3 + 45, s.tokens());
    assertTrue(s.p50Millis() <= s.p95Millis());
    assertTrue(s.peakHeapBytes() > 0);
    assertTrue(s.liveHeapBytes() > 0, "the closing collection gives a live-heap reading");
    assertTrue(s.docsPerSecond() > 0);
  }

  @Test
  void ratiosAndMarkdownTable() {
    SystemStats fast = new SystemStats("fast", 1000, 10, 2000, 1000, 50, 90, 100L << 20, 60L << 20, 200L << 20, true);
    SystemStats slow = new SystemStats("slow", 4000, 10, 2000, 4000, 200, 360, 400L << 20, 240L << 20, 800L << 20, true);
    BenchResult r = BenchResult.of("test", 0, 1, 2, fast, slow);
    assertEquals(4.0, r.ratios().get("docs_per_s"), 1e-12);
    assertEquals(4.0, r.ratios().get("tokens_per_s"), 1e-12);
    assertEquals(0.25, r.ratios().get("p50_ms"), 1e-12);
    assertEquals(0.25, r.ratios().get("load_s"), 1e-12);
    assertEquals(0.25, r.ratios().get("rss_mb"), 1e-12);
    String md = r.toMarkdown();
    assertTrue(md.contains("| measure | fast | slow | Dateline / baseline |"), md);
    assertTrue(md.contains("| documents/s | 10.00 | 2.50 | 4.00 |"), md);
    assertTrue(md.contains("| peak heap, pool peaks (MB) | 100 | 400 | 0.25 |"), md);
    assertTrue(md.contains("| live heap after GC (MB) | 60 | 240 | 0.25 |"), md);
  }

  @Test
  void withoutBaselineThereAreNoRatios() {
    SystemStats s = new SystemStats("only", 1000, 1, 10, 100, 100, 100, 1, -1, -1, false);
    BenchResult r = BenchResult.of("test", 0, 1, 0, s, null);
    assertTrue(r.ratios().isEmpty());
    assertTrue(r.toMarkdown().contains("| peak RSS (MB) | – |"), r.toMarkdown());
  }
}
