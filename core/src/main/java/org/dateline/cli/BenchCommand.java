package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.bench.BenchOptions;
import org.dateline.bench.BenchResult;
import org.dateline.bench.Benchmark;
import org.dateline.bench.Corpus;
import org.dateline.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = StoreBenchCommand.class,
    description = {"Measures speed and memory: documents/s, tokens/s, latency p50/p95, model load, peak heap "
        + "and RSS, for Dateline and, in the same process over the same documents, plain CoreNLP "
        + "(its annotators tokenize to depparse, default settings). Prints Dateline/baseline ratios."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR|FILE|NAME", defaultValue = "bbc-news-2225",
      description = "a corpus folder or file, anything `dateline code` reads, or one of " + "reuters-21578, "
          + "bbc-news-2225, india-police-events (looked up under --data/corpora) (default: ${DEFAULT-VALUE})")
  String corpus;

  @Option(names = "--data", defaultValue = "../shared", description = "shared data folder (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--docs", defaultValue = "100", description = "documents to time (default: ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--threads", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--warmup", defaultValue = "20", description = "warm-up documents per system (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--nlp", defaultValue = NlpConfig.DEFAULT_PROFILE, description = "Dateline's CoreNLP profile")
  String nlpProfile;

  @Option(names = "--no-baseline", description = "measure Dateline only")
  boolean noBaseline;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the Markdown table here (docs/BENCHMARKS.md)")
  Path report;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    boolean known = Corpus.KNOWN.contains(corpus);
    if (known && !Files.isDirectory(data.resolve("corpora").resolve(corpus))) {
      System.err.println("dateline: skipped: corpus " + corpus + " is not under " + data.resolve("corpora"));
      return 0;
    }
    if (!known && !Files.exists(Path.of(corpus))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus: no such file or folder: " + corpus);
    }
    BenchOptions o;
    try {
      o = new BenchOptions(List.of(corpus), data, docs, threads, warmup, nlpProfile, !noBaseline);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    BenchResult r = Benchmark.run(o);
    String md = r.toMarkdown();
    System.out.println(md);
    if (report != null) {
      String command = "./dateline bench --corpus " + corpus + " --docs " + docs + " --threads " + threads
          + " --report " + report;
      ReportSections.writeHead(report, "# Benchmarks\n\nMeasured by\n\n    " + command + "\n\n" + md + "\n");
    }
    return 0;
  }
}
