package org.dateline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dateline.model.Article;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;

/**
 * Speed and memory of Dateline against plain CoreNLP, in one process over the same documents:
 * Dateline first, then the baseline, each loaded, warmed up and timed in turn, with memory
 * peaks reset in between (see {@link Memory}).
 */
public final class Benchmark {
  /** The baseline: CoreNLP with these annotators and every setting at its default. */
  public static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private Benchmark() {}

  /** A loaded system: analyses one article and says how many tokens it had. */
  @FunctionalInterface
  public interface Annotator {
    int annotate(Article a);
  }

  public static BenchResult run(BenchOptions o) throws IOException {
    Corpus corpus = Corpus.read(o.inputs(), o.sharedDir(), o.documents());
    if (corpus.articles().isEmpty()) throw new IOException("no documents to benchmark in " + o.inputs());
    NlpConfig config = new NlpConfig(o.profile());
    SystemStats dateline = measure("Dateline (" + o.profile() + ")", () -> {
      Pipeline p = new Pipeline(config);
      return a -> p.process(a).tokenCount();
    }, corpus.articles(), o.threads(), o.warmup());
    SystemStats baseline = o.baseline()
        ? measure("CoreNLP " + BASELINE_ANNOTATORS, Benchmark::coreNlp, corpus.articles(), o.threads(), o.warmup())
        : null;
    return BenchResult.of(corpus.name(), corpus.skipped().size(), o.threads(), o.warmup(), dateline, baseline);
  }

  static Annotator coreNlp() {
    Properties p = new Properties();
    p.setProperty("annotators", BASELINE_ANNOTATORS);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    return a -> {
      Annotation ann = new Annotation(a.text());
      // The same anchor Dateline gets, so SUTime does the same work.
      ann.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
      pipeline.annotate(ann);
      return ann.get(CoreAnnotations.TokensAnnotation.class).size();
    };
  }

  /** Loads one system, warms it up, then times it over all documents on {@code threads} threads. */
  public static SystemStats measure(String name, Supplier<Annotator> loader, List<Article> docs, int threads,
                                    int warmup) {
    boolean rssReset = Memory.reset();
    try (LiveHeap live = new LiveHeap()) {
      long t0 = System.nanoTime();
      Annotator annotator = loader.get();
      long loadMillis = (System.nanoTime() - t0) / 1_000_000;
      for (int i = 0; i < Math.min(warmup, docs.size()); i++) annotator.annotate(docs.get(i));
      long[] nanos = new long[docs.size()];
      long start = System.nanoTime();
      long tokens = timed(annotator, docs, threads, nanos, name);
      long wallMillis = (System.nanoTime() - start) / 1_000_000;
      long peakHeap = Memory.peakHeap();
      // One full collection with the models still held: its result is a live-set reading even
      // when no collection ran during the timed part (notifications arrive late, so read it here).
      System.gc();
      long liveNow = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      java.lang.ref.Reference.reachabilityFence(annotator);
      return new SystemStats(name, loadMillis, docs.size(), tokens, wallMillis, percentile(nanos, 50) / 1e6,
          percentile(nanos, 95) / 1e6, peakHeap, Math.max(live.max(), liveNow), Memory.peakRss(), rssReset);
    }
  }

  /** Runs every document on the pool, recording each one's latency; returns the token total. */
  private static long timed(Annotator annotator, List<Article> docs, int threads, long[] nanos, String name) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>(docs.size());
      for (int i = 0; i < docs.size(); i++) {
        int k = i;
        futures.add(pool.submit(() -> {
          long s = System.nanoTime();
          int n = annotator.annotate(docs.get(k));
          nanos[k] = System.nanoTime() - s;
          return n;
        }));
      }
      long tokens = 0;
      for (Future<Integer> f : futures) tokens += f.get();
      return tokens;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(name + " failed on a document: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
  static double percentile(long[] values, double p) {
    if (values.length == 0) return 0;
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
