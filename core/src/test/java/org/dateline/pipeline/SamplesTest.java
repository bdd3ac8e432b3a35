package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.output.ArticleJson;
import org.dateline.testing.Models;
import org.dateline.testing.Schema;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end over samples/: every article codes into a schema-valid record. */
class SamplesTest {
  private static final List<JsonNode> records = new ArrayList<>();
  private static final List<IngestItem.Failed> failures = new ArrayList<>();

  @BeforeAll
  static void codeAll() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (IngestItem item : new Ingest(IngestOptions.defaults()).readAll(
        List.of(Shared.root().resolve("samples").toString()))) {
      if (item instanceof IngestItem.Failed f) {
        if (!f.input().endsWith(".md")) failures.add(f);
        continue;
      }
      records.add(json.readTree(ArticleJson.line(Models.pipeline().process(((IngestItem.Ok) item).article()))));
    }
  }

  @Test
  void everySampleIsCoded() {
    assertEquals(List.of(), failures);
    assertTrue(records.size() >= 12, "samples: " + records.size());
  }

  @Test
  void everyRecordValidates() {
    for (JsonNode r : records) assertEquals(java.util.Set.of(), Schema.errors(r), r.get("id").asText());
  }

  @Test
  void everyRecordHasEntitiesAndDate() {
    for (JsonNode r : records) {
      assertFalse(r.get("entities").isEmpty(), r.get("id").asText());
      assertTrue(r.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), r.get("id").asText());
    }
  }

  @Test
  void theSamplesYieldEventsAcrossQuadClasses() {
    java.util.Set<Integer> quads = new java.util.TreeSet<>();
    for (JsonNode r : records) r.get("events").forEach(e -> quads.add(e.get("quadClass").asInt()));
    assertTrue(quads.size() >= 3, "quad classes seen: " + quads);
  }
}
