package org.dateline.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dateline.model.Place;

/**
 * The store's rule for merging mentions into events, apart from the database, so that another
 * engine (the Spark job) merges exactly alike: a mention joins the event of its directed dyad and
 * CAMEO root whose days lie within the window of its day, nearest first day first, in the same
 * place where both know it; joining widens the event's days and gives it the mention's place if
 * it had none.
 */
public final class EventSlots {
  /** Two places further apart than this are not the same place. */
  public static final double MAX_KM = 100;

  private EventSlots() {}

  /** An event as merging sees it; days and place change as mentions join it. */
  public static final class Slot {
    public final long id;
    public LocalDate first;
    public LocalDate last;
    public String placeName;
    public String placeCountry;
    public Double lat;
    public Double lon;

    public Slot(long id, LocalDate first, LocalDate last, String placeName, String placeCountry, Double lat, Double lon) {
      this.id = id;
      this.first = first;
      this.last = last;
      this.placeName = placeName;
      this.placeCountry = placeCountry;
      this.lat = lat;
      this.lon = lon;
    }

    /** A new event of one mention on this day, at this place (or none). */
    public static Slot of(long id, LocalDate day, Place p) {
      return new Slot(id, day, day, p == null ? null : p.name(), p == null ? null : p.country(),
          p == null ? null : p.lat(), p == null ? null : p.lon());
    }
  }

  /** Whether a mention may merge at all: one without any known actor never does. */
  public static boolean merges(String actor1, String actor2) {
    return actor1 != null || actor2 != null;
  }

  /** The event of the same key a mention joins: the nearest in days within the window, lowest id on ties; null for none. */
  public static Slot nearest(List<Slot> slots, LocalDate day, Place location, int mergeDays) {
    LocalDate lo = day.minusDays(mergeDays);
    LocalDate hi = day.plusDays(mergeDays);
    Slot best = null;
    long bestGap = Long.MAX_VALUE;
    for (Slot s : slots) {
      if (s.last.isBefore(lo) || s.first.isAfter(hi)) continue;
      if (!samePlace(s.placeCountry, s.lat, s.lon, location)) continue;
      long gap = Math.abs(ChronoUnit.DAYS.between(s.first, day));
      if (gap < bestGap || gap == bestGap && s.id < best.id) {
        best = s;
        bestGap = gap;
      }
    }
    return best;
  }

  static boolean samePlace(String country, Double lat, Double lon, Place p) {
    if (p == null) return true;
    if (country != null && p.country() != null && !country.equals(p.country())) return false;
    if (lat != null && lon != null && p.lat() != null && p.lon() != null) {
      return Geo.km(lat, lon, p.lat(), p.lon()) <= MAX_KM;
    }
    return true;
  }

  /** Widens the event's days to take in the day; true when they changed. */
  public static boolean widen(Slot s, LocalDate day) {
    if (!day.isBefore(s.first) && !day.isAfter(s.last)) return false;
    if (day.isBefore(s.first)) s.first = day;
    if (day.isAfter(s.last)) s.last = day;
    return true;
  }

  /** Gives the event the mention's place when it had none; true when it did. */
  public static boolean place(Slot s, Place p) {
    if (p == null || s.placeName != null) return false;
    s.placeName = p.name();
    s.placeCountry = p.country();
    s.lat = p.lat();
    s.lon = p.lon();
    return true;
  }
}
