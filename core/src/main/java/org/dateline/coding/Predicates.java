package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/** The predicate lexicon ({@code dateline/coding/predicates.tsv}): which words state which events. */
final class Predicates {
  /**
   * @param derivedFrom the verb whose entry a noun of action borrows by WordNet, or null
   * @param file the lexicon file the entry comes from
   */
  record Entry(String lemma, String kind, String particle, String cameo, String frame, String derivedFrom, String file) {
    Entry(String lemma, String kind, String particle, String cameo, String frame) {
      this(lemma, kind, particle, cameo, frame, null, OWN);
    }

    /** Whether the reading is no event: a sense the dictionary sets apart ("fly the flag"). */
    boolean none() {
      return cameo.equals("-");
    }
  }

  static final String OWN = "predicates.tsv";
  static final String PHOENIX = "phoenix-verbs.tsv";
  private static final String DEMANDED = "@demanded";
  private static final String LABELS = "@labels";
  private static final String POLICIES = "@policies";
  private static final String INFINITIVE = "to+inf";
  // "that+clause": a clause the verb takes as what it holds true ("accepted that mistakes were made")
  private static final String CLAUSE = "that+clause";
  // "ing+clause": the verb's own gerund ("stopped attacking", "ceased firing")
  static final String GERUND = "ing+clause";
  // "as+name": any name the verb gives its object with "as" ("dismissed the plan as desperate")
  private static final String AS_NAME = "as+name";
  // "as:terrorist": the name a verb gives its object ("named the militia as terrorists")
  private static final String NAMED_AS = "as:";
  private static final java.util.Set<String> LABEL_NOUNS = Tsv.resource("/dateline/coding/labels.tsv").stream()
      .map(r -> r.get("lemma")).collect(java.util.stream.Collectors.toUnmodifiableSet());
  // a particle that must be the verb's own ("gave in"), not a preposition of an argument ("gave a speech in Paris")
  private static final String OWN_PARTICLE = "prt:";
  private final Map<String, List<Entry>> byLemma = new HashMap<>();
  private final Map<String, List<Entry>> phoenix = new HashMap<>();

  Predicates() {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/predicates.tsv")) {
      // "@demanded": any noun of demand as the object ("resisted pressure", "defied calls")
      String particle = r.get("particle").replace(DEMANDED, String.join("|", new java.util.TreeSet<>(Contents.demandNouns())))
          .replace(POLICIES, String.join("|", new java.util.TreeSet<>(Policies.nouns())))
          .replace(NAMED_AS + LABELS, String.join("|", LABEL_NOUNS.stream().sorted().map(n -> NAMED_AS + n).toList()));
      Entry e = new Entry(r.get("lemma"), r.get("kind"), particle, r.get("cameo"), r.get("frame"));
      byLemma.computeIfAbsent(e.kind() + ":" + e.lemma(), k -> new ArrayList<>()).add(e);
    }
    for (Tsv.Row r : Tsv.resource("/dateline/coding/" + PHOENIX)) {
      Entry e = new Entry(r.get("lemma"), r.get("kind"), r.get("particle"), r.get("cameo"), "", null, PHOENIX);
      phoenix.computeIfAbsent(e.kind() + ":" + e.lemma(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The reading of this token, preferring one whose particle the sentence has ("call on"); null if none. */
  Entry match(Sentence s, Token t) {
    String kind = t.isVerb() ? "verb" : t.isNoun() ? "noun" : null;
    if (kind == null || adjectival(s, t)) return null;
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    List<Entry> entries = byLemma.get(kind + ":" + lemma);
    if (entries == null && kind.equals("noun")) entries = byLemma.get(kind + ":" + t.word().toLowerCase(Locale.ROOT));
    if (entries == null && kind.equals("noun")) return derived(lemma);
    if (entries == null) {
      // a verb our lexicon does not list may be a phrasal verb the Phoenix dictionary knows ("hit
      // back at"); its entries were measured to help only behind ours, not over them
      List<Entry> phrasal = phoenix.get(kind + ":" + lemma);
      Entry e = phrasal == null ? null : withParticle(s, t, phrasal, true);
      return e == null || e.none() ? null : e;
    }
    Entry e = withParticle(s, t, entries, true);
    // a particle may set a sense apart as no event ("fed up", "fired up")
    if (e != null) return e.none() ? null : e;
    Entry plain = plain(entries);
    // a noun listed only for a sense its particle sets apart ("a legal fight") otherwise reads as its verb
    if (plain != null && plain.none()) return null;
    return plain == null && kind.equals("noun") ? derived(lemma) : plain;
  }

  /**
   * Whether a present participle is an adjective after a copula ("it is encouraging to see", "the
   * news was threatening"): it qualifies, it does not act.
   */
  static boolean adjectival(Sentence s, Token t) {
    return t.pos().equals("VBG") && s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("cop"));
  }

  /** The first entry whose particle the sentence has, its own particles before ones hung deeper. */
  private static Entry withParticle(Sentence s, Token t, List<Entry> entries, boolean alsoDeeper) {
    // particles on the predicate itself first: "called off its strike on Monday" is not "call on"
    for (boolean deeper : alsoDeeper ? new boolean[] {false, true} : new boolean[] {false}) {
      for (Entry e : entries) {
        for (String particle : e.particle().isEmpty() ? new String[0] : e.particle().split("\\|")) {
          if (hasParticle(s, t, particle, deeper)) return e;
        }
      }
    }
    return null;
  }

  private static Entry plain(List<Entry> entries) {
    for (Entry e : entries) {
      if (e.particle().isEmpty()) return e;
    }
    return null;
  }

  /**
   * A noun of action no entry lists reads as the verb it is made from ("cooperation" as
   * cooperate, "repression" as repress), by WordNet, when that verb has a plain entry: one that
   * needs no particle and takes no clause.
   */
  private Entry derived(String noun) {
    String verb = Senses.get().verbOf(noun);
    List<Entry> entries = verb == null ? null : byLemma.get("verb:" + verb);
    if (entries == null) return null;
    for (Entry e : entries) {
      if (e.particle().isEmpty() && e.frame().isEmpty()) return new Entry(noun, "noun", "", e.cameo(), "", verb, OWN);
    }
    return null;
  }

  /**
   * The object's kind said by its modifiers or its "of" phrase: "5 million dollars of aid",
   * "a state of emergency", "martial law".
   */
  private static boolean kindOf(Sentence s, Token obj, String noun) {
    for (Token g : s.children(obj.index())) {
      if (!named(g, noun)) continue;
      if (g.deprel().startsWith("nmod") && Arguments.caseOf(s, g).equals("of")) return true;
      // a participle modifies by what was done, not by what the object is: "an already crowded
      // field" is no crowd, "armed police" no arms sent
      boolean participle = g.pos().equals("VBN") || g.pos().equals("VBG");
      if (g.deprel().equals("compound") || g.deprel().equals("amod") && (!participle || g.word().equalsIgnoreCase(noun))) return true;
    }
    return false;
  }

  private static boolean named(Token t, String word) {
    return t.lemma().equalsIgnoreCase(word) || t.word().equalsIgnoreCase(word);
  }

  /**
   * A particle child ("call off"), an object noun or its kind ("sent arms", "imposed martial
   * law"), a noun's compound ("hunger strike"), or a preposition on one of its oblique arguments
   * ("call on X").
   */
  static boolean hasParticle(Sentence s, Token t, String particle) {
    return hasParticle(s, t, particle, false);
  }

  /** @param deeper also a preposition the parser hung on an argument before it ("charged X in the attack with murder") */
  static boolean hasParticle(Sentence s, Token t, String particle, boolean deeper) {
    if (particle.startsWith(NAMED_AS)) return namedAs(s, t, particle.substring(NAMED_AS.length()));
    // "to+inf": the verb's own infinitive only ("hopes to meet", not "hoped for an end to the talks")
    if (particle.equals(INFINITIVE)) {
      return s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("xcomp")
          && s.children(c.index()).stream().anyMatch(m -> m.deprel().equals("mark") && m.word().equalsIgnoreCase("to")));
    }
    if (particle.equals(AS_NAME)) return namedAsAny(s, t);
    if (particle.equals(GERUND)) {
      return s.children(t.index()).stream().anyMatch(c -> (c.deprel().equals("xcomp") || c.deprel().equals("obj")) && c.pos().equals("VBG"));
    }
    // the clause must be what the verb takes, not one the parser hung on it beside an object
    // ("accepted demands that it initiate reforms")
    if (particle.equals(CLAUSE)) {
      boolean ccomp = s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("ccomp"))
          && s.children(t.index()).stream().noneMatch(c -> c.deprel().equals("obj"));
      return ccomp || clauseMissed(s, t);
    }
    // "to court": a preposition and the noun it brings ("took the government to court")
    int space = particle.indexOf(' ');
    if (space > 0) {
      String prep = particle.substring(0, space);
      String noun = particle.substring(space + 1);
      return s.children(t.index()).stream().anyMatch(c -> c.deprel().startsWith("obl") && named(c, noun)
          && prep.equalsIgnoreCase(Arguments.caseOf(s, c)));
    }
    if (particle.startsWith(OWN_PARTICLE)) {
      String own = particle.substring(OWN_PARTICLE.length());
      return s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("compound:prt") && c.word().equalsIgnoreCase(own));
    }
    for (Token c : s.children(t.index())) {
      // "stepped down": the tagger gives some particles as adverbs
      boolean prt = c.deprel().equals("compound:prt") || c.deprel().equals("advmod");
      if (prt && c.word().equalsIgnoreCase(particle)) return true;
      // "seized control", "sent arms" (whose lemma the tagger may give as "arm"), "25,000 tons of
      // food aid", "imposed martial law"
      // the object of a passive is its subject: "the demands were met", "martial law was imposed"
      boolean object = c.deprel().equals("obj") || t.isVerb() && c.deprel().equals("nsubj:pass");
      if (object && (named(c, particle) || kindOf(s, c, particle))) return true;
      // "found him guilty", "declared the vote unlawful": the verdict the verb gives
      if (c.deprel().equals("xcomp") && c.pos().startsWith("JJ") && named(c, particle)) return true;
      // a noun's kind: "a hunger strike", "human shields", "a general strike", "joint drills"
      boolean kind = c.deprel().equals("compound") || c.deprel().equals("amod");
      if (t.isNoun() && kind && named(c, particle)) return true;
      // "call on X": the preposition sits on the argument; "worked with X to bolster" is often
      // parsed with "with" marking the purpose clause whose subject is X.
      boolean argument = c.deprel().startsWith("obl") || c.deprel().startsWith("obj") || c.deprel().startsWith("nmod");
      // "fired the opening shot on Monday": a day or a time is no argument of the act ("fire on")
      if (argument && (c.ner().equals("DATE") || c.ner().equals("TIME"))) continue;
      // "told passengers to take another way": the infinitive's "to"
      boolean clause = c.deprel().equals("advcl") || c.deprel().equals("xcomp") && particle.equals("to");
      if (argument || clause) {
        for (Token g : s.children(c.index())) {
          String rel = argument ? "case" : "mark";
          if (g.deprel().equals(rel) && g.word().equalsIgnoreCase(particle)) return true;
          // "charged the suspect in the shooting with murder": the parser hangs the verb's
          // phrase on the argument before it
          if (deeper && argument && g.deprel().equals("nmod") && g.index() > c.index() && particle.equals(Arguments.caseOf(s, g))) return true;
        }
      }
    }
    return false;
  }

  /**
   * A clause the parser took apart: "accepted there was a problem", "conceded his comments may
   * have been offensive" and "accept that resources will fall" (the clause's subject read as the
   * object, with "that" as its determiner; its verb follows it).
   */
  static boolean clauseMissed(Sentence s, Token t) {
    if (!t.isVerb() || t.index() + 1 >= s.tokens().size()) return false;
    Token next = s.tokens().get(t.index() + 1);
    if (next.pos().equals("EX")) return true;
    for (Token c : s.children(t.index())) {
      if (!c.deprel().equals("obj")) continue;
      int end = Clauses.subtree(s, c).stream().max(Integer::compare).orElse(c.index());
      // "denied Mr Yeo, his transport spokesman, said ...": past the object's apposition and its comma
      boolean apposed = s.children(c.index()).stream().anyMatch(a -> a.deprel().equals("appos"));
      if (apposed && end + 2 < s.tokens().size() && s.tokens().get(end + 1).word().equals(",")) end++;
      if (end + 1 >= s.tokens().size()) return false;
      Token after = s.tokens().get(end + 1);
      boolean finite = after.pos().equals("MD") || after.pos().equals("VBD") || after.pos().equals("VBZ") || after.pos().equals("VBP");
      // "firms seeking higher profits moved their plants": after a participle that modifies a
      // noun, the verb that follows is the noun's own, no clause of the participle's
      return finite && !t.deprel().startsWith("acl");
    }
    return false;
  }

  /**
   * Whether the verb gives its object a name with "as" ("dismissed the plan as desperate", "as a
   * fading force"). A role is no such name: "dismissed him as defence minister" removes him from
   * it; a role that is a label ("as a crook") still names.
   */
  private static boolean namedAsAny(Sentence s, Token t) {
    if (!t.isVerb()) return false;
    for (Token c : s.children(t.index())) {
      if (!(c.deprel().startsWith("obl") || c.deprel().startsWith("advcl"))) continue;
      boolean as = s.children(c.index()).stream()
          .anyMatch(m -> (m.deprel().equals("case") || m.deprel().equals("mark")) && m.word().equalsIgnoreCase("as"));
      String lemma = c.lemma().toLowerCase(Locale.ROOT);
      boolean role = c.isNoun() && Senses.get().personSector(lemma) != null && !LABEL_NOUNS.contains(lemma);
      if (as && !role) return true;
    }
    return false;
  }

  /**
   * Whether the verb gives its object the name {@code word}: "named the militia as terrorists",
   * "designated the group a terrorist organisation", "branded the strikers criminals and
   * vandals". The name is the verb's complement (an "as" phrase, a second noun, a small clause),
   * or a word that modifies it.
   */
  private static boolean namedAs(Sentence s, Token t, String word) {
    if (!t.isVerb()) return false;
    List<Token> objects = s.children(t.index()).stream().filter(c -> c.deprel().equals("obj")).toList();
    for (Token c : s.children(t.index())) {
      String rel = c.deprel();
      boolean complement = rel.equals("obl:as") || rel.equals("obl:npmod") || rel.equals("xcomp")
          || rel.startsWith("obl") && Arguments.caseOf(s, c).equals("as")
          // "designated the group a terrorist organisation": a second object is the name given
          || rel.equals("obj") && objects.size() > 1 && c != objects.get(0);
      if (complement && (namesOrModifies(s, c, word) || conjunctNames(s, c, word))) return true;
      // "branded the protesters criminals": the parser may make the two nouns one, the named
      // one a compound before the name; the name must then be the head ("named the terrorist
      // suspect" names a suspect)
      boolean merged = rel.equals("obj") && s.children(c.index()).stream()
          .anyMatch(m -> m.deprel().equals("compound") && m.index() < c.index() && m.pos().equals("NNS"));
      if (merged && named(c, word)) return true;
      // "called the prime minister a liar": the name may hang on the object as a loose dependent
      boolean object = rel.equals("obj") || rel.equals("iobj");
      if (object && s.children(c.index()).stream().anyMatch(g -> g.deprel().equals("dep") && namesOrModifies(s, g, word))) return true;
    }
    return false;
  }

  private static boolean conjunctNames(Sentence s, Token c, String word) {
    return s.children(c.index()).stream().anyMatch(g -> g.deprel().equals("conj") && namesOrModifies(s, g, word));
  }

  private static boolean namesOrModifies(Sentence s, Token noun, String word) {
    if (named(noun, word)) return true;
    return s.children(noun.index()).stream()
        .anyMatch(m -> (m.deprel().equals("amod") || m.deprel().equals("compound")) && named(m, word));
  }
}
