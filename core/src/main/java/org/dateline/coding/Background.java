package org.dateline.coding;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.Event;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Whether a predicate tells the news of its sentence or something around it. News writing puts
 * the day's event in the main clause and hangs earlier events, causes and conditions on it:
 * "agreed to a truce <i>after three weeks of fighting</i>", "blamed Peru <i>for the shelling</i>",
 * "marched in Lima, <i>where 12 people have been killed</i>", "will send troops <i>if it is
 * invaded</i>". Such events are kept, with the time they refer to, but marked, so that a count
 * of what happened on a day does not count them again (docs/CODING.md, "Background").
 */
final class Background {
  private static final String BACKGROUND = Event.BACKGROUND;
  private static final String CONDITIONAL = Event.CONDITIONAL;
  /**
   * What the news came after or amid ("after the mayor was stabbed"): background, unless its own
   * clause dates it within the story's week ("after he was stabbed last night"), which makes it
   * part of the news; {@link EventBuilder} decides with the event's date.
   */
  static final String BEFORE_NEWS = "before-news";

  // Prepositions and conjunctions that place an event before or around the one reported.
  private static final Set<String> SEQUENCE = Set.of("after", "following", "since", "amid", "despite");
  // "because of", "in the wake of", "in response to": the last word of the phrase, with the
  // word that must come before it
  private static final Set<String> SEQUENCE_PHRASES = Set.of("because of", "wake of", "response to", "aftermath of");
  static final Set<String> CONDITIONS = Set.of("if", "unless");
  // "unsure whether Japan has cut its aid": an open question tells no act
  private static final String OPEN_QUESTION = "whether";
  private static final String HYPOTHETICAL = Event.HYPOTHETICAL;
  // "blamed X for the bombing", "protested over the killing", "voiced concern over the arrests":
  // the act complained of came first
  private static final Set<String> REASONS = Set.of("for", "over");
  private static final Set<String> REASON_ROOTS = Set.of("01", "11", "12", "14", "16", "17");
  private static final Set<String> CHARGES = Set.of("of", "with");
  private static final String ACCUSE_ROOT = "11";
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[89]\\d\\d|20\\d\\d");
  private static final Set<String> EARLIER = Set.of("last", "ago", "earlier", "previous", "past");
  private static final Set<String> PERFECT = Set.of("have", "has", "had", "'ve", "'s", "'d");

  private final Predicates predicates;

  Background(Predicates predicates) {
    this.predicates = predicates;
  }

  // Adverbs that put an act before the news: "previously committed", "already pleaded guilty"
  private static final Set<String> BEFORE_NOW = Set.of("previously", "formerly", "already", "recently", "once");

  /**
   * {@link #BACKGROUND}, {@link #BEFORE_NEWS}, {@link #CONDITIONAL}, hypothetical, or null when the
   * predicate reports the news.
   */
  String of(Sentence s, Token p) {
    if (pastPerfect(s, p) || saidEarlier(s, p) || experience(s, p) || describedEvent(s, p) || leftOrBroken(s, p)) {
      return BACKGROUND;
    }
    Token n = p;
    for (int depth = 0; depth < 12; depth++) {
      String mark = marker(s, n, "mark");
      if (mark != null && CONDITIONS.contains(mark)) return CONDITIONAL;
      // "will fight on until their demands are met": what is waited for has not happened
      // ("fought until police arrived" tells that it did)
      if ("until".equals(mark) && !past(s, n)) return CONDITIONAL;
      if (OPEN_QUESTION.equals(mark)) return HYPOTHETICAL;
      if (mark != null && SEQUENCE.contains(mark) && !toldOf(s, n)) return BEFORE_NEWS;
      if (describes(s, n)) return BACKGROUND;
      if (sequenced(s, n) && !toldOf(s, n)) return BEFORE_NEWS;
      if (reasonOf(s, n)) return BACKGROUND;
      // a clause's head other than a participle on a noun ends the walk: its own frame is not ours
      // "raids in which it said 20 people were killed": what is reported inside a description
      // is described too, so the walk goes on through a verb of speech's clause
      boolean reported = n.deprel().equals("ccomp") && n.head() >= 0 && Clauses.isSpeech(s.tokens().get(n.head()));
      if (n.head() < 0 || n.isVerb() && !n.deprel().startsWith("acl") && !reported) return null;
      n = s.tokens().get(n.head());
    }
    return null;
  }

  /** Whether a clause is told in a past tense: its verb or an auxiliary of it ("were met", "arrived"). */
  private static boolean past(Sentence s, Token clause) {
    if (clause.pos().equals("VBD")) return true;
    return s.children(clause.index()).stream()
        .anyMatch(c -> (c.deprel().startsWith("aux") || c.deprel().equals("cop")) && (c.pos().equals("VBD") || c.lemma().equals("have")));
  }

  /** "He previously committed to a trial", "users already pleaded guilty": an adverb on the verb says it came before. */
  static boolean saidEarlier(Sentence s, Token p) {
    if (!p.isVerb()) return false;
    // "already pleaded guilty or were convicted": the adverb of the first verb holds for the second
    Token first = joinedTo(s, p);
    if (first != null && saidEarlier(s, first)) return true;
    for (Token c : s.children(p.index())) {
      if (!c.deprel().equals("advmod") || !BEFORE_NOW.contains(c.word().toLowerCase(Locale.ROOT))) continue;
      // "once" as a conjunction ("once the talks end") is a condition, not a time before
      if (c.word().equalsIgnoreCase("once") && c.index() > p.index()) continue;
      return true;
    }
    return false;
  }

  // Spans that reach far back from now: "over the last four years", "for decades", "in its history", "in the past"
  private static final Set<String> LONG_SPANS = Set.of("years", "decades", "centuries", "history", "past", "career", "lifetime");
  private static final Set<String> SPAN_CASES = Set.of("in", "over", "for", "during", "throughout");
  // "has ever", "have been arrested before", "has long backed", "has repeatedly shelled"
  private static final Set<String> OFTEN_OR_LONG = Set.of("ever", "before", "long", "repeatedly", "often", "twice");

  /**
   * A present perfect of experience or duration: "has impeached two presidents in its history",
   * "have negotiated the deal over the last four years", "has repeatedly shelled the town". It
   * sums up a stretch of the past up to now rather than reporting the day's event.
   */
  static boolean experience(Sentence s, Token p) {
    // "has made threats for years": an event noun is as far back as the verb it is the object of
    if (p.isNoun() && p.deprel().equals("obj") && p.head() >= 0) return experience(s, s.tokens().get(p.head()));
    // "has repeatedly said": a statement kept up to now is still the day's statement
    if (!p.pos().equals("VBN") || Clauses.isSpeech(p)) return false;
    boolean perfect = false;
    for (Token c : s.children(p.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("aux") && PERFECT.contains(w)) perfect = true;
    }
    if (!perfect) return false;
    for (Token c : s.children(p.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("advmod") && OFTEN_OR_LONG.contains(w)) return true;
      if (c.deprel().startsWith("obl") && LONG_SPANS.contains(w) && hasCaseIn(s, c, SPAN_CASES)) return true;
    }
    return false;
  }

  // Verbs that tell what an event was, not that it happened: "the charges involved fraud"; and
  // what an agreement or a law provides: "the agreement seeks to remove tariffs", "the deal allows"
  private static final Set<String> DESCRIBING = Set.of("involve", "relate", "concern", "carry", "stem", "entail",
      "center", "centre", "revolve", "originate", "seek", "aim", "allow", "permit", "require", "oblige", "provide",
      "stipulate", "envisage", "call");

  /**
   * An event noun as the subject of a verb of description: "That arrest was related to a tax
   * case", "Her charges involved fraud", "Charges of treason carry a death sentence". The event
   * is known already and is described, not reported; one dated in the phrase ("Sunday's clashes
   * involved ...") may still be the news.
   */
  private static boolean describedEvent(Sentence s, Token p) {
    if (!p.isNoun() || !p.deprel().startsWith("nsubj") || p.head() < 0) return false;
    // "a potential charge of treason carries ...": a supposed event is not a known one
    String mood = Mood.modality(s, p, "");
    if ("hypothetical".equals(mood) || "future".equals(mood)) return false;
    Token verb = s.tokens().get(p.head());
    if (!verb.isVerb() || !DESCRIBING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
    for (int i : Clauses.subtree(s, p)) {
      if ("DATE".equals(s.tokens().get(i).ner())) return false;
    }
    return true;
  }

  // Verbs that leave or break what their object names, and verbs that leave what "from" or "out
  // of" names: "quit the climate agreement", "violated the truce", "pulled out of the talks"
  private static final Set<String> LEAVING = Set.of("quit", "leave", "exit", "abandon", "scrap", "ditch", "renounce",
      "abrogate", "breach", "break", "violate", "denounce", "suspend", "tear", "void", "annul", "cancel");
  private static final Set<String> LEAVING_FROM = Set.of("withdraw", "pull", "back", "walk", "exit", "retreat", "opt");

  /**
   * "The US quit the climate agreement", "violated the ceasefire", "withdrew from the talks": the
   * agreement, truce or talks left or broken were there before; the leaving is the news.
   */
  private static boolean leftOrBroken(Sentence s, Token p) {
    if (!p.isNoun() || p.head() < 0) return false;
    Token verb = s.tokens().get(p.head());
    if (!verb.isVerb()) return false;
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    if (p.deprel().equals("obj")) return LEAVING.contains(lemma);
    String kase = Arguments.caseOf(s, p);
    return p.deprel().startsWith("obl") && (kase.equals("from") || kase.equals("out")) && LEAVING_FROM.contains(lemma);
  }

  /** "Park said after talks in Busan": what a statement follows is what it is about, the news. */
  private static boolean toldOf(Sentence s, Token n) {
    return n.head() >= 0 && Clauses.isSpeech(s.tokens().get(n.head()));
  }

  /**
   * "had seized": what had happened before the news. Not under a verb of speech: "said it had
   * expelled two diplomats" is the past tense of the report moved back, the news itself.
   */
  private static boolean pastPerfect(Sentence s, Token p) {
    // "militias had made threats": an event noun is as far back as the verb it is the object of
    if (p.isNoun() && p.deprel().equals("obj") && p.head() >= 0) return pastPerfect(s, s.tokens().get(p.head()));
    // "had bid to host the summit", "had lied and violated the deal": the complement of a past
    // perfect, and a verb joined to it that has no auxiliary of its own, are as far back
    if (p.isVerb() && p.deprel().equals("xcomp") && p.head() >= 0 && pastPerfect(s, s.tokens().get(p.head()))) return true;
    Token first = joinedTo(s, p);
    if (first != null && pastPerfect(s, first)) return true;
    if (!p.pos().equals("VBN")) return false;
    if (p.deprel().equals("ccomp") && p.head() >= 0 && Clauses.isSpeech(s.tokens().get(p.head()))) return false;
    for (Token c : s.children(p.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("aux") && (w.equals("had") || w.equals("'d"))) return true;
    }
    return false;
  }

  /** The verb p is joined to by "and" or "or" when p has no subject and no auxiliary of its own (a passive "were" aside), else null. */
  private static Token joinedTo(Sentence s, Token p) {
    if (!p.isVerb() || !p.deprel().equals("conj") || p.head() < 0 || !s.tokens().get(p.head()).isVerb()) return null;
    for (Token c : s.children(p.index())) {
      if (c.deprel().startsWith("nsubj") || c.deprel().equals("aux")) return null;
    }
    return s.tokens().get(p.head());
  }

  /**
   * A relative clause or participle that describes a noun rather than reports: "Lima, where 12
   * people have been killed", "rebels fighting to topple the government". A plain past relative
   * clause ("protesters who stormed the ministry") may be the news itself and stays.
   */
  private boolean describes(Sentence s, Token n) {
    if (!n.isVerb()) return false;
    // "a declaration demanding ...", "a march calling for ...": the participle says what the
    // statement or event on which it hangs is, and is as much news as that
    // ("written to Tony Blair demanding ...": a participle on a name written to is the writer's act)
    if (n.deprel().equals("acl") && n.pos().equals("VBG")) {
      // ", with Ms Lopez calling the plan a disgrace": an absolute construction reports her act
      if (ArgumentHeads.absolute(s, s.tokens().get(n.head()))) return false;
      return predicates.match(s, s.tokens().get(n.head())) == null && Addressees.of(s, n, predicates.match(s, n)) == null;
    }
    // "weapons seized last year", "a helicopter that was captured last week": dated before the news
    if (n.deprel().startsWith("acl") && datedEarlier(s, n)) return true;
    if (!n.deprel().equals("acl:relcl")) return false;
    for (Token c : s.children(n.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("aux") && PERFECT.contains(w)) return true;
      // "flew to Nairobi, where he met the president": a place's clause in the simple past goes on
      // with the story; "Lima, where 12 people have been killed" or "where rebels hold the town" describes it
      if (c.deprel().equals("advmod") && w.equals("where") && !simplePast(s, n)) return true;
      // ("a statement in which it condemned the raid": what a message says is the message's news)
      if (c.deprel().startsWith("obl") && hasCase(s, c, "in") && c.word().equalsIgnoreCase("which")
          && !(n.head() >= 0 && Senses.get().message(s.tokens().get(n.head()).lemma()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PAST_PASSIVE = Set.of("was", "were");

  /** "met", "signed", "were arrested": a past tense with no perfect or progressive. */
  private static boolean simplePast(Sentence s, Token v) {
    boolean passive = false;
    for (Token c : s.children(v.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("aux")) return false;
      if (c.deprel().equals("aux:pass")) passive = PAST_PASSIVE.contains(w);
    }
    return v.pos().equals("VBD") || passive && v.pos().equals("VBN");
  }

  /** Whether a time phrase on the clause says "last ...", "... ago", "earlier" or names a year. */
  private static boolean datedEarlier(Sentence s, Token n) {
    for (Token c : s.children(n.index())) {
      if (!"DATE".equals(c.ner()) || !(c.deprel().startsWith("obl") || c.deprel().endsWith("tmod"))) continue;
      for (int i : Clauses.subtree(s, c)) {
        String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
        if (EARLIER.contains(w) || YEAR.matcher(w).matches()) return true;
      }
    }
    return false;
  }

  /** A noun phrase introduced by "after", "following", "because of" ... */
  private static boolean sequenced(Sentence s, Token n) {
    String c = marker(s, n, "case");
    if (c == null) return false;
    if (SEQUENCE.contains(c)) return true;
    for (Token k : s.children(n.index())) {
      if (!k.deprel().equals("case") || k.index() == 0) continue;
      String phrase = s.tokens().get(k.index() - 1).word().toLowerCase(Locale.ROOT) + " " + k.word().toLowerCase(Locale.ROOT);
      if (SEQUENCE_PHRASES.contains(phrase)) return true;
    }
    return false;
  }

  /** The act a complaint, protest or sanction is for: "blamed Israel for the bombing". */
  private boolean reasonOf(Sentence s, Token n) {
    String c = marker(s, n, "case");
    if (c == null) c = marker(s, n, "mark");
    if (c == null || n.head() < 0) return false;
    Token governor = s.tokens().get(n.head());
    Predicates.Entry e = predicates.match(s, governor);
    // "voiced concern over the arrests": the phrase hangs on the noun the verb's reading takes
    if (e == null && governor.isNoun() && governor.deprel().equals("obj") && governor.head() >= 0) {
      e = predicates.match(s, s.tokens().get(governor.head()));
    }
    if (e == null || e.cameo().length() < 2) return false;
    String root = e.cameo().substring(0, 2);
    // "accused the rebels of violating the truce", "charged Albania with supporting dissidents"
    if (CHARGES.contains(c) && root.equals(ACCUSE_ROOT)) return true;
    return REASONS.contains(c) && REASON_ROOTS.contains(root);
  }

  private static String marker(Sentence s, Token n, String rel) {
    for (Token c : s.children(n.index())) {
      if (c.deprel().equals(rel)) return c.word().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  private static boolean hasCaseIn(Sentence s, Token n, Set<String> words) {
    String c = marker(s, n, "case");
    return c != null && words.contains(c);
  }

  private static boolean hasCase(Sentence s, Token n, String word) {
    return word.equals(marker(s, n, "case"));
  }
}
