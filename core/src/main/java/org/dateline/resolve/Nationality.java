package org.dateline.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Token;

/**
 * A person's nationality stated beside the name, as news introduces foreigners: "an Australian,
 * Brenton Tarrant, appeared in court", "Brian Smith, a 41-year-old Canadian, was freed". The
 * person is of that country (no sector: a nationality says no role); later mentions of the name
 * take it from the first. A nationality before the name without a comma ("Australian Jack
 * Dolan") is read with the titles ({@link Titles}).
 */
final class Nationality {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  // "a Canadian national", "a British citizen": the noun after the adjective still says nationality
  private static final Set<String> CITIZEN = Set.of("national", "citizen", "man", "woman");
  // where the apposition after a name ends
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "who", "was", "is", "has", "had");

  private final Knowledge kb;

  Nationality(Knowledge kb) {
    this.kb = kb;
  }

  /** The person with the country the words beside the name give, when the person has none; else a. */
  Actor of(Document doc, Mention m, Actor a) {
    if (a == null || a.country() != null || m.sentence() < 0 || m.sentence() >= doc.sentences().size()) return a;
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    String country = before(tokens, MentionTokens.indexBefore(tokens, m));
    if (country == null) country = after(tokens, MentionTokens.indexAfter(tokens, m));
    return country == null ? a : new Actor(a.text(), a.name(), Knowledge.code(country, a.sector()), country, a.sector(), a.role());
  }

  /** "An Australian, [name]": an article or the sentence's start, a demonym, a comma. */
  private String before(List<Token> tokens, int comma) {
    if (comma < 1 || !tokens.get(comma).word().equals(",")) return null;
    int i = comma - 1;
    String country = demonym(tokens.get(i));
    if (country == null) return null;
    boolean opens = i == 0 || ARTICLES.contains(lower(tokens.get(i - 1))) && (i == 1 || !tokens.get(i - 2).isNoun());
    return opens ? country : null;
  }

  /** "[name], a 41-year-old Canadian (national),": a comma, an article, a few modifiers, a demonym, the apposition's end. */
  private String after(List<Token> tokens, int comma) {
    if (comma + 2 >= tokens.size() || !tokens.get(comma).word().equals(",") || !ARTICLES.contains(lower(tokens.get(comma + 1)))) return null;
    // the modifiers before the demonym: "a 34-year-old" is five tokens
    for (int i = comma + 2; i < Math.min(tokens.size(), comma + 9); i++) {
      String country = demonym(tokens.get(i));
      if (country == null && CLOSERS.contains(lower(tokens.get(i)))) return null;
      if (country == null) continue;
      int next = i + 1;
      if (next < tokens.size() && CITIZEN.contains(lower(tokens.get(next)))) next++;
      return next >= tokens.size() || CLOSERS.contains(lower(tokens.get(next))) ? country : null;
    }
    return null;
  }

  private String demonym(Token t) {
    if (!Character.isUpperCase(t.word().charAt(0))) return null;
    Knowledge.Country c = kb.countryByAdjective(t.word());
    return c == null ? null : c.iso3();
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
