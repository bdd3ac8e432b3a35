package org.dateline.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Dateline;

/**
 * Finds and removes the header and dateline that open a wire story:
 * <ul>
 *   <li>the wire header {@code " date 2023-11-26 (Bloomberg) --"}, its date in any form {@link Dates} reads;</li>
 *   <li>body datelines: {@code "SEOUL, Nov 26 (Reuters) -"}, {@code "BUSAN, South Korea (AP) —"},
 *       {@code "WASHINGTON —"}.</li>
 * </ul>
 */
public final class DatelineParser {
  private DatelineParser() {}

  private static final Pattern HEADER = Pattern.compile(
      "\\A\\s*date\\s+([^()\\n]{1,60}?)\\s*(?:\\(([^)\\n]{1,80})\\))?\\s*--\\s*",
      Pattern.CASE_INSENSITIVE);

  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  // Place in capitals ("SAN FRANCISCO", "PORT-AU-PRINCE"), then an optional region in title case,
  // an optional date, an optional agency in brackets, and a dash.
  private static final Pattern BODY_DATELINE = Pattern.compile(
      "\\A\\s*(?<place>[A-Z][A-Z.'’\\-]*(?: [A-Z][A-Z.'’\\-]*){0,3})"
          + "(?:,\\s*(?<region>[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,3}))?"
          + "(?:,\\s*(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
          + "\\s*(?:\\((?<source>[^)\\n]{1,40})\\))?"
          + "\\s*(?:--|-|—|–)\\s+");

  /** The text with header and dateline removed, and what they said. */
  /** @param unreadableDate the header's date when it cannot be read ("header date \"soon\""), else null */
  public record Result(String body, int bodyOffset, Dateline dateline, LocalDate date, String source,
                       String unreadableDate) {}

  /**
   * @param raw       the input text
   * @param reference a date near the story's (from metadata or options) to settle a dateline's year; may be null
   */
  public static Result parse(String raw, LocalDate reference) {
    int offset = 0;
    LocalDate date = null;
    String source = null;
    StringBuilder said = new StringBuilder();
    String place = null;
    String unreadable = null;

    Matcher h = HEADER.matcher(raw);
    // a header's date has a digit: "Date night was fun -- ..." opens no header
    if (h.find() && h.group(1).chars().anyMatch(Character::isDigit)) {
      try {
        date = Dates.parse(h.group(1));
      } catch (Dates.UnreadableDateException e) {
        unreadable = "header date \"" + e.value() + "\"";
      }
      source = h.group(2) == null ? null : h.group(2).trim();
      said.append(raw, h.start(), h.end());
      offset = h.end();
    }
    Matcher d = BODY_DATELINE.matcher(raw).region(offset, raw.length());
    if (d.lookingAt() && isPlausiblePlace(d.group("place")) && d.end() - offset <= 120) {
      place = d.group("region") == null ? d.group("place") : d.group("place") + ", " + d.group("region");
      if (d.group("source") != null && source == null) source = d.group("source").trim();
      if (d.group("date") != null && date == null) date = datelineDate(d.group("date"), reference);
      said.append(raw, d.start(), d.end());
      offset = d.end();
    }
    Dateline dateline = said.length() == 0 ? null
        : new Dateline(said.toString().strip(), place, date, source);
    return new Result(raw.substring(offset), offset, dateline, date, source, unreadable);
  }

  /** A capitalised first word like "NATO" or "US" opening a sentence is not a place: ask for two or more letters and no digits. */
  private static boolean isPlausiblePlace(String place) {
    String letters = place.replaceAll("[^A-Z]", "");
    return letters.length() >= 2;
  }

  private static LocalDate datelineDate(String text, LocalDate reference) {
    try {
      LocalDate full = Dates.parse(text);
      if (full != null) return full;
    } catch (Dates.UnreadableDateException e) {
      // "Nov 26" gives no year: the reference settles it
    }
    MonthDay md = Dates.parseMonthDay(text);
    if (md == null || reference == null) return null;
    return Dates.nearest(md, reference);
  }
}
