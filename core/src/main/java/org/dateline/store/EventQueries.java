package org.dateline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the store: events with filters, aggregates, one event with its evidence, articles, actors, search. */
public final class EventQueries {
  public static final Set<String> PERIODS = Set.of("day", "week", "month", "year");
  private static final String EVENT_COLUMNS = "e.id, e.first_day AS date, e.last_day, e.actor1, e.actor2, e.cameo, "
      + "e.cameo_root AS root, e.quad_class AS quad, e.goldstein, e.plover_type AS plover, e.place_name AS place, "
      + "e.place_country, e.lat, e.lon, e.num_mentions AS mentions, e.num_sources AS sources, "
      + "e.num_articles AS articles, e.first_seen, e.last_seen, e.factual";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection conn;
  private final TextIndex index;

  public EventQueries(Store store) {
    this.conn = store.connection();
    this.index = new TextIndex(store.indexDir());
  }

  public TextIndex index() { return index; }

  public List<Map<String, Object>> events(EventFilter f) throws SQLException, IOException {
    EventSql w = new EventSql(f, index);
    List<Object> params = new ArrayList<>(w.params);
    params.add(f.limit());
    params.add(f.offset());
    if (f.sort().endsWith("sources") || f.sort().endsWith("articles")) {
      return Rows.query(conn, "SELECT " + EVENT_COLUMNS + " FROM event_stats e" + w.sql + w.orderBy(f)
          + " LIMIT ? OFFSET ?", params);
    }
    // The page's events are chosen without the per-source statistics, which are then computed for
    // them alone: constant ids reach the view's scan of events, a subquery would not.
    List<Object> ids = Rows.query(conn, "SELECT e.id" + Overviews.EVENTS + w.sql
        + w.orderBy(f).replace("e.num_mentions", "mc.num_mentions") + " LIMIT ? OFFSET ?", params)
        .stream().map(r -> r.get("id")).toList();
    if (ids.isEmpty()) return new ArrayList<>();
    return Rows.query(conn, "SELECT " + EVENT_COLUMNS + " FROM event_stats e WHERE e.id IN ("
        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")" + w.orderBy(f), ids);
  }

  public long countEvents(EventFilter f) throws SQLException, IOException {
    EventSql w = new EventSql(f, index);
    // The filters read only the events' own columns, so the count needs no per-event statistics.
    return Rows.count(conn, "SELECT count(*)" + Overviews.EVENTS + w.sql, w.params);
  }

  /** Events, mentions and mean Goldstein score (over events) per day, week, month or year of the events' first day. */
  public List<Map<String, Object>> aggregate(EventFilter f, String by) throws SQLException, IOException {
    if (!PERIODS.contains(by)) throw new BadParameter("by", "'" + by + "' is not one of day, week, month, year");
    EventSql w = new EventSql(f, index);
    return Rows.query(conn, "SELECT CAST(date_trunc('" + by + "', e.first_day) AS DATE) AS period, count(*) AS events, "
        + "sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 3) AS mean_goldstein FROM event_stats e"
        + w.sql + " GROUP BY period ORDER BY period", w.params);
  }

  /** One event with every mention's evidence and actors, or null when there is no such event. */
  public Map<String, Object> event(long id) throws SQLException {
    List<Map<String, Object>> rows = Rows.query(conn, "SELECT " + EVENT_COLUMNS + " FROM event_stats e WHERE e.id = ?",
        List.of(id));
    if (rows.isEmpty()) return null;
    Map<String, Object> event = rows.get(0);
    event.put("mention_details", mentions("m.event_id = ?", id));
    return event;
  }

  List<Map<String, Object>> mentions(String where, Object param) throws SQLException {
    List<Map<String, Object>> ms = Rows.query(conn, "SELECT m.id, m.article_id, a.title, a.source, a.date AS article_date, "
        + "a.url, a.duplicate_of, m.event_id, m.cameo, m.quad_class AS quad, m.goldstein, m.plover_type AS plover, "
        + "m.plover_mode, m.plover_context, m.date_value, m.day, m.place_name AS place, m.place_country, m.negated, m.modality, "
        + "m.confidence, m.sentence, m.char_start AS start, m.char_end AS end, m.evidence, m.trigger "
        + "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE " + where + " ORDER BY a.date, m.id",
        List.of(param));
    // Every mention's actors in one query, not one query per mention
    Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> m : ms) {
      m.put("source_actors", new ArrayList<Map<String, Object>>());
      m.put("target_actors", new ArrayList<Map<String, Object>>());
      byId.put(m.get("id"), m);
    }
    if (ms.isEmpty()) return ms;
    List<Map<String, Object>> actors = Rows.query(conn, "SELECT ma.mention_id, ma.side, ma.text, ma.name, ma.code, "
        + "ma.country, ma.sector, ma.role FROM mention_actors ma JOIN mentions m ON m.id = ma.mention_id WHERE " + where
        + " ORDER BY ma.mention_id, ma.side, ma.idx", List.of(param));
    for (Map<String, Object> a : actors) {
      Map<String, Object> m = byId.get(a.remove("mention_id"));
      if (m == null) continue;
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> side = (List<Map<String, Object>>) m.get("source".equals(a.remove("side"))
          ? "source_actors" : "target_actors");
      side.add(a);
    }
    return ms;
  }

  /** An article's record (as {@code dateline code} writes it), its duplicate link and its stored events. */
  public Map<String, Object> article(String id) throws SQLException, IOException {
    List<Map<String, Object>> rows = Rows.query(conn, "SELECT id, duplicate_of, similarity, content_hash, "
        + "ingested_at, record FROM articles WHERE id = ?", List.of(id));
    if (rows.isEmpty()) return null;
    Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
    out.put("record", JSON.readTree(String.valueOf(out.get("record"))));
    out.put("mentions", mentions("m.article_id = ?", id));
    return out;
  }

  public List<Map<String, Object>> articles(String source, int limit, int offset) throws SQLException {
    return Rows.query(conn, "SELECT id, date, source, title, url, duplicate_of, n_events AS events FROM articles "
        + "WHERE (? IS NULL OR source = ?) ORDER BY date, id LIMIT ? OFFSET ?",
        java.util.Arrays.asList(source, source, limit, offset));
  }

  public List<Map<String, Object>> actors(String q, String country, String sector, int limit, int offset)
      throws SQLException {
    String like = q == null ? null : "%" + q + "%";
    return Rows.query(conn, "SELECT code, name, country, sector, mentions, events, example FROM actors "
        + "WHERE (? IS NULL OR code ILIKE ? OR name ILIKE ? OR example ILIKE ?) AND (? IS NULL OR country = ?) "
        + "AND (? IS NULL OR sector = ?) ORDER BY mentions DESC, code NULLS LAST, name LIMIT ? OFFSET ?",
        java.util.Arrays.asList(like, like, like, like, country, country, sector, sector, limit, offset));
  }

  /** Articles matching a full-text query, best first, with their score. */
  public List<Map<String, Object>> search(String q, int limit) throws SQLException, IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TextIndex.Hit h : index.search(q, limit)) {
      List<Map<String, Object>> rows = Rows.query(conn, "SELECT id, date, source, title, url, duplicate_of, "
          + "n_events AS events FROM articles WHERE id = ?", List.of(h.id()));
      if (rows.isEmpty()) continue;
      Map<String, Object> row = rows.get(0);
      row.put("score", h.score());
      out.add(row);
    }
    return out;
  }
}
