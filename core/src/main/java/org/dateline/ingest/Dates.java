package org.dateline.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as metadata writes them: ISO dates and times, RFC 1123, "Nov. 26, 2023". */
public final class Dates {
  private Dates() {}

  private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final List<DateTimeFormatter> WORDY = List.of(
      pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
      pattern("EEEE, MMMM d, uuuu"), pattern("EEE, d MMM uuuu"));
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})$");
  private static final List<String> MONTHS = List.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  /** Parses a full date, or returns null when the text holds none. */
  public static LocalDate parse(String raw) {
    if (raw == null) return null;
    String s = raw.trim();
    if (s.isEmpty()) return null;
    Matcher iso = ISO_DATE_PREFIX.matcher(s);
    if (iso.find()) {
      // Keep the local date as written: "2023-11-26T23:30-05:00" was the 26th where it was published.
      return ymd(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher slashed = SLASHED.matcher(s);
    if (slashed.find()) return ymd(slashed.group(1), slashed.group(2), slashed.group(3));
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    String cleaned = s.replace(".", "").replaceAll("\\s+", " ").replace("Sept ", "Sep ");
    for (DateTimeFormatter f : WORDY) {
      try {
        return LocalDate.parse(cleaned, f);
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return null;
  }

  /**
   * A month and day without a year ("Nov 26", "Nov. 26"), or null. The year is settled by
   * {@link #nearest(MonthDay, LocalDate)} against a reference date.
   */
  public static MonthDay parseMonthDay(String raw) {
    Matcher m = MONTH_DAY.matcher(raw.trim());
    if (!m.matches()) return null;
    int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    int day = Integer.parseInt(m.group(2));
    try {
      return MonthDay.of(month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The date with this month and day nearest to {@code reference}: a dateline is written on or near its day. */
  public static LocalDate nearest(MonthDay md, LocalDate reference) {
    LocalDate best = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      if (!md.isValidYear(y)) continue;
      LocalDate d = md.atYear(y);
      if (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay())
          < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
        best = d;
      }
    }
    return best;
  }

  private static LocalDate ymd(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
