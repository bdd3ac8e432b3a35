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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;
import org.dateline.testing.Models;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web interface in a real browser (headless Chromium) over a store of the samples, coded by
 * the real pipeline and served by the real server. What the pages show is checked against the
 * API's own answers. Each page's screenshot is saved to docs/ui/ for the README.
 */
class WebUiBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SCRIPT_SAMPLE = "2024-07-09-tallinn-website-attack";
  @TempDir static Path dir;
  static Store store;
  static ApiServer server;
  static Browser browser;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    store = Store.open(dir.resolve("samples.db"));
    for (IngestItem item : new Ingest(IngestOptions.defaults()).readAll(List.of(Shared.root().resolve("samples").toString()))) {
      if (item instanceof IngestItem.Ok ok) store.put(Models.pipeline().process(ok.article()), 3);
    }
    store.flush();
    new TextIndex(store.indexDir()).sync(store.connection());
    server = new ApiServer(store, a -> Models.pipeline().process(a), null, 1 << 20);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    browser = new Browser(base);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.close();
    if (store != null) store.close();
  }

  /** No page may write an error to the browser's console. */
  @AfterEach
  void consoleIsClean() {
    if (browser != null) assertEquals(List.of(), browser.consoleErrors());
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  static void screenshot(String page) throws Exception {
    new org.openqa.selenium.interactions.Actions(browser.driver).moveToLocation(1, 1).perform(); // no hover in the picture
    browser.screenshot(Shared.root().resolve("docs/ui/" + page + ".png"));
  }

  static long total(String css) {
    return Long.parseLong(browser.find(css).getAttribute("data-total"));
  }

  @Test
  void filtersChangeTheRowsAndTheCountIsTheApis() throws Exception {
    assertEquals("ready", browser.open("events"));
    long all = api("/events").get("total").asLong();
    assertTrue(all > 50, "samples give more than a page of events: " + all);
    assertEquals(all, total("#total"));
    assertEquals(50, browser.all("table.events tbody tr").size());
    screenshot("events");

    new Select(browser.find("#filters select[name=quad]")).selectByValue("4");
    browser.then(() -> browser.find("#filters button[type=submit]").click());
    long conflict = api("/events?quad=4").get("total").asLong();
    assertTrue(conflict > 0 && conflict < all, conflict + " of " + all);
    assertEquals(conflict, total("#total"));
    assertTrue(browser.driver.getCurrentUrl().contains("quad=4"), "the URL holds the filter");
    for (WebElement row : browser.all("table.events tbody tr")) assertEquals("quad4", row.getAttribute("class"));

    browser.find("#filters input[name=dyad]").sendKeys("PHL-CHN");
    browser.find("#filters input[name=mutual]").click();
    browser.then(() -> browser.find("#filters button[type=submit]").click());
    assertEquals(api("/events?quad=4&dyad=PHL-CHN&mutual=true").get("total").asLong(), total("#total"));

    browser.then(() -> browser.driver.navigate().back());
    assertEquals(conflict, total("#total"), "back restores the previous filters");
  }

  @Test
  void nothingMatchingSaysSo() {
    assertEquals("empty", browser.open("events?text=zyzzyva"));
    assertTrue(browser.find("main").getText().contains("No events match"));
  }

  @Test
  void eventPageHighlightsExactlyTheEvidence() throws Exception {
    // the most reported event: several mentions, each with its own evidence
    long id = api("/events?sort=-mentions&limit=1").get("items").get(0).get("id").asLong();
    JsonNode event = api("/events/" + id);
    assertEquals("ready", browser.open("event/" + id));
    List<WebElement> marks = browser.all("mark.evidence");
    assertTrue(marks.size() > 1, "mentions: " + marks.size());
    assertEquals(event.get("mention_details").size(), marks.size());
    for (int i = 0; i < marks.size(); i++) {
      JsonNode m = event.get("mention_details").get(i);
      String text = api("/articles/" + m.get("article_id").asText()).get("record").get("text").asText();
      int start = m.get("start").asInt();
      int end = m.get("end").asInt();
      assertEquals(String.valueOf(start), marks.get(i).getAttribute("data-start"));
      assertEquals(String.valueOf(end), marks.get(i).getAttribute("data-end"));
      assertEquals(text.substring(start, end), browser.js("return arguments[0].textContent;", marks.get(i)));
      assertEquals(m.get("trigger").asText(), marks.get(i).findElement(org.openqa.selenium.By.cssSelector("b.trigger")).getText());
    }
    assertTrue(browser.all("#event-map .leaflet-interactive").size() >= 1, "the place is on the small map");
    screenshot("event");
  }

  @Test
  void articleTextWithScriptIsShownAsText() throws Exception {
    assertEquals("ready", browser.open("article/" + SCRIPT_SAMPLE));
    String shown = browser.find(".annotated").getText();
    assertTrue(shown.contains("<script src=\"//cdn.example.net/poll.js\"></script>"), shown);
    assertTrue(shown.contains("Whoever wrote <script> into our pages"), shown);
    assertEquals(0L, browser.js("return document.querySelectorAll('main script').length;"));
    assertFalse(browser.all(".annotated .m-entity").isEmpty());
    assertFalse(browser.all(".annotated .m-place").isEmpty());
    assertFalse(browser.all(".annotated .m-time").isEmpty());
    assertFalse(browser.all(".annotated .m-trigger").isEmpty());
    assertEquals(api("/articles/" + SCRIPT_SAMPLE).get("record").get("events").size(),
        browser.all("table.coded tbody tr").size());
    screenshot("article");
  }

  @Test
  void timelineBarsAddUpToTheApisCounts() throws Exception {
    for (String q : new String[] {"by=month", "by=month&quad=3", "by=week&from=2024-01-01"}) {
      assertEquals("ready", browser.open("timeline?" + q));
      Map<String, Long> shown = new TreeMap<>();
      for (WebElement bar : browser.all("rect.bar")) {
        shown.merge(bar.getAttribute("data-period"), Long.parseLong(bar.getAttribute("data-count")), Long::sum);
      }
      Map<String, Long> counted = new TreeMap<>();
      for (JsonNode p : api("/timeline?" + q).get("items")) counted.put(p.get("period").asText(), p.get("events").asLong());
      assertEquals(counted, shown);
      String filters = q.replaceFirst("by=\\w+", "");
      assertEquals(api("/events?limit=1" + filters).get("total").asLong(), shown.values().stream().mapToLong(Long::longValue).sum());
    }
    screenshot("timeline");
    // a bar opens the Events page for its period
    List<WebElement> periods = browser.all("g.period");
    WebElement last = periods.get(periods.size() - 1);
    String period = last.findElement(org.openqa.selenium.By.cssSelector("rect")).getAttribute("data-period");
    browser.then(() -> browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", last));
    assertTrue(browser.driver.getCurrentUrl().contains("#/events?") && browser.driver.getCurrentUrl().contains("from=" + period),
        browser.driver.getCurrentUrl());
  }

  @Test
  void mapHasAMarkerPerLocatedEvent() throws Exception {
    assertEquals("ready", browser.open("map"));
    long located = api("/points").get("total").asLong();
    assertTrue(located > 10, "located events: " + located);
    long onMap = browser.all(".cluster").stream().mapToLong(e -> Long.parseLong(e.getAttribute("data-count"))).sum();
    assertEquals(located, onMap);
    assertTrue(browser.all(".leaflet-overlay-pane path").size() > 100, "country outlines are drawn");
    screenshot("map");
  }

  @Test
  void dyadPageHasTheApisEdges() throws Exception {
    assertEquals("ready", browser.open("dyads?edges=300"));
    Set<String> shown = new TreeSet<>();
    for (WebElement e : browser.all("path.edge")) shown.add(e.getAttribute("data-source") + ">" + e.getAttribute("data-target"));
    Set<String> expected = new TreeSet<>();
    for (JsonNode d : api("/dyads?edges=300").get("items")) expected.add(d.get("source").asText() + ">" + d.get("target").asText());
    assertEquals(expected, shown);
    assertTrue(shown.contains("PHL>CHN"), "Manila sample: the Philippines accuses China; " + shown);
    screenshot("dyads");
    WebElement edge = browser.find("path.edge[data-source='PHL'][data-target='CHN']");
    browser.then(() -> browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", edge));
    assertTrue(browser.driver.getCurrentUrl().contains("dyad=PHL-CHN"), browser.driver.getCurrentUrl());
    assertEquals(api("/events?dyad=PHL-CHN").get("total").asLong(), total("#total"));

    assertEquals("ready", browser.open("dyads"));
    WebElement node = browser.find("g.node[data-actor='PHL']");
    browser.then(() -> browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", node));
    assertTrue(browser.driver.getCurrentUrl().contains("actor=PHL"), browser.driver.getCurrentUrl());
    assertEquals(api("/events?actor=PHL").get("total").asLong(), total("#total"));
  }

  @Test
  void codeATextShowsTheCodedRecord() throws Exception {
    assertEquals("ready", browser.open("code"));
    browser.find("form.code button[type=submit]").click();
    assertEquals("ready", browser.settle(Duration.ofSeconds(180)));
    assertTrue(browser.find("#coded .annotated").getText().contains("water cannon"));
    assertFalse(browser.all("#coded table.coded tbody tr").isEmpty(), "the example text codes events");
    assertFalse(browser.all("#coded .m-trigger").isEmpty());
    screenshot("code");
  }

  @Test
  void everyResponseCarriesAContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"/", "/ui/app.js", "/events"}) {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
    }
  }
}
