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
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.output.ArticleJson;
import org.dateline.pipeline.Pipeline;

/**
 * Codes a batch of inputs on N threads, writing records in input order. Bad inputs, and inputs
 * that meet an unexpected exception or run over the time budget, are named on standard error as
 * they are met and counted in the summary, stacks going to a log file; the batch goes on.
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

  /** How one input ended: coded (reason null) or failed, and how long reading and coding it took. */
  record Outcome(String input, String reason, long nanos) {}

  private final IngestOptions options;
  private final java.util.function.Supplier<? extends Function<Article, Document>> pipelineFactory;
  private final int threads;
  private final PrintStream progressOut;
  private final PrintStream err;
  private Function<Article, Document> pipeline;
  private int coded;
  private int failed;
  private int skipped;
  private final Map<String, Integer> reasons = new TreeMap<>();
  private long started;
  private long lastProgress;
  private Duration docTimeout = Duration.ofSeconds(60);
  private FailureLog log = FailureLog.inTemp();
  private Consumer<Outcome> outcomes = o -> { };
  private long readNanos;

  Batch(IngestOptions options, java.util.function.Supplier<Pipeline> pipelineFactory, int threads,
        PrintStream progressOut, PrintStream err) {
    this(options, threads, progressOut, err, () -> pipelineFactory.get()::process);
  }

  /** With any coder of articles: the tests put faults into it (a hang, an error) that no known input causes. */
  Batch(IngestOptions options, int threads, PrintStream progressOut, PrintStream err,
        java.util.function.Supplier<? extends Function<Article, Document>> pipelineFactory) {
    this.options = options;
    this.pipelineFactory = pipelineFactory;
    this.threads = threads;
    this.progressOut = progressOut;
    this.err = err;
  }

  /** The time one document may take to be coded before it is given up as too slow. */
  Batch docTimeout(Duration timeout) {
    this.docTimeout = timeout;
    return this;
  }

  /** Where the stacks of unexpected failures go. */
  Batch log(FailureLog log) {
    this.log = log;
    return this;
  }

  /** Told how every input ended, in input order. */
  Batch outcomes(Consumer<Outcome> outcomes) {
    this.outcomes = outcomes;
    return this;
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
    List<Ingest.Source> sources = ingest.sources(paths, f -> fail(f, 0));
    // Workers are made as needed and never reused: one that is given up on keeps its thread until
    // CoreNLP returns, while the permits keep the number of documents being coded at --threads.
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "dateline-coder");
      t.setDaemon(true); // a document that never ends must not keep the JVM alive after the batch
      return t;
    });
    Semaphore permits = new Semaphore(threads, true);
    Deque<Job> pending = new ArrayDeque<>();
    started = System.nanoTime();
    lastProgress = started; // first progress line after two seconds, not at once
    try {
      for (int i = 0; i < sources.size(); i++) {
        int done = i;
        long[] last = {System.nanoTime()};
        ingest.read(sources.get(i), item -> {
          readNanos = System.nanoTime() - last[0];
          if (item instanceof IngestItem.Failed f) {
            fail(f, readNanos);
            return;
          }
          Article a = ((IngestItem.Ok) item).article();
          if (!sink.wanted(a)) {
            skipped++;
            outcomes.accept(new Outcome(a.origin(), "already stored", readNanos));
            return;
          }
          Job job = new Job(a, pipeline(), permits, readNanos);
          job.future = pool.submit(job);
          pending.add(job);
          while (pending.size() > threads * 2L) drainOne(pending, sink);
          progress(done, sources.size());
          last[0] = System.nanoTime();
        });
      }
      while (!pending.isEmpty()) drainOne(pending, sink);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
      log.close();
    }
    progress(sources.size(), sources.size());
    if (progressOut != null && isTerminal()) progressOut.println();
    summary();
    return new Summary(coded, failed, reasons, skipped);
  }

  /** One document being coded on a worker; holds a permit while it runs, until it ends or is given up. */
  private static final class Job implements Callable<Document> {
    final Article article;
    final Function<Article, Document> pipeline;
    final Semaphore permits;
    final long readNanos;
    final AtomicBoolean holding = new AtomicBoolean();
    volatile long startNanos;
    volatile long endNanos;
    Future<Document> future;

    Job(Article article, Function<Article, Document> pipeline, Semaphore permits, long readNanos) {
      this.article = article;
      this.pipeline = pipeline;
      this.permits = permits;
      this.readNanos = readNanos;
    }

    @Override
    public Document call() throws InterruptedException {
      permits.acquire();
      holding.set(true);
      startNanos = System.nanoTime();
      try {
        return pipeline.apply(article);
      } finally {
        endNanos = System.nanoTime();
        release();
      }
    }

    boolean overdue(long now, Duration timeout) {
      long start = startNanos;
      return start != 0 && endNanos == 0 && now - start > timeout.toNanos();
    }

    /** Gives the permit back at most once, whether the document ended or was given up. */
    void release() {
      if (holding.compareAndSet(true, false)) permits.release();
    }

    long nanos() {
      long end = endNanos == 0 ? System.nanoTime() : endNanos;
      return readNanos + (startNanos == 0 ? 0 : end - startNanos);
    }
  }

  /**
   * Waits for the oldest document and hands it on. A document over the time budget is failed as
   * too slow and its thread is interrupted and left behind: CoreNLP does not always heed an
   * interrupt, and stopping a thread by force could leave the shared models in a broken state.
   */
  private void drainOne(Deque<Job> pending, Sink sink) {
    Job head = pending.peekFirst();
    try {
      while (true) {
        long now = System.nanoTime();
        for (Job j : pending) {
          // Later documents are checked too: one that hangs holds a permit the oldest may wait for.
          if (j.overdue(now, docTimeout)) giveUp(j);
        }
        if (head.future.isCancelled()) {
          pending.removeFirst();
          tooSlow(head);
          return;
        }
        try {
          Document doc = head.future.get(100, TimeUnit.MILLISECONDS);
          pending.removeFirst();
          accept(head, doc, sink);
          return;
        } catch (TimeoutException e) {
          // not yet: check the budgets again
        } catch (CancellationException e) {
          // given up by the loop above; reported on the next round
        }
      }
    } catch (ExecutionException e) {
      pending.removeFirst();
      Throwable cause = e.getCause();
      IngestItem.rethrowFatal(cause);
      fail(IngestItem.Failed.of(head.article.origin(), "coding error", "coding failed", cause), head.nanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void giveUp(Job j) {
    j.future.cancel(true);
    j.release();
  }

  private void tooSlow(Job j) {
    fail(new IngestItem.Failed(j.article.origin(), "too slow",
        "too slow: over " + docTimeout.toSeconds() + " s (--doc-timeout); given up"), j.nanos());
  }

  private void accept(Job job, Document doc, Sink sink) {
    try {
      sink.accept(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Writing one record out (its JSON) failed: that record's failure, not the batch's.
      fail(IngestItem.Failed.of(job.article.origin(), "writing error", "writing the record failed", e), job.nanos());
      return;
    }
    coded++;
    outcomes.accept(new Outcome(job.article.origin(), null, job.nanos()));
  }

  private Function<Article, Document> pipeline() {
    // Loaded on the first good article, so a batch of only bad inputs reports at once.
    if (pipeline == null) pipeline = pipelineFactory.get();
    return pipeline;
  }

  private void fail(IngestItem.Failed f, long nanos) {
    failed++;
    reasons.merge(f.reason(), 1, Integer::sum);
    if (progressOut != null && isTerminal()) err.print("\r\033[K");
    String where = f.cause() != null && log.write(f.input(), f.message(), f.cause()) ? " (stack in " + log.path() + ")" : "";
    err.println("dateline: " + f.message() + where);
    outcomes.accept(new Outcome(f.input(), f.reason(), nanos));
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
    if (log.entries() > 0) {
      sb.append("; stacks of ").append(log.entries()).append(" unexpected failure").append(log.entries() == 1 ? "" : "s")
          .append(" in ").append(log.path());
    }
    err.println(sb);
  }

  private static boolean isTerminal() {
    return System.console() != null;
  }
}
