package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.fuzz.FuzzTally;
import org.dateline.fuzz.HostileInputs;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.nlp.NlpConfig;
import org.dateline.output.ArticleJson;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = "Feeds Dateline seeded hostile inputs (random bytes, broken encodings, deep HTML, bad JSON Lines, "
        + "text without full stops, cut articles, ...) and counts how each ended: coded, or failed with a reason. "
        + "Reports crashes, stalls, inputs lost and the time per input.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no crash, no stall, no input lost", "1:some input crashed, stalled or was lost", "2:bad usage"})
final class FuzzCommand implements Callable<Integer> {
  @Option(names = "--n", defaultValue = "1000", description = "number of inputs (default: ${DEFAULT-VALUE})")
  int n;

  @Option(names = "--seed", defaultValue = "1", description = "seed; the same seed gives the same inputs (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--stage", defaultValue = "code",
      description = "code: read, analyse (CoreNLP) and code every input, as `dateline code` does; read: reading only, "
          + "much faster (default: ${DEFAULT-VALUE})")
  String stage;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "articles to cut and re-encode, read at run time (default: ./samples if there, with the "
          + "harness's own articles)")
  Path samples;

  @CommandLine.Mixin
  CodingOptions coding = new CodingOptions();

  @Option(names = "--keep", paramLabel = "DIR", description = "write the inputs here and keep them (default: a temporary folder, removed)")
  Path keep;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Inputs are written and coded in chunks, so a crash costs one chunk and the disk holds little. */
  private static final int CHUNK = 200;
  /** A fallback date, so that text without a header goes on to be analysed and coded. */
  private static final java.time.LocalDate FALLBACK_DATE = java.time.LocalDate.of(2025, 1, 1);

  @Override
  public Integer call() throws IOException {
    if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--n must be 1 or more");
    if (coding.date == null) coding.date = FALLBACK_DATE;
    java.util.function.Supplier<Pipeline> factory = coding.pipeline(spec.commandLine());
    if (!stage.equals("code") && !stage.equals("read")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--stage must be code or read");
    }
    PrintStream err = System.err;
    HostileInputs gen = new HostileInputs(seed, articles());
    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("dateline-fuzz");
    FailureLog log = coding.failureLog();
    FuzzTally tally = new FuzzTally(Duration.ofSeconds(coding.docTimeout), stage.equals("read") ? "read" : "coded");
    Pipeline[] pipeline = {null};
    long t0 = System.nanoTime();
    try {
      for (int from = 0; from < n; from += CHUNK) {
        List<Path> files = new ArrayList<>();
        for (int i = from; i < Math.min(n, from + CHUNK); i++) {
          HostileInputs.Input in = gen.input(i);
          Path f = Files.write(dir.resolve(in.fileName()), in.bytes());
          tally.expect(f.toString(), in.kind());
          files.add(f);
        }
        if (stage.equals("read")) {
          readOnly(files, tally);
        } else {
          code(files, tally, log, () -> {
            if (pipeline[0] == null) pipeline[0] = factory.get(); // once for all chunks
            return pipeline[0];
          });
        }
        if (keep == null) for (Path f : files) Files.deleteIfExists(f);
        err.printf("fuzz: %d/%d inputs%n", Math.min(n, from + CHUNK), n);
      }
    } finally {
      log.close();
      if (keep == null) deleteQuietly(dir);
    }
    String command = "dateline fuzz --n " + n + " --seed " + seed + (stage.equals("code") ? "" : " --stage " + stage)
        + (coding.nlpProfile.equals(NlpConfig.DEFAULT_PROFILE) ? "" : " --nlp " + coding.nlpProfile)
        + (coding.threads == 1 ? "" : " --threads " + coding.threads);
    System.out.print(tally.report(command, (System.nanoTime() - t0) / 1e9, log.entries() > 0 ? log.path() : null));
    return tally.clean() ? 0 : 1;
  }

  private void code(List<Path> files, FuzzTally tally, FailureLog log, java.util.function.Supplier<Pipeline> pipeline) {
    Batch batch = coding.batch(pipeline, null, new PrintStream(java.io.OutputStream.nullOutputStream()))
        .log(log).outcomes(o -> tally.outcome(o.input(), o.reason(), o.nanos()));
    try {
      // The records are written out (and dropped), so that writing them is tried too.
      batch.run(files.stream().map(Path::toString).toList(), doc -> ArticleJson.line(doc));
    } catch (IOException | RuntimeException | Error e) {
      // Anything that escapes the batch is a crash: the inputs of the chunk not yet counted are lost.
      tally.crash(e);
      log.write("fuzz chunk from " + files.get(0), "crash", e);
    }
  }

  /** Reading alone: every input must come out as an article or a failure with a reason. */
  private void readOnly(List<Path> files, FuzzTally tally) {
    Ingest ingest = new Ingest(coding.ingest());
    for (Path f : files) {
      long t0 = System.nanoTime();
      long[] last = {t0};
      try {
        ingest.read(new Ingest.Source(f.toString(), f), item -> {
          long now = System.nanoTime();
          String reason = item instanceof IngestItem.Failed failed ? failed.reason() : null;
          tally.outcome(item.input(), reason, now - last[0]);
          last[0] = now;
        });
      } catch (RuntimeException | Error e) {
        tally.crash(e);
      }
    }
  }

  private List<String> articles() throws IOException {
    List<String> out = new ArrayList<>(FuzzTally.ownArticles());
    Path dir = samples != null ? samples : Path.of("samples");
    if (!Files.isDirectory(dir)) {
      if (samples != null) throw new CommandLine.ParameterException(spec.commandLine(), "--samples: no folder " + samples);
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) out.add(Files.readString(f));
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no reason to fail the run
    }
  }
}
