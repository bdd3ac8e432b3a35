package org.dateline.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Token;

/**
 * A person introduced with a role anywhere in the article keeps it everywhere: "House Speaker
 * Nancy Pelosi", "Nancy Pelosi, the Speaker of the House," or "Pelosi, who is the Speaker, ..."
 * make every "Pelosi" of that article a legislator, before and after. News names the role once.
 * The knowledge base's own term for the date is not overridden: only people it gives no sector.
 */
final class ArticleRoles {
  private static final Set<String> SKIPPED = Set.of("a", "an", "the", "its", "his", "her", "their", "then", "now",
      "currently", "also", "still", "once");
  private static final Set<String> LINKS = Set.of("is", "was", "has", "had", "been", "became", "becomes", "serves",
      "served", "as");
  private static final Set<String> FOLLOWING = Set.of("of", "for", "at", "in", "from", "on");
  // a role the person held is not the one they hold
  private static final Set<String> PAST = Set.of("former", "ex", "then", "late", "outgoing", "ousted", "deposed",
      "exiled", "retired", "would-be", "aspiring");

  private static final Actor NONE = new Actor(null, null, null, null, null, null);

  private final Knowledge kb;

  ArticleRoles(Knowledge kb) {
    this.kb = kb;
  }

  /** Gives the role the article states for a person to each mention of them that has none. */
  void spread(Document doc) {
    Map<String, Actor> roles = new HashMap<>(); // surname -> role actor; null when two people differ
    Map<String, Set<String>> people = new HashMap<>(); // surname -> full names; two people share none
    for (Mention m : doc.mentions()) {
      if (m.type().equals("PERSON") && m.actor() != null && m.text().contains(" ")) {
        people.computeIfAbsent(surname(m), k -> new java.util.HashSet<>()).add(Knowledge.key(m.actor().name() == null ? m.text() : m.actor().name()));
      }
    }
    for (Mention m : doc.mentions()) {
      if (!m.type().equals("PERSON") || m.actor() == null) continue;
      Actor role = m.actor().sector() != null && m.actor().role() != null ? m.actor() : apposition(doc, m);
      if (role == null || role.sector() == null || "ELI".equals(role.sector())) continue;
      String k = surname(m);
      if (roles.containsKey(k)) {
        Actor had = roles.get(k);
        if (had != null && !same(had, role)) roles.put(k, null);
      } else {
        roles.put(k, role);
      }
    }
    if (roles.isEmpty()) return;
    List<Mention> mentions = doc.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Actor a = m.actor();
      if (!m.type().equals("PERSON") || a == null || a.sector() != null) continue;
      Actor role = roles.get(surname(m));
      if (role == null || people.getOrDefault(surname(m), Set.of()).size() > 1) continue;
      String country = a.country() != null && kb.country(a.country()) != null ? a.country() : role.country();
      mentions.set(i, m.withActor(new Actor(m.text(), a.name(), Knowledge.code(country, role.sector()), country,
          role.sector(), role.role())));
    }
  }

  private static boolean same(Actor a, Actor b) {
    return a.sector().equals(b.sector()) && (a.country() == null || b.country() == null || a.country().equals(b.country()));
  }

  /** The last word of the person's name: "Pelosi" for "Nancy Pelosi" and for "Pelosi". */
  private static String surname(Mention m) {
    String name = m.actor().name() != null ? m.actor().name() : m.text();
    String[] words = Knowledge.key(name).split(" ");
    return words[words.length - 1];
  }

  /**
   * The role in an apposition after the name: "Nancy Pelosi, the Speaker of the House,", "Ali
   * Musa, Nigeria's information minister", "Ann Lee, who is the mayor of Lagos"; null when none.
   * A role in a named body that is no country ("a spokesman for Oxfam") is not the state's.
   */
  Actor apposition(Document doc, Mention m) {
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < m.end()) i++;
    if (i >= tokens.size() || !tokens.get(i).word().equals(",")) return null;
    i++;
    if (i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("who")) {
      i++;
      int links = 0;
      while (i < tokens.size() && LINKS.contains(lower(tokens.get(i)))) {
        i++;
        links++;
      }
      if (links == 0) return null;
    }
    String country = null;
    for (; i < tokens.size(); i++) {
      String w = lower(tokens.get(i));
      if (PAST.contains(w)) return null;
      if (SKIPPED.contains(w)) continue;
      Knowledge.Country c = countryWord(tokens, i);
      // "London's mayor", "Texas's governor": a place below the state owns the role
      boolean placeOwner = c == null && PLACE_TYPES.contains(String.valueOf(tokens.get(i).ner()))
          && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS");
      if (placeOwner) {
        i++;
        continue;
      }
      if (c == null) break;
      country = c.iso3(); // "Nigeria's information minister", "the Kenyan president"
      if (i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS")) i++;
    }
    // the role's head may follow a modifier or two ("the information minister")
    for (int start = i; start < Math.min(i + 3, tokens.size()); start++) {
      if (start > i && !(tokens.get(start - 1).isNoun() || tokens.get(start - 1).pos().startsWith("JJ"))) break;
      Actor found = roleAt(tokens, m, start, country);
      if (found != null) return found.sector() == null ? null : found;
    }
    return null;
  }

  /** The longest role phrase at start; an actor without sector when it is someone else's. */
  private Actor roleAt(List<Token> tokens, Mention m, int start, String country) {
    for (int n = Math.min(kb.longestRole(), tokens.size() - start); n >= 1; n--) {
      String phrase = Titles.join(tokens.subList(start, start + n));
      String sector = kb.sector(phrase);
      // "Ann Lee, accused the mayor": a verb after the comma is what she did, not her role
      if (sector == null || tokens.get(start + n - 1).isVerb()) continue;
      int after = start + n;
      if (after < tokens.size() && tokens.get(after).pos().equals("POS")) return NONE; // "the Speaker's aide"
      if (after < tokens.size() && tokens.get(after).isNoun()) return null; // "a government spokesman"
      if (after < tokens.size() && FOLLOWING.contains(lower(tokens.get(after)))) {
        // "director general of Age Concern", "chairman of the Police Federation": a known body's
        // officer speaks for the body
        Actor body = knownBody(tokens, after + 1);
        if (body != null) return Titles.officer(m, body, Knowledge.titleCase(phrase));
        // "a spokesman for the Kenyan foreign ministry": a country's body, by its own sector
        String[] national = nationalBody(tokens, after + 1);
        if (national != null) return role(m, national[0], national[1], phrase);
        String[] of = ofWhat(tokens, after + 1);
        if (of[0] != null) country = of[0];
        else if (of[1] != null) return of[1].equals("PTY") ? role(m, country, "PTY", phrase) : NONE;
      }
      return role(m, country, sector, phrase);
    }
    // "chairman of the Police Federation": an office of a known body is the body's
    boolean office = start + 1 < tokens.size() && Knowledge.OFFICES.contains(lower(tokens.get(start)))
        && FOLLOWING.contains(lower(tokens.get(start + 1)));
    Actor body = office ? knownBody(tokens, start + 2) : null;
    if (body != null) return Titles.officer(m, body, Knowledge.titleCase(tokens.get(start).word()));
    // "chairman of the Green Union Party": any office of a party is the party's
    boolean ofParty = start + 1 < tokens.size() && tokens.get(start).isNoun()
        && FOLLOWING.contains(lower(tokens.get(start + 1))) && "PTY".equals(ofWhat(tokens, start + 2)[1]);
    return ofParty ? role(m, country, "PTY", tokens.get(start).word()) : null;
  }

  private static final java.util.Set<String> PLACE_TYPES = java.util.Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

  /**
   * What "of/for X" names after a role: a country ({iso3, null}), a party ({null, "PTY"}),
   * another named body ({null, "ORG"}) or nothing readable ({null, null}).
   */
  private String[] ofWhat(List<Token> tokens, int i) {
    if (i < tokens.size() && lower(tokens.get(i)).equals("the")) i++;
    StringBuilder name = new StringBuilder();
    boolean party = false;
    for (int j = i; j < tokens.size() && j < i + 5 && Character.isUpperCase(tokens.get(j).word().charAt(0)); j++) {
      if (name.length() > 0) name.append(' ');
      name.append(tokens.get(j).word());
      Knowledge.Country c = kb.countryByName(name.toString());
      if (c != null) return new String[] {c.iso3(), null};
      party |= lower(tokens.get(j)).equals("party");
    }
    if (party) return new String[] {null, "PTY"};
    // "the mayor of London", "the governor of Texas": a place below the state is no other body;
    // its country comes later, with the places
    if (i < tokens.size() && PLACE_TYPES.contains(String.valueOf(tokens.get(i).ner()))) return new String[] {null, null};
    // "of the House", "of the Senate": the body the role already names, not another
    if (name.length() > 0 && kb.sector(name.toString()) == null) return new String[] {null, "ORG"};
    return new String[] {null, null};
  }

  /**
   * A country's body named by its sector: "the Kenyan foreign ministry", "Indonesia's National
   * Police" as {iso3, sector}; null when the words after the country name no body of a sector.
   */
  private String[] nationalBody(List<Token> tokens, int i) {
    if (i < tokens.size() && lower(tokens.get(i)).equals("the")) i++;
    if (i >= tokens.size()) return null;
    Knowledge.Country c = countryWord(tokens, i);
    if (c == null) return null;
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).pos().equals("POS")) j++;
    // the body's words, from the longest; one modifier may stand before them ("National Police")
    for (int first = j; first <= j + 1; first++) {
      for (int n = Math.min(3, tokens.size() - first); n >= 1; n--) {
        String sector = kb.sector(Titles.join(tokens.subList(first, first + n)));
        if (sector != null) return new String[] {c.iso3(), sector};
      }
    }
    return null;
  }

  private Knowledge.Country countryWord(List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (!Character.isUpperCase(w.charAt(0))) return null;
    Knowledge.Country c = kb.countryByAdjective(w);
    return c != null ? c : kb.countryByName(w);
  }

  /** The known organisation (not a party: its officers are PTY by the rule for parties) named from token i on, or null. */
  private Actor knownBody(List<Token> tokens, int i) {
    if (i < tokens.size() && lower(tokens.get(i)).equals("the")) i++;
    Actor found = null;
    for (int j = i; j < tokens.size() && j < i + 8; j++) {
      Actor org = kb.organisation(Titles.join(tokens.subList(i, j + 1)));
      if (org != null && org.sector() != null) found = org;
    }
    return found == null || "PTY".equals(found.sector()) ? null : found;
  }

  private static Actor role(Mention m, String country, String sector, String phrase) {
    return new Actor(m.text(), m.text(), Knowledge.code(country, sector), country, sector, Knowledge.titleCase(phrase));
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
