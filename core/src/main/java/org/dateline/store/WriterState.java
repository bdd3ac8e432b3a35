package org.dateline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the writer must look up for every article, held in memory so that an article costs a few
 * inserts and no scans: stored ids and content hashes, MinHash bands, and the events that new
 * mentions may merge into, by dyad, CAMEO root and factuality. Loaded from the database when the writer
 * starts, and again after a rollback; DuckDB's file lock makes this process the only writer.
 */
final class WriterState {
  /** What merging groups by: the directed dyad, the CAMEO root, and whether the act is told as having happened. */
  record DyadKey(String actor1, String actor2, String root, boolean factual) {}

  private record BandKey(int band, long hash) {}

  final Set<String> ids = new HashSet<>();
  final Map<String, String> hashes = new HashMap<>();
  private final Map<BandKey, List<String>> bands = new HashMap<>();
  final Map<DyadKey, List<EventSlots.Slot>> events = new HashMap<>();
  long nextEventId = 1;

  static WriterState load(Connection conn) throws SQLException {
    WriterState s = new WriterState();
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT id, content_hash FROM articles")) {
        while (rs.next()) s.addArticle(rs.getString(1), rs.getString(2));
      }
      try (ResultSet rs = st.executeQuery("SELECT band, hash, article_id FROM article_bands")) {
        while (rs.next()) s.bands.computeIfAbsent(new BandKey(rs.getInt(1), rs.getLong(2)), k -> new ArrayList<>())
            .add(rs.getString(3));
      }
      try (ResultSet rs = st.executeQuery("SELECT id, actor1, actor2, cameo_root, first_day, last_day, place_name, "
          + "place_country, lat, lon, factual FROM events")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          s.nextEventId = Math.max(s.nextEventId, id + 1);
          if (rs.getString(2) == null && rs.getString(3) == null) continue; // never merged into
          DyadKey key = new DyadKey(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(11));
          s.addEvent(key, new EventSlots.Slot(id,
              rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
              (Double) rs.getObject(9), (Double) rs.getObject(10)));
        }
      }
    }
    return s;
  }

  /** SAME_ID or SAME_CONTENT when stored already, else STORED (meaning: may be stored). */
  Store.Outcome lookup(String id, String hash) {
    if (ids.contains(id)) return Store.Outcome.SAME_ID;
    return hashes.containsKey(hash) ? Store.Outcome.SAME_CONTENT : Store.Outcome.STORED;
  }

  void addArticle(String id, String hash) {
    ids.add(id);
    hashes.put(hash, id);
  }

  /** Stored articles sharing at least one band with these, each once. */
  Set<String> candidates(long[] articleBands) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < articleBands.length; i++) out.addAll(bands.getOrDefault(new BandKey(i, articleBands[i]), List.of()));
    return out;
  }

  void addBands(String articleId, long[] articleBands) {
    for (int i = 0; i < articleBands.length; i++) {
      bands.computeIfAbsent(new BandKey(i, articleBands[i]), k -> new ArrayList<>()).add(articleId);
    }
  }

  void addEvent(DyadKey key, EventSlots.Slot slot) {
    events.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
  }
}
