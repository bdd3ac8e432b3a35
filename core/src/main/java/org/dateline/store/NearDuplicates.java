package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * Finds the stored article that a new one copies (a syndicated story re-run by another outlet):
 * candidates share a MinHash band, and a candidate is a copy when the Jaccard similarity of the
 * two texts' word 5-gram sets is at least {@link #THRESHOLD}, computed exactly on the stored text.
 */
final class NearDuplicates {
  static final double THRESHOLD = Fingerprint.NEAR_DUPLICATE;

  /** The original a copy is linked to (never itself a copy), and how alike they are. */
  record Match(String original, double similarity) {}

  private final Connection conn;
  private final WriterState state;
  private final RowInserts insertBands;

  NearDuplicates(Connection conn, WriterState state) {
    this.conn = conn;
    this.state = state;
    this.insertBands = new RowInserts(conn, "article_bands", 3);
  }

  Match find(Set<Long> shingles, long[] bands) throws SQLException {
    Set<String> candidates = state.candidates(bands);
    if (candidates.isEmpty()) return null;
    StringBuilder sql = new StringBuilder("SELECT id, text, coalesce(duplicate_of, id) FROM articles WHERE id IN (");
    for (int i = 0; i < candidates.size(); i++) sql.append(i == 0 ? "?" : ", ?");
    Match best = null;
    try (PreparedStatement ps = conn.prepareStatement(sql.append(")").toString())) {
      int i = 1;
      for (String id : candidates) ps.setString(i++, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double sim = Fingerprint.jaccard(shingles, Fingerprint.shingles(rs.getString(2)));
          if (sim >= THRESHOLD && (best == null || sim > best.similarity())) best = new Match(rs.getString(3), sim);
        }
      }
    }
    return best;
  }

  void addBands(String articleId, long[] bands) throws SQLException {
    insertBands.insert(bands.length, (ps, at, i) -> {
      ps.setInt(at, i);
      ps.setLong(at + 1, bands[i]);
      ps.setString(at + 2, articleId);
    });
    state.addBands(articleId, bands);
  }

  void close() throws SQLException {
    insertBands.close();
  }
}
