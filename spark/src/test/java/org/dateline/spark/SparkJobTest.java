package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dateline.bench.BbcReader;
import org.dateline.cli.Main;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.nlp.NlpConfig;
import org.dateline.output.ArticleJson;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.Rows;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The job in local mode (local[2]) on samples/ plus 200 BBC articles (when ../shared has them) and
 * a few bad records, against `dateline code` plus `dateline ingest --coded` on the same input. The
 * input is coded twice, once by each; both use this JVM's one pipeline, so the models load once.
 *
 * <p>Coding is compared record by record, and merging table by table against the store loading the
 * job's own records, because CoreNLP's SUTime carries state from one document to the next
 * (stanfordnlp/CoreNLP#1061): a relative date ("the Friday before") may resolve differently when
 * articles are coded in another order or on other threads, as `code` and Spark do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkJobTest {
  private static final int BBC = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path work;
  private Path input;
  private Path out;
  private Path db;
  private Path coded;
  private boolean bbc;
  private int good;
  private SparkSession spark;
  private SparkJob.Summary first;

  @BeforeAll
  void run() throws Exception {
    Path root = Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
    work = root.resolve("spark/target/spark-test");
    deleteAll(work);
    input = Files.createDirectories(work.resolve("input"));
    try (Stream<Path> s = Files.list(root.resolve("samples"))) {
      for (Path p : s.toList()) Files.copy(p, input.resolve(p.getFileName()));
    }
    writeBbc(root);
    // Bad records: a broken JSON line, a record without text, and a binary file.
    Files.writeString(input.resolve("bad.jsonl"), "{\"id\": \"broken\", \"date\": \n{\"id\": \"empty\", \"date\": \"2024-01-02\"}\n");
    Files.write(input.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    out = work.resolve("out");
    db = work.resolve("reference.db");
    coded = work.resolve("coded.jsonl");
    good = codeAsTheCli(coded);

    spark = SparkMain.session("local[2]");
    first = SparkJob.run(spark, options());
    // The store, given the job's records in the job's order (`ingest --coded`).
    Path records = work.resolve("spark-records.jsonl");
    try (Store spk = Store.openParquet(out); Writer w = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
      for (Map<String, Object> r : Rows.query(spk.connection(),
          "SELECT CAST(record AS VARCHAR) AS r FROM articles ORDER BY ingested_at", List.of())) {
        w.write(r.get("r") + "\n");
      }
    }
    assertEquals(0, Main.run("ingest", "--coded", "-q", "--db", db.toString(), records.toString()));
  }

  @AfterAll
  void stop() {
    if (spark != null) spark.stop();
  }

  private JobOptions options() {
    return new JobOptions(List.of(input.toString()), out.toString(), 3, NlpConfig.DEFAULT_PROFILE, List.of(), null, null,
        IngestOptions.DEFAULT_MAX_BYTES, 0);
  }

  /** The first 200 BBC articles as a JSON Lines file of the `code` input format. */
  private void writeBbc(Path root) throws IOException {
    String shared = System.getProperty("dateline.shared", root.resolve("../shared").toString());
    Path dir = Path.of(shared, "corpora/bbc-news-2225");
    bbc = Files.isDirectory(dir);
    if (!bbc) {
      System.err.println("SparkJobTest: ../shared/corpora/bbc-news-2225 is not present; running on samples/ only");
      return;
    }
    try (Writer w = Files.newBufferedWriter(input.resolve("bbc.jsonl"), StandardCharsets.UTF_8)) {
      for (Article a : BbcReader.read(dir, BBC)) {
        ObjectNode o = JSON.createObjectNode().put("id", a.id()).put("date", a.date().toString())
            .put("source", a.source()).put("title", a.title()).put("text", a.text());
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
  }

  /**
   * What `dateline code --threads 2 INPUT` writes (the input read in its order, each article coded,
   * one record per line), with this JVM's pipeline rather than a second one; returns the articles coded.
   */
  private int codeAsTheCli(Path coded) throws Exception {
    List<IngestItem> items = new Ingest(IngestOptions.defaults()).readAll(List.of(input.toString()));
    Pipeline p = ExecutorPipeline.get(NlpConfig.DEFAULT_PROFILE, List.of());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Document>> docs = new ArrayList<>();
    for (IngestItem item : items) {
      if (item instanceof IngestItem.Ok ok) docs.add(pool.submit(() -> p.process(ok.article())));
    }
    try (Writer w = Files.newBufferedWriter(coded, StandardCharsets.UTF_8)) {
      for (Future<Document> d : docs) w.write(ArticleJson.line(d.get()) + "\n");
    } finally {
      pool.shutdown();
    }
    return docs.size();
  }

  @Test
  @Order(1)
  void recordsEqualThoseOfCode() throws Exception {
    Map<String, JsonNode> cli = new java.util.HashMap<>();
    for (String line : Files.readAllLines(coded)) {
      JsonNode n = JSON.readTree(line);
      cli.putIfAbsent(n.get("id").asText(), n);
    }
    List<String> timesOnly = new ArrayList<>();
    try (Store spk = Store.openParquet(out)) {
      List<Map<String, Object>> rows = Rows.query(spk.connection(),
          "SELECT id, CAST(record AS VARCHAR) AS r FROM articles ORDER BY ingested_at", List.of());
      assertEquals(first.coded(), rows.size());
      for (Map<String, Object> row : rows) {
        assertTrue(cli.containsKey((String) row.get("id")), "not coded by code: " + row.get("id"));
        ObjectNode a = (ObjectNode) cli.get((String) row.get("id")).deepCopy();
        ObjectNode b = (ObjectNode) JSON.readTree((String) row.get("r"));
        if (a.equals(b)) continue;
        JsonNode ta = a.remove("times");
        JsonNode tb = b.remove("times");
        assertEquals(a, b, "record " + row.get("id"));
        timesOnly.add(row.get("id") + ": " + ta + " / " + tb);
      }
    }
    // SUTime's carried state may touch a few relative dates, never more than a few articles.
    assertTrue(timesOnly.size() <= Math.max(2, cli.size() / 50), String.join("\n", timesOnly));
  }

  @Test
  @Order(1)
  void eventsMentionsAndArticlesEqualTheStores() throws Exception {
    try (Store ref = Store.openReadOnly(db); Store spk = Store.openParquet(out)) {
      assertTrue(ref.count("SELECT count(*) FROM events") > 100, "too few events to compare");
      assertTrue(ref.count("SELECT count(*) FROM events e WHERE (SELECT count(*) FROM mentions m WHERE m.event_id = e.id) > 1") > 0,
          "no merged event to compare");
      assertTrue(ref.count("SELECT count(*) FROM events WHERE NOT factual") > 0, "no event not told as happening");
      same(ref, spk, "SELECT * FROM events ORDER BY id");
      same(ref, spk, "SELECT * FROM mentions ORDER BY id");
      same(ref, spk, "SELECT * FROM mention_actors ORDER BY mention_id, side, idx");
      same(ref, spk, "SELECT * FROM places ORDER BY article_id, idx");
      same(ref, spk, "SELECT * EXCLUDE (origin, ingested_at) FROM articles ORDER BY id");
      same(ref, spk, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL");
      same(ref, spk, "SELECT id, num_mentions, num_sources, num_articles, first_seen, last_seen FROM event_stats ORDER BY id");
    }
  }

  @Test
  @Order(2)
  void badRecordsGoToFailuresAndTheRestIsCoded() throws Exception {
    assertEquals(3, first.failed(), first.toString());
    assertEquals(first.coded() + first.skipped() + first.failed(), first.read(), first.toString());
    try (Store spk = Store.openParquet(out)) {
      List<Map<String, Object>> f = Rows.query(spk.connection(),
          "SELECT regexp_extract(input, '[^/]+$') AS file, line, reason FROM read_parquet('" + out + "/failures/*.parquet') "
              + "ORDER BY file, line", List.of());
      assertEquals(List.of(
          Map.of("file", "bad.jsonl", "line", 1L, "reason", "invalid JSON"),
          Map.of("file", "bad.jsonl", "line", 2L, "reason", "no text")), f.subList(0, 2));
      assertEquals("broken.txt", f.get(2).get("file"));
      assertEquals("binary", f.get(2).get("reason"));
      assertEquals(null, f.get(2).get("line"));
      // Every good record is an article (or the repeat of one, which the store also leaves out).
      assertEquals(spk.count("SELECT count(*) FROM articles"), first.coded());
      assertEquals(good, first.coded() + first.skipped());
    }
  }

  @Test
  @Order(3)
  void tablesHaveTheStoresColumns() throws Exception {
    try (Store ref = Store.openReadOnly(db); Store spk = Store.openParquet(out)) {
      for (String t : List.of("articles", "places", "events", "mentions", "mention_actors")) {
        String q = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '" + t
            + "' ORDER BY ordinal_position";
        assertEquals(Rows.query(ref.connection(), q, List.of()), Rows.query(spk.connection(), q, List.of()), t);
      }
    }
    // The command line reads them as a database.
    assertEquals(0, Main.run("query", "--parquet", out.toString(), "--dyad", "KEN-TZA", "--mutual", "--format", "csv"));
    Path gdelt = work.resolve("events.tsv");
    assertEquals(0, Main.run("export", "--parquet", out.toString(), "--format", "gdelt", "--out", gdelt.toString()));
    try (Store spk = Store.openParquet(out)) {
      assertEquals(spk.count("SELECT count(*) FROM events WHERE factual"), Files.readAllLines(gdelt).size());
    }
    assertEquals(0, Main.run("export", "--parquet", out.toString(), "--format", "gdelt", "--all", "--out",
        gdelt.toString()));
    assertEquals(first.events(), Files.readAllLines(gdelt).size());
  }

  @Test
  @Order(4)
  void bbcArticlesAreCoded() throws Exception {
    Assumptions.assumeTrue(bbc, "skipped: ../shared/corpora/bbc-news-2225 is not present");
    try (Store spk = Store.openParquet(out)) {
      assertTrue(spk.count("SELECT count(*) FROM articles WHERE id LIKE 'bbc-%'") > BBC * 0.9);
    }
  }

  @Test
  @Order(4)
  void dictionaryFoldersTravelToTheExecutors() throws Exception {
    Path dict = Files.createDirectories(work.resolve("dicts/phoenix-like"));
    Files.writeString(dict.resolve("test.actors.txt"), "OSGILIATH [OSG]\n");
    spark.sparkContext().addFile(dict.toString(), true);
    List<String> seen = spark.createDataset(List.of(1, 2, 3, 4), org.apache.spark.sql.Encoders.INT()).repartition(2)
        .map((org.apache.spark.api.java.function.MapFunction<Integer, String>) i ->
            Files.readString(ExecutorPipeline.shipped(List.of("phoenix-like")).get(0).resolve("test.actors.txt")),
            org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    assertEquals(List.of("OSGILIATH [OSG]\n", "OSGILIATH [OSG]\n", "OSGILIATH [OSG]\n", "OSGILIATH [OSG]\n"), seen);
  }

  @Test
  @Order(5)
  void secondRunChangesNothing() throws Exception {
    List<List<Map<String, Object>>> before = snapshot();
    SparkJob.Summary again = SparkJob.run(spark, options());
    assertEquals(0, again.coded(), again.toString());
    assertEquals(first.coded() + first.skipped(), again.skipped(), again.toString());
    assertEquals(first.articles(), again.articles());
    assertEquals(first.events(), again.events());
    List<List<Map<String, Object>>> after = snapshot();
    for (int i = 0; i < before.size(); i++) assertEquals(before.get(i), after.get(i), Output.TABLES[i]);
  }

  private List<List<Map<String, Object>>> snapshot() throws SQLException {
    List<List<Map<String, Object>>> out = new ArrayList<>();
    try (Store spk = Store.openParquet(this.out)) {
      for (String t : Output.TABLES) {
        out.add(Rows.query(spk.connection(), "SELECT * FROM read_parquet('" + this.out + "/" + t + "/*.parquet') ORDER BY ALL",
            List.of()));
      }
    }
    return out;
  }

  private static void same(Store ref, Store spk, String sql) throws SQLException {
    List<Map<String, Object>> a = Rows.query(ref.connection(), sql, List.of());
    List<Map<String, Object>> b = Rows.query(spk.connection(), sql, List.of());
    assertFalse(a.isEmpty(), sql);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) assertEquals(a.get(i), b.get(i), sql + ": row " + i);
    assertEquals(a.size(), b.size(), sql);
  }

  private static void deleteAll(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
