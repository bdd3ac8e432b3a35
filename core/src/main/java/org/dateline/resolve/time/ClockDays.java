package org.dateline.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.TimeExpression;

/**
 * A clock time that names no day ("at 18:00 UTC") was read on the article date; when its
 * sentence names a day elsewhere ("made its first test flight Tuesday ... at 18:00 UTC",
 * "at about 10:35 a.m. (0735 GMT) Friday"), that day is the one meant.
 */
final class ClockDays {
  private ClockDays() {}

  static List<TimeExpression> place(List<TimeExpression> times, LocalDate dct) {
    String today = dct.toString();
    List<TimeExpression> out = new ArrayList<>(times.size());
    for (TimeExpression t : times) {
      if (!t.type().equals("TIME") || !t.value().startsWith(today + "T") || namesDay(t.text())) {
        out.add(t);
        continue;
      }
      String day = nearestDay(times, t);
      out.add(day == null ? t : new TimeExpression(t.text(), t.start(), t.end(), t.sentence(), t.type(),
          day + t.value().substring(10), t.mod()));
    }
    return out;
  }

  private static boolean namesDay(String text) {
    TimeLexicon lex = TimeLexicon.get();
    for (String w : Words.split(text)) {
      if (lex.is("weekday", w) || lex.is("relday", w) || lex.is("month", w) || w.matches("\\d{4}.*")) return true;
    }
    return false;
  }

  // The closest other expression of the same sentence that resolved to a whole day.
  private static String nearestDay(List<TimeExpression> times, TimeExpression t) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression o : times) {
      if (o == t || o.sentence() != t.sentence() || !o.value().matches("\\d{4}-\\d{2}-\\d{2}")) continue;
      int d = Math.abs(o.start() - t.start());
      if (d < bestDistance) {
        best = o.value();
        bestDistance = d;
      }
    }
    return best;
  }
}
