package org.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;
import org.dateline.testing.Models;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;

/** Times through the whole pipeline: CoreNLP's parse decides the tense. */
class TimePipelineTest {
  private static Document code(String date, String text) {
    Article a = new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, Map.of(), "t");
    return Models.pipeline().process(a);
  }

  private static TimeExpression find(Document doc, int sentence, String text) {
    for (TimeExpression t : doc.times()) {
      if (t.sentence() == sentence && t.text().equals(text)) return t;
    }
    throw new AssertionError("no '" + text + "' in sentence " + sentence + ": " + doc.times());
  }

  @Test
  void tenseDecidesWhichWednesday() {
    Document doc = code("2023-11-28", "Biden met Xi on Wednesday in San Francisco. "
        + "The two leaders will meet again on Wednesday in Beijing. Talks are expected to resume in January.");
    assertEquals("2023-11-22", find(doc, 0, "Wednesday").value());
    assertEquals("2023-11-29", find(doc, 1, "Wednesday").value());
    assertEquals("2024-01", find(doc, 2, "January").value());
  }

  @Test
  void theDateOfAPredicateComesFromTheParse() {
    Document doc = code("2023-11-28", "China and the United States signed an agreement on Sunday.");
    Sentence s = doc.sentences().get(0);
    int signed = -1;
    for (Token t : s.tokens()) if (t.word().equals("signed")) signed = t.index();
    TimeExpression when = TimeResolver.modifierOf(doc, s, signed);
    assertNotNull(when);
    assertEquals("2023-11-26", when.value());
  }

  @Test
  void lengthsSetsAndVagueReferences() {
    Document doc = code("2023-11-28", "The talks lasted four hours. The summit is held every year. "
        + "Relations have worsened recently.");
    assertEquals("PT4H", find(doc, 0, "four hours").value());
    TimeExpression every = find(doc, 1, "every year");
    assertEquals("SET", every.type());
    assertEquals("P1Y", every.value());
    assertEquals("PAST_REF", find(doc, 2, "recently").value());
  }

  /** The times of ../shared/seed/expected.json, in the seed article. */
  @Test
  void seedArticleTimes() throws Exception {
    String path = Shared.require("seed/bloomberg-2023-11-26-busan.txt").toString();
    List<IngestItem> items = new Ingest(IngestOptions.defaults()).readAll(List.of(path));
    Document doc = Models.pipeline().process(((IngestItem.Ok) items.get(0)).article());
    JsonNode expected = new ObjectMapper().readTree(Shared.require("seed/expected.json").toFile()).get("times");
    for (JsonNode e : expected) {
      String text = e.get("text").asText();
      String value = e.get("value").asText();
      boolean found = doc.times().stream()
          .anyMatch(t -> overlaps(t.text(), text) && value.equals(t.value()));
      assertTrue(found, text + " = " + value + " not among " + doc.times());
    }
  }

  // "in August" may come as "August", "early in 2024" as "early 2024": the words must share one.
  private static boolean overlaps(String produced, String expected) {
    return produced.contains(expected) || expected.contains(produced);
  }
}
