package org.dateline.coding;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** The mood of a predicate's clause: negated, promised, stated, obliged, or future, hypothetical or reported. */
final class Mood {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
  // adjectives and verbs of readiness to act: "is ready to talk", "stands prepared to send troops"
  private static final Set<String> WILLING = WordClasses.of("willing");
  // nouns of a word given about what one will do ("the party's promise to cut taxes")
  private static final Set<String> INTENTIONS = WordClasses.of("intentions");
  // verbs that make a plan or promise known ("announced plans to", "unveiled a pledge to")
  private static final Set<String> MADE_KNOWN = WordClasses.of("made-known");
  // verbs that put an act off to later: what they take is still to come ("postponed his visit")
  private static final Set<String> PUT_OFF = WordClasses.of("put-off");
  // verbs that give a plan up: what was planned is not done ("dropped plans to visit Tokyo")
  private static final Set<String> GIVEN_UP = WordClasses.of("given-up");
  private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should");
  // relations of what is weighed to its verb
  private static final Set<String> WEIGHED = Set.of("xcomp", "ccomp", "acl", "obj");
  // verbs whose complement is an option weighed
  private static final Set<String> WEIGHING = WordClasses.of("weighing");
  // words of deliberation whose "on", "over" or "about" phrase is what is deliberated, not done
  // ("balloting members on strikes", "a vote on sanctions", "talks on a ceasefire")
  private static final Set<String> DELIBERATING = WordClasses.of("deliberating");
  private static final Set<String> TOPIC_CASES = Set.of("on", "over", "about");
  // a vote or ballot for or against an act chooses what is still to come
  private static final Set<String> VOTING = WordClasses.of("voting");
  private static final Set<String> VOTE_CASES = Set.of("for", "against");
  // adjectives that make an event noun a possibility or a plan, not a deed
  private static final Set<String> POSSIBLE = WordClasses.of("possible");
  // nouns of what may come, and verbs that foretell it: their "of" phrase is not yet done
  private static final Set<String> RISKS = WordClasses.of("risks");
  private static final Set<String> FORETELLING = WordClasses.of("foretelling");
  // "is expected to offer", "is due to sign": what is foreseen is still to come
  private static final Set<String> FORESEEN = WordClasses.of("foreseen");
  // "is eligible to appeal", "is unlikely to accept": what one may or can do, not what one did
  private static final Set<String> ABLE = WordClasses.of("able");
  // verbs that set a date or a plan for an act ("earmarked 23 March for a strike")
  private static final Set<String> SCHEDULING = WordClasses.of("scheduling");
  // ("an imminent incursion", "the looming strike": about to happen, not yet done)
  private static final Set<String> PLANNED = WordClasses.of("planned");

  private Mood() {}

  /**
   * Whether the clause promises the act rather than reports it: "will visit", "would allow" (the
   * future of reported speech), "is ready / willing / prepared to withdraw".
   */
  static boolean promised(Sentence s, Token t) {
    if (goingAnnounced(s, t) || foreseenByOthers(s, t)) return false;
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().startsWith("aux") && (FUTURE.contains(w) || w.equals("would") || w.equals("'d"))) return true;
    }
    if (t.head() < 0) return false;
    Token governor = s.tokens().get(t.head());
    if (t.deprel().equals("acl") || t.deprel().equals("xcomp")) {
      if (intentionNoun(s, t, governor)) return true;
    }
    if (!t.deprel().equals("xcomp")) return false;
    return WILLING.contains(governor.lemma().toLowerCase(Locale.ROOT)) && !governor.isNoun();
  }

  // "Tory promises to cut tax", "its plan to scrap the levy": an infinitive a noun of intention takes
  private static boolean intentionNoun(Sentence s, Token t, Token governor) {
    boolean infinitive = s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("mark") && c.word().equalsIgnoreCase("to"));
    if (!infinitive) return false;
    if (governor.isNoun()) return INTENTIONS.contains(governor.lemma().toLowerCase(Locale.ROOT));
    // "announced plans to raise the wage": the parser hangs the infinitive on the verb whose noun is its
    // object, and only verbs that make a plan known ("dropped plans to visit" gives it up)
    if (!MADE_KNOWN.contains(governor.lemma().toLowerCase(Locale.ROOT))) return false;
    return s.children(governor.index()).stream().anyMatch(o -> o.deprel().equals("obj") && o.index() < t.index()
        && o.index() >= t.index() - 2 && INTENTIONS.contains(o.lemma().toLowerCase(Locale.ROOT)));
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
    if (t.head() >= 0 && intentionNoun(s, t, s.tokens().get(t.head()))) return true;
    // "said it would send aid and reopen the border": the second verb is said as the first
    Token n = t;
    while (n.deprel().equals("conj") && n.head() >= 0) n = s.tokens().get(n.head());
    return said(s, n);
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

  /** Whether the verb says what one should or ought to do ("the regulator should investigate"). */
  static boolean urged(Sentence s, Token t) {
    return s.children(t.index()).stream().anyMatch(c -> c.deprel().startsWith("aux")
        && URGING.contains(c.word().toLowerCase(Locale.ROOT)));
  }

  static boolean negated(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if ((c.deprel().equals("advmod") || c.deprel().equals("det")) && NEGATORS.contains(w)) return true;
    }
    // "no organisation claimed the attack": no one did it
    for (Token c : s.children(t.index())) {
      if (!c.deprel().startsWith("nsubj")) continue;
      // "nobody is denying it", "none of the parties objected", "no one claimed it"
      if (NO_ONE.contains(c.word().toLowerCase(Locale.ROOT))) return true;
      boolean noOne = c.word().equalsIgnoreCase("one")
          && s.children(c.index()).stream().anyMatch(d -> d.word().equalsIgnoreCase("no"));
      if (noOne) return true;
      // "neither the minister nor his aides returned calls": no one of them did it
      boolean neither = s.children(c.index()).stream().anyMatch(d -> d.word().equalsIgnoreCase("neither")
          && (d.deprel().startsWith("cc") || d.deprel().equals("det")));
      if (neither) return true;
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

  private static final Set<String> NO_ONE = Set.of("nobody", "none", "no-one", "noone");
  // verbs whose object is an act kept from happening ("averted a strike")
  private static final Set<String> PREVENTING = WordClasses.of("preventing");
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
    if (allowedByRule(s, t)) return true;
    if (!t.isNoun()) return false;
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("amod") && (POSSIBLE.contains(w) || PLANNED.contains(w))) return true;
    }
    return false;
  }

  // nouns of leave to act: "permission to appeal", "the right to strike", "a chance to negotiate"
  private static final Set<String> LEAVE = WordClasses.of("leave");

  // verbs that give leave to act: "allows the president to dismiss judges"
  private static final Set<String> PERMITTING = WordClasses.of("permitting");

  /**
   * "Were granted permission to appeal", "have the right to strike": an act one is allowed or
   * able to do is not done by that. The parser hangs the infinitive on the noun or on its verb.
   */
  private static boolean permitted(Sentence s, Token t) {
    if (!t.isVerb() || t.head() < 0 || !Arguments.markOf(s, t).equals("to")) return false;
    Token head = s.tokens().get(t.head());
    if (t.deprel().equals("acl") && head.isNoun()) return LEAVE.contains(head.lemma().toLowerCase(Locale.ROOT));
    // "have the power to arrest" is also parsed as a clause of the verb ("ccomp")
    if (!t.deprel().equals("xcomp") && !t.deprel().equals("ccomp") || !head.isVerb()) return false;
    // "the law allows the president to dismiss judges": leave given is no deed done
    if (t.deprel().equals("xcomp") && PERMITTING.contains(head.lemma().toLowerCase(Locale.ROOT))) return true;
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

  private static final Set<String> LED_INTO = Set.of("in", "to", "into");

  /**
   * "The risk of a terrorist attack", "fears of a strike", "warned of riots": an event named as
   * what may come is not done.
   */
  private static boolean risked(Sentence s, Token t) {
    if (!t.isNoun() || t.head() < 0 || !Arguments.caseOf(s, t).equals("of")) return false;
    Token head = s.tokens().get(t.head());
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (head.isNoun()) return t.deprel().startsWith("nmod") && RISKS.contains(lemma);
    return head.isVerb() && t.deprel().startsWith("obl") && FORETELLING.contains(lemma);
  }

  /**
   * "It would be wrong to attack civilians", "it was disgusting to propose quotas", "it is time to
   * negotiate": an act that "it is ..." judges is weighed in general, not done by anyone.
   */
  private static boolean judged(Sentence s, Token t) {
    boolean clause = t.deprel().equals("xcomp") || t.deprel().equals("acl") || t.deprel().equals("dep");
    if (!t.isVerb() || !clause || t.head() < 0 || !Arguments.markOf(s, t).equals("to")) return false;
    Token head = s.tokens().get(t.head());
    if (head.isVerb()) return false;
    boolean copula = s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("cop"));
    return copula && s.children(head.index()).stream()
        .anyMatch(c -> c.deprel().startsWith("nsubj") && c.word().equalsIgnoreCase("it"));
  }

  // "was designed to appeal to voters", "is meant to deter attacks": a thing's purpose, no deed
  private static final Set<String> PURPOSED = WordClasses.of("purposed");

  private static boolean purpose(Sentence s, Token t) {
    if (!t.deprel().equals("xcomp") || t.head() < 0) return false;
    Token head = s.tokens().get(t.head());
    return head.pos().equals("VBN") && PURPOSED.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  // verbs of belief and forecast: what one thinks another will do is a forecast, not the other's word
  private static final Set<String> BELIEVING = WordClasses.of("believing");

  /**
   * "The Tories believe the chancellor will raise taxes", "analysts expect the bank would cut
   * rates": an act another foresees is no promise of its doer, nor done. Not when the believer is
   * the doer ("we believe we will sign"), nor for what is believed done ("police believe the
   * gunman killed five").
   */
  static boolean foreseenByOthers(Sentence s, Token t) {
    boolean future = s.children(t.index()).stream().anyMatch(c -> c.deprel().startsWith("aux")
        && (FUTURE.contains(c.word().toLowerCase(Locale.ROOT)) || c.word().equalsIgnoreCase("would")));
    if (!future) return false;
    Token clause = t;
    while (clause.deprel().equals("conj") && clause.head() >= 0) clause = s.tokens().get(clause.head());
    if (!clause.deprel().equals("ccomp") || clause.head() < 0) return false;
    Token believer = s.tokens().get(clause.head());
    if (!BELIEVING.contains(believer.lemma().toLowerCase(Locale.ROOT))) return false;
    String doer = subjectWord(s, clause);
    String thinker = subjectWord(s, believer);
    return doer != null && thinker != null && !doer.equals(thinker);
  }

  private static String subjectWord(Sentence s, Token verb) {
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("nsubj")) return c.word().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** intent, future, hypothetical or reported; null for a plain report (see also {@link Background}). */
  static String modality(Sentence s, Token t, String frame) {
    if (foreseenByOthers(s, t) || claimed(s, t) || judged(s, t) || proposed(s, t)) return "hypothetical";
    // "is expected to offer", "is due to sign", "is set to visit": what is foreseen is still to come,
    // even an offer or a promise (no one has stated it)
    if (t.deprel().equals("xcomp") && t.head() >= 0 && FORESEEN.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return "future";
    }
    if (frame.equals("intent") && speculated(s, t)) return "hypothetical";
    if (frame.equals("intent")) return "intent";
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (t.isNoun() && c.deprel().equals("amod") && POSSIBLE.contains(w)) return "hypothetical";
      if (t.isNoun() && c.deprel().equals("amod") && PLANNED.contains(w)) return "future";
    }
    if (risked(s, t)) return "hypothetical";
    String own = modal(s, t);
    if (own != null) return own;
    if (t.isNoun() && t.deprel().equals("obj") && t.head() >= 0
        && PUT_OFF.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return "future";
    }
    if (planGivenUp(s, t)) return "hypothetical";
    // "could face sanctions", "would have faced impeachment": the event noun a verb takes is as
    // supposed (or still to come) as the verb; not when reported ("said she would launch an
    // inquiry" is the "will" of a stated intention)
    // "could take part in strikes", "may join in protests": what one would take part in is as supposed
    // "could lead to strikes", "may end in violence": what it would lead to is as supposed
    boolean takenPartIn = t.deprel().startsWith("obl") && LED_INTO.contains(Arguments.caseOf(s, t));
    // "further charges may be laid": what may be done to the subject of a passive is as supposed
    boolean governed = t.isNoun() && (t.deprel().equals("obj") || t.deprel().equals("nsubj:pass") || takenPartIn) && t.head() >= 0;
    Token verb = governed ? s.tokens().get(t.head()) : null;
    boolean reported = verb != null && said(s, verb);
    // ("police said further charges may be laid": what may be is supposed, reported or not)
    boolean supposed = verb != null && s.children(verb.index()).stream()
        .anyMatch(c -> c.deprel().startsWith("aux") && SPECULATIVE.contains(c.word().toLowerCase(Locale.ROOT)));
    if (verb != null && verb.isVerb() && (!reported || supposed) && modal(s, verb) != null) return modal(s, verb);
    // "campaigners are to stage a rally": the noun is as arranged or supposed as the verb that takes it
    String verbsMood = verb != null && verb.isVerb() && !reported ? modality(s, verb, "") : null;
    if (verbsMood != null && !verbsMood.equals("reported")) return verbsMood;
    String governing = governingModal(s, t);
    if (governing != null) return governing;
    if (said(s, t)) {
      return "reported";
    }
    if (t.deprel().equals("xcomp") && t.head() >= 0 && ABLE.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return "hypothetical";
    }
    if (permitted(s, t) || required(s, t) || purpose(s, t)) return "hypothetical";
    // "plans to allow the minister to place suspects under house arrest": an act named by the noun
    // a permitted or required deed takes is no more done than the deed
    boolean taken = t.isNoun() && (t.deprel().equals("obj") || t.deprel().startsWith("obl")) && t.head() >= 0;
    Token deed = taken ? s.tokens().get(t.head()) : null;
    if (deed != null && deed.isVerb() && (permitted(s, deed) || required(s, deed))) return "hypothetical";
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
    if (scheduled(s, t)) return "future";
    return null;
  }

  // Nouns of what is said to be so, whose clause tells a claim, not a deed
  private static final Set<String> CLAIMS = WordClasses.of("claims");

  /**
   * "Dismissed reports that he had agreed to quit", "rumours that the minister will resign": what
   * is claimed, not done.
   */
  private static boolean claimed(Sentence s, Token t) {
    if (t.head() < 0 || !(t.deprel().equals("ccomp") || t.deprel().equals("acl"))) return false;
    Token noun = s.tokens().get(t.head());
    return noun.isNoun() && CLAIMS.contains(noun.lemma().toLowerCase(Locale.ROOT))
        && Arguments.markOf(s, t).equals("that");
  }

  /** An event noun a date or a plan is set for: "earmarked 23 March for a strike", "set a date for talks". */
  private static boolean scheduled(Sentence s, Token t) {
    if (!t.isNoun() || t.head() < 0 || !Arguments.caseOf(s, t).equals("for")) return false;
    Token governor = s.tokens().get(t.head());
    // "set a date for a strike": the date set is the noun's governor
    if (t.deprel().startsWith("nmod") && governor.lemma().equalsIgnoreCase("date") && governor.head() >= 0) {
      governor = s.tokens().get(governor.head());
    } else if (!t.deprel().startsWith("obl")) {
      return false;
    }
    return SCHEDULING.contains(governor.lemma().toLowerCase(Locale.ROOT));
  }

  /** An event noun that is what a ballot, vote, debate or talks are about: "balloting workers on strikes". */
  private static boolean deliberated(Sentence s, Token t) {
    if (!t.isNoun() || t.head() < 0 || !(t.deprel().startsWith("obl") || t.deprel().startsWith("nmod"))) return false;
    Token governor = s.tokens().get(t.head());
    // "voted for a strike", "balloted against industrial action": what a vote chooses is still to come
    boolean chosen = VOTE_CASES.contains(Arguments.caseOf(s, t))
        && VOTING.contains(governor.lemma().toLowerCase(Locale.ROOT));
    if (chosen) return true;
    if (!TOPIC_CASES.contains(Arguments.caseOf(s, t))) return false;
    // "ballot its members on strikes" parsed with the strikes on the members: the ballot's object
    if ((governor.deprel().equals("obj") || governor.deprel().equals("dep")) && governor.head() >= 0) {
      String over = s.tokens().get(governor.head()).lemma().toLowerCase(Locale.ROOT);
      if (DELIBERATING.contains(over)) return true;
    }
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    return DELIBERATING.contains(lemma) || WEIGHING.contains(lemma);
  }

  // Verbs of leaving office
  private static final Set<String> GOING = WordClasses.of("going");
  // verbs that make one's going public
  private static final Set<String> ANNOUNCING = WordClasses.of("announcing");

  /**
   * "Announced he would resign", "confirmed she will step down": making one's going public is
   * the resignation, the day's news, not an intention (but "said he would resign if ..." stays one).
   */
  static boolean goingAnnounced(Sentence s, Token t) {
    if (!t.isVerb() || !GOING.contains(t.lemma().toLowerCase(Locale.ROOT)) || !t.deprel().equals("ccomp") || t.head() < 0) return false;
    if (!ANNOUNCING.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT)) || negatedHere(s, t)) return false;
    boolean down = !t.lemma().equalsIgnoreCase("step") || s.children(t.index()).stream().anyMatch(c -> c.word().equalsIgnoreCase("down"));
    boolean condition = s.children(t.index()).stream().anyMatch(c -> c.deprel().startsWith("advcl")
        && Background.CONDITIONS.contains(Arguments.markOf(s, c)));
    return down && !condition;
  }

  /** "future" or "hypothetical" when a verb's auxiliary is a modal of the future or of a supposition, else null. */
  private static String modal(Sentence s, Token verb) {
    if (goingAnnounced(s, verb)) return null;
    for (Token c : s.children(verb.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (!c.deprel().startsWith("aux")) continue;
      if (FUTURE.contains(w)) return "future";
      if (HYPOTHETICAL.contains(w)) return "hypothetical";
    }
    // "any foreign national can be detained": what a rule allows to be done to anyone is no deed
    // ("we cannot accept" refuses, so only the passive, unnegated)
    return allowedByRule(s, verb) ? "hypothetical" : null;
  }

  // "would have faced impeachment but resigned": a conjunct set against its head does not share it
  private static boolean sharesAuxiliary(Sentence s, Token verb) {
    return verb.deprel().startsWith("conj") && s.children(verb.index()).stream().noneMatch(c -> c.deprel().startsWith("aux")
        || c.deprel().equals("cc") && !c.word().equalsIgnoreCase("and") && !c.word().equalsIgnoreCase("or"));
  }

  /** Whether the verb heads what a verb of speech reports ("said it would ..."). */
  private static boolean said(Sentence s, Token verb) {
    return verb.deprel().equals("ccomp") && verb.head() >= 0 && Clauses.isSpeech(s.tokens().get(verb.head()));
  }

  // modals of what may be, not of what will be
  static final Set<String> SPECULATIVE = Set.of("might", "may", "could");

  /**
   * "Ministers might be able to agree a package", "the two sides could agree to talks": an act
   * supposed, no intention stated; but "said it could agree to talks" (a pronoun for the speaker,
   * in what the speaker said) offers it.
   */
  private static boolean speculated(Sentence s, Token t) {
    Token v = t;
    if (t.deprel().equals("xcomp") && t.head() >= 0 && ABLE.contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      v = s.tokens().get(t.head());
    }
    boolean may = s.children(v.index()).stream().anyMatch(c -> c.deprel().startsWith("aux") && SPECULATIVE.contains(c.word().toLowerCase(Locale.ROOT)));
    if (!may) return false;
    boolean reported = said(s, v);
    boolean ownSide = s.children(v.index()).stream().anyMatch(c -> c.deprel().startsWith("nsubj") && c.pos().equals("PRP"));
    return !(reported && ownSide);
  }

  // "dep": the parser's attachment of "could find themselves arrested", "might end up banning"
  private static final Set<String> OPEN = Set.of("xcomp", "dep");

  /**
   * "Rebels could try to attack the capital", "may begin to shell the town", "could find themselves
   * prosecuted": the act in a verb's open complement is as supposed (or still to come) as that
   * verb, through a chain of them; not when the chain is reported ("said it would try to attack"
   * is a stated intention, read by the frames).
   */
  private static String governingModal(Sentence s, Token t) {
    Token c = t;
    // "would close the session and open another to discuss the plans": a conjunct with no
    // auxiliary of its own shares its head's
    for (int depth = 0; depth < 3 && c.isVerb() && (OPEN.contains(c.deprel()) || sharesAuxiliary(s, c)) && c.head() >= 0; depth++) {
      Token governor = s.tokens().get(c.head());
      if (!governor.isVerb()) return null;
      String m = modal(s, governor);
      if (m != null) {
        boolean reported = said(s, governor);
        return reported ? null : m;
      }
      c = governor;
    }
    return null;
  }

  private static final Set<String> PROPOSALS = WordClasses.of("proposals");
  private static final Set<String> MEASURES = WordClasses.of("measures");

  /**
   * "The proposals encourage police to work with local people", "the bill promises to give people
   * a say", "a policy to encourage buyers": what a measure does, or is for, is what it would do
   * ("the paper" is as often a newspaper, so it is no such measure).
   */
  private static boolean proposed(Sentence s, Token t) {
    if (!t.isVerb()) return false;
    // "a wider policy to encourage first-time buyers", "a scheme to help farmers": a measure's purpose
    // (not a plan's, which is its maker's intent)
    Token noun = t.deprel().equals("acl") && t.head() >= 0 ? s.tokens().get(t.head()) : null;
    // the parser often hangs the infinitive on the verb that takes the noun ("launched a scheme to
    // encourage"): the noun just before "to" is what it is for
    Token to = s.children(t.index()).stream().filter(c -> c.deprel().equals("mark") && c.word().equalsIgnoreCase("to"))
        .findFirst().orElse(null);
    if (noun == null && to != null && to.index() > 0 && to.index() == t.index() - 1) noun = s.tokens().get(to.index() - 1);
    if (noun != null && noun.isNoun() && Arguments.markOf(s, t).equals("to")) {
      String lemma = noun.lemma().toLowerCase(Locale.ROOT);
      if ((PROPOSALS.contains(lemma) || MEASURES.contains(lemma)) && !INTENTIONS.contains(lemma)) return true;
    }
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("nsubj") && c.isNoun() && PROPOSALS.contains(c.lemma().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** "Dropped plans to visit Tokyo": an infinitive the parser hangs on a verb that gives up its plan. */
  private static boolean planGivenUp(Sentence s, Token t) {
    if (!t.isVerb() || t.head() < 0 || !Arguments.markOf(s, t).equals("to")) return false;
    Token governor = s.tokens().get(t.head());
    if (!GIVEN_UP.contains(governor.lemma().toLowerCase(Locale.ROOT))) return false;
    return s.children(governor.index()).stream().anyMatch(o -> o.deprel().equals("obj") && o.index() < t.index()
        && INTENTIONS.contains(o.lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> URGING = Set.of("should", "ought");
  private static final Set<String> MAKING_KNOWN = WordClasses.of("making-known");

  /**
   * "Any foreign national can be detained", "the commission can suspend candidates", "we can ban
   * firms from certain kinds of business": what a rule or a power allows is not done by that (no
   * one threatens it either). "We cannot accept" refuses, and "I can announce" or "we can confirm"
   * does what it says, so not when negated or when the first person makes it known.
   */
  private static boolean allowedByRule(Sentence s, Token verb) {
    boolean can = s.children(verb.index()).stream().anyMatch(c -> c.deprel().startsWith("aux") && c.word().equalsIgnoreCase("can"));
    if (!can || negatedHere(s, verb)) return false;
    boolean saysIt = MAKING_KNOWN.contains(verb.lemma().toLowerCase(Locale.ROOT));
    return passive(s, verb) || !saysIt || s.children(verb.index()).stream()
        .noneMatch(c -> c.deprel().equals("nsubj") && FIRST_PERSON.contains(c.word().toLowerCase(Locale.ROOT)));
  }

  private static boolean passive(Sentence s, Token verb) {
    return s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
  }

  private static boolean negatedHere(Sentence s, Token verb) {
    return s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("advmod")
        && (c.word().equalsIgnoreCase("not") || c.word().equalsIgnoreCase("n't") || c.word().equalsIgnoreCase("never")));
  }
}
