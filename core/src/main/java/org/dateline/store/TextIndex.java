package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text index of the store's articles (title, text, and the evidence of their events), kept
 * in a Lucene folder next to the database. DuckDB's own fts extension cannot be installed offline.
 * The database is the truth: the index is brought up to date from it ({@link #sync}), so an
 * ingest killed between a database commit and an index commit loses nothing.
 */
public final class TextIndex {
  /** One matching article. */
  public record Hit(String id, float score) {}

  private static final String[] FIELDS = {"title", "text", "evidence"};
  private final Path dir;
  private final Analyzer analyzer = new EnglishAnalyzer();

  public TextIndex(Path dir) {
    this.dir = dir;
  }

  /** Adds every stored article the index lacks; returns how many were added. */
  public int sync(Connection conn) throws IOException, SQLException {
    Set<String> indexed = indexedIds();
    long stored;
    try (var s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      stored = rs.getLong(1);
    }
    if (stored == indexed.size()) return 0;
    int added = 0;
    String sql = "SELECT a.id, a.title, a.text, string_agg(m.evidence, ' ') FROM articles a "
        + "LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id, a.title, a.text";
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer));
         PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (indexed.contains(rs.getString(1))) continue;
        w.updateDocument(new Term("id", rs.getString(1)), doc(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        added++;
      }
      w.commit();
    }
    return added;
  }

  private static Document doc(String id, String title, String text, String evidence) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
    d.add(new TextField("text", text == null ? "" : text, Field.Store.NO));
    d.add(new TextField("evidence", evidence == null ? "" : evidence, Field.Store.NO));
    return d;
  }

  private Set<String> indexedIds() throws IOException {
    Set<String> ids = new HashSet<>();
    if (!exists()) return ids;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      StoredFields f = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) ids.add(f.document(i).get("id"));
    }
    return ids;
  }

  private boolean exists() throws IOException {
    return Files.isDirectory(dir) && DirectoryReader.indexExists(FSDirectory.open(dir));
  }

  /**
   * Articles matching a query in Lucene's syntax ("coast guard", "title:shoal", "+china -taiwan"),
   * best first. A query that does not parse gives an IllegalArgumentException saying why.
   */
  public List<Hit> search(String query, int limit) throws IOException {
    List<Hit> out = new ArrayList<>();
    if (!exists()) return out;
    Query q;
    try {
      q = new MultiFieldQueryParser(FIELDS, analyzer, Map.of("title", 2f, "text", 1f, "evidence", 1.5f)).parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse the search text: " + firstLine(e.getMessage()));
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields f = r.storedFields();
      for (ScoreDoc sd : s.search(q, Math.max(1, limit)).scoreDocs) out.add(new Hit(f.document(sd.doc).get("id"), sd.score));
    }
    return out;
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
