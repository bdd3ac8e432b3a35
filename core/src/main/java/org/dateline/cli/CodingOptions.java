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

  @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "a document still being coded after this many seconds is reported as too slow and given up; "
          + "the batch goes on (default: ${DEFAULT-VALUE})")
  int docTimeout;

  @Option(names = "--error-log", paramLabel = "FILE",
      description = "where the stacks of unexpected failures go (default: a new dateline-errors-*.log file in the "
          + "temporary folder, made only if something fails)")
  java.nio.file.Path errorLog;

  @CommandLine.Mixin
  KnowledgeOptions knowledge = new KnowledgeOptions();

  /** A batch with these options: threads, time budget and error log. */
  Batch batch(java.util.function.Supplier<Pipeline> pipeline, java.io.PrintStream progress, java.io.PrintStream err) {
    return new Batch(ingest(), pipeline, threads, progress, err)
        .docTimeout(java.time.Duration.ofSeconds(docTimeout))
        .log(failureLog());
  }

  /** The log that --error-log names, or a new one in the temporary folder. */
  FailureLog failureLog() {
    return errorLog == null ? FailureLog.inTemp() : new FailureLog(errorLog);
  }

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
    if (docTimeout < 1) throw new CommandLine.ParameterException(cmd, "--doc-timeout must be 1 or more");
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
