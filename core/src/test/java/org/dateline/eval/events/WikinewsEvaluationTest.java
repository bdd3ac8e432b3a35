package org.dateline.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluations;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wikinews-events-2019's wiring through the real pipeline, on a small set of our own in its format. */
class WikinewsEvaluationTest {
  private static final String TEXT = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
      + "in Nairobi on Tuesday. The two leaders signed a trade agreement.";

  @Test
  void codesGoldArticlesWritesRecordsAndErrorsAndNamesAMissingArticle(@TempDir Path tmp) throws IOException {
    Assumptions.assumeTrue(getClass().getResource("/dateline/knowledge/countries.tsv") != null,
        "skipped: the knowledge data files (dateline/knowledge/) are not in this build");
    Path set = tmp.resolve("wikinews-events-2019");
    Files.createDirectories(set.resolve("gold"));
    Files.writeString(set.resolve("articles.jsonl"),
        "{\"id\": \"wn-a\", \"date\": \"2019-05-07\", \"source\": \"Wikinews\", \"title\": \"Ruto and Hassan meet\", "
            + "\"text\": \"" + TEXT + "\"}\n"
            + "{\"id\": \"wn-b\", \"date\": \"2019-05-08\", \"text\": \"An article without gold.\"}\n");
    String ken = "{\"text\": \"William Ruto\", \"country\": \"KEN\", \"sector\": \"GOV\", \"org\": null}";
    String tza = "{\"text\": \"Samia Suluhu Hassan\", \"country\": \"TZA\", \"sector\": \"GOV\", \"org\": null}";
    Files.writeString(set.resolve("gold/wn-a.json"), "{\"id\": \"wn-a\", \"date\": \"2019-05-07\", \"events\": ["
        + "{\"key\": \"meet\", \"sentence\": \"" + TEXT.substring(0, TEXT.indexOf('.') + 1) + "\", \"trigger\": \"met\", "
        + "\"cameo\": \"040\", \"source\": [" + ken + "], \"target\": [" + tza + "], \"mutual\": true, "
        + "\"status\": \"asserted\", \"same_as\": null}]}");
    Files.writeString(set.resolve("gold/wn-c.json"), "{\"id\": \"wn-c\", \"events\": []}");
    Path errors = tmp.resolve("out/wikinews-events-2019.errors.jsonl");

    EvalResult r = Evaluations.all().get("wikinews-events-2019").run(set, Models.pipeline(), errors, 0);

    assertEquals(1, r.n());
    assertEquals(1.0, r.metrics().get("failed_articles"));
    assertEquals(1.0, r.metrics().get("gold_events"));
    for (String k : List.of("type_f1", "source_f1", "dyad_f1", "source_f1_sector", "dyad_f1_sector", "with_source",
        "both_sides", "events_per_article")) {
      assertTrue(r.metrics().containsKey(k), k);
    }
    List<String> records = Files.readAllLines(WikinewsEvaluation.recordsFile(errors));
    assertEquals(1, records.size());
    JsonNode record = EvalSupport.JSON.readTree(records.get(0));
    assertEquals("wn-a", record.get("id").asText());
    assertEquals("Ruto and Hassan meet", record.get("title").asText());
    assertEquals(TEXT, record.get("text").asText());
    assertEquals(r.metrics().get("produced_events_all"), (double) record.get("events").size());
    // every error line names its article and kind
    for (String line : Files.readAllLines(errors)) {
      JsonNode e = EvalSupport.JSON.readTree(line);
      assertEquals("wn-a", e.get("id").asText());
      assertTrue(e.get("kind").asText().startsWith("wrong") || e.get("kind").asText().equals("missed"), line);
    }
  }
}
