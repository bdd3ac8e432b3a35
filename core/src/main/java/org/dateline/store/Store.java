package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.dateline.model.Article;
import org.dateline.model.Document;

/**
 * The embedded DuckDB database of coded articles. Articles are written in transactions of whole
 * articles, so a process killed half way leaves every article either wholly stored or not at
 * all; DuckDB's write-ahead log makes each commit durable. Writes are committed in batches (see
 * {@link ArticleWriter}): call {@link #flush} when what was put must be durable now; close
 * flushes. One writer at a time: DuckDB locks the file.
 */
public final class Store implements AutoCloseable {
  /** What happened to an article offered to the store. */
  public enum Outcome { STORED, SAME_ID, SAME_CONTENT }

  private final Path file;
  private final Connection conn;
  private final boolean readOnly;
  private ArticleWriter writer;

  private Store(Path file, Connection conn, boolean readOnly) {
    this.file = file;
    this.conn = conn;
    this.readOnly = readOnly;
  }

  /** Opens (creating when absent) the database for writing. */
  public static Store open(Path file) throws SQLException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new SQLException("cannot create folder for " + file + ": " + e.getMessage(), e);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    StoreSchema.create(c);
    return new Store(file, c, false);
  }

  /** Opens an existing database for reading only, so other readers may share it. */
  public static Store openReadOnly(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) throw new SQLException("no database at " + file + " (run dateline ingest first)");
    Connection c = readOnly(file);
    int version = StoreSchema.version(c);
    if (version == 0 || version >= StoreSchema.VERSION) return new Store(file, c, true);
    // A store of an older version is brought up to date once, open for writing for that moment.
    c.close();
    try {
      open(file).close();
    } catch (SQLException e) {
      throw new SQLException("the database " + file + " is of schema version " + version + " and could not be "
          + "upgraded to " + StoreSchema.VERSION + ": " + e.getMessage(), e);
    }
    return new Store(file, readOnly(file), true);
  }

  private static Connection readOnly(Path file) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
  }

  /**
   * Opens a folder of Parquet tables (the output of {@code dateline spark code}) for reading, as
   * views of an in-memory database; its full-text index lives in the folder (_text.lucene).
   */
  public static Store openParquet(Path dir) throws SQLException {
    if (!Files.isDirectory(dir)) throw new SQLException("no folder " + dir);
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try {
      StoreSchema.parquetViews(c, dir);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return new Store(dir.resolve("_text"), c, true);
  }

  public Path file() { return file; }

  public Connection connection() { return conn; }

  public boolean readOnly() { return readOnly; }

  /** Where the Lucene index of this database lives: next to it, "NAME.db.lucene". */
  public Path indexDir() {
    return file.resolveSibling(file.getFileName() + ".lucene");
  }

  /** Whether an article with this id or the same content is stored already. */
  public boolean contains(Article a) throws SQLException {
    String hash = Fingerprint.contentHash(a.text());
    return (readOnly ? lookup(conn, a.id(), hash) : writer().lookup(a.id(), hash)) != Outcome.STORED;
  }

  /** SAME_ID or SAME_CONTENT when stored already, else STORED (meaning: may be stored). */
  static Outcome lookup(Connection conn, String id, String hash) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT id = ? FROM articles WHERE id = ? OR content_hash = ? ORDER BY 1 DESC LIMIT 1")) {
      ps.setString(1, id);
      ps.setString(2, id);
      ps.setString(3, hash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Outcome.STORED;
        return rs.getBoolean(1) ? Outcome.SAME_ID : Outcome.SAME_CONTENT;
      }
    }
  }

  /** Stores a coded document with its events merged into the store's events, in one transaction. */
  public Outcome put(Document doc, int mergeDays) throws SQLException {
    if (readOnly) throw new SQLException("the store is open read-only");
    return writer().put(doc, mergeDays);
  }

  /**
   * Commits every {@code articles} articles instead of each one: far faster for bulk loads, and a
   * crash loses only the uncommitted ones, which the next run stores.
   */
  public void batch(int articles) throws SQLException {
    writer().batch(articles);
  }

  /** Commits every article put so far. */
  public void flush() throws SQLException {
    if (writer != null) writer.flush();
  }

  private ArticleWriter writer() throws SQLException {
    if (writer == null) writer = new ArticleWriter(conn);
    return writer;
  }

  /** A count from one SQL query, for summaries and tests. */
  public long count(String sql) throws SQLException {
    try (var s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (writer != null) writer.close();
    } finally {
      conn.close();
    }
  }
}
