package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Document;
import org.dateline.output.ArticleJson;
import org.dateline.testing.Models;
import org.dateline.testing.Schema;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article Dateline started from: its document facts must come out right. */
class SeedArticleTest {
  private static JsonNode record;

  @BeforeAll
  static void code() throws Exception {
    String path = Shared.require("seed/bloomberg-2023-11-26-busan.txt").toString();
    List<IngestItem> items = new Ingest(IngestOptions.defaults()).readAll(List.of(path));
    Document doc = Models.pipeline().process(((IngestItem.Ok) items.get(0)).article());
    record = new ObjectMapper().readTree(ArticleJson.line(doc));
  }

  @Test
  void dateAndSourceFromTheHeader() {
    assertEquals("2023-11-26", record.get("date").asText());
    assertEquals("Bloomberg", record.get("source").asText());
    assertEquals("bloomberg-2023-11-26-busan", record.get("id").asText());
  }

  @Test
  void persons() {
    Set<String> persons = texts("entities", "PERSON");
    for (String p : List.of("Park Jin", "Yoko Kamikawa", "Wang Yi")) assertTrue(persons.contains(p), p + " in " + persons);
  }

  @Test
  void places() {
    Set<String> places = new HashSet<>();
    record.get("places").forEach(p -> places.add(p.get("text").asText()));
    assertTrue(places.contains("Busan"), places.toString());
    assertTrue(places.contains("San Francisco"), places.toString());
  }

  @Test
  void offsetsPointIntoTheAnalysedText() {
    String text = record.get("text").asText();
    for (String field : List.of("entities", "places", "times")) {
      for (JsonNode n : record.get(field)) {
        assertEquals(n.get("text").asText(), text.substring(n.get("start").asInt(), n.get("end").asInt()), field);
      }
    }
    assertTrue(record.get("bodyOffset").asInt() > 0);
  }

  @Test
  void validatesAgainstTheSchema() {
    assertEquals(Set.of(), Schema.errors(record));
  }

  private static Set<String> texts(String field, String type) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : record.get(field)) {
      if (type == null || type.equals(n.get("type").asText())) out.add(n.get("text").asText());
    }
    return out;
  }
}
