package org.dateline.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dateline.coding.Codebook;
import org.dateline.coding.EventCoder;
import org.dateline.coding.petrarch.PetrarchConfig;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.nlp.Nlp;
import org.dateline.nlp.NlpConfig;
import org.dateline.resolve.Knowledge;
import org.dateline.resolve.Resolver;

/**
 * Article in, coded document out: NLP, then actors, places and times, then events. One instance
 * holds the loaded models and is shared by all threads.
 */
public final class Pipeline {
  private final Nlp nlp;
  private final Resolver resolver;
  private final EventCoder coder;
  private final long loadMillis;

  public Pipeline(NlpConfig config) {
    this(config, Knowledge.get());
  }

  /** With a knowledge base of one's own, e.g. the built-in one plus PETRARCH dictionaries. */
  public Pipeline(NlpConfig config, Knowledge kb) {
    long t0 = System.nanoTime();
    // The coder's own models (WordNet, the speech model) load beside CoreNLP's, on the other core.
    CompletableFuture<EventCoder> coding = CompletableFuture.supplyAsync(() -> new EventCoder(Codebook.cameo(), kb));
    this.nlp = new Nlp(config);
    this.resolver = new Resolver(kb);
    try {
      this.coder = coding.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  public Document process(Article article) {
    return process(article, PetrarchConfig.DEFAULT);
  }

  /** With PETRARCH options for the user's verb dictionary, e.g. those a validation record sets. */
  public Document process(Article article, PetrarchConfig options) {
    Document doc = new Document(article);
    nlp.annotate(doc);
    stopIfGivenUp();
    resolver.resolve(doc);
    stopIfGivenUp();
    coder.code(doc, options);
    return doc;
  }

  /** A batch that gave up on a document (over its time budget) interrupts its thread: stop between stages then. */
  private static void stopIfGivenUp() {
    if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("given up: over the time budget");
  }

  /** Wall time to load every model: CoreNLP's, and the coder's beside it. */
  public long modelLoadMillis() { return Math.max(nlp.loadMillis(), loadMillis); }
}
