package org.dateline.coding;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * Whether a predicate's doer and object fit its political reading. A political act needs a doer
 * that can act (not a storm, a fire, a car or a butterfly), and its object must fit the act (one
 * recalls an envoy, not a memory; see {@code dateline/coding/objects.tsv}). Kinds of things come
 * from WordNet ({@link Senses}); names are left to the actor resolver.
 */
final class Fit {
  private record Rule(Set<Senses.Kind> kinds, Set<String> lemmas, Set<String> never, boolean refused, boolean bare,
                      boolean clause, String otherwise) {}

  private final Map<String, Rule> rules = new HashMap<>();
  private static final Set<String> PARTY_MODIFIERS = Set.of("compound", "amod", "nmod:poss", "nmod");
  private static final Set<Senses.Kind> PARTIES = EnumSet.of(Senses.Kind.PERSON, Senses.Kind.GROUP);
  private static final Set<Senses.Kind> THINGS = EnumSet.of(Senses.Kind.ARTIFACT, Senses.Kind.PLACE);
  private static final Set<Senses.Kind> BODILY = EnumSet.of(Senses.Kind.BODY, Senses.Kind.DISEASE);
  private static final Set<Senses.Kind> NATURAL = EnumSet.of(Senses.Kind.ANIMAL, Senses.Kind.PLANT);
  // how many WordNet senses may make a doer a party, or an object fit ("forces" are first a strength)
  private static final int DOER_SENSES = 5;
  private static final int OBJECT_SENSES = 4;
  // what the NER calls the noun of a measure ("40 percent", "$2 million"), still a common word
  private static final Set<String> MEASURES = Set.of("PERCENT", "MONEY", "NUMBER");
  // named entities a participle's noun may be ("the journalists released")
  private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY");
  // what is made, done or thought: a study, a film, a law, a break, evidence
  private static final Set<Senses.Kind> NON_AGENTS = EnumSet.of(Senses.Kind.DOCUMENT, Senses.Kind.EVENT,
      Senses.Kind.ABSTRACTION);
  private static final Set<String> ATTRACTING = WordClasses.of("attracting");
  private static final Set<String> STRIKING = WordClasses.of("downing-tools");
  private static final String LABOUR_STRIKE = "143";
  // pronouns that open a relative clause and stand for a noun that may be a thing ("who" is a person)
  private static final Set<String> RELATIVES = Set.of("which", "that");
  private static final Set<Senses.Kind> ARMS = EnumSet.of(Senses.Kind.VEHICLE, Senses.Kind.WEAPON);
  private final Senses senses = Senses.get();
  private static final Set<String> PERSON_NOUNS = WordClasses.of("person-nouns");
  private static final Set<String> COMMENTATORS = WordClasses.of("commentators");
  private static final Set<String> CONCURRING = Set.of("agree", "concur");

  Fit() {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/objects.tsv")) {
      String objects = r.get("objects");
      boolean refused = objects.startsWith("!");
      Set<Senses.Kind> kinds = EnumSet.noneOf(Senses.Kind.class);
      Set<String> lemmas = new java.util.HashSet<>();
      Set<String> never = new java.util.HashSet<>();
      // "-": the reading takes no object at all, not even a clause; a lower-case entry is a noun
      // itself, and one with a leading "-" a noun that never fits ("strike a balance")
      if (!objects.equals("-")) {
        for (String k : objects.replace("!", "").split("\\|")) {
          String entry = k.strip();
          if (entry.startsWith("-")) never.add(entry.substring(1));
          else if (entry.equals(entry.toLowerCase(Locale.ROOT))) lemmas.add(entry);
          else kinds.add(Senses.Kind.valueOf(entry));
        }
      }
      rules.put(r.get("kind") + ":" + r.get("lemma"),
          new Rule(kinds, lemmas, never, refused, r.get("bare").equals("yes"), r.get("bare").equals("clause"),
              r.get("otherwise")));
    }
  }

  /**
   * The entry to code for p: e itself, one with the code the object gives ("attacked the
   * decision" is criticism), or null when the words tell of no political act.
   */
  Predicates.Entry check(Sentence s, Token p, Predicates.Entry e) {
    Token doer = doer(s, p);
    // "Typhoon Phanfone made landfall, killing 20": a participle or infinitive acts with its clause's subject
    boolean ownSubject = s.children(p.index()).stream().anyMatch(c -> c.deprel().startsWith("nsubj"));
    // "a visa allowing them to marry", "rules which allow shorter sentences": the noun the clause
    // modifies is what acts; a document still says ("a letter urging talks")
    if (!Clauses.spoken(e.cameo())) doer = modified(s, p, doer);
    if (doer == null && p.isVerb() && !ownSubject) doer = Arguments.controller(s, p).stream().findFirst().orElse(null);
    if (doer != null) doer = measured(s, doer);
    // "bow to demands to free them" parsed with the demand as the subject: a demand asks, it does not act
    if (doer != null && Contents.demanded(doer) && Arguments.markOf(s, p).equals("to")) doer = null;
    if (doer != null && isCommonNoun(doer) && !senses.canAct(doer.lemma()) && !ofParty(s, doer)) return null;
    // "the walkway allows passengers to transfer": a made thing that does a political act
    // describes how it works; weapons still strike, and a party's things act for it
    boolean force = e.cameo().compareTo("18") >= 0 && e.cameo().compareTo("21") < 0;
    if (doer != null && !force && isCommonNoun(doer) && THINGS.contains(senses.kind(doer.lemma()))
        && !senses.mayBe(doer.lemma(), PARTIES) && !ofParty(s, doer)) {
      return null;
    }
    // "the study demonstrates", "the law allows", "evidence supported": a work, an act or an idea
    // does no deed, whoever's it is ("the Danish law"); it may still say something (a report
    // accuses) or strike (the blast killed). Rarer senses count here: "forces" are first a strength.
    if (doer != null && !force && !Clauses.spoken(e.cameo()) && isCommonNoun(doer) && NON_AGENTS.contains(senses.kind(doer.lemma()))
        && !senses.mayBe(doer.lemma(), PARTIES, DOER_SENSES)) {
      return null;
    }
    // "tax cuts that appeal to core voters": a thing that appeals attracts, it asks nothing
    if (doer != null && isCommonNoun(doer) && ATTRACTING.contains(p.lemma().toLowerCase(Locale.ROOT))
        && !senses.mayBe(doer.lemma(), PARTIES, DOER_SENSES)) {
      return null;
    }
    // "teachers will strike", "nurses struck for a day": to strike at nothing is to down tools;
    // forces strike something, or are named as armed ("jets struck overnight")
    boolean armed = doer != null && (HarmContext.violent(doer) || senses.mayBe(doer.lemma(), ARMS));
    if (p.isVerb() && STRIKING.contains(p.lemma().toLowerCase(Locale.ROOT)) && e.cameo().startsWith("19")
        && object(s, p) == null && !armed) {
      return new Predicates.Entry(e.lemma(), e.kind(), "", LABOUR_STRIKE, "");
    }
    if (doer != null && !isCommonNoun(doer) && namedPhenomenon(s, doer)) return null;
    if (p.isNoun() && bodily(s, p)) return null;
    if (p.isVerb() && toAFigure(s, p)) return null;
    if (p.isNoun() && anAmount(s, p)) return null;
    if (p.isNoun() && becauseOf(s, p)) return null;
    if (metWithReaction(s, p)) return null;
    if (talkedAbout(s, p, e)) return null;
    if (concurred(s, p, doer)) return null;
    Rule r = e.particle().isEmpty() ? rule(p, e) : null;
    if (r == null) return e;
    Token obj = p.isVerb() ? object(s, p) : nounObject(s, p);
    // "denied his shadow cabinet was split": the object the parser found is a clause's subject
    if (obj != null && p.isVerb() && obj.deprel().equals("obj") && Predicates.clauseMissed(s, p)) obj = null;
    // an event noun needs no object ("the fight", "an attack", "demonstrations against the
    // law"); only one it has must fit
    boolean none = r.kinds().isEmpty() && r.lemmas().isEmpty();
    // "a demonstration of 10,000 workers" names who act; "a demonstration of its speed" shows a thing
    if (p.isNoun() && none && obj != null && Arguments.caseOf(s, obj).equals("of") && isCommonNoun(obj)
        && !senses.mayBe(obj.lemma().toLowerCase(Locale.ROOT), PARTIES, OBJECT_SENSES)) return null;
    if (p.isNoun() && (obj == null && r.bare() || none)) return e;
    if (none) return obj == null && !hasClause(s, p) ? e : null;
    // "questioned whether the treaty was legal": some readings take a clause where no object is named
    if (obj == null) return r.bare() || r.clause() && hasClause(s, p) ? e : null;
    obj = measured(s, obj);
    // "recalled going to conventions": a gerund as the object names an act, no person or thing
    if (obj.isVerb()) {
      boolean act = r.refused() ? !r.kinds().contains(Senses.Kind.EVENT) : r.kinds().contains(Senses.Kind.EVENT);
      return act ? e : r.otherwise().isEmpty() ? null : new Predicates.Entry(e.lemma(), e.kind(), "", r.otherwise(), "");
    }
    // a name or a number: the actor resolver and the lexicon decide, unless the name's own last
    // word says what it names ("attended Harvard University", "hosted the World Cup"); a personal
    // pronoun or a person's name stands for a person ("unable to question him", "dismissed
    // Smith"), "he" or "she" only as a passive's subject (as an object it is a clause's subject
    // the parser missed), and "US" as a name is no "us"
    String word = obj.word().toLowerCase(Locale.ROOT);
    boolean pronoun = obj.pos().startsWith("PRP");
    boolean person = pronoun && PERSONAL.contains(word) || "PERSON".equals(obj.ner())
        || pronoun && (word.equals("he") || word.equals("she")) && obj.deprel().startsWith("nsubj");
    String noun = isCommonNoun(obj) ? obj.lemma().toLowerCase(Locale.ROOT) : person ? "person" : namedKind(s, obj);
    if (noun == null) return e;
    // "met his Chinese counterpart": a counterpart is first an equivalent in WordNet, an abstraction
    if (PERSON_NOUNS.contains(noun)) noun = "person";
    // rarer senses count for what is acted on too: "forces" are first a strength
    boolean fits = !r.never().contains(noun) && (r.refused() ? !r.kinds().contains(senses.kind(noun)) && !r.lemmas().contains(noun)
        : r.lemmas().contains(noun) || !r.kinds().isEmpty() && senses.mayBe(noun, r.kinds(), OBJECT_SENSES));
    if (fits) return e;
    if (r.otherwise().isEmpty()) return null;
    // "a gunman attacked the minister's convoy": what an armed doer does is no war of words
    if (doer != null && HarmContext.violent(doer)) return e;
    return new Predicates.Entry(e.lemma(), e.kind(), "", r.otherwise(), "");
  }

  /**
   * "Economists agreed that the auctions would not be enough", "analysts agree the rate will
   * rise": those who comment on events and agree that something is so share an opinion; they make
   * no agreement and state no intent.
   */
  private static boolean concurred(Sentence s, Token p, Token doer) {
    if (!p.isVerb() || !CONCURRING.contains(p.lemma().toLowerCase(Locale.ROOT)) || doer == null) return false;
    if (!COMMENTATORS.contains(doer.lemma().toLowerCase(Locale.ROOT))) return false;
    return s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("ccomp"));
  }

  private static final Set<String> PERSONAL = Set.of("him", "her", "me", "us", "himself", "herself");

  // Verbs of talking that consult only with a partner named, and subjects that are several parties
  private static final Set<String> TALKING = Set.of("talk", "speak");
  private static final Set<String> SEVERAL = Set.of("we", "they");

  /**
   * "Howard talked about immigration in a speech": one speaker talking of a topic, with no one
   * talked with ("to union leaders", "with Bush") and no second party in the subject ("Blair and
   * Bush talked", "ministers talked"), states something; he consults no one.
   */
  private static boolean talkedAbout(Sentence s, Token p, Predicates.Entry e) {
    if (!p.isVerb() || !e.cameo().startsWith("04") || !TALKING.contains(p.lemma().toLowerCase(Locale.ROOT))) return false;
    boolean topic = false;
    for (Token c : s.children(p.index())) {
      String kase = Arguments.caseOf(s, c);
      if (c.deprel().startsWith("obl") && (kase.equals("with") || kase.equals("to"))) return false;
      if (c.deprel().startsWith("obl") && (kase.equals("about") || kase.equals("of"))) topic = true;
      boolean several = c.pos().endsWith("S") || SEVERAL.contains(c.word().toLowerCase(Locale.ROOT))
          || s.children(c.index()).stream().anyMatch(d -> d.deprel().equals("conj"));
      if (c.deprel().equals("nsubj") && several) return false;
    }
    return topic;
  }

  /**
   * The common word that ends a name of several words and says what it names ("Harvard
   * University", "the World Cup", "the Mueller Report"), or null: a person's name, a one-word name
   * or a last word WordNet does not know ("President Xi") is left to the actor resolver.
   */
  private String namedKind(Sentence s, Token name) {
    if (!name.pos().startsWith("NNP") || "PERSON".equals(name.ner())) return null;
    boolean several = s.children(name.index()).stream()
        .anyMatch(c -> c.deprel().equals("compound") && c.pos().startsWith("NNP") && !"PERSON".equals(c.ner()));
    if (!several) return null;
    String word = name.lemma().toLowerCase(Locale.ROOT);
    return senses.kind(word) == Senses.Kind.OTHER ? null : word;
  }

  /**
   * "was met with applause", "was greeted with protests": the subject meets a reaction, no one
   * (the protests, if any, are their own event).
   */
  private boolean metWithReaction(Sentence s, Token p) {
    if (!p.isVerb() || !(p.lemma().equals("meet") || p.lemma().equals("greet"))) return false;
    if (s.children(p.index()).stream().noneMatch(c -> c.deprel().equals("aux:pass"))) return false;
    for (Token c : s.children(p.index())) {
      if (c.deprel().startsWith("obl") && Arguments.caseOf(s, c).equals("with") && isCommonNoun(c)
          && !senses.mayBe(c.lemma(), PARTIES)) {
        return true;
      }
    }
    return false;
  }

  // verbs that also tell an amount falling: "reserves declined to 964 billion cubic feet"
  private static final Set<String> FALLING = WordClasses.of("falling");

  /** "Declined to 964 billion", "dropped by 5 pct": what goes to, from or by a figure falls; "he declined" refuses. */
  private static boolean toAFigure(Sentence s, Token p) {
    return FALLING.contains(p.lemma().toLowerCase(Locale.ROOT)) && figure(s, p, Set.of("to", "from", "by"));
  }

  /** Whether the verb has an object, or an oblique with one of these prepositions, that holds a number. */
  private static boolean figure(Sentence s, Token verb, Set<String> cases) {
    return s.children(verb.index()).stream().filter(c -> c.deprel().startsWith("obl") || c.deprel().equals("obj"))
        .filter(c -> c.deprel().equals("obj") || cases.contains(Arguments.caseOf(s, c)))
        .anyMatch(c -> Clauses.subtree(s, c).stream().anyMatch(i -> s.tokens().get(i).pos().equals("CD")));
  }

  private static final Set<String> CHANGING_AMOUNT = WordClasses.of("changing-amount");

  /**
   * "The yield on the bond rose to 7.5 pct", "lending declined by 3 pct", "aid totalled 2 billion
   * dollars": a noun that is the subject of a verb an amount moves or stands by, with a figure,
   * names the quantity, not an act.
   */
  private static boolean anAmount(Sentence s, Token p) {
    if (!p.deprel().startsWith("nsubj") || p.head() < 0) return false;
    Token verb = s.tokens().get(p.head());
    if (!verb.isVerb() || !CHANGING_AMOUNT.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
    // the figure it goes to, from or by, or stands at ("rose in 2019" is a date, no amount)
    return figure(s, verb, Set.of("to", "from", "by", "at"));
  }

  private static boolean hasClause(Sentence s, Token p) {
    return s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("ccomp") || c.deprel().equals("xcomp"));
  }

  /** A verb's own reading; an event noun takes its verb's ("the fight against corruption" as fight). */
  private Rule rule(Token p, Predicates.Entry e) {
    if (p.isVerb()) return rules.get(e.kind() + ":" + e.lemma());
    if (!p.isNoun()) return null;
    String verb = e.derivedFrom() != null ? e.derivedFrom() : senses.verbOf(e.lemma());
    return rules.get("verb:" + (verb != null ? verb : e.lemma()));
  }

  /**
   * What an event noun is aimed at: "the fight against corruption", "an attack on the ruling",
   * "the withdrawal of the bill".
   */
  private static Token nounObject(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      String prep = Arguments.caseOf(s, c);
      if (c.deprel().startsWith("nmod") && (prep.equals("against") || prep.equals("on") || prep.equals("of"))) return c;
    }
    return null;
  }

  /** "Hurricane Humberto", "Typhoon Phanfone": a name that a storm's or fire's common noun introduces. */
  private boolean namedPhenomenon(Sentence s, Token name) {
    // "the World Bank", "the World Health Organization": a body's name, not a storm's
    if ("ORGANIZATION".equals(name.ner())) return false;
    for (Token c : s.children(name.index())) {
      boolean naming = c.deprel().equals("compound") || c.deprel().equals("appos");
      if (naming && c.isNoun() && senses.kind(c.lemma()) == Senses.Kind.PHENOMENON) return true;
    }
    return false;
  }

  /** The one who acts: the subject of an active verb, the "by" agent of a passive one. */
  static Token doer(Sentence s, Token p) {
    if (!p.isVerb()) return null;
    boolean passive = s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("nsubj") || c.deprel().equals("obl:agent")) return c;
      // "was killed by his lions": the parser may leave the agent a plain oblique
      if (passive && c.deprel().equals("obl") && Arguments.caseOf(s, c).equals("by") && c.isNoun()) return c;
    }
    return null;
  }

  /** The noun a clause modifies, when it acts in the clause: a participle with no subject of its own, or a relative pronoun's. */
  private static Token modified(Sentence s, Token p, Token doer) {
    if (doer == null) return ArgumentHeads.participleNoun(s, p);
    boolean relative = p.deprel().equals("acl:relcl") && p.head() >= 0 && s.tokens().get(p.head()).isNoun()
        && RELATIVES.contains(doer.word().toLowerCase(Locale.ROOT));
    return relative ? s.tokens().get(p.head()) : doer;
  }

  /** What is acted on: the direct object, or the subject of a passive; a clause object counts as none. */
  static Token object(Sentence s, Token p) {
    // "shareholders will be offered shares": a passive of two objects keeps the thing in "obj"
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("obj")) return c;
    }
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("nsubj:pass")) return c;
    }
    // "the evidence gathered against him", "weapons seized last year": a participle's noun
    if (p.pos().equals("VBN") && p.deprel().startsWith("acl") && p.head() >= 0) {
      Token noun = s.tokens().get(p.head());
      boolean named = NAMES.contains(noun.ner());
      if (isCommonNoun(noun) || named) return noun;
    }
    return null;
  }

  /**
   * "Israeli army bulldozers", "U.N. helicopters", "the UNITA militarist wing", "suicide bombers":
   * a thing said to be a party's, or a compound that names people, acts for them.
   */
  private boolean ofParty(Sentence s, Token doer) {
    for (Token c : s.children(doer.index())) {
      if (!PARTY_MODIFIERS.contains(c.deprel())) continue;
      if (!c.ner().equals("O") || c.pos().startsWith("NNP")) return true;
      if (!isCommonNoun(c)) continue;
      // a compound WordNet lists says itself what it is: "suicide bomber", "monarch butterfly"
      String whole = c.lemma() + "_" + doer.lemma();
      if (senses.kind(whole) != Senses.Kind.OTHER) return senses.canAct(whole);
      if (senses.mayBe(c.lemma(), PARTIES)) return true;
    }
    return false;
  }

  /** "two tonnes of cocaine", "millions of butterflies": what a measure is of (not "the names of the victims"). */
  private Token measured(Sentence s, Token obj) {
    if (!isCommonNoun(obj)) return obj;
    for (Token c : s.children(obj.index())) {
      if (c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("of") && c.isNoun()
          && senses.kind(obj.lemma()) == Senses.Kind.QUANTITY) {
        return c;
      }
    }
    return obj;
  }

  // verbs that give thanks: "gave thanks to the rescuers", "sent his thanks to"
  private static final Set<String> THANKING = Set.of("give", "offer", "express", "send", "extend", "convey", "voice", "pay");

  /** "fell thanks to successive governments": "thanks to" says why, it thanks no one. */
  private static boolean becauseOf(Sentence s, Token p) {
    if (!p.lemma().toLowerCase(Locale.ROOT).equals("thanks") && !p.word().equalsIgnoreCase("thanks")) return false;
    int next = p.index() + 1;
    if (next >= s.tokens().size() || !s.tokens().get(next).word().equalsIgnoreCase("to")) return false;
    if (s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("nmod:poss"))) return false;
    return p.head() < 0 || !THANKING.contains(s.tokens().get(p.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "heart attacks", "an asthma attack", "locust attacks": an event noun said of the body, an
   * illness, a beast or a blight.
   */
  private boolean bodily(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      if ((c.deprel().equals("compound") || c.deprel().equals("amod")) && isCommonNoun(c)) {
        Senses.Kind whole = senses.kind(c.lemma() + "_" + p.lemma());
        if (whole == Senses.Kind.DISEASE || whole == Senses.Kind.BODY) return true;
        if (senses.mayBe(c.lemma(), BODILY)) return true;
      }
      // "locust attacks", "a shark attack": beasts and blights attack no one's side (the tagger
      // may take the beast for a name; a name the NER knows, "Tiger attacks", is a party's)
      boolean unnamed = c.ner() == null || c.ner().equals("O");
      boolean beast = c.deprel().equals("compound") && c.isNoun() && unnamed;
      if (beast && NATURAL.contains(senses.kind(c.lemma().toLowerCase(Locale.ROOT)))) return true;
    }
    return false;
  }

  private static boolean isCommonNoun(Token t) {
    // "40 percent", "$2 million": a measure's noun is a common word whatever the NER calls it
    if (t.pos().equals("$")) return true;
    return (t.pos().equals("NN") || t.pos().equals("NNS")) && (t.ner() == null || t.ner().equals("O") || MEASURES.contains(t.ner()))
        && !t.lemma().toLowerCase(Locale.ROOT).equals("one");
  }
}
