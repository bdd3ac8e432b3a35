package org.dateline.coding;

import java.util.Locale;
import org.dateline.model.Actor;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/** "anti-" words: what a noun is against, and whom ("anti-government" is the government). */
final class AntiWords {
  private static final String AGAINST = "anti-";

  private AntiWords() {}

  /** A word that says what its noun is against: "anti-government", "anti-US", "anti-Muslim". */
  static boolean opposes(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.startsWith(AGAINST) && w.length() > AGAINST.length() + 1;
  }

  /**
   * Who an "anti-" word is against: a country by name or adjective, an organisation, or a role
   * ("anti-government" is the government, of the country the caller supplies); else null.
   */
  static Actor opposed(Knowledge kb, Token t) {
    if (!opposes(t)) return null;
    String rest = t.word().substring(AGAINST.length());
    Knowledge.Country c = kb.countryByName(rest);
    if (c == null) c = kb.countryByAdjective(rest);
    if (c != null) return new Actor(t.word(), c.name(), c.iso3(), c.iso3(), null, null);
    Actor org = kb.organisation(rest);
    if (org != null) return org.withText(t.word());
    String sector = kb.sector(rest, rest.toLowerCase(Locale.ROOT));
    return sector == null ? null : new Actor(t.word(), null, sector, null, sector, null);
  }
}
