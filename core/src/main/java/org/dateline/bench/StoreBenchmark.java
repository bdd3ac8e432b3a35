package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.model.Document;
import org.dateline.output.CodedRecords;
import org.dateline.store.EventFilter;
import org.dateline.store.EventQueries;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;

/**
 * Speed of the store: how fast coded articles go into a fresh DuckDB store (near-duplicate
 * linking, event merging, the Lucene index), and how long typical queries and aggregates take
 * on it. Baselines measured in the same run: DuckDB loading the same records as raw JSON, and a
 * linear scan of the coded JSON Lines for the same question (what one does without a store).
 */
public final class StoreBenchmark {
  /** @param coded files or folders of coded records; @param db the store to create (replaced) */
  public record Options(List<String> coded, Path db, int repeats, int mergeDays) {}

  /** The load phase: counts, seconds, and the size of the database on disk. */
  public record Load(int records, int failed, long articles, long duplicates, long mentions, long events,
                     double parseSeconds, double storeSeconds, double indexSeconds, double rawSeconds, long dbBytes) {}

  /** One timed query: latency over the repeats, rows returned, and the scan baseline if it has one. */
  public record Timing(String name, String question, double p50Millis, double p95Millis, long rows, Double scanMillis,
                       Long scanRows) {}

  public record Result(Load load, List<Timing> queries, int repeats) {}

  /** Articles per transaction, as {@code dateline ingest --coded} writes them. */
  public static final int BATCH = 500;

  private StoreBenchmark() {}

  public static Result run(Options o) throws IOException, SQLException {
    long t0 = System.nanoTime();
    List<Document> docs = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    CodedRecords.read(o.coded(), new CodedRecords.Handler() {
      @Override public void document(Document doc) { docs.add(doc); }
      @Override public void failed(String origin, String reason, String message) { failures.add(origin + ": " + message); }
    });
    double parse = seconds(t0);
    if (docs.isEmpty()) throw new IOException("no coded records in " + o.coded() + " " + failures);
    deleteStore(o.db());
    long[] counts;
    double storeSeconds;
    double index;
    List<Timing> timings;
    try (Store store = Store.open(o.db())) {
      long t1 = System.nanoTime();
      store.batch(BATCH);
      for (Document d : docs) store.put(d, o.mergeDays());
      store.flush();
      storeSeconds = seconds(t1);
      long t2 = System.nanoTime();
      new TextIndex(store.indexDir()).sync(store.connection());
      index = seconds(t2);
      counts = new long[] {store.count("SELECT count(*) FROM articles"),
          store.count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
          store.count("SELECT count(*) FROM mentions"), store.count("SELECT count(*) FROM events")};
    }
    Load load = new Load(docs.size(), failures.size(), counts[0], counts[1], counts[2], counts[3], parse, storeSeconds,
        index, rawLoad(o), Files.size(o.db()));
    docs.clear(); // the queries run on the store alone
    try (Store store = Store.openReadOnly(o.db())) {
      timings = StoreQueries.time(new EventQueries(store), o.repeats(), files(o.coded()));
    }
    return new Result(load, timings, o.repeats());
  }

  /** The floor: DuckDB reading the same lines into one table, with no analysis of what they hold. */
  private static double rawLoad(Options o) throws IOException, SQLException {
    Path raw = o.db().resolveSibling(o.db().getFileName() + ".raw");
    Files.deleteIfExists(raw);
    StringBuilder list = new StringBuilder();
    for (Path f : files(o.coded())) list.append(list.isEmpty() ? "" : ", ").append("'").append(f.toString().replace("'", "''")).append("'");
    long t = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + raw); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE raw AS SELECT json FROM read_json_objects([" + list + "], format = 'newline_delimited')");
    }
    double s = seconds(t);
    Files.deleteIfExists(raw);
    return s;
  }

  static List<Path> files(List<String> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String in : inputs) out.addAll(CodedRecords.files(Path.of(in)));
    return out;
  }

  private static void deleteStore(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
    Path index = db.resolveSibling(db.getFileName() + ".lucene");
    if (Files.isDirectory(index)) {
      try (Stream<Path> s = Files.walk(index)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Filters as {@code dateline query} takes them. */
  static EventFilter filter(Map<String, String> params) {
    return EventFilter.parse(params, 100, 10_000);
  }
}
