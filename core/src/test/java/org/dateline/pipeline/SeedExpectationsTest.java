package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.output.ArticleJson;
import org.dateline.testing.Models;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the seed article: every actor, time and event that
 * ../shared/seed/expected.json lists is found, and none of its must_not rules is broken.
 * The expectations are read from the file, so the test follows it.
 */
class SeedExpectationsTest {
  private static JsonNode expected;
  private static JsonNode record;

  @BeforeAll
  static void code() throws Exception {
    ObjectMapper json = new ObjectMapper();
    expected = json.readTree(Files.readString(Shared.require("seed/expected.json")));
    String path = Shared.require("seed/bloomberg-2023-11-26-busan.txt").toString();
    List<IngestItem> items = new Ingest(IngestOptions.defaults()).readAll(List.of(path));
    record = json.readTree(ArticleJson.line(Models.pipeline().process(((IngestItem.Ok) items.get(0)).article())));
  }

  @Test
  void actors() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode want : expected.get("actors")) {
      boolean found = false;
      for (JsonNode e : record.get("entities")) {
        JsonNode a = e.get("actor");
        if (a == null || !e.get("text").asText().contains(want.get("text").asText())) continue;
        boolean country = !want.has("country") || want.get("country").asText().equals(a.path("country").asText());
        boolean sector = !want.has("sector") || want.get("sector").asText().equals(a.path("sector").asText());
        boolean code = !want.has("code") || want.get("code").asText().equals(a.path("code").asText());
        found |= country && sector && code;
      }
      if (!found) wrong.add(want.toString());
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void places() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode want : expected.get("places")) {
      boolean found = false;
      for (JsonNode p : record.get("places")) {
        if (!p.get("text").asText().equals(want.get("text").asText()) || p.get("lat").isNull()) continue;
        double km = km(want.get("lat").asDouble(), want.get("lon").asDouble(), p.get("lat").asDouble(),
            p.get("lon").asDouble());
        found |= km <= want.get("tolerance_km").asDouble() && want.get("country").asText().equals(p.path("country").asText());
      }
      if (!found) wrong.add(want.toString());
    }
    assertEquals(List.of(), wrong);
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371.0 * 2 * Math.asin(Math.sqrt(a));
  }

  @Test
  void times() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode want : expected.get("times")) {
      boolean found = false;
      for (JsonNode t : record.get("times")) {
        boolean text = t.get("text").asText().contains(want.get("text").asText())
            || want.get("text").asText().contains(t.get("text").asText());
        found |= text && t.get("value").asText().equals(want.get("value").asText());
      }
      if (!found) wrong.add(want.toString());
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void events() {
    List<String> missing = new ArrayList<>();
    for (JsonNode want : expected.get("events")) {
      boolean found = false;
      for (JsonNode ev : record.get("events")) found |= matches(want, ev);
      if (!found) missing.add(want.get("key").asText());
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void nothingViolent() {
    for (JsonNode ev : record.get("events")) {
      String root = ev.get("cameo").asText().substring(0, 2);
      assertFalse(Set.of("18", "19", "20").contains(root), ev.toString());
      assertFalse("ASSAULT".equals(ev.get("plover").get("type").asText()), ev.toString());
    }
  }

  @Test
  void noEventAfterTheArticleDateExceptIntentions() {
    String articleDate = expected.get("document").get("date").asText();
    for (JsonNode ev : record.get("events")) {
      String date = ev.get("date").asText();
      String modality = ev.path("modality").asText("");
      boolean future = date.compareTo(articleDate) > 0 && !date.startsWith(articleDate);
      assertTrue(!future || modality.equals("intent") || modality.equals("future"), ev.toString());
    }
  }

  @Test
  void washingtonIsNeverTheState() {
    for (JsonNode p : record.get("places")) {
      if (!p.get("text").asText().equals("Washington")) continue;
      assertFalse("WA".equals(p.path("admin1").asText()) || p.path("lon").asDouble(-77) < -100, p.toString());
    }
  }

  /** The rule of expected.json's note: root, parties (either side for mutual events), date, location. */
  private static boolean matches(JsonNode want, JsonNode ev) {
    Set<String> roots = texts(want.get("cameo_roots"));
    if (!roots.contains(ev.get("cameo").asText().substring(0, 2))) return false;
    Set<String> source = countries(ev.get("source"));
    Set<String> target = countries(ev.get("target"));
    if (want.has("mutual")) {
      Set<String> all = new HashSet<>(source);
      all.addAll(target);
      if (!all.containsAll(texts(want.get("mutual")))) return false;
    } else {
      if (want.has("source") && !source.containsAll(texts(want.get("source")))) return false;
      if (want.has("target") && !target.containsAll(texts(want.get("target")))) return false;
    }
    if (want.has("date") && !ev.get("date").asText().equals(want.get("date").asText())) return false;
    if (want.has("location")) {
      JsonNode loc = ev.get("location");
      if (loc == null || loc.isNull() || !want.get("location").asText().equals(loc.path("name").asText())) return false;
    }
    return true;
  }

  private static Set<String> countries(JsonNode actors) {
    Set<String> out = new HashSet<>();
    actors.forEach(a -> out.add(a.path("country").asText()));
    return out;
  }

  private static Set<String> texts(JsonNode arr) {
    Set<String> out = new HashSet<>();
    arr.forEach(n -> out.add(n.asText()));
    return out;
  }
}
