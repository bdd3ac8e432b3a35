package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.dateline.model.Event;
import org.dateline.model.Place;

/**
 * Puts a mention into an event: the stored event with the same directed dyad and CAMEO root whose
 * days lie within the window of the mention's day, in the same place where both know it, or else
 * a new event. Mentions without any known actor never merge: "someone criticised someone" in two
 * articles is no evidence of one event.
 */
final class EventMerger {
  /** Two places further apart than this are not the same place. */
  static final double MAX_KM = 100;

  private final Connection conn;

  EventMerger(Connection conn) {
    this.conn = conn;
  }

  long assign(MentionRow row, int mergeDays) throws SQLException {
    Long found = row.actor1() == null && row.actor2() == null ? null : find(row, mergeDays);
    if (found == null) return create(row);
    extend(found, row);
    return found;
  }

  private Long find(MentionRow row, int mergeDays) throws SQLException {
    String sql = "SELECT id, place_country, lat, lon FROM events WHERE actor1 IS NOT DISTINCT FROM ? "
        + "AND actor2 IS NOT DISTINCT FROM ? AND cameo_root = ? AND last_day >= ? AND first_day <= ? "
        + "ORDER BY abs(date_diff('day', first_day, ?)), id";
    Place p = row.event().location();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, row.actor1());
      ps.setString(2, row.actor2());
      ps.setString(3, row.root());
      ps.setDate(4, Date.valueOf(row.day().minusDays(mergeDays)));
      ps.setDate(5, Date.valueOf(row.day().plusDays(mergeDays)));
      ps.setDate(6, Date.valueOf(row.day()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (samePlace(rs.getString(2), (Double) rs.getObject(3), (Double) rs.getObject(4), p)) return rs.getLong(1);
        }
      }
    }
    return null;
  }

  static boolean samePlace(String country, Double lat, Double lon, Place p) {
    if (p == null) return true;
    if (country != null && p.country() != null && !country.equals(p.country())) return false;
    if (lat != null && lon != null && p.lat() != null && p.lon() != null) {
      return Geo.km(lat, lon, p.lat(), p.lon()) <= MAX_KM;
    }
    return true;
  }

  private long create(MentionRow row) throws SQLException {
    long id;
    try (var s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM events")) {
      rs.next();
      id = rs.getLong(1);
    }
    Event e = row.event();
    Place p = e.location();
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, row.actor1());
      ps.setString(3, row.actor2());
      ps.setString(4, e.cameo());
      ps.setString(5, row.root());
      ps.setInt(6, e.quadClass());
      ps.setDouble(7, e.goldstein());
      ps.setString(8, e.plover() == null ? null : e.plover().type());
      ps.setDate(9, Date.valueOf(row.day()));
      ps.setDate(10, Date.valueOf(row.day()));
      setPlace(ps, 11, p);
      ps.executeUpdate();
    }
    return id;
  }

  /** Widens the event's days to the mention's, and takes the mention's place if the event had none. */
  private void extend(long id, MentionRow row) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "UPDATE events SET first_day = least(first_day, ?), last_day = greatest(last_day, ?) WHERE id = ?")) {
      ps.setDate(1, Date.valueOf(row.day()));
      ps.setDate(2, Date.valueOf(row.day()));
      ps.setLong(3, id);
      ps.executeUpdate();
    }
    Place p = row.event().location();
    if (p == null) return;
    try (PreparedStatement ps = conn.prepareStatement(
        "UPDATE events SET place_name = ?, place_country = ?, lat = ?, lon = ? WHERE id = ? AND place_name IS NULL")) {
      setPlace(ps, 1, p);
      ps.setLong(5, id);
      ps.executeUpdate();
    }
  }

  static void setPlace(PreparedStatement ps, int at, Place p) throws SQLException {
    ps.setString(at, p == null ? null : p.name());
    ps.setString(at + 1, p == null ? null : p.country());
    setDouble(ps, at + 2, p == null ? null : p.lat());
    setDouble(ps, at + 3, p == null ? null : p.lon());
  }

  static void setDouble(PreparedStatement ps, int at, Double v) throws SQLException {
    if (v == null) ps.setNull(at, Types.DOUBLE);
    else ps.setDouble(at, v);
  }
}
