package org.dateline.pipeline;

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

  public Pipeline(NlpConfig config) {
    this(config, Knowledge.get());
  }

  /** With a knowledge base of one's own, e.g. the built-in one plus PETRARCH dictionaries. */
  public Pipeline(NlpConfig config, Knowledge kb) {
    this.nlp = new Nlp(config);
    this.resolver = new Resolver(kb);
    this.coder = new EventCoder(Codebook.cameo(), kb);
  }

  public Document process(Article article) {
    return process(article, PetrarchConfig.DEFAULT);
  }

  /** With PETRARCH options for the user's verb dictionary, e.g. those a validation record sets. */
  public Document process(Article article, PetrarchConfig options) {
    Document doc = new Document(article);
    nlp.annotate(doc);
    resolver.resolve(doc);
    coder.code(doc, options);
    return doc;
  }

  public long modelLoadMillis() { return nlp.loadMillis(); }
}
