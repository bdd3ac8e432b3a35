package org.dateline.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;

/**
 * One coded event of one article, flattened for the store: its two primary actors (the dyad),
 * CAMEO root, the day it happened and where the actors' words sit in the text. Public for the
 * Spark job, which flattens alike.
 */
public record MentionRow(Event event, String actor1, String actor2, String root, LocalDate day,
                  int actor1Offset, int actor2Offset) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  public static MentionRow of(Event e, Article a) {
    Actor first = firstKeyed(e.source(), 0);
    Actor second = firstKeyed(e.target(), 0);
    // "Canada and Indonesia agreed" has two sources and no target: GDELT codes it as a dyad.
    if (second == null && first != null) second = firstKeyed(e.source(), e.source().indexOf(first) + 1);
    LocalDate day = day(e.date());
    return new MentionRow(e, key(first), key(second), root(e.cameo()), day == null ? a.date() : day,
        offset(a.text(), e, first), offset(a.text(), e, second));
  }

  /** The actor code when known, else its country: what dyads and merging compare. */
  public static String key(Actor a) {
    if (a == null) return null;
    return a.code() != null ? a.code() : a.country();
  }

  private static Actor firstKeyed(List<Actor> actors, int from) {
    for (int i = Math.max(0, from); i < actors.size(); i++) {
      if (key(actors.get(i)) != null) return actors.get(i);
    }
    return null;
  }

  /** CAMEO root: the first two digits ("112" and "1125" are both root "11"). */
  public static String root(String cameo) {
    if (cameo == null || cameo.length() < 2) return cameo == null ? "" : cameo;
    return cameo.substring(0, 2);
  }

  /** The first day a TIMEX3 value covers (2024-08 gives 2024-08-01), or null for PAST_REF and the like. */
  static LocalDate day(String timex) {
    if (timex == null) return null;
    try {
      Matcher w = WEEK.matcher(timex);
      if (w.matches()) {
        return LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      }
      Matcher m = DAY.matcher(timex);
      if (!m.matches()) return null;
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int dom = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return LocalDate.of(Integer.parseInt(m.group(1)), month, dom);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** Where the actor's words start in the text: in the evidence if there, else the first use; -1 if absent. */
  private static int offset(String text, Event e, Actor a) {
    if (a == null || a.text() == null || a.text().isEmpty() || text == null) return -1;
    int from = Math.max(0, Math.min(text.length(), e.evidence().start()));
    int at = text.indexOf(a.text(), from);
    if (at >= 0 && at < e.evidence().end()) return at;
    return text.indexOf(a.text());
  }
}
