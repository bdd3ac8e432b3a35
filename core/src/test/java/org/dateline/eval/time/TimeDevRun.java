package org.dateline.eval.time;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EvalResult;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.Nlp;
import org.dateline.nlp.NlpConfig;
import org.dateline.resolve.time.TimeResolver;
import org.dateline.testing.Models;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * Development runs for the time resolver; not part of the default suite (the name matches no
 * Surefire pattern), run by name:
 * <pre>
 *   mvn -q -B -o test -pl core -Dtest='TimeDevRun#official'   # the harness: full pipeline and SUTime
 *   mvn -q -B -o test -pl core -Dtest='TimeDevRun#cache'      # CoreNLP once, into target/time-dev/
 *   mvn -q -B -o test -pl core -Dtest='TimeDevRun#score'      # resolver alone on the cache: seconds
 * </pre>
 * The cache holds each document's sentences and SUTime spans, so the resolver can be measured
 * again after every change without loading the models; its "sutime" line is SUTime's values as
 * the NLP stage gives them (coarse NER profile), while #official runs the harness's own SUTime
 * baseline (CoreNLP defaults). Errors go to target/time-dev/.
 */
class TimeDevRun {
  private static final Path OUT = Path.of("target", "time-dev");
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** What the NLP stage made of one gold document. */
  record Cached(String id, List<Sentence> sentences, List<TimeExpression> times) {}

  private static List<TimeEvaluation> sets() {
    return List.of(TimeEvaluation.tempEval(), TimeEvaluation.meantime());
  }

  private static List<TimeDocument> read(TimeEvaluation set) throws IOException {
    Path dir = Shared.require("eval/" + set.name());
    return set.name().startsWith("meantime")
        ? MeantimeReader.readAll(dir.resolve("intra-doc_annotation"), 0, new java.util.ArrayList<>()) : TimeMlReader.readAll(dir, 0, new java.util.ArrayList<>());
  }

  @Test
  void official() throws IOException {
    for (TimeEvaluation set : sets()) {
      Path dir = Shared.require("eval/" + set.name());
      EvalResult r = set.run(dir, Models.pipeline(), OUT.resolve(set.name() + "-official-errors.tsv"), 0);
      System.out.println(r);
    }
  }

  @Test
  void cache() throws IOException {
    Nlp nlp = new Nlp(NlpConfig.defaults());
    Files.createDirectories(OUT);
    for (TimeEvaluation set : sets()) {
      List<Cached> out = new ArrayList<>();
      for (TimeDocument d : read(set)) {
        if (d.date() == null) continue;
        Document doc = new Document(article(d));
        nlp.annotate(doc);
        out.add(new Cached(d.id(), doc.sentences(), doc.times()));
      }
      JSON.writeValue(OUT.resolve(set.name() + ".json").toFile(), out);
    }
  }

  @Test
  void score() throws IOException {
    TimeResolver resolver = new TimeResolver();
    for (TimeEvaluation set : sets()) {
      Path cache = OUT.resolve(set.name() + ".json");
      List<Cached> cached = List.of(JSON.readValue(cache.toFile(), Cached[].class));
      Map<String, Cached> byId = new java.util.HashMap<>();
      for (Cached c : cached) byId.put(c.id(), c);
      TimeScorer.Counts ours = new TimeScorer.Counts();
      TimeScorer.Counts sutime = new TimeScorer.Counts();
      try (Writer w = Files.newBufferedWriter(OUT.resolve(set.name() + "-errors.tsv"), StandardCharsets.UTF_8)) {
        for (TimeDocument d : read(set)) {
          Cached c = byId.get(d.id());
          if (c == null) continue;
          sutime.add(align(d, c.times(), w, "sutime"));
          Document doc = new Document(article(d));
          doc.sentences().addAll(c.sentences());
          doc.times().addAll(c.times());
          resolver.resolve(doc);
          ours.add(align(d, doc.times(), w, "dateline"));
        }
      }
      System.out.println(set.name() + " dateline " + ours.metrics(""));
      System.out.println(set.name() + " sutime   " + sutime.metrics(""));
    }
  }

  private static TimeScorer.Alignment align(TimeDocument d, List<TimeExpression> times, Writer w, String system)
      throws IOException {
    List<Timex> produced = new ArrayList<>();
    for (TimeExpression t : times) {
      // SUTime spans without a value count as spans with a wrong value, as in the harness's baseline.
      Timex x = new Timex(t.start(), t.end(), t.text(), t.type(), t.value());
      if (d.scores(x)) produced.add(x);
    }
    TimeScorer.Alignment a = TimeScorer.align(d.gold(), produced);
    TimeErrors.write(w, d, system, a);
    return a;
  }

  private static Article article(TimeDocument d) {
    return new Article(d.id(), d.date(), null, null, null, d.text(), 0, null, Map.of(), d.id());
  }

  /** The same runs without Maven: java -cp ... org.dateline.eval.time.TimeDevRun cache|score. */
  public static void main(String[] args) throws IOException {
    TimeDevRun run = new TimeDevRun();
    switch (args.length == 0 ? "score" : args[0]) {
      case "cache" -> run.cache();
      case "official" -> run.official();
      default -> run.score();
    }
  }
}
