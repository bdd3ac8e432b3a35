package org.dateline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Evidence;
import org.dateline.model.Plover;
import org.dateline.store.Docs;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a free port over a real DuckDB file; the coder is a stand-in, so no CoreNLP. */
class ApiServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "s3cret";
  /** Codes every article as "USA accuses CHN" on its date. */
  static final Function<Article, Document> CODER = a -> {
    Document d = new Document(a);
    d.events().add(new Event("e1", List.of(new Actor("Washington", null, "USA", "USA", null, null)),
        List.of(new Actor("Beijing", null, "CHN", "CHN", null, null)), "112", 3, -2.0,
        new Plover("ACCUSE", null, List.of()), a.date().toString(), null, null, false, null,
        new Evidence(0, 0, a.text().length(), a.text(), "accused"), 0.9));
    return d;
  };

  @TempDir Path dir;
  Store store;
  ApiServer server;
  String base;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    store = Store.open(dir.resolve("api.db"));
    store.put(CODER.apply(article("d1", "Washington accused Beijing of ramming a ship near the shoal.")), 3);
    store.put(CODER.apply(article("d2", "Officials in Washington again accused Beijing on the next day.")), 3);
    new TextIndex(store.indexDir()).sync(store.connection());
    server = new ApiServer(store, CODER, TOKEN, 2000);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  static Article article(String id, String text) {
    return new Article(id, java.time.LocalDate.parse("2024-03-0" + id.charAt(1)), "Wire " + id, null, null, text, 0,
        null, null, id);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  void assertBad(String path, String parameter) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode(), path + " " + r.body());
    assertEquals(parameter, json(r).get("parameter").asText(), r.body());
  }

  @Test
  void eventsWithFiltersAndPages() throws Exception {
    JsonNode page = json(get("/events?dyad=USA-CHN"));
    assertEquals(1, page.get("total").asInt(), page.toString());
    JsonNode e = page.get("items").get(0);
    assertEquals(2, e.get("mentions").asInt());
    assertEquals(2, e.get("sources").asInt());
    assertEquals(0, json(get("/events?dyad=CHN-USA")).get("total").asInt());
    assertEquals(1, json(get("/events?dyad=CHN-USA&mutual=true&limit=1")).get("items").size());
    JsonNode one = json(get("/events/" + e.get("id").asText()));
    assertEquals(2, one.get("mention_details").size());
    assertTrue(one.get("mention_details").get(0).get("evidence").asText().contains("shoal"));
    assertEquals(404, get("/events/999").statusCode());
    assertBad("/events/abc", "id");
    assertBad("/events?dyad=USA", "dyad");
    assertBad("/events?limit=9999", "limit");
    assertBad("/events?from=yesterday", "from");
    assertBad("/events?colour=red", "colour");
  }

  @Test
  void eventsNotToldAsHappeningAreListedOnlyWithAll() throws Exception {
    String t = "Washington denied that its destroyer had fired on a Chinese trawler in the strait.";
    store.put(Docs.doc("d3", "2024-03-03", "Wire", t,
        Docs.told(Docs.event("USA", "CHN", "190", "2024-03-03", null, t), true, null)), 3);
    assertEquals(1, json(get("/events?dyad=USA-CHN")).get("total").asInt());
    JsonNode all = json(get("/events?dyad=USA-CHN&all=true&sort=id"));
    assertEquals(2, all.get("total").asInt(), all.toString());
    assertTrue(all.get("items").get(0).get("factual").asBoolean());
    assertFalse(all.get("items").get(1).get("factual").asBoolean());
    assertEquals(1, json(get("/export?format=json")).size());
    assertEquals(2, json(get("/export?format=json&all=true")).size());
    assertEquals(1, json(get("/dyads")).get("items").get(0).get("events").asInt());
    assertEquals(2, json(get("/dyads?all=true")).get("items").get(0).get("events").asInt());
    assertBad("/events?all=maybe", "all");
  }

  @Test
  void articlesActorsAggregatesSearch() throws Exception {
    JsonNode a = json(get("/articles/d1"));
    assertEquals("d1", a.get("record").get("id").asText());
    assertEquals(1, a.get("mentions").size());
    assertEquals(404, get("/articles/nope").statusCode());
    assertEquals(2, json(get("/articles?limit=5")).get("items").size());
    assertEquals("USA", json(get("/actors?country=usa")).get("items").get(0).get("code").asText());
    JsonNode agg = json(get("/aggregates?by=day&dyad=USA-CHN"));
    assertEquals(1, agg.get("items").size());
    assertBad("/aggregates?by=hour", "by");
    assertEquals("d1", json(get("/search?q=shoal")).get("items").get(0).get("id").asText());
    assertBad("/search", "q");
    assertEquals(400, get("/search?q=%22unclosed").statusCode());
    HttpResponse<String> missing = get("/nowhere");
    assertEquals(404, missing.statusCode());
    assertTrue(json(missing).get("error").asText().contains("/nowhere"));
    assertTrue(json(get("/openapi.json")).get("paths").has("/events"));
  }

  @Test
  void postingCodesAndStoringNeedsTheToken() throws Exception {
    String text = " date 2024-03-05 (Wire) -- Washington accused Beijing of new provocations.";
    JsonNode coded = json(post("/code", text, null));
    assertEquals("2024-03-05", coded.get("date").asText());
    assertEquals("112", coded.get("events").get(0).get("cameo").asText());
    assertEquals(401, post("/articles", text, null).statusCode());
    assertEquals(401, post("/articles", text, "wrong").statusCode());
    HttpResponse<String> created = post("/articles", text, TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).get("id").asText();
    assertEquals(200, get("/articles/" + id).statusCode());
    assertEquals(409, post("/articles", text, TOKEN).statusCode());
    assertEquals(3, json(get("/events?dyad=USA-CHN")).get("items").get(0).get("mentions").asInt());
    assertEquals(400, post("/code", "", null).statusCode());
    assertEquals(400, post("/code", "No date here.", null).statusCode());
    assertEquals(413, post("/code", "x".repeat(5000), null).statusCode());
  }

  @Test
  void withoutATokenTheServerIsReadOnly() throws Exception {
    try (ApiServer ro = new ApiServer(store, CODER, null, 2000)) {
      int port = ro.start("127.0.0.1", 0);
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2024-03-09\",\"text\":\"Chile praised Peru.\"}"))
          .header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(403, r.statusCode(), r.body());
    }
  }

  @Test
  void timelineSplitsEachPeriodByQuadClassAndAddsUpToTheEvents() throws Exception {
    long total = json(get("/events")).get("total").asLong();
    JsonNode t = json(get("/timeline?by=day&actor=USA"));
    assertEquals("day", t.get("by").asText());
    long sum = 0;
    for (JsonNode p : t.get("items")) {
      assertEquals(p.get("events").asLong(), p.get("q1").asLong() + p.get("q2").asLong() + p.get("q3").asLong()
          + p.get("q4").asLong());
      assertEquals(p.get("events").asLong(), p.get("q3").asLong(), "every stand-in event is verbal conflict");
      sum += p.get("events").asLong();
    }
    assertEquals(total, sum);
    assertEquals(0, json(get("/timeline?quad=1")).get("items").size());
    assertEquals(400, get("/timeline?by=decade").statusCode());
  }

  @Test
  void dyadsArePairsOfActorsWithTheirEvents() throws Exception {
    long total = json(get("/events")).get("total").asLong();
    JsonNode d = json(get("/dyads")).get("items");
    assertEquals(1, d.size());
    assertEquals("USA", d.get(0).get("source").asText());
    assertEquals("CHN", d.get(0).get("target").asText());
    assertEquals(total, d.get(0).get("events").asLong());
    assertEquals(-2.0, d.get(0).get("mean_goldstein").asDouble(), 1e-9);
    assertEquals(0, json(get("/dyads?dyad=CHN-USA")).get("items").size());
    assertEquals(400, get("/dyads?edges=0").statusCode());
  }

  @Test
  void pointsAreOnlyLocatedEvents() throws Exception {
    JsonNode p = json(get("/points"));
    assertEquals(0, p.get("total").asLong(), "the stand-in coder gives no places");
    assertEquals(0, p.get("items").size());
  }

  @Test
  void exportGivesTheWholeSelectionAsCsvOrJson() throws Exception {
    long total = json(get("/events")).get("total").asLong();
    HttpResponse<String> csv = get("/export?format=csv&actor=USA&limit=1");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("dateline-events.csv"));
    String[] lines = csv.body().split("\n");
    assertTrue(lines[0].startsWith("id,date,"), lines[0]);
    assertEquals(total + 1, lines.length, "paging is ignored: every event of the filters");
    assertEquals(total, json(get("/export?format=json")).size());
    assertEquals(400, get("/export?format=xml").statusCode());
  }

  @Test
  void theInterfaceIsServedAtTheRootWithAContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("/ui/app.js"));
    for (HttpResponse<String> r : List.of(page, get("/ui/app.js"), get("/events"), get("/webjars/d3/7.9.0/dist/d3.min.js"))) {
      assertEquals(200, r.statusCode(), r.uri().toString());
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), r.uri().toString());
    }
    assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
    assertEquals(200, get("/ui/world.json").statusCode());
  }
}
