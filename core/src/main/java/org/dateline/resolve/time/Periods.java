package org.dateline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.function.IntFunction;

/**
 * Calendar arithmetic against the article date: which year a month or season without a year
 * means, which Wednesday "Wednesday" means, and TIMEX3 values at a unit's granularity.
 */
final class Periods {
  private Periods() {}

  /** A span of days, both ends included. */
  record Span(LocalDate first, LocalDate last) {
    boolean holds(LocalDate d) {
      return !d.isBefore(first) && !d.isAfter(last);
    }
  }

  /**
   * The year in which a yearly period (a month, a day, a season, a quarter) is meant: in a past
   * clause the latest one that has begun by the article date, in a future clause the first that
   * has not yet ended, otherwise the one nearest the article date (the one holding it, if any).
   */
  static int year(LocalDate dct, Tense tense, IntFunction<Span> period) {
    return year(dct, tense, period, 0);
  }

  /**
   * The same, where a future clause may still name a day up to {@code grace} days gone: a story
   * written the day after a deadline still says the child "must be returned by Jan. 14".
   */
  static int year(LocalDate dct, Tense tense, IntFunction<Span> period, int grace) {
    int y = dct.getYear();
    return switch (tense) {
      case PAST -> period.apply(y).first().isAfter(dct) ? y - 1 : y;
      case FUTURE -> period.apply(y).last().isBefore(dct.minusDays(grace)) ? y + 1 : y;
      default -> nearest(dct, period);
    };
  }

  private static int nearest(LocalDate dct, IntFunction<Span> period) {
    int best = dct.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      long d = distance(dct, period.apply(y));
      // Ties go to the earlier year: news reports more than it announces.
      if (d < bestDistance) {
        best = y;
        bestDistance = d;
      }
    }
    return best;
  }

  // Unplaced periods lean back: news reports more than it announces.
  private static final double FUTURE_WEIGHT = 1.5;

  private static long distance(LocalDate d, Span s) {
    if (s.holds(d)) return 0;
    long away = Math.min(Math.abs(d.toEpochDay() - s.first().toEpochDay()), Math.abs(d.toEpochDay() - s.last().toEpochDay()));
    return s.first().isAfter(d) ? (long) (away * FUTURE_WEIGHT) : away;
  }

  /**
   * The date of a weekday (1 = Monday) in a clause of the given tense: in the past the latest
   * such day on or before the article date, in the future the first on or after it, otherwise
   * the nearest. {@code shift} -1 is "last Friday" (strictly before), +1 "next Friday".
   */
  static LocalDate weekday(LocalDate dct, int dow, Tense tense, int shift) {
    int today = dct.getDayOfWeek().getValue();
    int back = Math.floorMod(today - dow, 7);
    int ahead = Math.floorMod(dow - today, 7);
    if (shift < 0) return dct.minusDays(back == 0 ? 7 : back);
    if (shift > 0) return dct.plusDays(ahead == 0 ? 7 : ahead);
    return switch (tense) {
      case PAST -> dct.minusDays(back);
      case FUTURE -> dct.plusDays(ahead);
      default -> ahead < back ? dct.plusDays(ahead) : dct.minusDays(back);
    };
  }

  static Span month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new Span(first, first.plusMonths(1).minusDays(1));
  }

  static Span day(int year, int month, int day) {
    LocalDate d = LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    return new Span(d, d);
  }

  /** Northern-hemisphere seasons; a year's winter starts in its December. */
  static Span season(int year, String code) {
    return switch (code) {
      case "SP" -> new Span(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
      case "SU" -> new Span(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
      case "FA" -> new Span(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
      default -> new Span(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 1).minusDays(1));
    };
  }

  static Span quarter(int year, int q) {
    LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
    return new Span(first, first.plusMonths(3).minusDays(1));
  }

  static Span half(int year, int h) {
    LocalDate first = LocalDate.of(year, h == 1 ? 1 : 7, 1);
    return new Span(first, first.plusMonths(6).minusDays(1));
  }

  /** ISO 8601 week, as TIMEX3 writes it: 2023-W48. */
  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarterOf(LocalDate d) {
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The article date moved by {@code n} units (Y, M, W, D, Q, DE, WE), written at that unit's
   * granularity: "two years ago" is a year, "six weeks ago" a week, "two days ago" a day.
   */
  static String shifted(LocalDate dct, long n, String unit) {
    return switch (unit) {
      case "Y" -> String.valueOf(dct.plusYears(n).getYear());
      case "DE" -> String.valueOf(dct.plusYears(10 * n).getYear());
      case "CE" -> String.valueOf(dct.plusYears(100 * n).getYear() / 100);
      case "Q" -> quarterOf(dct.plusMonths(3 * n));
      case "M" -> String.format("%04d-%02d", dct.plusMonths(n).getYear(), dct.plusMonths(n).getMonthValue());
      case "W" -> week(dct.plusWeeks(n));
      case "WE" -> week(dct.plusWeeks(n).with(DayOfWeek.SATURDAY)) + "-WE";
      case "D" -> dct.plusDays(n).toString();
      default -> null;
    };
  }
}
