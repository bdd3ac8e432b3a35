package org.dateline.resolve.time;

import java.util.List;
import java.util.Set;

/**
 * Expressions measured from the article date: "last week", "this month", "next year", "the
 * quarter", "two days ago", "in three weeks", "a year from now", "a year earlier", and vague
 * references ("recently", "now", "the coming months").
 */
final class RelativeForms {
  // Words that may stand in "a year earlier", "the same period last year", "the year-ago quarter".
  private static final Set<String> COMPARISON = Set.of("quarter", "period", "month", "year", "ago", "earlier",
      "same", "corresponding", "comparable", "year's", "results", "last", "of", "the", "a", "an", "one", "in");
  // Words that name the period compared; without one, only an earnings quarter is compared.
  private static final Set<String> PERIOD = Set.of("quarter", "period", "month", "same", "corresponding", "comparable");

  private final TimeLexicon lex = TimeLexicon.get();
  private final DateForms dates;
  private final Lengths lengths;

  RelativeForms(DateForms dates, Lengths lengths) {
    this.dates = dates;
    this.lengths = lengths;
  }

  /**
   * The reading of the whole word list, or null. {@code ahead} says the expression followed
   * "in" ("in three weeks"), which counts forward from the article date.
   */
  Reading read(List<String> w, Context c, boolean ahead) {
    if (w.isEmpty()) return null;
    String vague = lex.value("vague", String.join(" ", w));
    if (vague != null) return Reading.date(vague);
    // "will one day be": some day ahead, not a day's length.
    if (w.equals(List.of("one", "day")) && c.tense() == Tense.FUTURE) return Reading.date("FUTURE_REF");
    Reading r = vagueStretch(w);
    if (r == null) r = yearEarlier(w, c);
    if (r == null) r = unitFromNow(w, c);
    if (r == null) r = thisUnit(w, c);
    if (r == null && ahead) r = inLength(w, c);
    return r;
  }

  /** "recent years", "past decades", "the coming months": plural units without a count. */
  private Reading vagueStretch(List<String> w) {
    if (w.size() < 2 || Words.count(w, 1) != null) return null;
    Lengths.Length len = lengths.length(w, 1);
    if (len == null || !len.vague()) return null;
    if (lex.is("vaguepast", w.get(0))) return Reading.date("PAST_REF");
    if (lex.is("vaguefuture", w.get(0))) return Reading.date("FUTURE_REF");
    return null;
  }

  /**
   * "a year earlier", "the year-ago quarter", "the same period last year": in a story that has
   * been speaking of a quarter (or, with "same period", a month), that period a year before;
   * otherwise the year before the article's.
   */
  private Reading yearEarlier(List<String> w, Context c) {
    boolean back = w.contains("ago") || w.contains("earlier") || w.contains("last");
    if (!w.contains("year") || !back || !COMPARISON.containsAll(w)) return null;
    boolean named = w.stream().anyMatch(PERIOD::contains);
    if (w.contains("last") && !named) return null;
    String period = named && c.period() != null ? c.period() : c.quarter();
    if (period != null) {
      int year = Integer.parseInt(period.substring(0, 4)) - 1;
      return Reading.date(year + period.substring(4));
    }
    return Reading.date(String.valueOf(c.dct().getYear() - 1));
  }

  /** "two days ago", "six weeks ago", "a year from now", "several years ago". */
  private Reading unitFromNow(List<String> w, Context c) {
    Lengths.Length len = lengths.length(w, 0);
    if (len == null) return null;
    List<String> tail = w.subList(len.end(), w.size());
    int sign;
    // "three days later", "a day earlier": measured from another event, so only the length is known.
    if (tail.size() == 1 && tail.get(0).matches("later|earlier|before|after") && !len.vague()) {
      return Reading.duration(Lengths.period(len.count(), len.unit()));
    }
    if (tail.size() == 1 && tail.get(0).equals("ago")) sign = -1;
    else if (tail.equals(List.of("from", "now")) || tail.equals(List.of("hence"))) sign = 1;
    else return null;
    if (len.vague()) return Reading.date(sign < 0 ? "PAST_REF" : "FUTURE_REF");
    return shifted(c, sign * len.count(), len.unit());
  }

  /** "in three weeks", "in two years": the article date moved forward. */
  private Reading inLength(List<String> w, Context c) {
    Lengths.Length len = lengths.length(w, 0);
    if (len == null || len.end() != w.size()) return null;
    if (len.vague()) return Reading.date("FUTURE_REF");
    return shifted(c, len.count(), len.unit());
  }

  private static Reading shifted(Context c, double n, String unit) {
    if (n != Math.rint(n)) return null;
    String v = Periods.shifted(c.dct(), (long) n, unit);
    return v == null ? null : Reading.date(v);
  }

  /** "this week", "last month", "next year", "the past year", "the quarter", "this decade". */
  private Reading thisUnit(List<String> w, Context c) {
    if (w.size() == 1 && w.get(0).equals("quarter")) return Reading.date(theQuarter(c));
    if (w.size() == 1 && w.get(0).equals("weekend")) return Reading.date(weekend(c));
    // "year end", "year's end": the end of the article's year.
    if (w.size() == 2 && w.get(0).matches("year|year's") && w.get(1).equals("end")) {
      return new Reading("DATE", String.valueOf(c.dct().getYear()), "END");
    }
    // "the day", "the same day": in a news report, the day it reports.
    if (w.size() == 1 && w.get(0).equals("day")) return Reading.date(c.dct().toString());
    if (w.size() == 1 && w.get(0).equals("period") && c.quarter() != null) return Reading.date(c.quarter());
    // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
    if (w.size() == 2 && w.get(0).matches("1[0-9]{3}|20[0-9]{2}") && w.get(1).matches("quarter|period")) {
      return Reading.date(c.quarter() == null ? w.get(0) : w.get(0) + c.quarter().substring(4));
    }
    if (w.size() != 2 || !lex.is("unit", w.get(1))) return null;
    int shift = dates.direction(w.get(0));
    if (shift == Integer.MIN_VALUE) return null;
    String unit = lex.value("unit", w.get(1));
    // "the latest quarter": the last one closed, whatever else the story spoke of.
    if (unit.equals("Q") && shift < 0 && w.get(0).matches("latest|recent")) {
      return Reading.date(Periods.shifted(c.dct(), -1, "Q"));
    }
    if (unit.equals("DE") || unit.equals("CE")) return epoch(c, shift, unit, w.get(0));
    String v = Periods.shifted(c.dct(), shift, unit);
    return v == null ? null : Reading.date(v);
  }

  // "the weekend" of a past clause is the last one, of a future clause the next.
  private static String weekend(Context c) {
    return Periods.week(Periods.weekday(c.dct(), 6, c.tense(), 0)) + "-WE";
  }

  // "the quarter" in a report is the quarter it has been speaking of, or the last one closed.
  private static String theQuarter(Context c) {
    if (c.quarter() != null) return c.quarter();
    return Periods.shifted(c.dct(), c.tense() == Tense.FUTURE ? 0 : -1, "Q");
  }

  // "the past decade" is a length of ten years; "this decade" and "the last century" are periods.
  private static Reading epoch(Context c, int shift, String unit, String word) {
    if (word.equals("past")) return Reading.duration(Lengths.period(1, unit));
    int size = unit.equals("DE") ? 10 : 100;
    int start = c.dct().getYear() / size + shift;
    return Reading.date(String.valueOf(start));
  }
}
