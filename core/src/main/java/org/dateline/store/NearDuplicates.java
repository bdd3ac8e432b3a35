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
  static final double THRESHOLD = 0.8;

  /** The original a copy is linked to (never itself a copy), and how alike they are. */
  record Match(String original, double similarity) {}

  private final Connection conn;

  NearDuplicates(Connection conn) {
    this.conn = conn;
  }

  Match find(Set<Long> shingles, long[] bands) throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT DISTINCT a.id, a.text, coalesce(a.duplicate_of, a.id) FROM article_bands b "
            + "JOIN articles a ON a.id = b.article_id WHERE ");
    for (int i = 0; i < bands.length; i++) sql.append(i == 0 ? "" : " OR ").append("(b.band = ? AND b.hash = ?)");
    Match best = null;
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < bands.length; i++) {
        ps.setInt(2 * i + 1, i);
        ps.setLong(2 * i + 2, bands[i]);
      }
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
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO article_bands VALUES (?, ?, ?)")) {
      for (int i = 0; i < bands.length; i++) {
        ps.setInt(1, i);
        ps.setLong(2, bands[i]);
        ps.setString(3, articleId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
