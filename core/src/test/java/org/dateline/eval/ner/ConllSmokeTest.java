package org.dateline.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.eval.EvalResult;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader, text rebuilding and scoring on the first documents of the real file (no NLP models). */
class ConllSmokeTest {
  @TempDir Path tmp;

  @Test
  void readsDocumentsSentencesAndTags() throws Exception {
    Path file = Shared.require("eval/conll2003-en/eng.testa");
    List<ConllDocument> docs = ConllReader.read(file, 3, new java.util.ArrayList<>());
    assertEquals(3, docs.size());
    ConllDocument first = docs.get(0);
    assertEquals("CRICKET", first.sentences().get(0).get(0).word());
    List<Chunk> gold = first.goldChunks();
    assertTrue(gold.size() > 10, "entities in the first document: " + gold.size());
    ConllText text = ConllText.of(first);
    Chunk c = gold.get(0);
    assertEquals("LEICESTERSHIRE", text.words(c.start(), c.end()));
    assertEquals("ORG", c.type());
  }

  @Test
  void wholeFileMatchesPublishedCounts() throws Exception {
    // PROVENANCE.txt: testa has 3,250 sentences and 5,942 entities.
    List<ConllDocument> docs = ConllReader.read(Shared.require("eval/conll2003-en/eng.testa"), 0, new java.util.ArrayList<>());
    assertEquals(216, docs.size());
    assertEquals(3250, docs.stream().mapToInt(d -> d.sentences().size()).sum());
    int entities = 0;
    for (ConllDocument d : docs) {
      entities += d.goldChunks().size();
    }
    assertEquals(5942, entities);
  }

  @Test
  void oracleMentionsScoreOneAndNoneScoreZero() throws Exception {
    Path dir = Shared.require("eval/conll2003-en/eng.testa").getParent();
    ConllEvaluation eval = new ConllEvaluation();
    EvalResult perfect = eval.run(dir, ConllSmokeTest::oracle, tmp.resolve("errors.jsonl"), 2);
    assertEquals(2, perfect.n());
    assertEquals(1.0, perfect.metrics().get("f1"));
    Path errors = tmp.resolve("none.errors.jsonl");
    EvalResult none = eval.run(dir, Document::new, errors, 2);
    assertEquals(0.0, none.metrics().get("f1"));
    String first = Files.readAllLines(errors).get(0);
    assertTrue(first.startsWith("{\"doc\":\"eng.testa#1\",\"kind\":\"missed\",\"gold\":{\"type\":\"ORG\",\"text\":\"LEICESTERSHIRE\"}"),
        first);
  }

  /** A document whose mentions are the gold entities, in Dateline's types. */
  private static Document oracle(org.dateline.model.Article a) {
    Document d = new Document(a);
    try {
      Path file = Shared.require("eval/conll2003-en/eng.testa");
      for (ConllDocument doc : ConllReader.read(file, 2, new java.util.ArrayList<>())) {
        if (!doc.id().equals(a.id())) continue;
        ConllText text = ConllText.of(doc);
        for (Chunk c : doc.goldChunks()) {
          String type = switch (c.type()) {
            case "PER" -> "PERSON";
            case "ORG" -> "ORGANIZATION";
            case "LOC" -> "LOCATION";
            default -> "MISC";
          };
          int start = text.starts()[c.start()];
          int end = text.ends()[c.end() - 1];
          d.mentions().add(new Mention(a.text().substring(start, end), type, start, end, 0, null));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return d;
  }
}
