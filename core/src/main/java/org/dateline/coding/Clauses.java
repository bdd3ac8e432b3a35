package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** What a predicate's clause says about it: negation, modality, its words, whether a noun is an event. */
final class Clauses {
  // Prepositions by which a noun event is an argument of a coded verb and part of its event
  // ("conceded to demands", "defended X against criticism"); "for" and "over" give a reason,
  // kept as background (see Background)
  private static final Set<String> ARGUMENT_CASES = Set.of("to", "against", "on", "into", "in", "at", "with");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
  private static final Set<String> WILLING = Set.of("ready", "willing", "prepared", "prepare", "set", "poised");
  private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should");
  // relations of what is weighed to its verb
  private static final Set<String> WEIGHED = Set.of("xcomp", "ccomp", "acl", "obj");
  // verbs whose complement is an option weighed
  private static final Set<String> WEIGHING = Set.of("consider", "weigh", "mull", "contemplate", "explore", "study");
  // words of deliberation whose "on", "over" or "about" phrase is what is deliberated, not done
  // ("balloting members on strikes", "a vote on sanctions", "talks on a ceasefire")
  private static final Set<String> DELIBERATING = Set.of("ballot", "vote", "debate", "discuss", "discussion",
      "deliberate", "deliberation", "talk", "negotiate", "negotiation", "referendum", "consultation", "consult");
  private static final Set<String> TOPIC_CASES = Set.of("on", "over", "about");
  // adjectives that make an event noun a possibility or a plan, not a deed
  private static final Set<String> POSSIBLE = Set.of("potential", "possible", "hypothetical", "likely", "feared");
  // "is eligible to appeal", "is likely to accept": what one may or can do, not what one did
  private static final Set<String> FORESEEN = Set.of("expect", "due", "set", "schedule", "poise", "slate", "likely");
  private static final Set<String> ABLE = Set.of("eligible", "able", "entitled", "free", "unlikely", "liable");
  private static final Set<String> PLANNED = Set.of("planned", "proposed", "upcoming", "future", "scheduled",
      "forthcoming", "prospective");
  private static final Set<String> SPEECH = Set.of("say", "tell", "report", "announce", "state", "add",
      "claim", "confirm", "insist", "note");
  // Relations under which a noun names a thing, not an event ("summit venue", "the talks' host").
  private static final Set<String> MODIFIER = Set.of("compound", "nmod:poss", "amod", "appos");

  private Clauses() {}

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

  /** "said", "told", "announced": a verb of speech. */
  static boolean isSpeech(Token t) {
    return t.isVerb() && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** "were arrested", "was charged": a passive verb with no "by" agent. */
  static boolean agentless(Sentence s, Token verb) {
    if (!verb.pos().equals("VBN")) return false;
    boolean passive = false;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("obl:agent")) return false;
      if (c.deprel().equals("aux:pass") || c.deprel().equals("nsubj:pass")) passive = true;
    }
    return passive;
  }

  /** "the attack", "this week's talks", "Monday's shooting": a noun that names something already known. */
  static boolean definite(Sentence s, Token noun) {
    for (Token c : s.children(noun.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that"))) return true;
      if (c.deprel().equals("nmod:poss")) return true;
    }
    return false;
  }

  /** A direct question: the sentence ends with a question mark, closing quotes and brackets aside. */
  static boolean isQuestion(Sentence s) {
    List<Token> ts = s.tokens();
    for (int i = ts.size() - 1; i >= 0; i--) {
      String w = ts.get(i).word();
      if (w.equals("?")) return true;
      if (!(w.equals("''") || w.equals("\"") || w.equals("'") || w.equals(")") || w.equals("-RRB-") || w.equals("”"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a verb of asking puts a question, not a request: "'How can it be right?' he asked",
   * "asked whether the talks would resume". A request asks someone to act ("asked Kenya to
   * withdraw", "asked for help").
   */
  static boolean asksQuestion(org.dateline.model.Document doc, Sentence s, Token verb) {
    if (!verb.lemma().equalsIgnoreCase("ask")) return false;
    boolean toAct = false;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("xcomp")) toAct = true;
      boolean clause = c.deprel().equals("ccomp") || c.deprel().equals("parataxis");
      String mark = clause ? Arguments.markOf(s, c).toLowerCase(Locale.ROOT) : "";
      if (mark.equals("if") || mark.equals("whether")) return true;
    }
    if (toAct) return false;
    // "Asked about the deal, the minister said ...", "When asked why, he told ...": a question put
    // to the speaker of the main clause, no appeal of the speaker's
    boolean subjectless = s.children(verb.index()).stream().noneMatch(c -> c.deprel().startsWith("nsubj"));
    if (verb.pos().equals("VBN") && verb.deprel().equals("advcl") && subjectless) return true;
    // the quoted question before "he asked", in its sentence or (as the splitter leaves it) the one before
    if (s.tokens().subList(0, verb.index()).stream().anyMatch(t -> t.word().equals("?"))) return true;
    boolean bare = s.children(verb.index()).stream().noneMatch(c -> c.deprel().equals("obj") || c.deprel().equals("ccomp"));
    return bare && s.index() > 0 && s.index() <= doc.sentences().size() && isQuestion(doc.sentences().get(s.index() - 1));
  }

  // Nouns that define a kind of act rather than tell one: "Impeachment is the process by which ..."
  private static final Set<String> DEFINING = Set.of("process", "procedure", "practice", "term", "mechanism",
      "method", "means", "way", "name", "word");

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
    return !MODIFIER.contains(t.deprel()) && !compoundPreposition(s, t) && !ofTitle(s, t) && !quantity(s, t);
  }

  // "a great deal", "a good deal": an amount, no agreement
  private static final Set<String> AMOUNT_ADJECTIVES = Set.of("great", "good");

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
  private static final Set<String> IN_PHRASES = Set.of("charge", "support", "response", "favour", "favor",
      "honour", "honor", "memory", "power", "custody", "control", "exile", "defence", "defense");

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

  /** Indices of t and every token below it. */
  static List<Integer> subtree(Sentence s, Token t) {
    List<Integer> out = new ArrayList<>();
    collect(s, t.index(), out, 0);
    return out;
  }

  private static void collect(Sentence s, int i, List<Integer> out, int depth) {
    out.add(i);
    if (depth > 40) return;
    for (Token c : s.children(i)) collect(s, c.index(), out, depth + 1);
  }

  /** Indices of the words of t's purpose clauses ("... to bolster joint drills"). */
  static List<Integer> purposeClauses(Sentence s, Token t) {
    List<Integer> out = new ArrayList<>();
    for (Token c : purposes(s, t)) out.addAll(subtree(s, c));
    return out;
  }

  /**
   * Indices of the words of "to" complements of a predicate that takes no clause as content: the
   * parser gives "resigned yesterday to allow elections" an xcomp, but it is the act's aim, which
   * has not happened.
   */
  static List<Integer> infinitiveAims(Sentence s, Token t) {
    List<Integer> out = new ArrayList<>();
    for (Token c : aims(s, t, true)) {
      if (c.deprel().equals("xcomp")) out.addAll(subtree(s, c));
    }
    return out;
  }

  /** The heads of t's purpose clauses: "worked with X to bolster drills". */
  static List<Token> purposes(Sentence s, Token t) {
    return aims(s, t, false);
  }

  /**
   * Purpose clauses, and with {@code complements} also "to" complements, which the parser often
   * gives for the aim of an act: "began a hunger strike to protest ...".
   */
  static List<Token> aims(Sentence s, Token t, boolean complements) {
    List<Token> out = new ArrayList<>();
    for (Token c : s.children(t.index())) {
      if (!c.deprel().equals("advcl") && !(complements && c.deprel().equals("xcomp"))) continue;
      for (Token m : s.children(c.index())) {
        if (m.deprel().equals("mark") && m.word().equalsIgnoreCase("to")) out.add(c);
      }
    }
    return out;
  }

  /**
   * A noun that is an argument of a coded verb adds nothing of its own: "signed an agreement",
   * "conceded to demands from UNITA", "defended Iraq against criticism of its arms industry".
   */
  static boolean lightVerbObject(Sentence s, Token t, Set<Integer> coded) {
    if (!t.isNoun() || t.head() < 0 || !coded.contains(t.head())) return false;
    boolean prepositional = t.deprel().startsWith("obl") && ARGUMENT_CASES.contains(Arguments.caseOf(s, t));
    return t.deprel().equals("obj") || t.deprel().equals("nsubj:pass") || prepositional && s.tokens().get(t.head()).isVerb();
  }

  /**
   * Whether the clause promises the act rather than reports it: "will visit", "would allow" (the
   * future of reported speech), "is ready / willing / prepared to withdraw".
   */
  static boolean promised(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().startsWith("aux") && (FUTURE.contains(w) || w.equals("would") || w.equals("'d"))) return true;
    }
    if (!t.deprel().equals("xcomp") || t.head() < 0) return false;
    Token governor = s.tokens().get(t.head());
    return WILLING.contains(governor.lemma().toLowerCase(Locale.ROOT)) && !governor.isNoun();
  }

  /**
   * Whether a promised act is told as someone's word: "will send aid", "is ready to withdraw", or
   * "would" in reported speech ("said it would send aid"). A bare "would" describes what might
   * be ("the bill would allow extraditions") and is no one's promise.
   */
  static boolean stated(Sentence s, Token t) {
    if (!promised(s, t)) return false;
    for (Token c : s.children(t.index())) {
      if (c.deprel().startsWith("aux") && FUTURE.contains(c.word().toLowerCase(Locale.ROOT))) return true;
    }
    if (t.deprel().equals("xcomp") && t.head() >= 0 && WILLING.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "said it would send aid and reopen the border": the second verb is said as the first
    Token n = t;
    while (n.deprel().equals("conj") && n.head() >= 0) n = s.tokens().get(n.head());
    return n.deprel().equals("ccomp") && n.head() >= 0 && isSpeech(s.tokens().get(n.head()));
  }

  /** "Libya must hand over the suspects": an obligation put on the subject. */
  static boolean obliged(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().startsWith("aux") && c.word().equalsIgnoreCase("must")) return true;
    }
    // "the US must be ready to mediate": what one must be ready to do is asked of one
    if (!t.deprel().equals("xcomp") || t.head() < 0) return false;
    Token governor = s.tokens().get(t.head());
    return WILLING.contains(governor.lemma().toLowerCase(Locale.ROOT)) && obliged(s, governor);
  }

  static boolean negated(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if ((c.deprel().equals("advmod") || c.deprel().equals("det")) && NEGATORS.contains(w)) return true;
    }
    // "no organisation claimed the attack": no one did it
    for (Token c : s.children(t.index())) {
      if (!c.deprel().startsWith("nsubj")) continue;
      // "No 10 rejected the claims": before a numeral, "No" is "number"
      if (c.pos().equals("CD")) continue;
      for (Token d : s.children(c.index())) {
        if (d.deprel().equals("det") && d.word().equalsIgnoreCase("no")) return true;
      }
    }
    // "talks to avert a strike", "foiled an attack", "avoid bloodshed": what is prevented did not happen
    Token prevented = t;
    // "averting a series of strikes": the strikes are what the series stands for
    if (t.deprel().startsWith("nmod") && t.head() >= 0 && Arguments.caseOf(s, t).equals("of")) prevented = s.tokens().get(t.head());
    boolean object = prevented.deprel().equals("obj") || prevented.deprel().equals("xcomp");
    if (object && prevented.head() >= 0 && prevents(s, s.tokens().get(prevented.head()))) return true;
    // "could not reach an agreement", "did not hold talks", "protests were not reported": an event
    // noun is as negated as the verb it is the object or subject of
    boolean argument = t.deprel().equals("obj") || t.deprel().startsWith("nsubj");
    if (t.isNoun() && argument && t.head() >= 0) {
      Token verb = s.tokens().get(t.head());
      for (Token c : s.children(verb.index())) {
        if (c.deprel().equals("advmod") && NEGATORS.contains(c.word().toLowerCase(Locale.ROOT))) return true;
      }
    }
    return false;
  }

  private static final Set<String> PREVENTING = Set.of("avert", "prevent", "avoid", "forestall", "thwart", "foil",
      "preempt", "pre-empt", "stave");
  // verbs that prevent only with "off": "head off a strike", "ward off an attack"
  private static final Set<String> PREVENTING_OFF = Set.of("head", "ward", "fend");

  private static boolean prevents(Sentence s, Token verb) {
    if (!verb.isVerb()) return false;
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    if (PREVENTING.contains(lemma)) return true;
    return PREVENTING_OFF.contains(lemma) && s.children(verb.index()).stream()
        .anyMatch(c -> c.deprel().equals("compound:prt") && c.word().equalsIgnoreCase("off"));
  }

  /**
   * "A potential charge of murder", "the planned talks": an event noun whose own adjective makes
   * it a possibility or a plan (no one threatens or promises it by that).
   */
  static boolean qualified(Sentence s, Token t) {
    if (!t.isNoun()) return false;
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("amod") && (POSSIBLE.contains(w) || PLANNED.contains(w))) return true;
    }
    return false;
  }

  // nouns of leave to act: "permission to appeal", "the right to strike", "a chance to negotiate"
  private static final Set<String> LEAVE = Set.of("permission", "leave", "right", "chance", "opportunity",
      "licence", "license", "power", "authority", "mandate", "freedom");

  /**
   * "Were granted permission to appeal", "have the right to strike": an act one is allowed or
   * able to do is not done by that. The parser hangs the infinitive on the noun or on its verb.
   */
  private static boolean permitted(Sentence s, Token t) {
    if (!t.isVerb() || t.head() < 0 || !Arguments.markOf(s, t).equals("to")) return false;
    Token head = s.tokens().get(t.head());
    if (t.deprel().equals("acl") && head.isNoun()) return LEAVE.contains(head.lemma().toLowerCase(Locale.ROOT));
    if (!t.deprel().equals("xcomp") || !head.isVerb()) return false;
    return s.children(head.index()).stream()
        .anyMatch(c -> c.deprel().equals("obj") && LEAVE.contains(c.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * "A simple majority is needed to impeach", "two thirds are required to pass it": what a rule
   * asks for is described, not done.
   */
  private static boolean required(Sentence s, Token t) {
    if (!t.isVerb() || !t.deprel().equals("xcomp") || t.head() < 0 || !Arguments.markOf(s, t).equals("to")) return false;
    Token head = s.tokens().get(t.head());
    boolean passive = s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
    return passive && Set.of("need", "require").contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** intent, future, hypothetical or reported; null for a plain report (see also {@link Background}). */
  static String modality(Sentence s, Token t, String frame) {
    // "is expected to offer", "is due to sign", "is set to visit": what is foreseen is still to come,
    // even an offer or a promise (no one has stated it)
    if (t.deprel().equals("xcomp") && t.head() >= 0 && FORESEEN.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return "future";
    }
    if (frame.equals("intent")) return "intent";
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (t.isNoun() && c.deprel().equals("amod") && POSSIBLE.contains(w)) return "hypothetical";
      if (t.isNoun() && c.deprel().equals("amod") && PLANNED.contains(w)) return "future";
    }
    String own = modal(s, t);
    if (own != null) return own;
    // "could face sanctions", "would have faced impeachment": the event noun a verb takes is as
    // supposed (or still to come) as the verb; not when reported ("said she would launch an
    // inquiry" is the "will" of a stated intention)
    Token verb = t.isNoun() && t.deprel().equals("obj") && t.head() >= 0 ? s.tokens().get(t.head()) : null;
    boolean reported = verb != null && verb.deprel().equals("ccomp") && verb.head() >= 0 && isSpeech(s.tokens().get(verb.head()));
    if (verb != null && verb.isVerb() && !reported && modal(s, verb) != null) return modal(s, verb);
    if (t.deprel().equals("ccomp") && t.head() >= 0
        && isSpeech(s.tokens().get(t.head()))) {
      return "reported";
    }
    if (t.deprel().equals("xcomp") && t.head() >= 0 && ABLE.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return "hypothetical";
    }
    if (permitted(s, t) || required(s, t)) return "hypothetical";
    // "the Senate was to meet Monday": what was arranged, not yet done
    // "campaigners are to stage a rally": "be" as the auxiliary of "to" arranges it too
    boolean copula = s.children(t.index()).stream()
        .anyMatch(c -> (c.deprel().equals("cop") || c.deprel().equals("aux")) && c.lemma().equals("be"));
    if (t.isVerb() && copula && Arguments.markOf(s, t).equals("to")) return "future";
    // "would consider charging the gunman", "is weighing sanctions": an option, not a deed
    boolean complement = WEIGHED.contains(t.deprel());
    if (complement && t.head() >= 0 && s.tokens().get(t.head()).isVerb()
        && WEIGHING.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return "hypothetical";
    }
    if (deliberated(s, t)) return "hypothetical";
    return null;
  }

  /** An event noun that is what a ballot, vote, debate or talks are about: "balloting workers on strikes". */
  private static boolean deliberated(Sentence s, Token t) {
    if (!t.isNoun() || t.head() < 0 || !(t.deprel().startsWith("obl") || t.deprel().startsWith("nmod"))) return false;
    if (!TOPIC_CASES.contains(Arguments.caseOf(s, t))) return false;
    Token governor = s.tokens().get(t.head());
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    return DELIBERATING.contains(lemma) || WEIGHING.contains(lemma);
  }

  /** "future" or "hypothetical" when a verb's auxiliary is a modal of the future or of a supposition, else null. */
  private static String modal(Sentence s, Token verb) {
    for (Token c : s.children(verb.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (!c.deprel().startsWith("aux")) continue;
      if (FUTURE.contains(w)) return "future";
      if (HYPOTHETICAL.contains(w)) return "hypothetical";
    }
    return null;
  }

  // how an undergone event hangs on its verb besides as object
  private static final Set<String> UNDERGONE_IN = Set.of("in", "during", "from", "under");
  private static final Set<String> STRUGGLES = Set.of("fight", "battle", "struggle", "war", "clash", "contest");
  // Verbs whose subject undergoes the event noun they govern ("faced criticism", "received aid",
  // "came under attack")
  private static final Set<String> UNDERGOING = Set.of("survive", "suffer", "escape", "die", "perish", "sustain",
      "injure", "wound", "kill", "hurt", "flee", "face", "receive", "come");

  /**
   * "Wiranto survived the attack", "four were injured in the shooting", "died in the bombing":
   * the subject of a verb of undergoing is whom the event noun it governs fell on; empty when
   * the noun hangs on no such verb.
   */
  static List<Token> undergoers(Sentence s, Token noun) {
    // "survived the attack", "injured in the shooting", "fled from the fighting"; not "fled after clashes"
    boolean undergone = noun.deprel().equals("obj")
        || noun.deprel().startsWith("obl") && UNDERGONE_IN.contains(Arguments.caseOf(s, noun));
    if (!noun.isNoun() || noun.head() < 0 || !undergone) return List.of();
    Token verb = s.tokens().get(noun.head());
    if (!verb.isVerb() || !UNDERGOING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return List.of();
    // "faced a tough fight": one side of a fight faces it, no one undergoes it
    if (verb.lemma().equalsIgnoreCase("face") && STRUGGLES.contains(noun.lemma().toLowerCase(Locale.ROOT))) return List.of();
    return s.children(verb.index()).stream().filter(c -> c.deprel().startsWith("nsubj")).toList();
  }

  /**
   * "The travelator allows passengers to transfer", "NASA pays for the flights", "the agreement
   * seeks to remove tariffs": a deed in the simple present, with no auxiliary, tells how things
   * stand, not what happened. News reports its deeds in the past or the perfect; headlines, words
   * of speech and stated intents are left alone, as is a sentence that is the article's first.
   */
  static boolean habitual(Sentence s, Token verb, String cameo) {
    if (s.index() == 0 || !(verb.pos().equals("VBZ") || verb.pos().equals("VBP"))) return false;
    if (spoken(cameo) || cameo.startsWith("03") || isSpeech(verb)) return false;
    return s.children(verb.index()).stream().noneMatch(c -> c.deprel().startsWith("aux"));
  }

  /**
   * "Ask anyone close to her": a bare verb with no subject, auxiliary or marker heading its
   * sentence bids the reader; it tells no event.
   */
  static boolean imperative(Sentence s, Token verb) {
    if (!verb.pos().equals("VB")) return false;
    boolean bare = s.children(verb.index()).stream().noneMatch(c -> c.deprel().startsWith("nsubj")
        || c.deprel().startsWith("aux") || c.deprel().equals("mark"));
    if (!bare) return false;
    if (verb.head() < 0) return true;
    // "she was 80, but ask anyone": a bare verb joined to a finite clause does not share its tense
    if (!verb.deprel().equals("conj")) return false;
    Token head = s.tokens().get(verb.head());
    return FINITE.contains(head.pos()) || s.children(head.index()).stream()
        .anyMatch(c -> c.deprel().equals("cop") && FINITE.contains(c.pos()));
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** CAMEO's roots of speech: statements, appeals, demands, disapproval, rejection, threats. */
  static boolean spoken(String cameo) {
    String root = cameo.substring(0, 2);
    return root.equals("01") || root.equals("02") || root.compareTo("10") >= 0 && root.compareTo("13") <= 0;
  }
}
