package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.dateline.model.Event;

/**
 * Brings a store of version 2 or older to version 3, where events are factual or not: until then
 * a mention denying an act ("did not attack") or only supposing it ("might attack") merged like
 * a real one. An event whose every mention is such is flagged not factual and keeps its id; an
 * event of both kinds keeps its id and its factual mentions, and the others move to a new event.
 * Each half then takes its code, days and place from its own mentions, first mention first, as
 * merging would have given them. Split halves are not merged again with other events.
 */
final class FactualSplit {
  private FactualSplit() {}

  /** Whether the store has events without the factual column. */
  static boolean needed(Connection c) throws SQLException {
    return exists(c, "events", null) && !exists(c, "events", "factual");
  }

  /** Whether the table (and, when given, its column) exists. */
  static boolean exists(Connection c, String table, String column) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM duckdb_columns() "
        + "WHERE NOT internal AND table_name = ? AND (? IS NULL OR column_name = ?)")) {
      ps.setString(1, table);
      ps.setString(2, column);
      ps.setString(3, column);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  /** {@link Event#factual} over a mentions row {@code m}. */
  static String factualSql(String m) {
    String notHappened = Event.NOT_HAPPENED.stream().sorted().map(x -> "'" + x + "'")
        .collect(Collectors.joining(", "));
    return "(NOT coalesce(" + m + ".negated, false) AND coalesce(" + m + ".modality, '') NOT IN (" + notHappened + "))";
  }

  static void apply(Connection c) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE events ADD COLUMN factual BOOLEAN DEFAULT TRUE");
      s.execute("CREATE TEMP TABLE told AS SELECT m.id, m.event_id, " + factualSql("m") + " AS factual, "
          + "row_number() OVER (ORDER BY a.ingested_at, m.article_id, m.idx) AS ord "
          + "FROM mentions m JOIN articles a ON a.id = m.article_id");
      s.execute("UPDATE events SET factual = false WHERE id IN "
          + "(SELECT event_id FROM told GROUP BY event_id HAVING NOT bool_or(factual))");
      s.execute("CREATE TEMP TABLE moved AS SELECT event_id AS old_id, "
          + "(SELECT coalesce(max(id), 0) FROM events) + row_number() OVER (ORDER BY event_id) AS new_id "
          + "FROM told GROUP BY event_id HAVING bool_or(factual) AND bool_or(NOT factual)");
      s.execute("INSERT INTO events (id, actor1, actor2, cameo, cameo_root, factual) "
          + "SELECT mv.new_id, e.actor1, e.actor2, e.cameo, e.cameo_root, false FROM events e "
          + "JOIN moved mv ON mv.old_id = e.id");
      s.execute("UPDATE mentions SET event_id = mv.new_id FROM told t, moved mv "
          + "WHERE mentions.id = t.id AND t.event_id = mv.old_id AND NOT t.factual");
      s.execute(RESHAPE);
      s.execute("DROP TABLE told");
      s.execute("DROP TABLE moved");
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Both halves of each split event take their row from their own mentions. */
  private static final String RESHAPE = """
      UPDATE events SET cameo = f.cameo, quad_class = f.quad_class, goldstein = f.goldstein,
        plover_type = f.plover_type, first_day = f.first_day, last_day = f.last_day,
        place_name = f.place.name, place_country = f.place.country, lat = f.place.lat, lon = f.place.lon
      FROM (SELECT m.event_id, first(m.cameo ORDER BY t.ord) AS cameo,
              first(m.quad_class ORDER BY t.ord) AS quad_class, first(m.goldstein ORDER BY t.ord) AS goldstein,
              first(m.plover_type ORDER BY t.ord) AS plover_type, min(m.day) AS first_day, max(m.day) AS last_day,
              first({'name': m.place_name, 'country': m.place_country, 'lat': m.lat, 'lon': m.lon} ORDER BY t.ord)
                FILTER (WHERE m.place_name IS NOT NULL OR m.place_country IS NOT NULL OR m.lat IS NOT NULL) AS place
            FROM mentions m JOIN told t ON t.id = m.id
            WHERE m.event_id IN (SELECT old_id FROM moved UNION ALL SELECT new_id FROM moved)
            GROUP BY m.event_id) f
      WHERE events.id = f.event_id""";
}
