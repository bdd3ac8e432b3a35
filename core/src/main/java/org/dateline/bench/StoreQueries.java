package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.dateline.store.EventQueries;

/**
 * The questions an analyst asks of the store, timed, each beside the same question answered by
 * reading the coded JSON Lines from start to end (the scan baseline).
 */
final class StoreQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs against the store; returns the number of rows it gave. */
  @FunctionalInterface
  interface StoreCall {
    long run(EventQueries q) throws SQLException, IOException;
  }

  /** One question: how the store answers it, and how a scan of the records does (null: no scan). */
  record Question(String name, String question, StoreCall store, Predicate<JsonNode> scanRecord) {}

  private StoreQueries() {}

  static List<Question> questions(EventQueries q) throws SQLException, IOException {
    long busiest = busiestEvent(q);
    String article = firstArticle(q);
    return List.of(
        new Question("dyad", "US-China events, either direction, newest 100",
            s -> s.events(StoreBenchmark.filter(Map.of("dyad", "USA-CHN", "mutual", "true", "sort", "-date"))).size(),
            events(e -> side(e, "source", "USA") && side(e, "target", "CHN")
                || side(e, "source", "CHN") && side(e, "target", "USA"))),
        new Question("actor", "events with a British actor, most reported first, 100",
            s -> s.events(StoreBenchmark.filter(Map.of("country", "GBR", "sort", "-mentions"))).size(),
            events(e -> side(e, "source", "GBR") || side(e, "target", "GBR"))),
        new Question("root+dates", "fights (CAMEO root 19) in 1987, 100",
            s -> s.events(StoreBenchmark.filter(Map.of("root", "19", "from", "1987-01-01", "to", "1987-12-31"))).size(),
            events(e -> e.path("cameo").asText().startsWith("19") && e.path("date").asText("").startsWith("1987"))),
        new Question("near", "events within 200 km of London, 100",
            s -> s.events(StoreBenchmark.filter(Map.of("near", "51.507,-0.128", "km", "200"))).size(),
            events(e -> within(e.path("location"), 51.507, -0.128, 200))),
        new Question("count", "how many assaults (PLOVER ASSAULT)",
            s -> s.countEvents(StoreBenchmark.filter(Map.of("plover", "ASSAULT"))),
            events(e -> e.path("plover").path("type").asText().equals("ASSAULT"))),
        new Question("aggregate", "events and mean Goldstein per month for Japan",
            s -> s.aggregate(StoreBenchmark.filter(Map.of("country", "JPN")), "month").size(),
            events(e -> side(e, "source", "JPN") || side(e, "target", "JPN"))),
        new Question("search", "full text: \"oil prices\", best 20 articles",
            s -> s.search("\"oil prices\"", 20).size(),
            r -> r.path("text").asText().toLowerCase(Locale.ROOT).contains("oil prices")),
        new Question("event", "the most reported event with every mention's evidence",
            s -> s.event(busiest) == null ? 0 : 1, null),
        new Question("article", "one article with its record and events",
            s -> s.article(article) == null ? 0 : 1, r -> r.path("id").asText().equals(article)));
  }

  static List<StoreBenchmark.Timing> time(EventQueries q, int repeats, List<Path> records) throws SQLException, IOException {
    List<StoreBenchmark.Timing> out = new ArrayList<>();
    for (Question question : questions(q)) {
      long rows = 0;
      for (int i = 0; i < 2; i++) rows = question.store().run(q); // warm-up
      long[] nanos = new long[repeats];
      for (int i = 0; i < repeats; i++) {
        long t = System.nanoTime();
        question.store().run(q);
        nanos[i] = System.nanoTime() - t;
      }
      Double scanMillis = null;
      Long scanRows = null;
      if (question.scanRecord() != null) {
        long t = System.nanoTime();
        scanRows = scan(records, question.scanRecord());
        scanMillis = (System.nanoTime() - t) / 1e6;
      }
      out.add(new StoreBenchmark.Timing(question.name(), question.question(), Benchmark.percentile(nanos, 50) / 1e6,
          Benchmark.percentile(nanos, 95) / 1e6, rows, scanMillis, scanRows));
    }
    return out;
  }

  /** Reads every record, as a script over the JSON Lines would; counts the records that match. */
  static long scan(List<Path> files, Predicate<JsonNode> match) throws IOException {
    long n = 0;
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank() && match.test(JSON.readTree(line))) n++;
        }
      }
    }
    return n;
  }

  /** A record matches when one of its events does. */
  static Predicate<JsonNode> events(Predicate<JsonNode> event) {
    return r -> {
      for (JsonNode e : r.path("events")) if (event.test(e)) return true;
      return false;
    };
  }

  static boolean side(JsonNode event, String side, String country) {
    for (JsonNode a : event.path(side)) {
      if (country.equals(a.path("country").asText()) || a.path("code").asText().startsWith(country)) return true;
    }
    return false;
  }

  static boolean within(JsonNode place, double lat, double lon, double km) {
    if (!place.hasNonNull("lat") || !place.hasNonNull("lon")) return false;
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(place.get("lat").asDouble());
    double dp = p2 - p1;
    double dl = Math.toRadians(place.get("lon").asDouble() - lon);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.sqrt(a)) <= km;
  }

  private static long busiestEvent(EventQueries q) throws SQLException, IOException {
    var rows = q.events(StoreBenchmark.filter(Map.of("sort", "-mentions", "limit", "1")));
    return rows.isEmpty() ? -1 : ((Number) rows.get(0).get("id")).longValue();
  }

  private static String firstArticle(EventQueries q) throws SQLException {
    var rows = q.articles(null, 1, 0);
    return rows.isEmpty() ? "" : String.valueOf(rows.get(0).get("id"));
  }
}
