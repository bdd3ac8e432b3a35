package org.dateline.coding;

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
 * Countries of roles and peoples are {@link CountryRoles}', names the NER missed {@link KnownNames}'.
 */
final class ActorFinder {
  private static final Set<String> OWNER_CASES = Set.of("of", "with", "against", "from", "by", "on", "to");
  // Heads that stand for the people or body after "of": "a group of Moroccan diplomats".
  private static final Set<String> COLLECTIVES = Set.of("group", "delegation", "team", "number", "contingent",
      "handful", "dozens", "hundreds", "thousands", "members", "member", "representatives", "leaders", "head",
      "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "officials", "official");

  // bodies a branch of the state forms, named by it ("the Senate committee", "a parliamentary panel")
  private static final Set<String> BODIES = Set.of("committee", "subcommittee", "panel",
      "commission", "caucus", "delegation", "inquiry");
  private final Knowledge kb;
  private final RolePhrases roles;
  private final CountryRoles countries;
  private final KnownNames names;

  ActorFinder(Knowledge kb) {
    this.kb = kb;
    this.roles = new RolePhrases(kb);
    this.countries = new CountryRoles(kb);
    this.names = new KnownNames(kb, countries);
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
    Actor branch = bodyOfBranch(s, head);
    if (branch != null) return List.of(branch);
    List<Token> modifiers = new ArrayList<>(s.children(head.index()));
    modifiers.sort(java.util.Comparator.comparingInt(c -> c.deprel().equals("compound") ? 0 : 1));
    for (Token c : modifiers) {
      boolean owner = c.deprel().equals("nmod:poss") || c.deprel().equals("amod") || c.deprel().equals("compound")
          || c.deprel().startsWith("nmod") && OWNER_CASES.contains(Arguments.caseOf(s, c));
      if (!owner) continue;
      // "my colleagues", "her supporters": people owned by a pronoun are others than its owner
      // (a single one may be the owner in a role: "his gardener's licence")
      if (c.pos().equals("PRP$") && head.pos().equals("NNS") && person(s, head) != null) continue;
      // Only named owners: "its media law" is not an act of the media. "relations with Congo and
      // Costa Rica": every conjunct.
      // A role with a preposition is a party too ("demands from rebels"), and a thing's owner may
      // be named one step further down ("restrictions against German goods").
      boolean role = c.deprel().startsWith("nmod:") || c.deprel().equals("nmod") && !Arguments.caseOf(s, c).isEmpty()
          // "the Commons public accounts committee", "a parliamentary panel": a body of a branch
          || BODIES.contains(head.lemma().toLowerCase(Locale.ROOT)) && !c.deprel().equals("nmod:poss");
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

  /** "A parliamentary committee", "a congressional panel": a body a branch's adjective names is of that branch. */
  private Actor bodyOfBranch(Sentence s, Token head) {
    if (!BODIES.contains(head.lemma().toLowerCase(Locale.ROOT))) return null;
    for (Token c : s.children(head.index())) {
      if (!c.deprel().equals("amod") || !c.pos().startsWith("JJ")) continue;
      String sector = kb.sector(c.word(), c.lemma());
      if (sector != null) return new Actor(phrase(s, head), null, sector, null, sector, null);
    }
    return null;
  }

  private List<Actor> direct(Document doc, Sentence s, Token head) {
    Actor opposed = AntiWords.opposed(kb, head);
    if (opposed != null) return List.of(opposed);
    Actor described = described(s, head);
    if (described != null) return List.of(described);
    Mention m = mentionAt(doc, head);
    Actor party = m == null || m.actor() == null ? partyAdjective(s, head) : null;
    if (party != null) return List.of(party);
    // "a group of diplomats": the people are after "of"; but "Number 10" names a seat itself
    boolean seat = m != null && m.actor() != null && m.actor().code() != null;
    if (COLLECTIVES.contains(head.lemma().toLowerCase(Locale.ROOT)) && roles.sectorOf(s, head) == null && !seat) {
      return List.of();
    }
    // the NER lists "he" as a person of its own; who he is comes from the clause or the text before
    if (head.pos().equals("PRP") && (m == null || m.actor() == null || m.actor().code() == null)) return pronoun(doc, s, head);
    Actor people = countries.people(doc, s, head, m);
    if (people != null) return List.of(people);
    if (m != null && m.actor() != null && (m.actor().country() != null || m.actor().code() != null)) {
      return kb.joint(m.actor());
    }
    // "Its leader, Roger Knapman, said": a role in apposition to a name known to the files is that person
    String sector = roles.sectorOf(s, head);
    // "the former police chief": an office no longer held makes an elite, not the office
    for (Token c : s.children(head.index())) {
      if (c.deprel().equals("amod") || c.deprel().equals("compound")) sector = Knowledge.formerly(c.word(), sector);
    }
    Actor named = m == null && sector != null ? namedInApposition(doc, s, head) : null;
    if (named != null) return List.of(named);
    if (sector != null) {
      List<Actor> withCountry = countries.roleWithCountry(doc, s, head, sector);
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
    Actor known = m == null ? names.known(doc, s, head) : null;
    if (known != null) return List.of(known);
    // "BTP started an investigation": a body the knowledge files do not know, named by the NER or
    // by an acronym it missed, is a body of its own (its country comes from the story)
    boolean body = m != null && m.actor() == null && "ORGANIZATION".equals(m.type());
    if (body) return List.of(new Actor(m.text(), m.text(), null, null, null, null));
    if (m == null && ACRONYM.matcher(head.word()).matches()) return List.of(new Actor(head.word(), head.word(), null, null, null, null));
    return pronoun(doc, s, head);
  }

  /**
   * "Tory proposals", "the Republican bill": a capitalised adjective that the knowledge names as one
   * country's party (groups.tsv), or whose plural does ("Republicans"), is that party; the NER
   * leaves such adjectives untagged.
   */
  private Actor partyAdjective(Sentence s, Token t) {
    return t.pos().startsWith("JJ") ? partyNamedBy(kb, s, t) : null;
  }

  /**
   * The party a modifier names, read with the capitalised modifiers of its name before it: "Liberal
   * Democrat" is the Liberal Democrats, not the Democrats, "Scottish Labour" is Labour. Only the
   * last word of such a run names it ("Liberal" in "Liberal Democrat" names no party).
   */
  static Actor partyNamedBy(Knowledge kb, Sentence s, Token t) {
    List<Token> tokens = s.tokens();
    if (!nameWord(t) || t.index() + 1 < tokens.size() && nameWord(tokens.get(t.index() + 1))) return null;
    for (int i = nameStart(s, t); i <= t.index(); i++) {
      StringBuilder name = new StringBuilder();
      for (Token w : tokens.subList(i, t.index() + 1)) name.append(name.length() == 0 ? "" : " ").append(w.word());
      Actor party = kb.party(name.toString());
      if (party != null) return party;
    }
    return null;
  }

  /** The first of the capitalised modifiers (at most three) that end in t: "Liberal" of "Liberal Democrat". */
  static int nameStart(Sentence s, Token t) {
    int first = t.index();
    while (first > 0 && t.index() - first < 3 && nameWord(s.tokens().get(first - 1))) first--;
    return first;
  }

  private static boolean nameWord(Token t) {
    return (t.deprel().equals("compound") || t.deprel().equals("amod")) && Character.isUpperCase(t.word().charAt(0));
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

  private static final Set<String> SUSPECTED = WordClasses.of("suspected");
  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}");

  /**
   * A person named by a common noun no role lexicon lists ("a teenager", "two suspects",
   * "the assailant"): WordNet says whether the noun names a person and of what sector.
   */
  private static Actor person(Sentence s, Token head) {
    if (countOfPeople(head)) return new Actor(head.word(), null, "CVL", null, "CVL", null);
    if (!head.pos().equals("NN") && !head.pos().equals("NNS")) return null;
    // "Osgiliath, the state's fiercest foe": the apposition's name is the actor
    if (head.deprel().equals("appos") || s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("appos"))) {
      return null;
    }
    // "tigers" is first a fierce person in WordNet, but a noun that may name an animal is not read as one
    if (Senses.get().mayBe(head.lemma(), Set.of(Senses.Kind.ANIMAL, Senses.Kind.PLANT))) return null;
    String sector = Senses.get().personSector(head.lemma());
    // "337 suspected users", "the wanted men": people held to have broken the law are criminals
    // to CAMEO until a court says otherwise, whatever else they are
    if ("CVL".equals(sector) && s.children(head.index()).stream()
        .anyMatch(c -> c.deprel().equals("amod") && SUSPECTED.contains(c.word().toLowerCase(java.util.Locale.ROOT)))) {
      sector = "CRM";
    }
    return sector == null ? null : new Actor(phrase(s, head), null, sector, null, sector, null);
  }

  /**
   * Whom a possessive pronoun stands for, as a subject would ("Their demands include ..."): asked
   * only for the doer of an act named by a noun, where no clause subject names one; as the owner
   * of an object ("welcomed their resumption of ties") it is mostly the subject itself.
   */
  List<Actor> possessor(Document doc, Sentence s, Token head) {
    return head.pos().equals("PRP$") ? pronoun(doc, s, head, true) : of(doc, s, List.of(head));
  }

  private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
      "\\d{1,3}(,\\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands");

  /**
   * "Police arrested three", "soldiers killed 12", "five were detained": a bare count as what is
   * acted on is that many people. A count that is a subject acts ("the two met") and is left to
   * {@link GroupReference}; a year is no count.
   */
  private static boolean countOfPeople(Token head) {
    boolean actedOn = head.deprel().equals("obj") || head.deprel().equals("nsubj:pass");
    return actedOn && head.pos().equals("CD") && COUNT.matcher(head.word().toLowerCase(Locale.ROOT)).matches();
  }

  private static final ThreadLocal<Integer> GROUP_DEPTH = ThreadLocal.withInitial(() -> 0);

  private List<Actor> pronoun(Document doc, Sentence s, Token head) {
    return pronoun(doc, s, head, false);
  }

  private List<Actor> pronoun(Document doc, Sentence s, Token head, boolean possessor) {
    Quotes.Speaker quoted = Quotes.speaker(doc, head);
    if (quoted != null) {
      return of(doc, quoted.sentence(), List.of(quoted.token())).stream().map(a -> a.withText(head.word())).toList();
    }
    Token described = Pronouns.relativeHead(s, head);
    if (described != null) return of(doc, s, List.of(described));
    Token speaker = Pronouns.speaker(s, head);
    if (speaker != null) return of(doc, s, List.of(speaker));
    Token fronted = Pronouns.fronted(s, head);
    if (fronted != null) return of(doc, s, List.of(fronted)).stream().map(a -> a.withText(head.word())).toList();
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
    // "their" is looked up only as a doer: as an owner it is mostly the clause's own subject
    Token group = possessor || !head.pos().equals("PRP$") ? Pronouns.group(doc, head) : null;
    // a group found through another pronoun is looked up once: no chain of "they" can loop
    if (group != null && GROUP_DEPTH.get() == 0) {
      GROUP_DEPTH.set(1);
      try {
        Sentence there = doc.sentences().stream().filter(x -> x.tokens().contains(group)).findFirst().orElse(s);
        List<Actor> found = of(doc, there, List.of(group)).stream().filter(a -> a.code() != null).toList();
        if (!found.isEmpty()) return found.stream().map(a -> a.withText(head.word())).toList();
      } finally {
        GROUP_DEPTH.set(0);
      }
    }
    Actor pronoun = Pronouns.antecedent(doc, head);
    return pronoun == null ? List.of() : List.of(pronoun);
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
