package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.dateline.store.Docs;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dateline query and dateline export on a real DuckDB file made from hand-coded documents. */
class StoreCommandsTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("q.db");
    try (Store s = Store.open(db)) {
      var manila = Docs.place("Manila", "PHL", 14.6, 121.0);
      String t1 = "The Philippines accused China of ramming a coast guard ship near the shoal on Sunday.";
      s.put(Docs.doc("d1", "2024-03-10", "Wire", t1, Docs.event("PHLGOV", "CHN", "112", "2024-03-10", manila, t1)), 3);
      String t2 = "Manila again accused Beijing of dangerous manoeuvres, officials said on Monday.";
      s.put(Docs.doc("d2", "2024-03-11", "Daily", t2, Docs.event("PHLGOV", "CHN", "111", "2024-03-11", null, t2)), 3);
      String t3 = "Washington and Beijing held talks on trade in Geneva.";
      s.put(Docs.doc("d3", "2024-04-02", "Wire", t3, Docs.event("USA", "CHN", "040", "2024-04-02", null, t3)), 3);
      // Told as not having happened: stored, but left out of queries and exports unless --all.
      String t4 = "Beijing denied that its coast guard had fired water cannon at a Philippine supply boat.";
      s.put(Docs.doc("d4", "2024-03-12", "Daily", t4,
          Docs.told(Docs.event("CHN", "PHLGOV", "190", "2024-03-12", null, t4), true, null)), 3);
      new TextIndex(s.indexDir()).sync(s.connection());
    }
  }

  CodeCommandTest.Run run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--db=" + db;
    System.arraycopy(args, 1, all, 2, args.length - 1);
    return CodeCommandTest.run(all);
  }

  @Test
  void queryFiltersFormatsAndAggregates() throws Exception {
    CodeCommandTest.Run r = run("query", "--dyad", "PHL-CHN", "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[1].contains("PHLGOV") && lines[1].contains(",2,2,2,"), lines[1]);
    r = run("query", "--dyad", "CHN-USA", "--mutual", "--format", "jsonl");
    assertEquals("040", new ObjectMapper().readTree(r.out().strip()).get("cameo").asText());
    r = run("query", "--by", "month", "--actor", "CHN", "--format", "jsonl");
    assertEquals(2, r.out().strip().split("\n").length, r.out());
    r = run("query", "--text", "manoeuvres");
    assertTrue(r.out().contains("PHLGOV") && !r.out().contains("USA"), r.out() + r.err());
    r = run("query", "--search", "ramming");
    assertTrue(r.out().contains("d1"), r.out());
    assertTrue(run("query", "--event", "1").out().contains("ramming"));
    r = run("query", "--dyad", "PHL");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--dyad"), r.err());
    assertEquals(2, run("query", "--by", "hour").exit());
    assertEquals(1, CodeCommandTest.run("query", "--db", dir.resolve("none.db").toString()).exit());
  }

  @Test
  void exportsGdeltPloverAndParquet() throws Exception {
    Path events = dir.resolve("events.tsv");
    assertEquals(0, run("export", "--format", "gdelt", "--out", events.toString()).exit());
    var rows = Files.readAllLines(events);
    assertEquals(2, rows.size());
    String[] c = rows.get(0).split("\t", -1);
    assertEquals(61, c.length);
    assertEquals("20240310", c[1]);
    assertEquals("202403", c[2]);
    assertEquals("PHLGOV", c[5]);
    assertEquals("PHL", c[7]);
    assertEquals("GOV", c[12]);
    assertEquals("CHN", c[15]);
    assertEquals("112", c[26]);
    assertEquals("11", c[28]);
    assertEquals("3", c[29]);
    assertEquals("2", c[31]);
    assertTrue(c[52].startsWith("Manila, ") && c[52].endsWith(", Philippines"), c[52]);
    assertEquals("RP", c[53], "FIPS 10-4, as GDELT");
    assertEquals("https://example.org/d1", c[60]);
    CodeCommandTest.Run m = run("export", "--format", "mentions");
    String[] lines = m.out().split("\n");
    assertEquals(3, lines.length);
    for (String line : lines) assertEquals(16, line.split("\t", -1).length);
    JsonNode p = new ObjectMapper().readTree(run("export", "--format", "plover").out().split("\n")[0]);
    assertEquals("ACCUSE", p.get("event_type").asText());
    assertEquals(2, p.get("mentions").size());
    Path folder = dir.resolve("pq");
    assertEquals(0, run("export", "--format", "parquet", "--out", folder.toString()).exit());
    try (var conn = DriverManager.getConnection("jdbc:duckdb:"); var st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM '" + folder.resolve("events.parquet")
             + "'), (SELECT count(*) FROM '" + folder.resolve("mentions.parquet") + "')")) {
      rs.next();
      assertEquals(2, rs.getLong(1));
      assertEquals(3, rs.getLong(2));
    }
  }

  @Test
  void allBringsBackEventsNotToldAsHappening() throws Exception {
    assertEquals("", run("query", "--dyad", "CHN-PHL", "--format", "jsonl").out().strip());
    CodeCommandTest.Run r = run("query", "--dyad", "CHN-PHL", "--all", "--format", "jsonl");
    assertEquals(0, r.exit(), r.err());
    JsonNode e = new ObjectMapper().readTree(r.out().strip());
    assertEquals("190", e.get("cameo").asText());
    assertEquals(false, e.get("factual").asBoolean());
    assertEquals(3, run("query", "--all", "--format", "jsonl").out().strip().split("\n").length);
    assertEquals(3, run("export", "--format", "gdelt", "--all").out().strip().split("\n").length);
    assertEquals(4, run("export", "--format", "mentions", "--all").out().strip().split("\n").length);
    assertEquals(3, run("export", "--format", "plover", "--all").out().strip().split("\n").length);
    Path folder = dir.resolve("pq-all");
    assertEquals(0, run("export", "--format", "parquet", "--all", "--out", folder.toString()).exit());
    try (var conn = DriverManager.getConnection("jdbc:duckdb:"); var st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE NOT factual) FROM '"
             + folder.resolve("events.parquet") + "'")) {
      rs.next();
      assertEquals(1, rs.getLong(1));
    }
  }

  @Test
  void ingestsRecordsCodedElsewhereOnceAndNamesBadLines() throws Exception {
    Path coded = dir.resolve("coded.jsonl");
    String good = org.dateline.output.ArticleJson.line(Docs.coded());
    Files.writeString(coded, good + "\n{\"id\": \"broken\"\n" + good.replace("wire-7", "wire-8")
        .replace("a fishing dispute", "their maritime border") + "\n");
    Path fresh = dir.resolve("coded.db");
    CodeCommandTest.Run r = CodeCommandTest.run("ingest", "--coded", "--db", fresh.toString(), coded.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("coded.jsonl:2") && r.err().contains("line 2"), r.err());
    assertTrue(r.err().contains("stored 2 new articles"), r.err());
    r = CodeCommandTest.run("ingest", "--coded", "--db", fresh.toString(), coded.toString());
    assertTrue(r.err().contains("stored 0 new articles") && r.err().contains("2 already stored"), r.err());
    r = CodeCommandTest.run("query", "--db", fresh.toString(), "--dyad", "CHL-PER", "--format", "jsonl");
    JsonNode e = new ObjectMapper().readTree(r.out().strip());
    assertEquals(2, e.get("mentions").asInt(), r.out());
    assertEquals(1, e.get("sources").asInt(), r.out()); // both from "Wire"
    assertEquals("Lima", e.get("place").asText());
  }
}
