package org.dateline.eval.time;

import org.dateline.eval.Skipped;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.pipeline.Pipeline;

/**
 * Time expressions against a TIMEX3 gold set, Dateline and SUTime side by side in one run: the
 * same documents, the same DCT as anchor, the same scorer. Dateline's numbers have plain keys
 * (span_f1, value_accuracy, ...), SUTime's the same keys prefixed "sutime_".
 */
public final class TimeEvaluation implements Evaluation {
  /** Reads a set's documents from its folder. */
  @FunctionalInterface
  public interface Reader {
    List<TimeDocument> read(Path setDir, int limit, List<Skipped> skipped) throws IOException;
  }

  private final String name;
  private final Reader reader;

  public TimeEvaluation(String name, Reader reader) {
    this.name = name;
    this.reader = reader;
  }

  /** TimeBank + AQUAINT as cleaned for TempEval-3: every .tml under the folder. */
  public static TimeEvaluation tempEval() {
    return new TimeEvaluation("tempeval3-tbaq-cleaned", TimeMlReader::readAll);
  }

  /** MEANTIME English, document-level annotation. */
  public static TimeEvaluation meantime() {
    return new TimeEvaluation("meantime-en", (dir, limit, skipped) ->
        MeantimeReader.readAll(dir.resolve("intra-doc_annotation"), limit, skipped));
  }

  @Override public String name() { return name; }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    return run(setDir, TimeTagger.of(pipeline::process), new SuTimeBaseline(), errors, limit);
  }

  /**
   * The run with any two taggers; {@code baseline} may be null (no sutime_ keys then).
   * Documents without a DCT are skipped and named in the errors file.
   */
  public EvalResult run(Path setDir, TimeTagger dateline, TimeTagger baseline, Path errors, int limit)
      throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<TimeDocument> docs = reader.read(setDir, limit, skipped);
    TimeScorer.Counts ours = new TimeScorer.Counts();
    TimeScorer.Counts theirs = new TimeScorer.Counts();
    int scored = 0;
    try (Writer w = open(errors)) {
      for (TimeDocument doc : docs) {
        try {
          if (doc.date() == null) {
            TimeErrors.skipped(w, doc, "no document creation time");
            skipped.add(Skipped.of(doc.id(), "no document creation time"));
            continue;
          }
          TimeScorer.Alignment one = score(doc, dateline, "dateline", w);
          TimeScorer.Alignment other = baseline == null ? null : score(doc, baseline, "sutime", w);
          ours.add(one);
          if (other != null) theirs.add(other);
          scored++;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          // an unreadable creation time or a document the tagger fails on costs only itself
          skipped.add(Skipped.of(doc.id(), e));
          TimeErrors.skipped(w, doc, skipped.get(skipped.size() - 1).reason());
        }
      }
    }
    Map<String, Double> metrics = ours.metrics("");
    if (baseline != null) metrics.putAll(theirs.metrics("sutime_"));
    return new EvalResult(name, scored, metrics, skipped);
  }

  private static TimeScorer.Alignment score(TimeDocument doc, TimeTagger tagger, String system, Writer w)
      throws IOException {
    List<Timex> produced = new ArrayList<>();
    for (Timex t : tagger.times(doc.id(), doc.text(), doc.date())) {
      if (doc.scores(t)) produced.add(t);
    }
    TimeScorer.Alignment a = TimeScorer.align(doc.gold(), produced);
    TimeErrors.write(w, doc, system, a);
    return a;
  }

  private static Writer open(Path errors) throws IOException {
    if (errors == null) return Writer.nullWriter();
    if (errors.getParent() != null) Files.createDirectories(errors.getParent());
    return Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
  }
}
