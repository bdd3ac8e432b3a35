package org.dateline.resolve;

import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Lists the place mentions of a document. A country or capital standing for its government
 * ("Beijing said") is an actor, not a place, unless a locative preposition puts something
 * there ("talks in Beijing").
 */
final class PlaceResolver {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "from", "to",
      "across", "around", "throughout", "into", "toward", "towards", "within", "off");
  private final Knowledge kb;

  PlaceResolver(Knowledge kb) {
    this.kb = kb;
  }

  void resolve(Document doc) {
    for (Mention m : doc.mentions()) {
      if (!m.type().equals("LOCATION") && !m.type().equals("COUNTRY")) continue;
      boolean standsForGovernment = m.actor() != null && m.actor().country() != null;
      if (standsForGovernment && !afterLocative(doc, m)) continue;
      Knowledge.Country c = kb.countryByName(m.text());
      if (c == null) c = kb.countryBySeat(m.text());
      String country = c == null ? null : c.iso3();
      String name = c != null && m.type().equals("COUNTRY") ? c.name() : m.text();
      String featureClass = m.type().equals("COUNTRY") ? "A" : null;
      doc.places().add(new Place(m.text(), m.start(), m.end(), m.sentence(), name, country, null,
          featureClass, null, null, null, c == null ? 0.3 : 0.8));
    }
  }

  /** Whether the mention's head word is governed by a locative preposition ("in Busan"). */
  private static boolean afterLocative(Document doc, Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    for (Token t : s.tokensIn(m.start(), m.end())) {
      int h = t.head();
      boolean headOutside = h < 0 || s.tokens().get(h).start() < m.start() || s.tokens().get(h).end() > m.end();
      if (!headOutside) continue;
      for (Token c : s.children(t.index())) {
        if (c.deprel().equals("case") && LOCATIVE.contains(c.word().toLowerCase())) return true;
      }
    }
    return false;
  }
}
