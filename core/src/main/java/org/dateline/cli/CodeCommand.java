package org.dateline.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.ingest.IngestOptions;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Codes news articles into events and prints one JSON object per article (JSON Lines).",
        "Reads wire text with a dateline header, plain text (with --date), JSON Lines (.jsonl), HTML,",
        "folders (recursively) and - for standard input."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all inputs coded", "1:some inputs failed (each named on standard error)", "2:bad usage"})
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders, or - for standard input")
  List<String> paths;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs that give none")
  LocalDate date;

  @Option(names = "--source", description = "publisher for inputs that give none")
  String source;

  @Option(names = "--out", paramLabel = "FILE", description = "write JSON Lines here instead of standard output")
  String out;

  @Option(names = "--threads", defaultValue = "1", description = "documents coded in parallel (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--max-bytes", defaultValue = "5242880", description = "largest input accepted (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Option(names = "--nlp", defaultValue = NlpConfig.DEFAULT_PROFILE,
      description = "CoreNLP profile: coarse (default), fine (CoreNLP's default NER, ~3x slower), conll (fastest)")
  String nlpProfile;

  @CommandLine.Mixin
  KnowledgeOptions knowledge = new KnowledgeOptions();

  @Option(names = {"-q", "--quiet"}, description = "no progress line")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
    if (maxBytes < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be 1 or more");
    NlpConfig nlp = new NlpConfig(nlpProfile);
    try {
      nlp.properties();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    IngestOptions options = new IngestOptions(date, source, maxBytes);
    PrintStream err = System.err;
    var kbCheck = knowledge.knowledge(spec.commandLine()); // bad --dict is a usage error, before any output
    try (Writer w = writer()) {
      var kb = kbCheck;
      Batch.Summary s = new Batch(options, () -> new Pipeline(nlp, kb), threads, quiet ? null : err, err).run(paths, w);
      return s.failed() == 0 ? 0 : 1;
    }
  }

  private Writer writer() throws IOException {
    var stream = out == null ? new java.io.FilterOutputStream(System.out) {
      @Override public void close() throws IOException { flush(); } // leave standard output open
    } : new FileOutputStream(out);
    return new OutputStreamWriter(new BufferedOutputStream(stream), StandardCharsets.UTF_8);
  }
}
