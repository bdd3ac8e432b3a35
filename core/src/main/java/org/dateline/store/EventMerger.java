package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
  private final WriterState state;
  private PreparedStatement insert;
  private PreparedStatement widen;
  private PreparedStatement placeIt;

  EventMerger(Connection conn, WriterState state) {
    this.conn = conn;
    this.state = state;
  }

  long assign(MentionRow row, int mergeDays) throws SQLException {
    WriterState.Slot found = row.actor1() == null && row.actor2() == null ? null : find(row, mergeDays);
    if (found == null) return create(row);
    extend(found, row);
    return found.id;
  }

  /** The nearest event in days of the same dyad and root within the window, in the same place where known. */
  private WriterState.Slot find(MentionRow row, int mergeDays) {
    LocalDate lo = row.day().minusDays(mergeDays);
    LocalDate hi = row.day().plusDays(mergeDays);
    WriterState.Slot best = null;
    long bestGap = Long.MAX_VALUE;
    for (WriterState.Slot s : state.events.getOrDefault(key(row), List.of())) {
      if (s.last.isBefore(lo) || s.first.isAfter(hi)) continue;
      if (!samePlace(s.placeCountry, s.lat, s.lon, row.event().location())) continue;
      long gap = Math.abs(ChronoUnit.DAYS.between(s.first, row.day()));
      if (gap < bestGap || gap == bestGap && s.id < best.id) {
        best = s;
        bestGap = gap;
      }
    }
    return best;
  }

  private static WriterState.DyadKey key(MentionRow row) {
    return new WriterState.DyadKey(row.actor1(), row.actor2(), row.root());
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
    long id = state.nextEventId++;
    Event e = row.event();
    Place p = e.location();
    if (insert == null) insert = conn.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.setLong(1, id);
    insert.setString(2, row.actor1());
    insert.setString(3, row.actor2());
    insert.setString(4, e.cameo());
    insert.setString(5, row.root());
    insert.setInt(6, e.quadClass());
    insert.setDouble(7, e.goldstein());
    insert.setString(8, e.plover() == null ? null : e.plover().type());
    insert.setDate(9, Date.valueOf(row.day()));
    insert.setDate(10, Date.valueOf(row.day()));
    setPlace(insert, 11, p);
    insert.executeUpdate();
    if (row.actor1() != null || row.actor2() != null) {
      state.addEvent(key(row), new WriterState.Slot(id, row.day(), row.day(), p == null ? null : p.name(),
          p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon()));
    }
    return id;
  }

  /** Widens the event's days to the mention's, and takes the mention's place if the event had none. */
  private void extend(WriterState.Slot slot, MentionRow row) throws SQLException {
    if (row.day().isBefore(slot.first) || row.day().isAfter(slot.last)) {
      if (widen == null) widen = conn.prepareStatement("UPDATE events SET first_day = ?, last_day = ? WHERE id = ?");
      if (row.day().isBefore(slot.first)) slot.first = row.day();
      if (row.day().isAfter(slot.last)) slot.last = row.day();
      widen.setDate(1, Date.valueOf(slot.first));
      widen.setDate(2, Date.valueOf(slot.last));
      widen.setLong(3, slot.id);
      widen.executeUpdate();
    }
    Place p = row.event().location();
    if (p == null || slot.placeName != null) return;
    if (placeIt == null) {
      placeIt = conn.prepareStatement("UPDATE events SET place_name = ?, place_country = ?, lat = ?, lon = ? WHERE id = ?");
    }
    setPlace(placeIt, 1, p);
    placeIt.setLong(5, slot.id);
    placeIt.executeUpdate();
    slot.placeName = p.name();
    slot.placeCountry = p.country();
    slot.lat = p.lat();
    slot.lon = p.lon();
  }

  void close() throws SQLException {
    for (PreparedStatement ps : new PreparedStatement[] {insert, widen, placeIt}) if (ps != null) ps.close();
    insert = widen = placeIt = null;
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
