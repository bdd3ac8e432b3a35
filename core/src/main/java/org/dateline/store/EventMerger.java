package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.Place;

/**
 * Puts a mention into an event by the rule of {@link EventSlots}: the stored event with the same
 * directed dyad and CAMEO root whose days lie within the window of the mention's day, in the same
 * place where both know it, or else a new event. Mentions without any known actor never merge:
 * "someone criticised someone" in two articles is no evidence of one event. A mention of an act
 * denied or only supposed ({@link Event#isFactual}) merges only with its like, into events flagged
 * not factual, so it never makes, joins or widens an event that happened.
 */
final class EventMerger {
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
    EventSlots.Slot found = EventSlots.merges(row.actor1(), row.actor2())
        ? EventSlots.nearest(state.events.getOrDefault(key(row), List.of()), row.day(), row.event().location(), mergeDays)
        : null;
    if (found == null) return create(row);
    extend(found, row);
    return found.id;
  }

  private static WriterState.DyadKey key(MentionRow row) {
    return new WriterState.DyadKey(row.actor1(), row.actor2(), row.root(), row.event().isFactual());
  }

  private long create(MentionRow row) throws SQLException {
    long id = state.nextEventId++;
    Event e = row.event();
    Place p = e.location();
    if (insert == null) {
      insert = conn.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
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
    insert.setBoolean(15, e.isFactual());
    insert.executeUpdate();
    if (EventSlots.merges(row.actor1(), row.actor2())) state.addEvent(key(row), EventSlots.Slot.of(id, row.day(), p));
    return id;
  }

  /** Widens the event's days to the mention's, and takes the mention's place if the event had none. */
  private void extend(EventSlots.Slot slot, MentionRow row) throws SQLException {
    if (EventSlots.widen(slot, row.day())) {
      if (widen == null) widen = conn.prepareStatement("UPDATE events SET first_day = ?, last_day = ? WHERE id = ?");
      widen.setDate(1, Date.valueOf(slot.first));
      widen.setDate(2, Date.valueOf(slot.last));
      widen.setLong(3, slot.id);
      widen.executeUpdate();
    }
    Place p = row.event().location();
    if (!EventSlots.place(slot, p)) return;
    if (placeIt == null) {
      placeIt = conn.prepareStatement("UPDATE events SET place_name = ?, place_country = ?, lat = ?, lon = ? WHERE id = ?");
    }
    setPlace(placeIt, 1, p);
    placeIt.setLong(5, slot.id);
    placeIt.executeUpdate();
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
