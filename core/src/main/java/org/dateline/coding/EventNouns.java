package org.dateline.coding;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** Whether a word that may name an event tells one here, or names a body, a programme, a title or a definition. */
final class EventNouns {
  // Relations under which a noun names a thing, not an event ("summit venue", "the talks' host").
  private static final Set<String> MODIFIER = Set.of("compound", "nmod:poss", "amod", "appos");

  private EventNouns() {}

  /**
   * "the Committee to Protect Journalists", "Doctors Without Borders": a capitalised word inside
   * an organisation's name names the body, it reports no act.
   */
  static boolean partOfName(Document doc, Sentence s, Token t) {
    if (!Character.isUpperCase(t.word().charAt(0))) return false;
    for (Mention m : doc.mentions()) {
      boolean inside = t.start() >= m.start() && t.end() <= m.end() && (t.start() > m.start() || t.end() < m.end());
      if (inside && m.type().equals("ORGANIZATION")) return true;
    }
    return namedThing(s, t);
  }

  /**
   * "Police press officer Monika Kosiec stated": a word the tagger took for a verb between a noun
   * and a person's title that comes before a name is part of the title, no act.
   */
  static boolean partOfTitle(Document doc, Sentence s, Token t) {
    int i = t.index();
    if (!t.isVerb() || i == 0 || i + 2 >= s.tokens().size()) return false;
    Token before = s.tokens().get(i - 1);
    Token title = s.tokens().get(i + 1);
    Token name = s.tokens().get(i + 2);
    if (!before.isNoun() || !title.pos().equals("NN") || !name.pos().equals("NNP")) return false;
    return Senses.get().personSector(title.lemma()) != null && doc.mentions().stream()
        .anyMatch(m -> m.type().equals("PERSON") && m.start() == name.start());
  }

  /**
   * "the New Deal for young people", "the Camp David Accords": an event noun spelled as a proper
   * noun with capitalised words of its name around it names a programme or a treaty, not an act
   * of the day (a sentence's first word is capitalised anyway).
   */
  private static boolean namedThing(Sentence s, Token t) {
    if (!t.pos().startsWith("NNP") || t.index() == 0 || t.word().equals(t.word().toUpperCase(Locale.ROOT))) return false;
    for (Token c : s.children(t.index())) {
      boolean naming = c.deprel().equals("compound") || c.deprel().equals("amod");
      if (naming && c.index() > 0 && Character.isUpperCase(c.word().charAt(0)) && !c.pos().equals("NNPS")
          && (c.pos().equals("NNP") || c.pos().equals("JJ"))) {
        return true;
      }
    }
    return false;
  }

  // Nouns that define a kind of act rather than tell one: "Impeachment is the process by which ..."
  private static final Set<String> DEFINING = WordClasses.of("defining");

  /** "Impeachment is the process by which an official is removed": an event noun defined, not told. */
  static boolean defined(Sentence s, Token t) {
    if (!t.isNoun() || !t.deprel().startsWith("nsubj") || t.head() < 0) return false;
    Token head = s.tokens().get(t.head());
    boolean copula = s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("cop"));
    return copula && DEFINING.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether an event noun stands as an event here rather than modifying another noun or making
   * a fixed phrase with a bare "in" ("in charge of", "in support of", "in response to", "in
   * custody": no charge, no endorsement, no reply, no arrest is told by them).
   */
  static boolean standsAsEvent(Sentence s, Token t) {
    return !MODIFIER.contains(t.deprel()) && !compoundPreposition(s, t) && !ofTitle(s, t) && !quantity(s, t)
        && !ofKind(s, t) && !unaimedStance(s, t) && !unmadeAccord(s, t) && !danger(s, t) && !setting(s, t);
  }

  private static final Set<String> MEETINGS = WordClasses.of("meetings");
  // verbs done at a meeting that are not the meeting: speaking, presenting
  private static final Set<String> DONE_AT = WordClasses.of("done-at-meetings");
  // "at the opening of the summit", "on the sidelines of the meeting"
  private static final Set<String> PARTS = WordClasses.of("parts-of-meetings");
  // who meets whom: "a meeting with the Chinese minister", "the summit between the two leaders"
  private static final Set<String> MET = Set.of("with", "between");

  /**
   * "Told reporters at a private meeting", "presented at the annual meeting of the society", "at
   * the opening of the summit, the chairman said": a meeting that is only where words were said is
   * their setting, no consultation told; "said at a meeting with his Chinese counterpart" names one.
   */
  private static boolean setting(Sentence s, Token t) {
    if (!t.isNoun() || !MEETINGS.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.head() < 0) return false;
    if (s.children(t.index()).stream().anyMatch(c -> c.deprel().startsWith("nmod") && MET.contains(Arguments.caseOf(s, c)))) return false;
    Token at = t;
    Token head = s.tokens().get(t.head());
    // the part of the meeting ("the opening of the summit") stands where the meeting would
    if (t.deprel().startsWith("nmod") && Arguments.caseOf(s, t).equals("of") && PARTS.contains(head.lemma().toLowerCase(Locale.ROOT))
        && head.head() >= 0) {
      at = head;
      head = s.tokens().get(head.head());
    }
    if (!at.deprel().startsWith("obl") || !Set.of("at", "during").contains(Arguments.caseOf(s, at))) return false;
    // the parser may hang "with his counterpart" on the verb, right after the meeting
    boolean with = s.children(head.index()).stream().anyMatch(c -> c.deprel().startsWith("obl") && c.index() > t.index()
        && c.index() <= t.index() + 4 && MET.contains(Arguments.caseOf(s, c)));
    if (with) return false;
    return Clauses.isSpeech(head) || head.isVerb() && DONE_AT.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> THREATS = WordClasses.of("threats");
  private static final Set<String> MAKING_THREATS = WordClasses.of("making-threats");
  // who makes a threat: "a warning from Moscow", "a threat by the rebels"
  private static final Set<String> MAKERS = Set.of("by", "from");

  /**
   * "Doctors face the threat of jail", "pensions are under threat", "the threat to their jobs": a
   * threat noun that names no maker ("the rebels' threat", "a warning from Moscow", "Mandelson
   * warning") and that no verb makes ("issued a warning") is a danger, not an act of threatening.
   */
  private static boolean danger(Sentence s, Token t) {
    if (!t.isNoun() || !THREATS.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("nmod:poss")) return false;
      if (c.deprel().startsWith("nmod") && MAKERS.contains(Arguments.caseOf(s, c))) return false;
      if (c.deprel().equals("compound") && c.pos().startsWith("NNP")) return false;
    }
    // "jobs are under threat"
    if (Arguments.caseOf(s, t).equals("under")) return true;
    Token head = t.head() >= 0 ? s.tokens().get(t.head()) : null;
    // a bare noun phrase (a headline, "threat to strike") keeps its reading
    if (head == null) return false;
    boolean argument = t.deprel().equals("obj") || t.deprel().startsWith("nsubj:pass");
    return !(argument && head.isVerb() && MAKING_THREATS.contains(head.lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> ACCORDS = WordClasses.of("accords");
  private static final Set<String> MAKING_ACCORDS = WordClasses.of("making-accords");

  /** Whether the word is a noun of an agreement (word class accords). */
  static boolean accord(Token t) {
    return t.isNoun() && ACCORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "Under the agreement, Kenya will supply power", "cited the NATO treaty", "the deal expires in
   * June": an agreement noun names one that exists unless a verb of making it governs it ("signed a
   * treaty", "an agreement has been reached", "entered into an agreement") or it has a clause of
   * one ("the deal struck on Monday", "the accord, which was signed in Doha"), or a date says when
   * it was made ("Sunday's agreement").
   */
  private static boolean unmadeAccord(Sentence s, Token t) {
    if (!accord(t)) return false;
    for (Token c : s.children(t.index())) {
      if (c.deprel().startsWith("acl") && MAKING_ACCORDS.contains(c.lemma().toLowerCase(Locale.ROOT))) return false;
      // "Sunday's agreement between Ghana and Togo": a dated agreement is one made then
      if (c.ner().equals("DATE")) return false;
    }
    Token head = t.head() >= 0 ? s.tokens().get(t.head()) : null;
    // a bare noun phrase (a headline, "Kenya-Uganda trade deal") keeps its reading
    if (head == null) return false;
    boolean argument = t.deprel().equals("obj") || t.deprel().startsWith("nsubj:pass") || t.deprel().startsWith("obl");
    return !(argument && head.isVerb() && MAKING_ACCORDS.contains(head.lemma().toLowerCase(Locale.ROOT)));
  }

  // Nouns of a stance toward someone, which tell one only when they say whose stance it is or toward whom
  private static final Set<String> STANCES = WordClasses.of("stances");
  // what a stance is for or toward: "support for the bill", "the backing of the unions", "support to Kyiv"
  private static final Set<String> AIMS = Set.of("for", "to", "of", "behind", "from");

  /**
   * "Student support", "tax credit support", "Labour support fell in the polls", "has wide
   * support among judges": with no holder ("its support") and no aim ("support for the bill"), the
   * noun names a benefit or a share of opinion. Given or voiced ("expressed support") it is an act,
   * unless a noun before it says what kind ("cut student support").
   */
  private static boolean unaimedStance(Sentence s, Token t) {
    if (!t.isNoun() || !STANCES.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
    // "will ask voters for support", "appealed for backing": what an appeal asks for
    if (t.deprel().startsWith("obl") && Arguments.caseOf(s, t).equals("for")) return false;
    boolean kind = false;
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("nmod:poss")) return false;
      if (c.deprel().startsWith("nmod") && AIMS.contains(Arguments.caseOf(s, c))) return false;
      if (c.deprel().equals("compound") && c.isNoun()) kind = true;
    }
    // "has wide support among judges": a stance had is a share of opinion, not one voiced
    Token verb = t.deprel().equals("obj") && t.head() >= 0 ? s.tokens().get(t.head()) : null;
    boolean given = verb != null && verb.isVerb() && !verb.lemma().equalsIgnoreCase("have");
    return kind || !given;
  }

  // Nouns that class or count acts rather than tell one: "three degrees of murder", "the offence
  // of assault", "one count of murder", "the rate of arrests"
  private static final Set<String> CLASSING = WordClasses.of("classing");

  /**
   * "Three degrees of murder", "the number of assaults rose": an act named as a kind or counted is
   * no act told. "A number of attacks" counts acts that happened, so only "the number" counts here.
   */
  private static boolean ofKind(Sentence s, Token t) {
    if (!t.deprel().startsWith("nmod") || t.head() < 0 || !Arguments.caseOf(s, t).equals("of")) return false;
    Token head = s.tokens().get(t.head());
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (CLASSING.contains(lemma)) return true;
    return lemma.equals("number") && s.children(head.index()).stream()
        .anyMatch(c -> c.deprel().equals("det") && c.word().equalsIgnoreCase("the"));
  }

  // "a great deal", "a good deal": an amount, no agreement
  private static final Set<String> AMOUNT_ADJECTIVES = WordClasses.of("amount-adjectives");

  private static boolean quantity(Sentence s, Token t) {
    return t.lemma().equalsIgnoreCase("deal") && s.children(t.index()).stream()
        .anyMatch(c -> c.deprel().equals("amod") && AMOUNT_ADJECTIVES.contains(c.word().toLowerCase(Locale.ROOT)));
  }

  /** "The special envoy for Ukraine negotiations", "the commissioner for trade talks": a title, no event. */
  private static boolean ofTitle(Sentence s, Token t) {
    if (!t.deprel().startsWith("nmod") || t.head() < 0 || !Arguments.caseOf(s, t).equals("for")) return false;
    Token holder = s.tokens().get(t.head());
    return holder.isNoun() && Senses.get().kind(holder.lemma()) == Senses.Kind.PERSON;
  }

  // nouns that make fixed phrases with a bare "in": "in charge (of)", "in support of", "in custody"
  private static final Set<String> IN_PHRASES = WordClasses.of("in-phrases");

  private static boolean compoundPreposition(Sentence s, Token t) {
    int i = t.index();
    if (i == 0 || !IN_PHRASES.contains(t.word())) return false;
    return s.tokens().get(i - 1).word().equalsIgnoreCase("in");
  }

  // Prepositions that set an event noun as the time or circumstance of its clause
  private static final Set<String> CIRCUMSTANCE = Set.of("after", "before", "following", "amid", "amidst",
      "during", "despite", "since");

  /**
   * An event noun told as the time or circumstance of its clause, with no other party of its own:
   * "arrested two men after the riot", "resigned amid protests". "Fled after clashes with the
   * army" names a party ("with"), and its clause's subject is the other.
   */
  static boolean circumstance(Sentence s, Token t) {
    if (!t.isNoun() || !t.deprel().startsWith("obl") || !CIRCUMSTANCE.contains(Arguments.caseOf(s, t))) return false;
    for (Token c : s.children(t.index())) {
      if (c.deprel().startsWith("nmod") && Set.of("with", "between").contains(Arguments.caseOf(s, c))) return false;
    }
    return true;
  }
}
