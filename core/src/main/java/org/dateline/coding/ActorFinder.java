package org.dateline.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/**
 * The actors an argument names: a resolved mention, a role noun with its country ("the foreign
 * ministers of China, Japan and South Korea", "Brazilian protesters"), a name the NER missed but
 * the knowledge base knows ("Xi"), or a pronoun standing for the last actor of its kind.
 */
final class ActorFinder {
  private static final Set<String> OWNER_CASES = Set.of("of", "with", "against", "from", "by", "on", "to");
  // Heads that stand for the people or body after "of": "a group of Moroccan diplomats".
  private static final Set<String> COLLECTIVES = Set.of("group", "delegation", "team", "number", "contingent",
      "handful", "dozens", "hundreds", "thousands", "members", "member", "representatives", "leaders", "head",
      "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "officials", "official");

  // "ministers of China", "soldiers from Gondor", "lawmakers in Fornost": whose role-holders they are.
  private static final Set<String> HOME_CASES = Set.of("of", "from", "in");

  private final Knowledge kb;
  private final RolePhrases roles;

  ActorFinder(Knowledge kb) {
    this.kb = kb;
    this.roles = new RolePhrases(kb);
  }

  /** Actors of argument heads and their conjuncts ("China, Japan and South Korea"), without repeats. */
  List<Actor> of(Document doc, Sentence s, List<Token> heads) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Token h : heads) {
      List<List<Actor>> parts = new ArrayList<>();
      for (Token t : withConjuncts(s, h)) parts.add(actorsOf(doc, s, t));
      for (List<Actor> part : parts) {
        for (Actor a : shareCountries(part, parts)) out.putIfAbsent(a.text() + "|" + a.code(), a);
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * "Police arrested the accused": the parser may take the article for the argument and the
   * word after it for its modifier; the people are those the word describes, if a role word.
   */
  private Actor described(Sentence s, Token head) {
    if (!head.pos().equals("DT")) return null;
    for (Token c : s.children(head.index())) {
      if (!c.deprel().equals("amod")) continue;
      String sector = kb.sector(c.word(), c.lemma());
      if (sector != null) return new Actor(head.word() + " " + c.word(), null, sector, null, sector, null);
    }
    return null;
  }

  private static final String AGAINST = "anti-";

  /** A word that says what its noun is against: "anti-government", "anti-US", "anti-Muslim". */
  static boolean opposes(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.startsWith(AGAINST) && w.length() > AGAINST.length() + 1;
  }

  /**
   * Who an "anti-" word is against: a country by name or adjective, an organisation, or a role
   * ("anti-government" is the government, of the country the caller supplies); else null.
   */
  private Actor opposed(Token t) {
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

  /**
   * "Lawmakers and officials in Fornost and Gondor": the parse hangs the countries on one role
   * noun only; a conjunct role without a country takes the countries of its neighbour's roles.
   */
  private static List<Actor> shareCountries(List<Actor> part, List<List<Actor>> parts) {
    if (part.size() != 1 || part.get(0).country() != null || part.get(0).sector() == null
        || !part.get(0).sector().equals(part.get(0).code())) {
      return part;
    }
    Actor role = part.get(0);
    List<Actor> out = new ArrayList<>();
    for (List<Actor> other : parts) {
      for (Actor a : other) {
        if (a.country() == null || a.sector() == null || a.sector().equals(role.sector())) continue;
        Actor shared = new Actor(role.text(), null, Knowledge.code(a.country(), role.sector()), a.country(),
            role.sector(), null);
        if (!out.contains(shared)) out.add(shared);
      }
    }
    return out.isEmpty() ? part : out;
  }

  static List<Token> withConjuncts(Sentence s, Token h) {
    List<Token> out = new ArrayList<>();
    out.add(h);
    for (Token c : s.children(h.index())) {
      if (c.deprel().equals("conj")) out.addAll(withConjuncts(s, c));
    }
    return out;
  }

  private List<Actor> actorsOf(Document doc, Sentence s, Token head) {
    return actorsOf(doc, s, head, 0);
  }

  private List<Actor> actorsOf(Document doc, Sentence s, Token head, int depth) {
    List<Actor> direct = direct(doc, s, head);
    if (!direct.isEmpty()) return direct;
    // "Haiti's efforts", "the release of Libya's nationals", "a group of Moroccan diplomats":
    // the actor is the owner or the "of" phrase of a head that names none itself.
    // Also "a U.S. request", "an Indian proposal", "relations with Russia", "an offer from
    // Afghanistan", "calls by Belarus's rulers": who the thing belongs to or is with.
    // the thing's own name before its owner's: "Osama bin Laden's al-Qaeda network" is al-Qaeda's
    List<Token> modifiers = new ArrayList<>(s.children(head.index()));
    modifiers.sort(java.util.Comparator.comparingInt(c -> c.deprel().equals("compound") ? 0 : 1));
    for (Token c : modifiers) {
      boolean owner = c.deprel().equals("nmod:poss") || c.deprel().equals("amod") || c.deprel().equals("compound")
          || c.deprel().startsWith("nmod") && OWNER_CASES.contains(Arguments.caseOf(s, c));
      if (!owner) continue;
      // Only named owners: "its media law" is not an act of the media. "relations with Congo and
      // Costa Rica": every conjunct.
      // A role with a preposition is a party too ("demands from rebels"), and a thing's owner may
      // be named one step further down ("restrictions against German goods").
      boolean role = c.deprel().startsWith("nmod:") || c.deprel().equals("nmod") && !Arguments.caseOf(s, c).isEmpty();
      List<Actor> inner = new ArrayList<>();
      for (Token t : withConjuncts(s, c)) {
        List<Actor> found = depth < 1 && role ? actorsOf(doc, s, t, depth + 1) : direct(doc, s, t);
        found.stream().filter(a -> a.country() != null || a.name() != null || role && a.sector() != null)
            .forEach(inner::add);
      }
      if (!inner.isEmpty()) return inner;
    }
    // the last resort, once names, roles and owners said nothing: "a teenager", "two suspects"
    Actor person = mentionAt(doc, head) == null ? person(s, head) : null;
    return person == null ? List.of() : List.of(person);
  }

  private List<Actor> direct(Document doc, Sentence s, Token head) {
    Actor opposed = opposed(head);
    if (opposed != null) return List.of(opposed);
    Actor described = described(s, head);
    if (described != null) return List.of(described);
    Mention m = mentionAt(doc, head);
    // "a group of diplomats": the people are after "of"; but "Number 10" names a seat itself
    boolean seat = m != null && m.actor() != null && m.actor().code() != null;
    if (COLLECTIVES.contains(head.lemma().toLowerCase(Locale.ROOT)) && roles.sectorOf(s, head) == null && !seat) {
      return List.of();
    }
    // the NER lists "he" as a person of its own; who he is comes from the clause or the text before
    if (head.pos().equals("PRP") && (m == null || m.actor() == null || m.actor().code() == null)) return pronoun(doc, s, head);
    Actor people = people(doc, s, head, m);
    if (people != null) return List.of(people);
    if (m != null && m.actor() != null && (m.actor().country() != null || m.actor().code() != null)) {
      return kb.joint(m.actor());
    }
    // "Its leader, Roger Knapman, said": a role in apposition to a name known to the files is that person
    String sector = roles.sectorOf(s, head);
    Actor named = m == null && sector != null ? namedInApposition(doc, s, head) : null;
    if (named != null) return List.of(named);
    if (sector != null) {
      List<Actor> withCountry = roleWithCountry(doc, s, head, sector);
      if (!withCountry.isEmpty()) return withCountry;
      // "Clerics and lawmakers", "Islamic fundamentalists": a role noun the NER tagged without
      // finding whom it names is still that role
      boolean role = m == null || m.actor() == null;
      if (role) return List.of(new Actor(phrase(s, head), null, sector, null, sector, null));
    }
    if (m != null && m.actor() != null) return List.of(m.actor());
    if (m == null && GroupReference.isGroupNoun(head.word())) {
      return List.of(new Actor(phrase(s, head), null, null, null, sector, null)); // resolved by GroupReference
    }
    Actor known = m == null ? known(doc, s, head) : null;
    if (known != null) return List.of(known);
    // "BTP started an investigation": a body the knowledge files do not know, named by the NER or
    // by an acronym it missed, is a body of its own (its country comes from the story)
    boolean body = m != null && m.actor() == null && "ORGANIZATION".equals(m.type());
    if (body) return List.of(new Actor(m.text(), m.text(), null, null, null, null));
    if (m == null && ACRONYM.matcher(head.word()).matches()) return List.of(new Actor(head.word(), head.word(), null, null, null, null));
    return pronoun(doc, s, head);
  }

  private static Actor namedInApposition(Document doc, Sentence s, Token head) {
    for (Token c : s.children(head.index())) {
      if (!c.deprel().equals("appos")) continue;
      Mention m = mentionAt(doc, c);
      if (m != null && "PERSON".equals(m.type()) && m.actor() != null && m.actor().code() != null && m.actor().country() != null) {
        return m.actor();
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}");

  /**
   * A person named by a common noun no role lexicon lists ("a teenager", "two suspects",
   * "the assailant"): WordNet says whether the noun names a person and of what sector.
   */
  private static Actor person(Sentence s, Token head) {
    if (!head.pos().equals("NN") && !head.pos().equals("NNS")) return null;
    // "Osgiliath, the state's fiercest foe": the apposition's name is the actor
    if (head.deprel().equals("appos") || s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("appos"))) {
      return null;
    }
    // "tigers" is first a fierce person in WordNet, but a noun that may name an animal is not read as one
    if (Senses.get().mayBe(head.lemma(), Set.of(Senses.Kind.ANIMAL, Senses.Kind.PLANT))) return null;
    String sector = Senses.get().personSector(head.lemma());
    return sector == null ? null : new Actor(phrase(s, head), null, sector, null, sector, null);
  }

  private List<Actor> pronoun(Document doc, Sentence s, Token head) {
    Quotes.Speaker quoted = Quotes.speaker(doc, head);
    if (quoted != null) {
      return of(doc, quoted.sentence(), List.of(quoted.token())).stream().map(a -> a.withText(head.word())).toList();
    }
    Token described = Pronouns.relativeHead(s, head);
    if (described != null) return of(doc, s, List.of(described));
    Token speaker = Pronouns.speaker(s, head);
    if (speaker != null) return of(doc, s, List.of(speaker));
    Mention named = Pronouns.person(doc, head);
    // a person named by role after the last one named by name ("the foreign minister ... He met")
    Token role = Pronouns.roleSubject(doc, head);
    if (role != null && (named == null || named.start() < role.start())) {
      Sentence there = doc.sentences().stream().filter(x -> x.tokens().contains(role)).findFirst().orElse(s);
      List<Actor> found = of(doc, there, List.of(role)).stream().filter(a -> a.code() != null).toList();
      if (!found.isEmpty()) return found.stream().map(a -> a.withText(head.word())).toList();
    }
    if (named != null) {
      // the person as the words that name them are resolved there ("Kenya's interior minister, Daniel Mwangi")
      Sentence there = doc.sentences().get(named.sentence());
      List<Token> words = there.tokensIn(named.start(), named.end());
      List<Actor> found = words.isEmpty() ? List.of() : of(doc, there, List.of(words.get(words.size() - 1)));
      if (found.isEmpty()) found = List.of(named.actor() != null ? named.actor() : new Actor(named.text(), named.text(), null, null, null, null));
      return found.stream().map(a -> a.withText(head.word())).toList();
    }
    Actor pronoun = Pronouns.antecedent(doc, head);
    return pronoun == null ? List.of() : List.of(pronoun);
  }

  /**
   * A people named by its demonym is its civilians ("Albanians demonstrated"), of the country it
   * lives in where the text says so ("Albanians in southern Serbia", "Iraqi Kurds"): CAMEO codes
   * a people by its state of residence.
   */
  private Actor people(Document doc, Sentence s, Token head, Mention m) {
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

  /** Countries named on a role noun: "Brazilian protesters", "ministers of China and Japan", "troops from Chad". */
  private List<Actor> roleWithCountry(Document doc, Sentence s, Token head, String sector) {
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
      for (Token t : withConjuncts(s, c)) {
        Actor body = bodyAt(doc, t);
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
    Mention org = mentionAt(doc, t);
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

  private String countryOf(Document doc, Token t) {
    Mention cm = mentionAt(doc, t);
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

  /** A proper noun the NER missed that the knowledge base knows: "Biden met Xi". */
  private Actor known(Document doc, Sentence s, Token t) {
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
        String named = countryOf(doc, w);
        if (named != null) country = named;
      }
      return new Actor(t.word(), t.word(), Knowledge.code(country, sector), country, sector, null);
    }
    return null;
  }

  private static String phrase(Sentence s, Token head) {
    int start = head.start();
    for (Token c : s.children(head.index())) {
      boolean part = c.deprel().equals("compound") || c.deprel().equals("amod") || c.deprel().equals("nummod")
          || c.deprel().equals("det") && !c.word().equalsIgnoreCase("the") && !c.word().equalsIgnoreCase("a");
      if (part && c.start() < start) start = c.start();
    }
    return s.text().substring(start - s.start(), head.end() - s.start());
  }

  static Mention mentionAt(Document doc, Token t) {
    for (Mention m : doc.mentions()) {
      if (m.start() <= t.start() && t.end() <= m.end()) return m;
    }
    return null;
  }
}
