package org.dateline.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the web interface draws for a set of filtered events: counts per period split by QuadClass,
 * the dyads between actors, and where the events happened. Each event counts once, by its first day.
 * These need no per-source counts, so they read the events with their number of mentions instead
 * of the {@code event_stats} view, which joins every mention to its article and origin.
 */
public final class Overviews {
  /** The events that have mentions (as in event_stats), with how many. */
  static final String EVENTS = " FROM events e JOIN (SELECT event_id, count(*) AS num_mentions FROM mentions "
      + "GROUP BY event_id) mc ON mc.event_id = e.id";

  private final Connection conn;
  private final TextIndex index;

  public Overviews(Store store) {
    this.conn = store.connection();
    this.index = new TextIndex(store.indexDir());
  }

  /** Per period: events, events of each QuadClass (q1..q4), mentions and mean Goldstein score. */
  public List<Map<String, Object>> timeline(EventFilter f, String by) throws SQLException, IOException {
    if (!EventQueries.PERIODS.contains(by)) throw new BadParameter("by", "'" + by + "' is not one of day, week, month, year");
    EventSql w = new EventSql(f, index);
    return Rows.query(conn, "SELECT CAST(date_trunc('" + by + "', e.first_day) AS DATE) AS period, count(*) AS events, "
        + "count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2, "
        + "count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4, "
        + "sum(mc.num_mentions) AS mentions, round(avg(e.goldstein), 3) AS mean_goldstein" + EVENTS
        + w.sql + " AND e.first_day IS NOT NULL GROUP BY period ORDER BY period", w.params);
  }

  /** Directed actor pairs with their number of events and mean Goldstein score, most events first. */
  public List<Map<String, Object>> dyads(EventFilter f, int limit) throws SQLException, IOException {
    return limited(f, "SELECT e.actor1 AS source, e.actor2 AS target, count(*) AS events, "
        + "round(avg(e.goldstein), 3) AS mean_goldstein" + EVENTS,
        " AND e.actor1 IS NOT NULL AND e.actor2 IS NOT NULL GROUP BY ALL ORDER BY events DESC, source, target", limit);
  }

  /** Events that have a place, with what a map marker shows, at most {@code limit}. */
  public List<Map<String, Object>> points(EventFilter f, int limit) throws SQLException, IOException {
    return limited(f, "SELECT e.id, e.lat, e.lon, e.quad_class AS quad, e.place_name AS place, e.cameo, "
        + "e.plover_type AS plover, e.first_day AS date, e.actor1, e.actor2" + EVENTS,
        " AND e.lat IS NOT NULL AND e.lon IS NOT NULL ORDER BY e.id", limit);
  }

  /** {@code select} over the filtered events, then {@code rest} (more conditions, grouping, order), at most limit rows. */
  private List<Map<String, Object>> limited(EventFilter f, String select, String rest, int limit)
      throws SQLException, IOException {
    EventSql w = new EventSql(f, index);
    List<Object> params = new ArrayList<>(w.params);
    params.add(limit);
    return Rows.query(conn, select + w.sql + rest + " LIMIT ?", params);
  }

  /** How many events of the filter have a place. */
  public long countPoints(EventFilter f) throws SQLException, IOException {
    EventSql w = new EventSql(f, index);
    return Rows.count(conn, "SELECT count(*)" + EVENTS + w.sql + " AND e.lat IS NOT NULL AND e.lon IS NOT NULL",
        w.params);
  }
}
