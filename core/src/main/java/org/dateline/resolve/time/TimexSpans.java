package org.dateline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The days a resolved TIMEX3 value covers, by the calendar arithmetic of {@link Periods}. */
public final class TimexSpans {
  private static final Pattern PERIOD = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})|-W(\\d{2})|-(SP|SU|FA|WI)|-Q([1-4])|-H([12]))?");

  private TimexSpans() {}

  /** The last day of a period ("2018", "2018-03", "2019-W10", "2018-SU", "2019-Q2", "2019-H1"), or null. */
  public static LocalDate lastDay(String value) {
    Matcher m = value == null ? null : PERIOD.matcher(value);
    if (m == null || !m.matches()) return null;
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      return month < 1 || month > 12 ? null : Periods.month(year, month).last();
    }
    if (m.group(3) != null) {
      int week = Integer.parseInt(m.group(3));
      if (week < 1 || week > 53) return null;
      return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.SUNDAY);
    }
    if (m.group(4) != null) return Periods.season(year, m.group(4)).last();
    if (m.group(5) != null) return Periods.quarter(year, Integer.parseInt(m.group(5))).last();
    if (m.group(6) != null) return Periods.half(year, Integer.parseInt(m.group(6))).last();
    return LocalDate.of(year, 12, 31);
  }
}
