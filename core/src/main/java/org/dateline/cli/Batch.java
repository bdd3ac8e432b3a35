package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.output.ArticleJson;
import org.dateline.pipeline.Pipeline;

/**
 * Codes a batch of inputs on N threads, writing records in input order. Bad inputs are named on
 * standard error as they are met and counted in the summary; the batch goes on with the rest.
 */
final class Batch {
  /** What a run did: coded articles, failed inputs, and failures by reason. */
  record Summary(int coded, int failed, Map<String, Integer> reasons, int skipped) {}

  /** Where coded documents go, in input order, on the calling thread. */
  interface Sink {
    /** False for an article that needs no coding (already stored); it is then counted as skipped. */
    default boolean wanted(Article article) { return true; }

    void accept(Document doc) throws IOException;
  }

  /** The sink of {@code dateline code}: one JSON line per document. */
  static Sink jsonLines(Writer out) {
    return doc -> {
      out.write(ArticleJson.line(doc));
      out.write('\n');
    };
  }

  /** The sink of {@code dateline code --explain}: each document's events with why they were coded so. */
  static Sink explained(Writer out) {
    return doc -> out.write(ArticleJson.explained(doc) + "\n");
  }

  private final IngestOptions options;
  private final java.util.function.Supplier<Pipeline> pipelineFactory;
  private final int threads;
  private final PrintStream progressOut;
  private final PrintStream err;
  private Pipeline pipeline;
  private int coded;
  private int failed;
  private int skipped;
  private final Map<String, Integer> reasons = new TreeMap<>();
  private long started;
  private long lastProgress;

  Batch(IngestOptions options, java.util.function.Supplier<Pipeline> pipelineFactory, int threads,
        PrintStream progressOut, PrintStream err) {
    this.options = options;
    this.pipelineFactory = pipelineFactory;
    this.threads = threads;
    this.progressOut = progressOut;
    this.err = err;
  }

  Summary run(List<String> paths, Writer out) throws IOException {
    try {
      return run(paths, jsonLines(out));
    } finally {
      out.flush();
    }
  }

  Summary run(List<String> paths, Sink sink) throws IOException {
    Ingest ingest = new Ingest(options);
    List<Ingest.Source> sources = ingest.sources(paths, this::fail);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Pending> pending = new ArrayDeque<>();
    started = System.nanoTime();
    lastProgress = started; // first progress line after two seconds, not at once
    try {
      for (int i = 0; i < sources.size(); i++) {
        int done = i;
        ingest.read(sources.get(i), item -> {
          if (item instanceof IngestItem.Failed f) {
            fail(f);
            return;
          }
          Article a = ((IngestItem.Ok) item).article();
          if (!sink.wanted(a)) {
            skipped++;
            return;
          }
          Pipeline p = pipeline();
          pending.add(new Pending(a, pool.submit(() -> p.process(a))));
          while (pending.size() > threads * 2L) drainOne(pending, sink);
          progress(done, sources.size());
        });
      }
      while (!pending.isEmpty()) drainOne(pending, sink);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    progress(sources.size(), sources.size());
    if (progressOut != null && isTerminal()) progressOut.println();
    summary();
    return new Summary(coded, failed, reasons, skipped);
  }

  private record Pending(Article article, Future<Document> doc) {}

  private void drainOne(Deque<Pending> pending, Sink sink) {
    Pending p = pending.removeFirst();
    try {
      Document doc = p.doc().get();
      sink.accept(doc);
      coded++;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      fail(new IngestItem.Failed(p.article().origin(), "coding error",
          "coding failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Pipeline pipeline() {
    // Loaded on the first good article, so a batch of only bad inputs reports at once.
    if (pipeline == null) pipeline = pipelineFactory.get();
    return pipeline;
  }

  private void fail(IngestItem.Failed f) {
    failed++;
    reasons.merge(f.reason(), 1, Integer::sum);
    if (progressOut != null && isTerminal()) err.print("\r\033[K");
    err.println("dateline: " + f.message());
  }

  private void progress(int done, int total) {
    if (progressOut == null) return;
    long now = System.nanoTime();
    if (now - lastProgress < 2_000_000_000L && done < total) return;
    lastProgress = now;
    double secs = Math.max(1e-3, (now - started) / 1e9);
    String line = String.format("%d/%d inputs, %d documents coded, %.1f docs/s", done, total, coded, coded / secs);
    if (skipped > 0) line += ", " + skipped + " already stored";
    if (isTerminal()) {
      progressOut.print("\r\033[K" + line);
    } else if (done < total) {
      progressOut.println(line);
    }
    progressOut.flush();
  }

  private void summary() {
    if (failed == 0 && progressOut == null) return;
    StringBuilder sb = new StringBuilder("dateline: coded " + coded + " document" + (coded == 1 ? "" : "s"));
    if (skipped > 0) sb.append(", ").append(skipped).append(" already stored");
    sb.append(", ").append(failed).append(" failed");
    if (failed > 0) {
      sb.append(" (");
      boolean first = true;
      for (var e : reasons.entrySet()) {
        if (!first) sb.append(", ");
        sb.append(e.getValue()).append(' ').append(e.getKey());
        first = false;
      }
      sb.append(')');
    }
    err.println(sb);
  }

  private static boolean isTerminal() {
    return System.console() != null;
  }
}
