package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.output.CodedRecords;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Codes news articles and stores them, with their events merged across articles, in a "
        + "DuckDB database. Articles already stored (same id or same content) are skipped, so a run "
        + "that was stopped can simply be run again."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all inputs coded or already stored", "1:some inputs failed (each named on standard error)",
        "2:bad usage"})
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders, or - for standard input")
  List<String> paths;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.db", description = "database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--merge-days", defaultValue = "3",
      description = "reports of one dyad and CAMEO root this many days apart or less are one event (default: ${DEFAULT-VALUE})")
  int mergeDays;

  @Option(names = "--coded",
      description = "the inputs are records already coded by `dateline code` (JSON Lines): store them without coding")
  boolean coded;

  @CommandLine.Mixin
  CodingOptions coding = new CodingOptions();

  @Option(names = {"-q", "--quiet"}, description = "no progress line and no summary unless something failed")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (mergeDays < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--merge-days must be 0 or more");
    var pipeline = coded ? null : coding.pipeline(spec.commandLine());
    PrintStream err = System.err;
    try (Store store = Store.open(db)) {
      StoreSink sink = new StoreSink(store);
      int failed = coded ? storeCoded(sink, err)
          : coding.batch(pipeline, quiet ? null : err, err).run(paths, sink).failed();
      store.flush();
      new TextIndex(store.indexDir()).sync(store.connection());
      if (!quiet || failed > 0) err.println(sink.summary(store));
      return failed == 0 ? 0 : 1;
    } catch (SQLException e) {
      err.println("dateline: database " + db + ": " + e.getMessage());
      return 1;
    } catch (IOException | IllegalStateException e) {
      err.println("dateline: " + e.getMessage());
      return 1;
    }
  }

  /** Stores records coded elsewhere; returns how many lines or files failed, each named on {@code err}. */
  private int storeCoded(StoreSink sink, PrintStream err) throws IOException, SQLException {
    int[] failed = {0};
    sink.store.batch(org.dateline.bench.StoreBenchmark.BATCH);
    CodedRecords.read(paths, new CodedRecords.Handler() {
      @Override public void document(Document doc) throws IOException {
        sink.accept(doc); // the store itself leaves out what it already holds
      }

      @Override public void failed(String origin, String reason, String message) {
        failed[0]++;
        err.println("dateline: " + origin + ": " + message);
      }
    });
    if (failed[0] > 0) err.println("dateline: " + failed[0] + " input" + (failed[0] == 1 ? "" : "s") + " failed");
    return failed[0];
  }

  /** Stores each coded document as it comes; skips articles the store has before coding them. */
  private final class StoreSink implements Batch.Sink {
    private final Store store;
    private final Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);

    StoreSink(Store store) {
      this.store = store;
    }

    @Override
    public boolean wanted(Article a) {
      try {
        return !store.contains(a);
      } catch (SQLException e) {
        throw new IllegalStateException("database: " + e.getMessage(), e);
      }
    }

    @Override
    public void accept(Document doc) throws IOException {
      try {
        outcomes.merge(store.put(doc, mergeDays), 1, Integer::sum);
      } catch (SQLException e) {
        throw new IOException("cannot store " + doc.article().origin() + ": " + e.getMessage(), e);
      }
    }

    String summary(Store s) throws SQLException {
      int dup = outcomes.getOrDefault(Store.Outcome.SAME_ID, 0) + outcomes.getOrDefault(Store.Outcome.SAME_CONTENT, 0);
      return String.format("dateline: stored %d new article%s%s in %s; it holds %d articles (%d near-duplicates), "
              + "%d event mentions merged into %d events (and %d not told as having happened)",
          outcomes.getOrDefault(Store.Outcome.STORED, 0), outcomes.getOrDefault(Store.Outcome.STORED, 0) == 1 ? "" : "s",
          dup == 0 ? "" : " (" + dup + " already stored, left out)", db,
          s.count("SELECT count(*) FROM articles"), s.count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
          s.count("SELECT count(*) FROM mentions"), s.count("SELECT count(*) FROM events WHERE factual"),
          s.count("SELECT count(*) FROM events WHERE NOT factual"));
    }
  }
}
