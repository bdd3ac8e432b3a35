package org.dateline.coding;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/** Proper nouns the NER missed that the knowledge base knows: "Biden met Xi", "the Liberal Democrats". */
final class KnownNames {
  private final Knowledge kb;
  private final CountryRoles countries;

  KnownNames(Knowledge kb, CountryRoles countries) {
    this.kb = kb;
    this.countries = countries;
  }

  /** A proper noun the NER missed that the knowledge base knows: "Biden met Xi". */
  Actor known(Document doc, Sentence s, Token t) {
    if (!t.pos().startsWith("NNP")) return null;
    // "the Liberal Democrats" the NER missed: the whole name before its last word ("Democrats")
    String name = properName(s, t);
    Actor whole = name.equals(t.word()) ? null : kb.organisation(name);
    if (whole != null) return whole.withText(name);
    LocalDate date = doc.article().date();
    List<Knowledge.Term> terms = kb.holders(t.word(), date);
    if (terms.size() == 1) {
      return kb.actor(t.word(), terms.get(0));
    }
    List<Knowledge.Term> all = kb.allTerms(t.word());
    if (terms.isEmpty() && !all.isEmpty() && kb.country(all.get(0).country()) != null) {
      // known, but holding no office on this date: a person of that country
      String iso3 = all.get(0).country();
      return new Actor(t.word(), all.get(0).name(), iso3, iso3, null, null);
    }
    Knowledge.Country c = kb.countryByName(t.word());
    Actor titled = c == null ? null : titled(doc, s, t, c);
    if (titled != null) return titled;
    if (c != null) return new Actor(t.word(), c.name(), c.iso3(), c.iso3(), null, null);
    Actor org = kb.organisation(t.word());
    return org == null ? null : org.withText(t.word());
  }

  /** The capitalised words that run up to t and modify it: "Liberal Democrats" for "Democrats". */
  private static String properName(Sentence s, Token t) {
    int from = t.index();
    while (from > 0) {
      Token w = s.tokens().get(from - 1);
      boolean modifies = w.head() == t.index() && (w.deprel().equals("compound") || w.deprel().equals("amod"));
      if (!modifies || !Character.isUpperCase(w.word().charAt(0))) break;
      from--;
    }
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= t.index(); i++) out.append(i > from ? " " : "").append(s.tokens().get(i).word());
    return out.toString();
  }

  /**
   * "Bree Prime Minister Romendacil" where a dictionary codes the name with a country alone
   * ("ROMENDACIL [BRE]"): the capitalised title before it makes a person holding that role, of
   * the country named before the title, else of the name's own country.
   */
  private Actor titled(Document doc, Sentence s, Token t, Knowledge.Country own) {
    List<Token> words = RolePhrases.modifiersBefore(s, t);
    for (int from = 0; from < words.size(); from++) {
      if (!Character.isUpperCase(words.get(from).word().charAt(0))) continue;
      StringBuilder phrase = new StringBuilder();
      for (Token w : words.subList(from, words.size())) phrase.append(w.word()).append(' ');
      String sector = kb.sector(phrase.toString().strip());
      if (sector == null) continue;
      String country = own.iso3();
      for (Token w : words.subList(0, from)) {
        String named = countries.countryOf(doc, w);
        if (named != null) country = named;
      }
      return new Actor(t.word(), t.word(), Knowledge.code(country, sector), country, sector, null);
    }
    return null;
  }

}
