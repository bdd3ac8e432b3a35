package org.dateline.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a time expression as the grammar reads them: lower case, hyphenated words split
 * ("mid-2024", "third-quarter", "two-year"), punctuation dropped, and counts read from digits or
 * number words ("twenty four", "two and a half", "a few").
 */
final class Words {
  // Order matters: whole dates, clock times and a.m./p.m. before plain words and numbers.
  private static final Pattern TOKEN = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d/\\d|\\d{1,2}:\\d{2}|[ap]\\.m\\.?|'\\d0s|\\d+(?:\\.\\d+)?"
          + "(?:st|nd|rd|th|s)?|[a-z]+'s|[a-z]+\\.?|'");

  /** A count read from the words: {@code value} is NaN for "several" or "a few" (TIMEX3 X). */
  record Count(double value, int length) {
    boolean vague() {
      return Double.isNaN(value);
    }
  }

  private Words() {}

  static List<String> split(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', ' ');
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(t.replaceAll("(?<=[a-z])-(?=[a-z0-9'])|(?<=[0-9])-(?=[a-z'])", " "));
    while (m.find()) {
      String w = m.group();
      // "Nov." and "week." read as "nov" and "week"; "a.m." keeps its stops.
      if (w.endsWith(".") && !w.matches("[ap]\\.m\\.")) w = w.substring(0, w.length() - 1);
      if (!w.equals("'") && !w.isEmpty()) out.add(w);
    }
    return out;
  }

  static boolean isNumber(String w) {
    return w.matches("\\d+(\\.\\d+)?");
  }

  /** The count at {@code i}, or null when there is none. */
  static Count count(List<String> w, int i) {
    TimeLexicon lex = TimeLexicon.get();
    if (i >= w.size()) return null;
    int few = lex.match("fewword", w, i);
    if (few > 0) return new Count(Double.NaN, few);
    if (w.get(i).equals("a") && i + 1 < w.size() && w.get(i + 1).equals("couple")) return new Count(2, 2);
    // "a five year low": the article before a number, which counts.
    if (w.get(i).matches("an?") && i + 1 < w.size() && !w.get(i + 1).matches("dozen|hundred|half")) {
      Words.Count next = isNumber(w.get(i + 1)) || TimeLexicon.get().is("number", w.get(i + 1)) ? count(w, i + 1) : null;
      if (next != null) return new Count(next.value(), next.length() + 1);
    }
    double value;
    int n = 1;
    if (isNumber(w.get(i))) {
      value = Double.parseDouble(w.get(i));
    } else {
      String v = lex.value("number", w.get(i));
      if (v == null) return null;
      value = Double.parseDouble(v);
      // "twenty four", "one hundred", "a dozen"
      while (i + n < w.size() && lex.is("number", w.get(i + n)) && !w.get(i + n).matches("a|an|half")) {
        double next = Double.parseDouble(lex.value("number", w.get(i + n)));
        value = next >= 12 && value < 10 ? value * next : value + next;
        n++;
      }
    }
    // "2 1/2"
    if (i + n < w.size() && w.get(i + n).matches("\\d/\\d")) {
      String[] f = w.get(i + n).split("/");
      return new Count(value + Double.parseDouble(f[0]) / Double.parseDouble(f[1]), n + 1);
    }
    // "two and a half"
    if (i + n + 2 < w.size() && w.get(i + n).equals("and") && w.get(i + n + 1).matches("a|one")
        && w.get(i + n + 2).equals("half")) {
      return new Count(value + 0.5, n + 3);
    }
    return new Count(value, n);
  }

  /** A number as TIMEX3 writes it: 3, 2.5, or X for a vague count. */
  static String format(double v) {
    if (Double.isNaN(v)) return "X";
    if (v == Math.rint(v)) return String.valueOf((long) v);
    return String.valueOf(v);
  }
}
