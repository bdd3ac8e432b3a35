package org.dateline.resolve.time;

import java.util.List;

/**
 * SUTime's values where Dateline's grammar has none, put in the TIMEX3 form the rest of the
 * output uses: UTC as "Z" and no other offsets, decades as "199" and centuries as "19" rather
 * than "199X" and "19XX", and no part of day ("TNI") on a day the words give no part of.
 */
final class SutimeValues {
  private SutimeValues() {}

  static String tidy(String text, String value) {
    if (value == null) return null;
    String v = value;
    if (v.endsWith("+0000")) v = v.substring(0, v.length() - 5) + "Z";
    v = v.replaceFirst("[+-]\\d{4}$", "");
    if (v.matches("\\d{3}X")) v = v.substring(0, 3);
    if (v.matches("\\d{2}XX")) v = v.substring(0, 2);
    if (v.matches("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}") && !namesPartOfDay(text)) v = v.substring(0, 10);
    return v;
  }

  private static boolean namesPartOfDay(String text) {
    TimeLexicon lex = TimeLexicon.get();
    List<String> words = Words.split(text);
    for (String w : words) if (lex.is("partofday", w) || w.equals("tonight")) return true;
    return false;
  }
}
