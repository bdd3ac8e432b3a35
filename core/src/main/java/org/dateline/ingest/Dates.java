package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as wire headers, HTML meta, JSON Lines and eval sets write them: ISO and RFC
 * 1123 forms, "Dec 17, 2016 8:46 AM ET", "11/28/2016", "December 9th 2016", "2016 Oct 10" and the
 * like (DatesTest lists the forms). The date is kept as written where it was published: a time
 * zone is read past, never used to shift the day.
 */
public final class Dates {
  private Dates() {}

  /** A date that was given but cannot be read; the message names the value. */
  public static final class UnreadableDateException extends IllegalArgumentException {
    private final String value;

    UnreadableDateException(String value) {
      super("unreadable date \"" + value + "\"");
      this.value = value;
    }

    public String value() { return value; }
  }

  private static final Pattern YMD = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T.*)?$");
  private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
  private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$");
  // Read past, in this order: remarks in brackets, times ("4:45:51", "12:25AM", "8 a.m."), offsets,
  // zone names, am/pm standing apart ("4:45:51 EST PM"), weekdays and words that only introduce.
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d.])\\d{1,2}:\\d{1,2}(?::\\d{1,2}(?:[.,]\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?![\\d:])|\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?");
  private static final Pattern OFFSET = Pattern.compile("(?:\\b(?:gmt|utc)|(?<=\\s)|^)\\s*[+\\-−]\\d{1,2}(?::?\\d{2})?\\b");
  private static final Pattern ZONE = Pattern.compile("\\b(?:gmt|utc|z|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt"
      + "|akst|akdt|hst|ast|adt|nst|ndt|bst|ist|cet|cest|eet|eest|wet|west|msk|sast|cat|eat|wat|aest|aedt|acst|awst"
      + "|nzst|nzdt|jst|kst|hkt|sgt|pht|wib)\\b");
  private static final Pattern MERIDIEM = Pattern.compile("\\b[ap]\\.?m\\b\\.?");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?");
  private static final Pattern FILLER = Pattern.compile(
      "\\b(?:updated|update|published|posted|last|modified|first|created|date|on|at|of|the)\\b\\s*:?");
  private static final Pattern TOKEN = Pattern.compile("[a-z]+|\\d+(?:st|nd|rd|th)?");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})$");

  /**
   * The date the text gives, or null when there is no text.
   *
   * @throws UnreadableDateException when there is text but no date in it that can be read
   */
  public static LocalDate parse(String raw) {
    if (raw == null || raw.isBlank()) return null;
    String s = raw.strip();
    LocalDate d = read(s);
    if (d == null || d.getYear() < 1000 || d.getYear() > 2999) throw new UnreadableDateException(s);
    return d;
  }

  private static LocalDate read(String s) {
    Matcher m = YMD.matcher(s);
    // "2023-11-26T23:30-05:00" was the 26th where it was published, whatever the day in UTC
    if (m.find()) return ymd(m.group(1), m.group(3), m.group(4));
    m = COMPACT.matcher(s);
    if (m.matches()) return ymd(m.group(1), m.group(2), m.group(3));
    if (EPOCH.matcher(s).matches()) {
      long secs = s.length() == 13 ? Long.parseLong(s) / 1000 : Long.parseLong(s);
      return Instant.ofEpochSecond(secs).atZone(ZoneOffset.UTC).toLocalDate(); // a count gives no place: UTC
    }
    String t = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    t = BRACKETS.matcher(t).replaceAll(" ");
    t = TIME.matcher(t).replaceAll(" ");
    t = OFFSET.matcher(t).replaceAll(" ");
    t = ZONE.matcher(t).replaceAll(" ");
    t = MERIDIEM.matcher(t).replaceAll(" ");
    t = WEEKDAY.matcher(t).replaceAll(" ");
    t = FILLER.matcher(t).replaceAll(" ");
    t = t.replaceAll("[\\s,|;:–—]+", " ").strip();
    m = NUMERIC.matcher(t);
    if (m.matches()) return numeric(m.group(1), m.group(3), m.group(4), m.group(2).equals("."));
    return worded(t.replaceAll("[\\s/\\-]+", " ").strip());
  }

  /** "11/28/2016" is American, month first; "28.11.2016" day first; a number over 12 settles either. */
  private static LocalDate numeric(String a, String b, String y, boolean dayFirst) {
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    int year = Integer.parseInt(y);
    if (y.length() == 2) year += year < 50 ? 2000 : 1900;
    boolean swap = first > 12 || (dayFirst && second <= 12);
    return of(year, swap ? second : first, swap ? first : second);
  }

  /** A month's name, a day and a year in any order ("2016 Oct 10", "9th December 2016"); nothing else. */
  private static LocalDate worded(String t) {
    int month = 0;
    List<String> numbers = new ArrayList<>();
    Matcher tok = TOKEN.matcher(t);
    int covered = 0;
    while (tok.find()) {
      String w = tok.group();
      covered += w.length();
      if (Character.isDigit(w.charAt(0))) {
        numbers.add(w.replaceAll("\\D+$", ""));
      } else {
        int mo = month(w);
        if (mo == 0 || month != 0) return null; // a word that is no month, or a second month
        month = mo;
      }
    }
    if (month == 0 || numbers.size() != 2 || covered < t.replaceAll("[\\s.]", "").length()) return null;
    String a = numbers.get(0);
    String b = numbers.get(1);
    if (a.length() == 4 && b.length() <= 2) return of(Integer.parseInt(a), month, Integer.parseInt(b));
    if (b.length() == 4 && a.length() <= 2) return of(Integer.parseInt(b), month, Integer.parseInt(a));
    return null;
  }

  private static int month(String w) {
    if (w.length() < 3) return 0;
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(w)) return i + 1;
    }
    return 0;
  }

  /**
   * A month and day without a year ("Nov 26", "Nov. 26"), or null. The year is settled by
   * {@link #nearest(MonthDay, LocalDate)} against a reference date.
   */
  public static MonthDay parseMonthDay(String raw) {
    Matcher m = MONTH_DAY.matcher(raw.trim());
    if (!m.matches()) return null;
    try {
      return MonthDay.of(month(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
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
    return of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate of(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
