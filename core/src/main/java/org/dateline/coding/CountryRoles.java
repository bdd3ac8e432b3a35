package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/** The country a role noun or a people is of: "Brazilian protesters", "ministers of China", "Albanians in Serbia". */
final class CountryRoles {
  // "ministers of China", "soldiers from Gondor", "lawmakers in Fornost": whose role-holders they are.
  private static final Set<String> HOME_CASES = Set.of("of", "from", "in");

  private final Knowledge kb;

  CountryRoles(Knowledge kb) {
    this.kb = kb;
  }

  /**
   * A people named by its demonym is its civilians ("Albanians demonstrated"), of the country it
   * lives in where the text says so ("Albanians in southern Serbia", "Iraqi Kurds"): CAMEO codes
   * a people by its state of residence.
   */
  Actor people(Document doc, Sentence s, Token head, Mention m) {
    if (m == null) return null;
    boolean demonym = m.actor() != null && m.type().equals("NATIONALITY") && m.actor().sector() == null;
    // "beat a Palestinian": a demonym standing alone as an argument is a person of that people
    boolean person = demonym && !head.deprel().equals("amod") && !head.deprel().equals("compound");
    if (!head.pos().endsWith("S") && !person) return null;
    if (!demonym && m.actor() != null) return null;
    String home = null;
    for (Token c : s.children(head.index())) {
      String prep = c.deprel().startsWith("nmod") ? Arguments.caseOf(s, c) : "";
      boolean where = prep.equals("in") || prep.equals("of") || c.deprel().equals("amod") && c.index() < head.index();
      String country = where && c.index() != head.index() ? countryOf(doc, c) : null;
      if (country != null) home = country;
    }
    String country = home != null ? home : demonym ? m.actor().country() : null;
    if (country == null) return null;
    return new Actor(m.text(), demonym && home == null ? m.actor().name() : null, country + "CVL", country, "CVL", null);
  }

  // sectors of armed groups: a party's "rebels" are its dissidents, and stay the party
  private static final Set<String> ARMED = Set.of("REB", "MIL", "INS", "UAF");

  /** Countries named on a role noun: "Brazilian protesters", "ministers of China and Japan", "troops from Chad". */
  List<Actor> roleWithCountry(Document doc, Sentence s, Token head, String sector) {
    List<Actor> out = new ArrayList<>();
    // "Arnor security officials": the country may hang on a modifier of the role phrase
    List<Token> candidates = new ArrayList<>(s.children(head.index()));
    for (Token m : RolePhrases.modifiersBefore(s, head)) candidates.addAll(s.children(m.index()));
    for (Token c : candidates) {
      String prep = c.deprel().startsWith("nmod") ? Arguments.caseOf(s, c) : "";
      // "protesters in Baghdad", "police in Jericho": where a group is says whose it is
      // "Vietnamese-led forces", parsed with "Vietnamese" hanging on "led"
      boolean leader = c.deprel().equals("dep") && s.tokens().get(c.head()).word().equalsIgnoreCase("led");
      boolean modifier = leader || c.deprel().equals("amod") || c.deprel().equals("compound")
          || c.deprel().equals("nmod:poss") || HOME_CASES.contains(prep);
      if (!modifier) continue;
      for (Token t : ActorFinder.withConjuncts(s, c)) {
        // "Labour MPs", "Democratic senators": a party's members in a role are of its country
        // ("Labour rebels" are its dissidents, no armed rebels: the party itself)
        Actor body = bodyAt(doc, t);
        Actor party = prep.isEmpty() && body == null ? ActorFinder.partyNamedBy(kb, s, t) : null;
        if (party != null && out.stream().noneMatch(a -> party.country().equals(a.country()))) {
          int start = s.tokens().get(ActorFinder.nameStart(s, t)).start();
          String text = doc.text().substring(Math.min(head.start(), start), Math.max(head.end(), t.end()));
          out.add(ARMED.contains(sector) ? party
              : new Actor(text, null, Knowledge.code(party.country(), sector), party.country(), sector, null));
          continue;
        }
        if (body != null && !prep.equals("in")) {
          out.add(forBody(body, sector)); // "European Community foreign ministers", "Hezbollah guerrillas"
          continue;
        }
        String country = countryOf(doc, t);
        // one actor per country, however many modifiers name it
        if (country == null || out.stream().anyMatch(a -> country.equals(a.country()))) continue;
        String text = doc.text().substring(Math.min(head.start(), t.start()), Math.max(head.end(), t.end()));
        out.add(new Actor(text, null, Knowledge.code(country, sector), country, sector, null));
      }
    }
    return out;
  }

  /**
   * The organisation a word names, if any: a coded mention that is no country, or with an agents
   * dictionary a one-word name the NER missed that the knowledge base knows ("The Quibbler") and
   * the agents do not define ("MSF" may be an agent there).
   */
  private Actor bodyAt(Document doc, Token t) {
    Mention org = ActorFinder.mentionAt(doc, t);
    if (org != null && org.actor() != null && org.actor().code() != null
        && (org.actor().country() == null || org.type().equals("ORGANIZATION"))) {
      return org.actor();
    }
    boolean name = org == null && kb.hasAgents() && t.pos().startsWith("NNP") && kb.sector(t.word()) == null;
    Actor named = name ? kb.organisation(t.word()) : null;
    return named == null ? null : named.withText(t.word());
  }

  /**
   * Role holders of a body act for it; with an agents dictionary they are coded as PETRARCH
   * codes an agent of an actor: "human rights activists of Amnesty International" NGM + OPP.
   */
  private Actor forBody(Actor body, String sector) {
    if (!kb.hasAgents()) return body;
    return new Actor(body.text(), body.name(), Knowledge.code(body.code(), sector), body.country(), sector, null);
  }

  String countryOf(Document doc, Token t) {
    Mention cm = ActorFinder.mentionAt(doc, t);
    if ((cm == null || cm.actor() == null) && cm != null && cm.type().equals("LOCATION")) {
      for (org.dateline.model.Place p : doc.locations()) {
        if (p.start() <= t.start() && t.end() <= p.end() && p.country() != null) return p.country();
      }
    }
    if (cm != null && cm.actor() != null && cm.actor().country() != null && cm.actor().sector() == null) {
      return cm.actor().country();
    }
    if (cm != null && cm.actor() != null && cm.actor().country() != null && cm.type().equals("LOCATION")) {
      return cm.actor().country();
    }
    // "Vietnamese-led forces", "a Saudi-led coalition": led by that country ("-backed" is not)
    String w = cm != null && cm.text().endsWith("-led") ? cm.text() : t.word();
    if (w.endsWith("-led")) w = w.substring(0, w.length() - 4);
    Knowledge.Country c = kb.countryByAdjective(w);
    if (c == null) c = kb.countryByName(w);
    return c == null ? null : c.iso3();
  }

}
