package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store with real DuckDB files: idempotence, near-duplicates, merging, filters. */
class StoreTest {
  @TempDir Path dir;

  static final String[] WORDS = ("the minister said talks would resume next week after border clash left soldiers "
      + "wounded while officials in capital accused neighbours of violating agreement signed last year and called "
      + "for calm as protesters gathered outside embassy demanding sanctions trade aid port ship navy coast guard")
      .split(" ");

  static String text(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    return sb.append('.').toString();
  }

  static Map<String, Object> one(Store s, String sql) throws Exception {
    return Rows.query(s.connection(), sql, List.of()).get(0);
  }

  @Test
  void sameIdOrSameContentIsNotStoredAgain() throws Exception {
    try (Store s = Store.open(dir.resolve("a.db"))) {
      String t = text(1, 80);
      var e = Docs.event("USA", "CHN", "112", "2024-03-01", null, t);
      assertEquals(Store.Outcome.STORED, s.put(Docs.doc("a", "2024-03-01", "Wire", t, e), 3));
      assertEquals(Store.Outcome.SAME_ID, s.put(Docs.doc("a", "2024-03-01", "Wire", text(2, 80), e), 3));
      // Same words with other spacing and case: the same content.
      String respaced = t.toUpperCase().replace(" ", "\n  ");
      assertEquals(Store.Outcome.SAME_CONTENT, s.put(Docs.doc("b", "2024-03-01", "Other", respaced, e), 3));
      assertEquals(1, s.count("SELECT count(*) FROM articles"));
      assertEquals(1, s.count("SELECT count(*) FROM mentions"));
    }
    // Reopening the file keeps everything.
    try (Store s = Store.open(dir.resolve("a.db"))) {
      assertEquals(1, s.count("SELECT count(*) FROM events"));
    }
  }

  @Test
  void placesKeepTheirFeatureKindAndUse() throws Exception {
    Document d = Docs.coded();
    Place lima = d.places().get(0);
    d.places().add(new Place("Jirón de la Unión", 60, 77, 0, "Lima", "PER", "15", "P", lima.lat(), lima.lon(),
        lima.geonameId(), 0.5, "street"));
    d.places().add(new Place("Chile", 13, 18, 0, "Chile", "CHL", null, "A", -33.4, -70.6, null, 0.9).withUsedAs(Place.ACTOR));
    try (Store s = Store.open(dir.resolve("kinds.db"))) {
      s.put(d, 3);
      var rows = Rows.query(s.connection(), "SELECT text, feature_kind, used_as FROM places ORDER BY idx", List.of());
      assertEquals(3, rows.size());
      assertNull(rows.get(0).get("feature_kind"));
      assertNull(rows.get(0).get("used_as"));
      assertEquals("street", rows.get(1).get("feature_kind"));
      assertEquals("actor", rows.get(2).get("used_as"));
    }
  }

  @Test
  void aVersionOneStoreGainsThePlaceColumnsWhenOpened() throws Exception {
    Path db = dir.resolve("v1.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
         var st = c.createStatement()) {
      st.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
      st.execute("INSERT INTO meta VALUES ('schema_version', '1')");
      st.execute("CREATE TABLE places (article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, "
          + "char_start INTEGER, char_end INTEGER, sentence INTEGER, name VARCHAR, country VARCHAR, admin1 VARCHAR, "
          + "feature_class VARCHAR, lat DOUBLE, lon DOUBLE, geoname_id BIGINT, confidence DOUBLE, "
          + "PRIMARY KEY (article_id, idx))");
      st.execute("INSERT INTO places VALUES ('old', 0, 'Lima', 0, 4, 0, 'Lima', 'PER', null, 'P', -12.04, -77.03, "
          + "null, 0.9)");
    }
    try (Store s = Store.open(db)) {
      assertEquals(String.valueOf(StoreSchema.VERSION),
          one(s, "SELECT value FROM meta WHERE key = 'schema_version'").get("value"));
      Document d = Docs.coded();
      d.places().add(new Place("Peru", 23, 27, 0, "Peru", "PER", null, "A", -10.0, -76.0, null, 0.9)
          .withUsedAs(Place.ACTOR));
      s.put(d, 3);
      assertEquals(1, s.count("SELECT count(*) FROM places WHERE used_as = 'actor'"));
      assertEquals(1, s.count("SELECT count(*) FROM places WHERE article_id = 'old' AND used_as IS NULL"));
    }
  }

  @Test
  void aFailingArticleInABatchLosesNoOtherArticle() throws Exception {
    Path db = dir.resolve("batch.db");
    try (Store s = Store.open(db)) {
      s.batch(50);
      for (int i = 0; i < 3; i++) {
        String t = text(100 + i, 60);
        s.put(Docs.doc("ok" + i, "2024-05-0" + (i + 1), "Wire", t, Docs.event("USA", "CHN", "112", "2024-05-01", null, t)), 3);
      }
      String bad = text(200, 60);
      var noCode = new org.dateline.model.Event("e", List.of(Docs.actor("USA")), List.of(), null, 1, 1.0,
          new org.dateline.model.Plover("CONSULT", null, List.of()), null, null, null, false, null,
          new org.dateline.model.Evidence(0, 0, 5, "said", "said"), 0.5);
      assertThrows(java.sql.SQLException.class, () -> s.put(Docs.doc("bad", "2024-05-04", "Wire", bad, noCode), 3));
      String t = text(104, 60);
      assertEquals(Store.Outcome.STORED,
          s.put(Docs.doc("ok3", "2024-05-05", "Wire", t, Docs.event("USA", "CHN", "112", "2024-05-02", null, t)), 3));
    }
    try (Store s = Store.openReadOnly(db)) {
      assertEquals(4, s.count("SELECT count(*) FROM articles"));
      assertEquals(0, s.count("SELECT count(*) FROM articles WHERE id = 'bad'"));
      assertEquals(4, s.count("SELECT count(*) FROM mentions"));
      assertEquals(1, s.count("SELECT count(*) FROM events"), "the four reports merge into one event");
      assertEquals(4, s.count("SELECT num_mentions FROM event_stats"));
    }
  }

  @Test
  void syndicatedCopyIsLinkedAndNotAnIndependentSource() throws Exception {
    String original = text(7, 200);
    String copy = "By Other Agency. " + original.replaceFirst("minister", "ministers") + " Copyright Other Agency.";
    assertTrue(Fingerprint.jaccard(Fingerprint.shingles(original), Fingerprint.shingles(copy)) >= 0.8);
    try (Store s = Store.open(dir.resolve("b.db"))) {
      s.put(Docs.doc("orig", "2024-03-01", "Wire", original, Docs.event("USA", "CHN", "112", "2024-03-01", null, original)), 3);
      s.put(Docs.doc("copy", "2024-03-02", "Paper", copy, Docs.event("USA", "CHNGOV", "1121", "2024-03-01", null, copy)), 3);
      s.put(Docs.doc("copy", "2024-03-02", "Paper", copy), 3);
      assertEquals("orig", one(s, "SELECT duplicate_of FROM articles WHERE id = 'copy'").get("duplicate_of"));
      // CHN and CHNGOV are different actor codes: two events. Same code family below.
      s.put(Docs.doc("other", "2024-03-03", "Daily", text(99, 150),
          Docs.event("USA", "CHN", "111", "2024-03-02", null, "x y z")), 3);
      Map<String, Object> e = one(s, "SELECT * FROM event_stats WHERE actor2 = 'CHN'");
      assertEquals(2L, ((Number) e.get("num_mentions")).longValue());
      assertEquals(2L, ((Number) e.get("num_articles")).longValue());
      assertEquals(2L, ((Number) e.get("num_sources")).longValue());
      assertEquals("2024-03-01", e.get("first_seen"));
      assertEquals("2024-03-03", e.get("last_seen"));
      Map<String, Object> gov = one(s, "SELECT * FROM event_stats WHERE actor2 = 'CHNGOV'");
      assertEquals(1L, ((Number) gov.get("num_articles")).longValue(), "a copy counts as its original");
      assertEquals(1L, ((Number) gov.get("num_sources")).longValue());
    }
  }

  @Test
  void mergesOnlySameDyadRootWindowAndPlace() throws Exception {
    try (Store s = Store.open(dir.resolve("c.db"))) {
      var manila = Docs.place("Manila", "PHL", 14.6, 121.0);
      var cebu = Docs.place("Cebu", "PHL", 10.3, 123.9);
      s.put(Docs.doc("d1", "2024-03-10", "A", text(11, 60), Docs.event("PHL", "CHN", "112", "2024-03-10", manila, "a b")), 3);
      s.put(Docs.doc("d2", "2024-03-12", "B", text(12, 60), Docs.event("PHL", "CHN", "111", "2024-03-12", null, "a b"),
          Docs.event("PHL", "CHN", "112", "2024-03-25", null, "later"), Docs.event("CHN", "PHL", "112", "2024-03-10", null, "rev"),
          Docs.event("PHL", "CHN", "190", "2024-03-10", null, "other root"), Docs.event(null, null, "112", "2024-03-10", null, "who")), 3);
      s.put(Docs.doc("d3", "2024-03-11", "C", text(13, 60), Docs.event("PHL", "CHN", "112", "2024-03-11", cebu, "far")), 3);
      s.put(Docs.doc("d4", "2024-03-11", "D", text(14, 60), Docs.event(null, null, "112", "2024-03-10", null, "who")), 3);
      assertEquals(8, s.count("SELECT count(*) FROM mentions"));
      assertEquals(2, s.count("SELECT num_mentions FROM event_stats WHERE id = 1"), "d1 and d2's 111 merge");
      assertEquals(7, s.count("SELECT count(*) FROM events"));
      assertEquals("2024-03-12", one(s, "SELECT last_day FROM events WHERE id = 1").get("last_day"));
    }
  }

  @Test
  void filtersSelectEvents() throws Exception {
    try (Store s = Store.open(dir.resolve("d.db"))) {
      var manila = Docs.place("Manila", "PHL", 14.6, 121.0);
      s.put(Docs.doc("d1", "2024-03-10", "A", "The coast guard ship was rammed near the shoal " + text(1, 30),
          Docs.event("PHL", "CHN", "112", "2024-03-10", manila, "accused")), 3);
      s.put(Docs.doc("d2", "2024-05-01", "B", "Ministers met for talks in Washington " + text(2, 30),
          Docs.event("USAGOV", "CHNGOV", "040", "2024-05-01", null, "met")), 3);
      new TextIndex(s.indexDir()).sync(s.connection());
      EventQueries q = new EventQueries(s);
      assertEquals(1, q.events(filter("dyad", "USA-CHN")).size());
      assertEquals(0, q.events(filter("dyad", "CHN-USA")).size());
      assertEquals(1, q.events(filter("dyad", "chn-usa", "mutual", "true")).size());
      assertEquals(1, q.events(filter("quad", "3")).size());
      assertEquals(1, q.events(filter("cameo", "11")).size());
      assertEquals(1, q.events(filter("root", "04", "plover", "consult")).size());
      assertEquals(1, q.events(filter("from", "2024-04-01")).size());
      assertEquals(1, q.events(filter("near", "14.5,121.1", "km", "30")).size());
      assertEquals(0, q.events(filter("near", "10,100")).size());
      assertEquals(1, q.events(filter("country", "PHL")).size());
      assertEquals(1, q.events(filter("actor", "USA", "sector", "GOV")).size());
      assertEquals(1, q.events(filter("text", "shoal")).size());
      assertEquals(0, q.events(filter("text", "volcano")).size());
      assertEquals(1, q.events(filter("limit", "1", "sort", "-date")).size());
      assertEquals("2024-05-01", q.events(filter("sort", "-date")).get(0).get("date"));
      assertEquals(2, q.aggregate(filter(), "month").size());
      assertEquals("d1", q.search("rammed", 10).get(0).get("id"));
      assertEquals(1, ((List<?>) q.event(1).get("mention_details")).size());
      assertNull(q.event(99));
    }
  }

  @Test
  void badFiltersNameTheParameter() {
    assertEquals("dyad", assertThrows(BadParameter.class, () -> filter("dyad", "USA")).parameter());
    assertEquals("quad", assertThrows(BadParameter.class, () -> filter("quad", "7")).parameter());
    assertEquals("from", assertThrows(BadParameter.class, () -> filter("from", "March")).parameter());
    assertEquals("sort", assertThrows(BadParameter.class, () -> filter("sort", "size")).parameter());
    assertEquals("near", assertThrows(BadParameter.class, () -> filter("near", "north")).parameter());
    assertEquals("colour", assertThrows(BadParameter.class, () -> filter("colour", "red")).parameter());
  }

  static EventFilter filter(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return EventFilter.parse(m, 50, 1000);
  }
}
