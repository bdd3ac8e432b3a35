package org.dateline.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.eval.EvalResult;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers and scoring on the real sets, with stand-in taggers (no NLP models). */
class TimeSmokeTest {
  @TempDir Path tmp;

  @Test
  void tbaqHasADctForEveryDocumentAndSpansThatMatchTheText() throws Exception {
    Path dir = Shared.require("eval/tempeval3-tbaq-cleaned");
    List<TimeDocument> docs = TimeMlReader.readAll(dir, 0, new java.util.ArrayList<>());
    // PROVENANCE/measurements: 256 documents, 1,822 TIMEX3 in the text plus 256 DCTs.
    assertEquals(256, docs.size());
    assertEquals(1822, docs.stream().mapToInt(d -> d.gold().size()).sum());
    for (TimeDocument d : docs) {
      assertNotNull(d.date(), d.id());
      for (Timex t : d.gold()) assertEquals(t.text(), d.text().substring(t.start(), t.end()), d.id());
    }
  }

  @Test
  void meantimeScoresTheAnnotatedSentencesOnly() throws Exception {
    Path dir = Shared.require("eval/meantime-en/intra-doc_annotation");
    List<TimeDocument> docs = MeantimeReader.readAll(dir, 0, new java.util.ArrayList<>());
    assertEquals(120, docs.size());
    for (TimeDocument d : docs) {
      assertNotNull(d.date(), d.id());
      assertNotNull(d.dctMention(), d.id());
      assertTrue(d.scoredEnd() <= d.text().length());
      for (Timex t : d.gold()) assertTrue(t.end() <= d.scoredEnd(), d.id());
    }
    assertTrue(docs.stream().mapToInt(d -> d.gold().size()).sum() > 300);
  }

  @Test
  void oracleTaggerScoresOneAndSilentTaggerZero() throws Exception {
    Path dir = Shared.require("eval/meantime-en");
    TimeEvaluation eval = TimeEvaluation.meantime();
    List<TimeDocument> docs = MeantimeReader.readAll(dir.resolve("intra-doc_annotation"), 3, new java.util.ArrayList<>());
    TimeTagger oracle = (id, text, date) -> docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().gold();
    TimeTagger silent = (id, text, date) -> List.of();
    Path errors = tmp.resolve("time.errors.jsonl");
    EvalResult r = eval.run(dir, oracle, silent, errors, 3);
    assertEquals(3, r.n());
    assertEquals(1.0, r.metrics().get("span_f1"));
    assertEquals(1.0, r.metrics().get("value_accuracy"));
    assertEquals(0.0, r.metrics().get("sutime_span_f1"));
    assertTrue(Files.readString(errors).contains("\"system\":\"sutime\",\"kind\":\"missed\""));
  }
}
