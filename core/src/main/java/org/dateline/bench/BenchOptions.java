package org.dateline.bench;

import java.nio.file.Path;
import java.util.List;
import org.dateline.nlp.NlpConfig;

/**
 * What to benchmark.
 *
 * @param inputs    a known corpus name ("reuters-21578", ...), its folder, or any paths
 *                  {@code dateline code} reads (see {@link Corpus})
 * @param sharedDir the shared/ folder where known corpora are looked up, or null
 * @param documents how many documents to time (0 for the whole corpus)
 * @param threads   worker threads sharing one loaded pipeline
 * @param warmup    documents run through each system before timing starts, so the JIT has
 *                  compiled the hot paths (taken from the start of the same documents)
 * @param profile   Dateline's NLP profile (see {@link NlpConfig})
 * @param baseline  whether to measure plain CoreNLP too
 */
public record BenchOptions(List<String> inputs, Path sharedDir, int documents, int threads, int warmup,
                           String profile, boolean baseline) {
  public BenchOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) throw new IllegalArgumentException("no input to benchmark");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    if (documents < 0 || warmup < 0) throw new IllegalArgumentException("documents and warmup cannot be negative");
  }

  /** One corpus, default profile, 20 warm-up documents, with the baseline. */
  public static BenchOptions of(String corpus, Path sharedDir, int documents, int threads) {
    return new BenchOptions(List.of(corpus), sharedDir, documents, threads, 20, NlpConfig.DEFAULT_PROFILE, true);
  }
}
