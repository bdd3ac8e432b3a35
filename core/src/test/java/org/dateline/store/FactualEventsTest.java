package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions of acts denied or only supposed are kept, but never merge into, widen or make an event that happened. */
class FactualEventsTest {
  @TempDir Path dir;

  static final String SHELLED = "Army units shelled the border town of Tarvel early on Sunday, residents said.";
  static final String DENIED = "The defence ministry insisted its troops had not fired on Tarvel at the weekend.";
  static final String THREAT = "Commanders warned that artillery would strike the town again on Tuesday.";

  static Event shelling(String date) {
    return Docs.event("ARMMIL", "AZE", "190", date, null, SHELLED);
  }

  static EventFilter filter(String... nameValues) {
    Map<String, String> p = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) p.put(nameValues[i], nameValues[i + 1]);
    return EventFilter.parse(p, 50, 1000);
  }

  /** One article that tells the shelling, one that denies it and one that only foresees more. */
  void store(Store s) throws Exception {
    s.put(Docs.doc("told", "2024-06-02", "Wire", SHELLED, shelling("2024-06-02")), 3);
    s.put(Docs.doc("denied", "2024-06-03", "Daily", DENIED, Docs.told(shelling("2024-06-01"), true, null)), 3);
    s.put(Docs.doc("foreseen", "2024-06-03", "Post", THREAT, Docs.told(shelling("2024-06-04"), false, "future")), 3);
  }

  @Test
  void definitionKeepsToldActsAndLeavesOutDeniedOrSupposedOnes() {
    assertTrue(Event.factual(false, null));
    for (String m : List.of("background", "reported", "intent")) assertTrue(Event.factual(false, m), m);
    for (String m : List.of("hypothetical", "conditional", "future")) assertFalse(Event.factual(false, m), m);
    assertFalse(Event.factual(true, null));
    assertFalse(Event.factual(true, "reported"));
  }

  @Test
  void deniedAndSupposedMentionsMakeTheirOwnEvent() throws Exception {
    try (Store s = Store.open(dir.resolve("f.db"))) {
      store(s);
      assertEquals(3, s.count("SELECT count(*) FROM mentions"), "every mention is kept");
      assertEquals(2, s.count("SELECT count(*) FROM events"));
      Map<String, Object> told = StoreTest.one(s, "SELECT * FROM events WHERE factual");
      assertEquals("2024-06-02", told.get("first_day"), "a denial does not widen the event");
      assertEquals("2024-06-02", told.get("last_day"), "nor does a forecast");
      assertEquals(1, s.count("SELECT num_mentions FROM event_stats WHERE factual"));
      assertEquals(2, s.count("SELECT num_mentions FROM event_stats WHERE NOT factual"));
    }
    // Reopened, the writer knows which events are factual: each kind joins its own.
    try (Store s = Store.open(dir.resolve("f.db"))) {
      String again = "Shelling of Tarvel went on into Monday, a local official said.";
      s.put(Docs.doc("again", "2024-06-03", "Wire", again, Docs.event("ARMMIL", "AZE", "190", "2024-06-03", null, again)), 3);
      String denial = "Army spokesmen again denied that any shell had hit Tarvel.";
      s.put(Docs.doc("denial", "2024-06-04", "Post", denial,
          Docs.told(Docs.event("ARMMIL", "AZE", "190", "2024-06-03", null, denial), true, null)), 3);
      assertEquals(2, s.count("SELECT count(*) FROM events"));
      assertEquals(2, s.count("SELECT num_mentions FROM event_stats WHERE factual"));
      assertEquals(3, s.count("SELECT num_mentions FROM event_stats WHERE NOT factual"));
    }
  }

  @Test
  void queriesCountsAndExportsShowFactualEventsUnlessAllAreAsked() throws Exception {
    try (Store s = Store.open(dir.resolve("q.db"))) {
      store(s);
      EventQueries q = new EventQueries(s);
      assertEquals(1, q.events(filter()).size());
      assertEquals(Boolean.TRUE, q.events(filter()).get(0).get("factual"));
      assertEquals(2, q.events(filter("all", "true")).size());
      assertEquals(1, q.countEvents(filter("dyad", "ARM-AZE")));
      assertEquals(2, q.countEvents(filter("dyad", "ARM-AZE", "all", "true")));
      assertEquals(1L, ((Number) q.aggregate(filter(), "month").get(0).get("events")).longValue());
      Overviews o = new Overviews(s);
      assertEquals(1L, ((Number) o.timeline(filter(), "month").get(0).get("events")).longValue());
      assertEquals(1L, ((Number) o.dyads(filter(), 10).get(0).get("events")).longValue());
      assertEquals(1L, ((Number) StoreTest.one(s, "SELECT events FROM actors WHERE code = 'ARMMIL'").get("events"))
          .longValue());
      assertEquals(1, lines(w -> GdeltExport.events(s.connection(), w, false)));
      assertEquals(2, lines(w -> GdeltExport.events(s.connection(), w, true)));
      assertEquals(1, lines(w -> GdeltExport.mentions(s.connection(), w, false)));
      assertEquals(3, lines(w -> GdeltExport.mentions(s.connection(), w, true)));
      assertEquals(1, lines(w -> PloverExport.plover(s, w, false)));
      assertEquals(2, lines(w -> PloverExport.plover(s, w, true)));
    }
  }

  interface Export {
    void to(StringWriter w) throws Exception;
  }

  static int lines(Export e) throws Exception {
    StringWriter w = new StringWriter();
    e.to(w);
    return w.toString().isEmpty() ? 0 : w.toString().split("\n").length;
  }

  @Test
  void aVersionTwoStoreIsSplitWhenOpened() throws Exception {
    Path db = dir.resolve("v2.db");
    try (Store s = Store.open(db)) {
      String t1 = "Police arrested four protest leaders in Sarnow on Friday.";
      s.put(Docs.doc("p1", "2024-02-02", "Wire", t1, Docs.event("POLPOL", "POLOPP", "173", "2024-02-02", null, t1)), 3);
      String t2 = "The arrests in Sarnow came two days after police detained a student organiser.";
      s.put(Docs.doc("p2", "2024-02-03", "Daily", t2, Docs.event("POLPOL", "POLOPP", "173", "2024-01-31", null, t2)), 3);
      String t3 = "Ministers said they might expel the visiting envoy.";
      s.put(Docs.doc("p3", "2024-02-03", "Daily", t3, Docs.event("POL", "RUS", "174", "2024-02-03", null, t3)), 3);
    }
    // As version 2 left it: the second report, a denial, merged into the first and widened it.
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
         var st = c.createStatement()) {
      st.execute("UPDATE mentions SET negated = true WHERE id = 'p2#0'");
      st.execute("UPDATE mentions SET modality = 'hypothetical' WHERE id = 'p3#0'");
      st.execute("ALTER TABLE events DROP COLUMN factual");
      st.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    }
    try (Store s = Store.openReadOnly(db)) {
      assertEquals("3", StoreTest.one(s, "SELECT value FROM meta WHERE key = 'schema_version'").get("value"));
      assertEquals(3, s.count("SELECT count(*) FROM mentions"));
      assertEquals(3, s.count("SELECT count(*) FROM events"));
      Map<String, Object> arrest = StoreTest.one(s, "SELECT * FROM events WHERE id = 1");
      assertEquals(Boolean.TRUE, arrest.get("factual"));
      assertEquals("2024-02-02", arrest.get("first_day"), "the denial no longer widens the arrest");
      assertEquals(Boolean.FALSE, StoreTest.one(s, "SELECT factual FROM events WHERE id = 2").get("factual"));
      Map<String, Object> denied = StoreTest.one(s, "SELECT e.* FROM events e JOIN mentions m ON m.event_id = e.id "
          + "WHERE m.id = 'p2#0'");
      assertEquals(Boolean.FALSE, denied.get("factual"));
      assertEquals("2024-01-31", denied.get("first_day"));
      assertEquals("2024-01-31", denied.get("last_day"));
      assertEquals("173", denied.get("cameo"));
      assertEquals(1, new EventQueries(s).countEvents(filter()));
    }
  }
}
