package org.dateline.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar dates written out: "Nov. 26", "26 November 2023", "November 26, 2023", "2023-11-26",
 * "11/26/2023", "November", "July last year", "2019", "the 1990s", "the 20th century",
 * "summer 2023", "the third quarter", "the first half of 2024", "Christmas". A part without a year
 * takes the year that fits the tense of its clause (see {@link Periods#year}).
 */
final class DateForms {
  private static final int DAY_GRACE = 7;
  private final TimeLexicon lex = TimeLexicon.get();

  /** The TIMEX3 date value of the whole word list, or null when it is not a written date. */
  String read(List<String> w, Context c) {
    if (w.isEmpty()) return null;
    if (w.size() == 1) {
      String one = single(w.get(0), c);
      if (one != null) return one;
    }
    String v = monthDay(w, c);
    if (v == null) v = shiftedMonth(w, c);
    if (v == null) v = season(w, c);
    if (v == null) v = quarter(w, c);
    if (v == null) v = holiday(w, c);
    if (v == null) v = decade(w, c);
    return v;
  }

  /** One word: an ISO date, a numeric date, a year, a decade ("'90s", "1990s"). */
  private String single(String w, Context c) {
    if (w.matches("\\d{4}-\\d{2}-\\d{2}")) return w;
    if (w.matches("\\d{1,2}/\\d{1,2}/\\d{2,4}")) return numeric(w, c);
    if (w.matches("1[0-9]{3}|20[0-9]{2}")) return w;
    return null;
  }

  // Month and day order is only trusted when one of the two cannot be a month: 26/11, 11/26.
  private static String numeric(String w, Context c) {
    String[] p = w.split("/");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    int y = Integer.parseInt(p[2]);
    if (p[2].length() == 2) y += y <= (c.dct().getYear() % 100) + 10 ? 2000 : 1900;
    int month;
    int day;
    if (a <= 12 && b > 12 && b <= 31) {
      month = a;
      day = b;
    } else if (b <= 12 && a > 12 && a <= 31) {
      month = b;
      day = a;
    } else if (a == b && a <= 12) {
      month = a;
      day = a;
    } else {
      return null;
    }
    return String.format("%04d-%02d-%02d", y, month, day);
  }

  /** "Nov. 26", "26 November 2023", "November 26, 2023", "November", "November 2023", "July last year". */
  private String monthDay(List<String> w, Context c) {
    int month;
    int day = 0;
    int next;
    if (lex.is("month", w.get(0))) {
      month = lex.number("month", w.get(0), 0);
      day = dayNumber(w, 1);
      next = day > 0 ? 2 : 1;
    } else {
      day = dayNumber(w, 0);
      int m = day > 0 && w.size() > 1 && w.get(1).equals("of") ? 2 : 1;
      if (day == 0 || w.size() <= m || !lex.is("month", w.get(m))) return null;
      month = lex.number("month", w.get(m), 0);
      next = m + 1;
    }
    // "May" alone is usually the verb; CoreNLP's tagger rarely offers it, but be safe.
    if (w.size() == 1 && w.get(0).equals("may")) return null;
    Integer year = next == w.size() ? null : yearPhrase(w, next, c);
    if (next < w.size() && year == null) return null;
    final int d = day;
    int y = year != null ? year
        : Periods.year(c.dct(), c.tense(), yy -> d > 0 ? Periods.day(yy, month, d) : Periods.month(yy, month), d > 0 ? DAY_GRACE : 0);
    if (day == 0) return String.format("%04d-%02d", y, month);
    if (day > LocalDate.of(y, month, 1).lengthOfMonth()) return null;
    return String.format("%04d-%02d-%02d", y, month, day);
  }

  /** "last April" (the latest April before this month), "next July", "this March" (the article's year). */
  private String shiftedMonth(List<String> w, Context c) {
    if (w.size() != 2 || !lex.is("month", w.get(1))) return null;
    int shift = direction(w.get(0));
    if (shift == Integer.MIN_VALUE) return null;
    int month = lex.number("month", w.get(1), 1);
    int now = c.dct().getMonthValue();
    int y = c.dct().getYear();
    if (shift < 0) y = month < now ? y : y - 1;
    if (shift > 0) y = month > now ? y : y + 1;
    return String.format("%04d-%02d", y, month);
  }

  /** A day of the month at {@code i} ("26", "26th", "1st"), or 0. */
  private static int dayNumber(List<String> w, int i) {
    if (i >= w.size()) return 0;
    String s = w.get(i).replaceAll("(st|nd|rd|th)$", "");
    if (!s.matches("\\d{1,2}")) return 0;
    int d = Integer.parseInt(s);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /**
   * The year named by words from {@code from} to the end: "2023", "of 2023", "this year",
   * "last year", "next year", "'23"; null when they name no year.
   */
  Integer yearPhrase(List<String> w, int from, Context c) {
    List<String> rest = new ArrayList<>(w.subList(from, w.size()));
    while (!rest.isEmpty() && rest.get(0).matches("of|in|the")) rest.remove(0);
    if (rest.size() == 1 && rest.get(0).matches("1[0-9]{3}|20[0-9]{2}")) return Integer.parseInt(rest.get(0));
    if (rest.size() == 2 && rest.get(1).equals("year")) {
      int shift = direction(rest.get(0));
      if (shift != Integer.MIN_VALUE) return c.dct().getYear() + shift;
    }
    return null;
  }

  /** -1 for last/past/previous, 0 for this/current, +1 for next/coming; MIN_VALUE otherwise. */
  int direction(String word) {
    if (lex.is("lastword", word)) return -1;
    if (lex.is("thisword", word)) return 0;
    if (lex.is("nextword", word)) return 1;
    return Integer.MIN_VALUE;
  }

  /** "summer", "last winter", "this spring", "summer 2023", "the summer of 2019". */
  private String season(List<String> w, Context c) {
    int i = 0;
    int shift = direction(w.get(0));
    if (shift != Integer.MIN_VALUE) i = 1;
    if (i >= w.size() || !lex.is("season", w.get(i))) return null;
    String code = lex.value("season", w.get(i));
    Integer year = i + 1 < w.size() ? yearPhrase(w, i + 1, c) : null;
    if (i + 1 < w.size() && year == null) return null;
    if (year == null) year = seasonYear(c, code, shift);
    return year + "-" + code;
  }

  // "last summer" is the latest summer already over; "next summer" the first not yet begun.
  private static int seasonYear(Context c, String code, int shift) {
    LocalDate d = c.dct();
    int y = d.getYear();
    if (shift == Integer.MIN_VALUE) return Periods.year(d, c.tense(), yy -> Periods.season(yy, code));
    if (shift == 0) return code.equals("WI") && d.getMonthValue() <= 2 ? y - 1 : y;
    if (shift < 0) {
      for (int yy = y; yy > y - 3; yy--) if (Periods.season(yy, code).last().isBefore(d)) return yy;
    } else {
      for (int yy = y - 1; yy < y + 3; yy++) if (Periods.season(yy, code).first().isAfter(d)) return yy;
    }
    return y;
  }

  /** "the third quarter", "the fourth quarter of 2009", "the first half of 2024", "Q3". */
  private String quarter(List<String> w, Context c) {
    int i = 0;
    int n;
    if (w.get(0).matches("q[1-4]")) {
      n = w.get(0).charAt(1) - '0';
      w = new ArrayList<>(w);
      w.add(1, "quarter");
    } else {
      n = lex.number("ordinal", w.get(0), 0);
    }
    if (n == 0 || w.size() < 2) return null;
    i = 1;
    if (w.get(i).equals("fiscal") || w.get(i).equals("calendar")) i++;
    if (i >= w.size()) return null;
    String unit = w.get(i);
    if (!unit.equals("quarter") && !unit.equals("half")) return null;
    int parts = unit.equals("quarter") ? 4 : 2;
    int part = n < 0 ? parts : n;
    if (part > parts) return null;
    Integer year = i + 1 < w.size() ? yearPhrase(w, i + 1, c) : null;
    if (i + 1 < w.size() && year == null) return null;
    if (year == null) {
      // Quarters are reported after they close: "expects to report third-quarter earnings" is
      // the quarter just closed, so a future tense says little; only the past is taken at its word.
      Tense t = c.tense() == Tense.PAST ? Tense.PAST : Tense.UNKNOWN;
      year = Periods.year(c.dct(), t, yy -> parts == 4 ? Periods.quarter(yy, part) : Periods.half(yy, part));
    }
    return year + (parts == 4 ? "-Q" : "-H") + part;
  }

  /** Fixed-date holidays from the lexicon, with or without a year; "Thanksgiving" by its rule. */
  private String holiday(List<String> w, Context c) {
    int n = lex.match("holiday", w, 0);
    if (n == 0) return null;
    String md = lex.value("holiday", String.join(" ", w.subList(0, n)));
    int next = n < w.size() && w.get(n).equals("day") ? n + 1 : n;
    Integer year = next < w.size() ? yearPhrase(w, next, c) : null;
    if (next < w.size() && year == null) return null;
    int y = year != null ? year : Periods.year(c.dct(), c.tense(), yy -> Periods.day(yy, month(md), day(yy, md)));
    return String.format("%04d-%02d-%02d", y, month(md), day(y, md));
  }

  private static int month(String md) {
    return Integer.parseInt(md.substring(0, 2));
  }

  // "12-25" is a fixed day; "11-THU4" the fourth Thursday of November, "05-MON5" the last Monday of May.
  private static int day(int year, String md) {
    String d = md.substring(3);
    if (d.matches("\\d{2}")) return Integer.parseInt(d);
    java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(switch (d.substring(0, 3)) {
      case "MON" -> "MONDAY"; case "TUE" -> "TUESDAY"; case "WED" -> "WEDNESDAY"; case "THU" -> "THURSDAY";
      case "FRI" -> "FRIDAY"; case "SAT" -> "SATURDAY"; default -> "SUNDAY";
    });
    int nth = d.charAt(3) - '0';
    LocalDate first = LocalDate.of(year, month(md), 1);
    LocalDate hit = first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(nth == 5 ? -1 : nth, dow));
    return hit.getDayOfMonth();
  }

  /** "the 1990s", "the '90s", "the nineties", "the 20th century". */
  private String decade(List<String> w, Context c) {
    String last = w.get(w.size() - 1);
    if (w.size() == 1 && last.matches("1[0-9]{2}0s|20[0-9]0s")) return last.substring(0, 3);
    if (w.size() == 1 && last.matches("'?\\d0s")) return decadeOf(Integer.parseInt(last.replaceAll("\\D", "")), c);
    String word = lex.value("decadeword", last);
    if (w.size() == 1 && word != null) return decadeOf(Integer.parseInt(word), c);
    if (w.size() == 2 && last.equals("century") && w.get(0).matches("\\d{1,2}(st|nd|rd|th)")) {
      return String.format("%02d", Integer.parseInt(w.get(0).replaceAll("\\D", "")) - 1);
    }
    return null;
  }

  // "the '80s" in a story of 2010 is the 1980s; "the '00s" in 2010 the 2000s.
  private static String decadeOf(int twoDigits, Context c) {
    int century = c.dct().getYear() / 100;
    int year = century * 100 + twoDigits;
    if (year > c.dct().getYear()) year -= 100;
    return String.valueOf(year / 10);
  }
}
