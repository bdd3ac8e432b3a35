package org.dateline.resolve.time;

import java.util.List;

/**
 * Lengths of time and repetitions: "four hours", "the past two months", "a decade", "18-month",
 * "two and a half years", "several weeks", "every year", "each Monday", "twice a year",
 * "annually". Also finds the length inside "two days ago" and "in three weeks" for
 * {@link RelativeForms}.
 */
final class Lengths {
  private final TimeLexicon lex = TimeLexicon.get();

  /** A count and its unit code (Y, M, W, D, Q, DE, CE, WE, H, MIN, S) found at some position. */
  record Length(double count, String unit, int end) {
    boolean vague() {
      return Double.isNaN(count);
    }
  }

  /**
   * The length starting at {@code i}: a count (or none, meaning one for a singular unit and X
   * for a plural one), filler words ("straight", "trading"), then a unit. Null when none.
   */
  Length length(List<String> w, int i) {
    Words.Count count = Words.count(w, i);
    int j = count == null ? i : i + count.length();
    // "half an hour", "a couple of days", "six straight days"
    if (j < w.size() && count != null && count.value() == 0.5 && w.get(j).matches("a|an")) j++;
    while (j < w.size() && (lex.is("filler", w.get(j)) || w.get(j).equals("of"))) j++;
    if (j >= w.size() || !lex.is("unit", w.get(j))) return null;
    String word = w.get(j);
    String unit = lex.value("unit", word);
    double n;
    if (count != null) {
      n = count.value();
    } else {
      n = word.endsWith("s") && !word.equals("hrs") ? Double.NaN : 1;
    }
    j++;
    // "a year and a half"
    if (j + 2 < w.size() + 0 && w.get(j).equals("and") && w.get(j + 1).matches("a|one") && w.get(j + 2).equals("half")) {
      n += 0.5;
      j += 3;
    }
    return new Length(n, unit, j);
  }

  /** "four hours", "the past two months", "the first nine months of 1997", "years". */
  Reading duration(List<String> w) {
    int i = 0;
    if (!w.isEmpty() && (lex.is("lastword", w.get(0)) || lex.is("nextword", w.get(0)) || w.get(0).equals("first"))) i++;
    Length len = length(w, i);
    if (len == null) return null;
    boolean rest = len.end() == w.size() || w.get(len.end()).equals("of");
    if (!rest) return null;
    // "the year", "the past year" name a period, not a length; a count makes one ("a year").
    if (Words.count(w, i) == null && !len.vague()) return null;
    // "the past several quarters", "the last few months": some time back, no measured length.
    if (i == 1 && len.vague() && lex.is("lastword", w.get(0))) return Reading.date("PAST_REF");
    return Reading.duration(period(len.count(), len.unit()));
  }

  // The next smaller unit and how many of it make one, to write "2 1/2 years" as P2Y6M.
  private static final java.util.Map<String, String[]> SMALLER = java.util.Map.of(
      "Y", new String[] {"M", "12"}, "W", new String[] {"D", "7"}, "D", new String[] {"H", "24"},
      "H", new String[] {"MIN", "60"}, "MIN", new String[] {"S", "60"});

  /** A TIMEX3 duration: P2Y, P18M, PT4H, PT5H30M, P2Y6M, PXY; decades and centuries in years. */
  static String period(double n, String unit) {
    if (unit.equals("DE") || unit.equals("CE")) {
      if (Double.isNaN(n)) return "PX" + unit;
      return period(n * (unit.equals("DE") ? 10 : 100), "Y");
    }
    String whole = Double.isNaN(n) ? "X" : Words.format(Math.floor(n));
    double rest = Double.isNaN(n) ? 0 : n - Math.floor(n);
    String out = part(whole, unit);
    String[] smaller = SMALLER.get(unit);
    if (rest > 0 && smaller != null && Math.rint(rest * Integer.parseInt(smaller[1])) == rest * Integer.parseInt(smaller[1])) {
      String small = part(Words.format(rest * Integer.parseInt(smaller[1])), smaller[0]);
      out = Math.floor(n) == 0 ? small : join(out, small);
    } else if (rest > 0) {
      out = part(Words.format(n), unit);
    }
    return out;
  }

  // One unit's part of a duration: "P2Y", "PT30M".
  private static String part(String count, String unit) {
    return switch (unit) {
      case "H", "S" -> "PT" + count + unit;
      case "MIN" -> "PT" + count + "M";
      default -> "P" + count + unit;
    };
  }

  // "P2Y" + "P6M" = "P2Y6M"; "PT5H" + "PT30M" = "PT5H30M"; "P3D" + "PT12H" = "P3DT12H".
  private static String join(String a, String b) {
    if (a.contains("T") && b.startsWith("PT")) return a + b.substring(2);
    return a + b.substring(1);
  }

  /** "every year", "each Monday", "every other week", "twice a year", "three times a week", "annually". */
  Reading set(List<String> w) {
    if (w.size() == 1 && lex.is("setadverb", w.get(0))) return Reading.set(lex.value("setadverb", w.get(0)));
    int i = 0;
    if (w.get(0).equals("twice") || w.get(0).equals("once")) {
      i = 1;
    } else {
      Words.Count c = Words.count(w, 0);
      if (c != null && c.length() < w.size() && w.get(c.length()).equals("times")) i = c.length() + 1;
    }
    // "every year" stands alone; "a year" and "per year" only after a frequency ("twice a year").
    boolean per = i < w.size() && (w.get(i).matches("every|each") || (i > 0 && w.get(i).matches("per|a|an")));
    if (!per) return i == 0 ? weekdays(w) : null;
    int j = i + 1;
    int every = 1;
    if (j < w.size() && w.get(j).equals("other")) {
      every = 2;
      j++;
    }
    if (j < w.size() && lex.is("weekday", w.get(j))) {
      return Reading.set("XXXX-WXX-" + lex.value("weekday", w.get(j)));
    }
    Length len = length(w, j);
    if (len == null || len.end() != w.size()) return null;
    double n = len.vague() ? 1 : len.count() * every;
    return Reading.set(period(n, len.unit()));
  }

  // "Mondays", "Tuesday nights": a weekday or a part of its day in the plural repeats every week.
  private Reading weekdays(List<String> w) {
    if (w.size() > 2) return null;
    String first = w.get(0);
    boolean plural = first.endsWith("s") && lex.is("weekday", first.substring(0, first.length() - 1));
    String day = plural ? first.substring(0, first.length() - 1) : first;
    if (!lex.is("weekday", day)) return null;
    String value = "XXXX-WXX-" + lex.value("weekday", day);
    if (w.size() == 1) return plural ? Reading.set(value) : null;
    String second = w.get(1);
    String part = lex.value("partofday", second.replaceAll("s$", ""));
    if (part == null || !(plural || second.endsWith("s"))) return null;
    return Reading.set(value + "T" + part);
  }
}
