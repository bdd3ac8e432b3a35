package org.dateline.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Actor;
import org.dateline.util.Tsv;

/**
 * Organisations the knowledge base does not know, read from their names within one article: a
 * firm by its legal form ("Pennzoil Co", then "Pennzoil"), a public body by its head word ("Post
 * and Telecommunications Ministry", "Ministry of Mines"). The country comes later, from the words
 * around the name or the article's context.
 */
final class Bodies {
  private static final String BUSINESS = "BUS";
  private static final Map<String, String> HEADS = new HashMap<>();

  static {
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/body-heads.tsv")) HEADS.put(r.get("word"), r.get("sector"));
  }

  // a firm's name without its legal form, and its first words -> the firm, for this article
  private final Map<String, Actor> firms = new HashMap<>();
  private final Knowledge kb;

  Bodies(Knowledge kb) {
    this.kb = kb;
  }

  /** The actor the organisation's name says, or null. */
  Actor of(String name) {
    String text = name.strip();
    if (Firms.named(text)) {
      Actor firm = new Actor(text, text, Knowledge.code(null, BUSINESS), null, BUSINESS, null);
      remember(Firms.shortName(text), firm);
      return firm;
    }
    Actor again = again(text);
    if (again != null) return again;
    String sector = HEADS.get(head(text));
    if (sector == null) return null;
    String country = countryIn(text);
    return new Actor(text, text, Knowledge.code(country, sector), country, sector, null);
  }

  /**
   * "Brackwell Oil Co", then "Brackwell Oil" or "Brackwell": the name and its first words, but
   * not a country's name or adjective or a title ("American Express Co" is no "American").
   */
  private void remember(String shortName, Actor firm) {
    String[] words = shortName.split("\\s+");
    for (int n = words.length; n >= 1; n--) {
      String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      boolean known = kb.countryByName(prefix) != null || kb.countryByAdjective(prefix) != null
          || kb.sector(prefix) != null || kb.organisation(prefix) != null || !kb.ambiguousCountries(prefix).isEmpty();
      if (known) break;
      firms.putIfAbsent(Knowledge.key(prefix), firm);
    }
  }

  /** The firm this article named in full, named again without its legal form, or null. */
  Actor again(String name) {
    Actor firm = firms.get(Knowledge.key(name.strip()));
    return firm == null ? null : firm.withText(name);
  }

  /** "Latvian Constitutional Court", "Ministry of Defence of Ukraine": the country its name names. */
  private String countryIn(String text) {
    for (String w : text.split("\\s+")) {
      Knowledge.Country c = kb.countryByAdjective(w);
      if (c == null) c = kb.countryByName(w);
      if (c != null) return c.iso3();
    }
    return null;
  }

  /** Whether a word is the head of a public body's name ("Department", "Ministry"). */
  static boolean isHead(String word) {
    return HEADS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * "Ministry of Mines" -> ministry, "Department for Education" -> department, "Post and
   * Telecommunications Ministry" -> ministry.
   */
  private static String head(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals("of") || words[i].equals("for")) return words[i - 1];
    }
    return words[words.length - 1];
  }
}
