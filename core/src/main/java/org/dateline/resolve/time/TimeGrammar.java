package org.dateline.resolve.time;

import java.util.List;

/**
 * Reads the words of one time expression into a TIMEX3 type, value and mod against a
 * {@link Context}. Hedges ("about", "nearly"), determiners and prepositions in front do not
 * change the value; "early", "late", "mid", "the end of" set the mod. Returns null for words
 * it cannot read, so that the caller can keep another reading.
 */
final class TimeGrammar {
  private final TimeLexicon lex = TimeLexicon.get();
  private final DateForms dates = new DateForms();
  private final DayForms days = new DayForms(dates);
  private final Lengths lengths = new Lengths();
  private final RelativeForms relative = new RelativeForms(dates, lengths);

  Reading read(String text, Context c) {
    List<String> w = Words.split(text);
    if (w.isEmpty()) return null;
    Reading r = forms(w, c, false);
    if (r != null) return r;
    String mod = null;
    boolean ahead = false;
    int i = 0;
    while (i < w.size() - 1) {
      int n = lex.match("skip", w, i);
      if (n == 0) n = lex.match("preposition", w, i);
      if (n > 0) {
        ahead |= w.get(i).equals("in");
        i += n;
      } else if (lex.is("mod", w.get(i))) {
        if (mod == null) mod = lex.value("mod", w.get(i));
        i++;
      } else {
        break;
      }
    }
    if (i == 0 || i >= w.size()) return null;
    List<String> rest = w.subList(i, w.size());
    // "the end of the year", "the beginning of the month": the one the article is in.
    if (mod != null && rest.size() == 1 && rest.get(0).matches("year|month|week|quarter")) rest = List.of("this", rest.get(0));
    r = forms(rest, c, ahead);
    return r == null ? null : r.withMod(mod);
  }

  private Reading forms(List<String> w, Context c, boolean ahead) {
    Reading r = relative.read(w, c, ahead);
    if (r == null) r = lengths.set(w);
    if (r == null) r = days.read(w, c);
    if (r == null) {
      String v = dates.read(w, c);
      if (v != null) r = Reading.date(v);
    }
    if (r == null) r = lengths.duration(w);
    return r;
  }
}
