package org.dateline.testing;

import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;

/** One pipeline for the whole test run: the CoreNLP models take seconds to load. */
public final class Models {
  private Models() {}

  private static Pipeline pipeline;

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) pipeline = new Pipeline(NlpConfig.defaults());
    return pipeline;
  }
}
