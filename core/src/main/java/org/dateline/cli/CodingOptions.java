package org.dateline.cli;

import java.time.LocalDate;
import org.dateline.ingest.IngestOptions;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;
import org.dateline.resolve.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the commands that read and code articles (code, ingest), checked in one place. */
final class CodingOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs that give none")
  LocalDate date;

  @Option(names = "--source", description = "publisher for inputs that give none")
  String source;

  @Option(names = "--threads", defaultValue = "1", description = "documents coded in parallel (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--max-bytes", defaultValue = "5242880", description = "largest input accepted (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Option(names = "--nlp", defaultValue = NlpConfig.DEFAULT_PROFILE,
      description = "CoreNLP profile: coarse (default), fine (CoreNLP's default NER, ~2x slower), conll (fastest)")
  String nlpProfile;

  @CommandLine.Mixin
  KnowledgeOptions knowledge = new KnowledgeOptions();

  IngestOptions ingest() {
    return new IngestOptions(date, source, maxBytes);
  }

  /**
   * Checks the options and returns how to make the pipeline; a bad value is a usage error
   * (exit 2) before any input is read.
   */
  java.util.function.Supplier<Pipeline> pipeline(CommandLine cmd) {
    if (threads < 1) throw new CommandLine.ParameterException(cmd, "--threads must be 1 or more");
    if (maxBytes < 1) throw new CommandLine.ParameterException(cmd, "--max-bytes must be 1 or more");
    NlpConfig nlp = new NlpConfig(nlpProfile);
    try {
      nlp.properties();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    Knowledge kb = knowledge.knowledge(cmd);
    return () -> new Pipeline(nlp, kb);
  }
}
