package org.dateline.pipeline;

import org.dateline.coding.EventCoder;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.nlp.Nlp;
import org.dateline.nlp.NlpConfig;
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
    this.nlp = new Nlp(config);
    this.resolver = new Resolver();
    this.coder = new EventCoder();
  }

  public Document process(Article article) {
    Document doc = new Document(article);
    nlp.annotate(doc);
    resolver.resolve(doc);
    coder.code(doc);
    return doc;
  }

  public long modelLoadMillis() { return nlp.loadMillis(); }
}
