package org.dateline.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.util.Tsv;

/**
 * Whether an organisation's name says it is a business: "Volkswagen AG", "Honam Petrochemical
 * Corp", "Abbey National Building Society". Such a firm is of the business sector, of the
 * country the story is about unless something better is known (see firm-words.tsv).
 */
final class Firms {
  private static final Map<String, Boolean> WORDS = new HashMap<>(); // word -> last word only

  static {
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/firm-words.tsv")) {
      WORDS.put(r.get("word"), r.get("where").equals("last"));
    }
  }

  private Firms() {}

  /** The name without its legal form: "Pennzoil Co" -> "Pennzoil" (words of trade stay: "Hughes Aircraft"). */
  static String shortName(String name) {
    String[] words = name.strip().split("\\s+");
    int end = words.length;
    while (end > 1 && Boolean.TRUE.equals(WORDS.get(words[end - 1].toLowerCase(Locale.ROOT).replace(".", "")))) end--;
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end)).replaceAll(",$", "");
  }

  static boolean named(String name) {
    String[] words = name.strip().toLowerCase(Locale.ROOT).replace(".", "").split("\\s+");
    if (words.length < 2) return false; // "Co" alone, or "Holdings", names nothing
    for (int i = 1; i < words.length; i++) {
      Boolean lastOnly = WORDS.get(words[i]);
      if (i + 1 < words.length && lastOnly == null) lastOnly = WORDS.get(words[i] + " " + words[i + 1]);
      if (lastOnly != null && (!lastOnly || i == words.length - 1)) return true;
    }
    return false;
  }
}
