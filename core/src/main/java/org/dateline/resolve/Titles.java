package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * The words before a person's name: the title and its country ("Korean Foreign Minister"), a
 * party or body that titles the person ("Tory leader", "CBI director general"), and "former".
 */
final class Titles {
  // Sectors of offices a person can leave; a former one is an elite (former.tsv)
  private static final Set<String> OFFICES = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  private static final Set<String> FORMER = new HashSet<>();

  static {
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/former.tsv")) FORMER.add(r.get("word"));
  }

  /**
   * The sector of an office held no longer ("former", "ex", "ousted" before it): an elite (ELI),
   * if {@code sector} is one of an office; else {@code sector}.
   */
  static String formerSector(String word, String sector) {
    return isFormer(word.toLowerCase(Locale.ROOT)) && sector != null && OFFICES.contains(sector) ? "ELI" : sector;
  }

  /** A word (lower case) saying the office is no longer held: former.tsv's, or "ex-" before a title. */
  private static boolean isFormer(String w) {
    return FORMER.contains(w) || w.startsWith("ex-") && w.length() > 3;
  }

  private static final String PARTY = "PTY";

  private final Knowledge kb;

  Titles(Knowledge kb) {
    this.kb = kb;
  }

  /**
   * "Former Socialist prime minister Andreas Papandreou", "ousted President Askar Akayev": an
   * office no longer held makes one of the country's elites (ELI), not its government.
   */
  static Actor formerly(Document doc, Mention m, Actor a) {
    if (a == null) return null;
    // an office sector, or a known person of a country with no sector on this date
    boolean office = a.sector() != null ? OFFICES.contains(a.sector()) : a.country() != null;
    if (!office) return a;
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    for (int i = MentionTokens.indexBefore(tokens, m), seen = 0; i >= 0 && seen < 6; i--, seen++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (isFormer(w)) {
        return new Actor(a.text(), a.name(), Knowledge.code(a.country(), "ELI"), a.country(), "ELI", a.role());
      }
      boolean phraseEnds = t.pos().startsWith("VB") || t.pos().equals("IN") || t.pos().equals("DT") || !Character.isLetterOrDigit(w.charAt(0));
      if (phraseEnds) break;
    }
    return a;
  }

  /**
   * "Swedish Prime Minister Olav Knutsen" where a dictionary codes the name with a country alone
   * ("OLAV_KNUTSEN [NRW]"): a capitalised title just before the name makes a person holding that
   * role, of the country the title names, else of the name's own.
   */
  Actor titledPerson(Document doc, Mention m, Knowledge.Country c) {
    Actor titled = fromTitle(doc, m);
    if (titled == null || titled.sector() == null || titled.role() == null) return null;
    if (!MentionTokens.capitalisedBefore(doc, m)) return null;
    String country = titled.country() != null ? titled.country() : c.iso3();
    return new Actor(m.text(), m.text(), Knowledge.code(country, titled.sector()), country, titled.sector(), titled.role());
  }

  // Honorifics of rank that may stand between a title and a name, beside the courtesy ones
  private static final java.util.Set<String> RANKS = java.util.Set.of("Sir", "Dame", "Lord", "Lady", "Baroness",
      "Baron", "Rev", "Rev.", "Reverend", "Sheikh", "Prof", "Professor");

  private static boolean honorific(String word) {
    return RANKS.contains(word) || MissedNames.HONORIFICS.contains(word);
  }

  /** "Korean Foreign Minister Park Jin", "China's Wang Yi": the words just before the name. */
  Actor fromTitle(Document doc, Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    List<Token> before = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.end() <= m.start()) before.add(t);
    }
    int end = before.size();
    // "Police Commissioner Sir Ian Blair", "Foreign Secretary Dr Liam Fox": an honorific between
    // the title and the name
    while (end > 1 && honorific(before.get(end - 1).word())) end--;
    // "Minister for Children Margaret Hodge", "Secretary of State for Work and Pensions Alan
    // Johnson": the portfolio between the title and the name
    int portfolio = portfolioStart(before, end);
    if (portfolio > 0 && titleEndsAt(before, portfolio)) end = portfolio;
    String sector = null;
    String role = null;
    for (int n = Math.min(kb.longestRole(), end); n >= 1 && sector == null; n--) {
      String phrase = join(before.subList(end - n, end));
      // "Howard accused him", "urged Smith": a verb before the name is no title
      sector = before.get(end - 1).isVerb() ? null : kb.sector(phrase);
      if (sector != null) {
        role = Knowledge.titleCase(phrase);
        end -= n;
      }
    }
    String country = countryBefore(doc, before, end);
    if ("GOV".equals(sector) && "Leader".equals(role) && country == null
        && partyBefore(before, end)) {
      sector = "PTY";
    }
    // "Tory leader Michael Howard", "Lib Dem spokesman Mark Oaten": a party's officers are the
    // party's, of its country; its members of parliament stay legislators
    // ("Tory Caroline Spelman", with no title: the party's own)
    Actor party = knownPartyBefore(before, end);
    if (party != null) {
      if (sector == null || "GOV".equals(sector)) sector = PARTY;
      if (country == null) country = party.country();
    }
    // "CBI director general Digby Jones", "Amnesty International spokesman Tim Hancock", "Hamas
    // leader Ismail Haniyeh": an officer a known body's name titles speaks for the body
    Actor body = party == null && sector != null ? knownBodyBefore(before, end) : null;
    if (body != null) return officer(m, body, role);
    if (sector == null && country == null) return null;
    return new Actor(m.text(), m.text(), Knowledge.code(country, sector), country, sector, role);
  }

  /** Where "for" opens a run of capitalised words ("for Work and Pensions") that ends at end; -1 when none does. */
  private static int portfolioStart(List<Token> before, int end) {
    for (int i = end - 1; i > 0; i--) {
      String w = before.get(i).word();
      if (w.equals("for")) return i < end - 1 ? i : -1;
      boolean joiner = w.equals("and") || w.equals("&") || w.equals(",");
      if (!joiner && !Character.isUpperCase(w.charAt(0))) return -1;
    }
    return -1;
  }

  private boolean titleEndsAt(List<Token> before, int end) {
    for (int n = Math.min(kb.longestRole(), end); n >= 1; n--) {
      if (kb.sector(join(before.subList(end - n, end))) != null) return true;
    }
    return false;
  }

  /** The party of one country these words name ("Tory", "Lib Dem"), or null. */
  private Actor party(String words) {
    Actor org = kb.organisation(words);
    return org != null && PARTY.equals(org.sector()) && org.country() != null ? org : null;
  }

  /** A name that begins with a party we know, the rest being the person's: the party's member. */
  Actor partyMember(String text) {
    String[] words = text.strip().split("\\s+");
    for (int n = Math.min(3, words.length - 2); n >= 1; n--) {
      Actor org = party(String.join(" ", Arrays.copyOfRange(words, 0, n)));
      if (org == null) continue;
      String name = String.join(" ", Arrays.copyOfRange(words, n, words.length));
      return new Actor(text, name, Knowledge.code(org.country(), PARTY), org.country(), PARTY, null);
    }
    return null;
  }

  /** A party we know named just before a title: "Tory leader", "Labour party chairman", "Lib Dem home affairs spokesman". */
  private Actor knownPartyBefore(List<Token> before, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
      for (int n = Math.min(3, i + 1); n >= 1; n--) {
        Actor org = party(join(before.subList(i + 1 - n, i + 1)));
        if (org != null) return org;
      }
      if (!Character.isUpperCase(before.get(i).word().charAt(0)) && !before.get(i).pos().startsWith("NN")) return null;
    }
    return null;
  }

  /** The person of mention m as an officer who speaks for a body: the body's code, country and sector, with the role. */
  static Actor officer(Mention m, Actor body, String role) {
    return new Actor(m.text(), m.text(), body.code(), body.country(), body.sector(), role);
  }

  /** The organisation or body whose name ends just before a title ("CBI", "Amnesty International"), or null. */
  private Actor knownBodyBefore(List<Token> before, int end) {
    for (int n = Math.min(4, end); n >= 1; n--) {
      List<Token> words = before.subList(end - n, end);
      if (!Character.isUpperCase(words.get(0).word().charAt(0))) continue;
      Actor org = kb.organisation(join(words));
      if (org != null && org.sector() != null) return org;
    }
    return null;
  }

  /**
   * "Tory leader", "BNP leader": a leader named by a capitalised word that is no country, no
   * seat, no role and no body we know leads a party, not a government ("leader" alone is GOV).
   */
  private boolean partyBefore(List<Token> before, int end) {
    if (end < 1) return false;
    Token t = before.get(end - 1);
    String w = t.word();
    if (!Character.isUpperCase(w.charAt(0)) || !(t.pos().startsWith("NNP") || t.pos().startsWith("JJ"))) return false;
    return kb.countryByName(w) == null && kb.countryByAdjective(w) == null && kb.countryBySeat(w) == null
        && kb.sector(w) == null && kb.organisation(w) == null && kb.body(w) == null && kb.ambiguousCountries(w).isEmpty();
  }

  /**
   * A country named in the words before a title, within its noun phrase: "Korean Foreign
   * Minister", "China's Wang Yi", "French National Assembly president".
   */
  private String countryBefore(Document doc, List<Token> before, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 6); i--) {
      Token t = before.get(i);
      if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("POS"))) break;
      for (int n = Math.min(3, i + 1); n >= 1; n--) {
        String phrase = join(before.subList(i + 1 - n, i + 1));
        Knowledge.Country c = kb.countryByAdjective(phrase);
        if (c == null) c = kb.countryByName(phrase);
        if (c != null) return c.iso3();
        List<String> ambiguous = kb.ambiguousCountries(phrase);
        if (!ambiguous.isEmpty()) return ActorResolver.mostNamed(kb, doc, ambiguous);
      }
    }
    return null;
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.word());
    }
    return sb.toString();
  }
}
