package org.dateline.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Codes news articles into events and prints one JSON object per article (JSON Lines).",
        "Reads wire text with a dateline header, plain text (with --date), JSON Lines (.jsonl), HTML, "
            + "folders (recursively) and - for standard input."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all inputs coded", "1:some inputs failed (each named on standard error)", "2:bad usage"})
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders, or - for standard input")
  List<String> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "write JSON Lines here instead of standard output")
  String out;

  @CommandLine.Mixin
  CodingOptions coding = new CodingOptions();

  @Option(names = {"-q", "--quiet"}, description = "no progress line")
  boolean quiet;

  @Option(names = "--explain", description = "instead of JSON, print each event with the rule, lexicon entry, "
      + "dictionary pattern or model that coded it, how its actors were resolved and where its date came from "
      + "(the JSON records carry the same as each event's \"explain\")")
  boolean explain;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var pipeline = coding.pipeline(spec.commandLine());
    PrintStream err = System.err;
    try (Writer w = writer()) {
      Batch.Summary s = coding.batch(pipeline, quiet ? null : err, err).run(paths, explain ? Batch.explained(w) : Batch.jsonLines(w));
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
