package org.dateline.resolve.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Days and times of day: "Wednesday", "last Friday", "Friday, Oct. 23", "today", "yesterday",
 * "tomorrow", "tonight", "Wednesday night", "this morning", "last night", "9 a.m. EST Tuesday",
 * "18:00 UTC". A weekday alone takes the direction of its clause's tense.
 */
final class DayForms {
  private final TimeLexicon lex = TimeLexicon.get();
  private final DateForms dates;

  DayForms(DateForms dates) {
    this.dates = dates;
  }

  /** The reading of the whole word list, or null when it is not a day or a time of day. */
  Reading read(List<String> w, Context c) {
    Reading clock = clock(w, c);
    if (clock != null) return clock;
    Reading part = partOfDay(w, c);
    if (part != null) return part;
    String day = day(w, c);
    return day == null ? null : Reading.date(day);
  }

  /** A day: a weekday, a relative day or a written date; null otherwise. */
  String day(List<String> w, Context c) {
    if (w.isEmpty()) return null;
    if (w.size() == 1 && lex.is("relday", w.get(0))) {
      return c.dct().plusDays(lex.number("relday", w.get(0), 0)).toString();
    }
    for (int i = 0; i < w.size(); i++) {
      if (!lex.is("weekday", w.get(i))) continue;
      int dow = lex.number("weekday", w.get(i), 1);
      List<String> rest = new ArrayList<>(w);
      rest.remove(i);
      if (rest.isEmpty()) return Periods.weekday(c.dct(), dow, c.tense(), 0).toString();
      if (rest.size() == 1 && i == 1) {
        int shift = dates.direction(rest.get(0));
        if (shift != Integer.MIN_VALUE) return Periods.weekday(c.dct(), dow, c.tense(), shift).toString();
      }
      // "Friday, Oct. 23": the written date decides, in a year where that day is a Friday.
      String written = dates.read(rest, c);
      boolean yearGiven = rest.stream().anyMatch(x -> x.matches("\\d{4}"));
      if (written != null && written.length() == 10 && !yearGiven) written = sameWeekday(written, dow);
      return written != null && written.length() == 10 ? written : null;
    }
    String written = dates.read(w, c);
    return written != null && written.length() == 10 ? written : null;
  }

  // A date whose year was guessed moves to the nearest year where it falls on the named weekday.
  private static String sameWeekday(String date, int dow) {
    java.time.LocalDate d = java.time.LocalDate.parse(date);
    for (int k : new int[] {0, -1, 1}) {
      java.time.LocalDate e = d.plusYears(k);
      if (e.getDayOfWeek().getValue() == dow) return e.toString();
    }
    return date;
  }

  /** "Wednesday night", "this morning", "last night", "tomorrow evening", "morning". */
  private Reading partOfDay(List<String> w, Context c) {
    int at = -1;
    for (int i = 0; i < w.size() && at < 0; i++) if (lex.is("partofday", w.get(i))) at = i;
    boolean tonight = w.size() == 1 && w.get(0).equals("tonight");
    if (at < 0 && !tonight) return null;
    String code = tonight ? "NI" : lex.value("partofday", w.get(at));
    List<String> rest = new ArrayList<>(w);
    if (!tonight) rest.remove(at);
    String day;
    if (rest.isEmpty() || tonight || (rest.size() == 1 && rest.get(0).matches("this|today"))) {
      day = c.dct().toString();
    } else if (rest.size() == 1 && rest.get(0).equals("last") && code.equals("NI")) {
      day = c.dct().minusDays(1).toString();
    } else {
      day = day(rest, c);
    }
    return day == null ? null : Reading.time(day + "T" + code);
  }

  /** Clock times: "9 a.m.", "10:35 p.m. EST Tuesday", "18:00 UTC", "0800 GMT", "noon Saturday". */
  private Reading clock(List<String> w, Context c) {
    int hour = -1;
    int minute = 0;
    String zone = "";
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      String t = w.get(i);
      String next = i + 1 < w.size() ? w.get(i + 1) : "";
      if (hour < 0 && t.matches("\\d{1,2}:\\d{2}")) {
        hour = Integer.parseInt(t.substring(0, t.indexOf(':')));
        minute = Integer.parseInt(t.substring(t.indexOf(':') + 1));
      } else if (hour < 0 && t.matches("\\d{1,2}") && next.matches("[ap]\\.?m\\.?|o'clock")) {
        hour = Integer.parseInt(t);
      } else if (hour < 0 && t.matches("[01]\\d[0-5]\\d|2[0-3][0-5]\\d") && isZone(next)) {
        hour = Integer.parseInt(t.substring(0, 2));
        minute = Integer.parseInt(t.substring(2));
      } else if (hour < 0 && (t.equals("noon") || t.equals("midday"))) {
        hour = 12;
      } else if (t.matches("p\\.?m\\.?")) {
        if (hour >= 1 && hour < 12) hour += 12;
      } else if (t.matches("a\\.?m\\.?|o'clock")) {
        if (hour == 12) hour = 0;
      } else if (isZone(t)) {
        zone = t.matches("utc|gmt|z") ? "Z" : "";
      } else {
        rest.add(t);
      }
    }
    if (hour < 0 || hour > 24 || minute > 59) return null;
    String day = rest.isEmpty() || (rest.size() == 1 && rest.get(0).equals("today")) ? c.dct().toString() : day(rest, c);
    if (day == null) return null;
    return Reading.time(String.format("%sT%02d:%02d%s", day, hour, minute, zone));
  }

  // Zones other than UTC are dropped: TIMEX3 values here carry no offsets.
  private static boolean isZone(String t) {
    return t.matches("utc|gmt|z|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|jst|kst");
  }
}
