package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * What a predicate's clause says about it: its words, its subtree and aims, whether it tells a deed
 * at all. Its mood is read by {@link Mood}, whether a noun is an event by {@link EventNouns}.
 */
final class Clauses {
  // Prepositions by which a noun event is an argument of a coded verb and part of its event
  // ("conceded to demands", "defended X against criticism"); "for" and "over" give a reason,
  // kept as background (see Background)
  private static final Set<String> ARGUMENT_CASES = Set.of("to", "against", "on", "into", "in", "at", "with");
  private static final Set<String> SPEECH = Set.of("say", "tell", "report", "announce", "state", "add",
      "claim", "confirm", "insist", "note");

  private Clauses() {}

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
   * "The travelator allows passengers to transfer", "NASA pays for the flights", "the agreement
   * seeks to remove tariffs": a deed in the simple present, with no auxiliary, tells how things
   * stand, not what happened. News reports its deeds in the past or the perfect; headlines, words
   * of speech and stated intents are left alone, as is a sentence that is the article's first.
   * What defines a kind of people ({@link #ofAKind}) is so told anywhere.
   */
  static boolean habitual(Sentence s, Token verb, String cameo) {
    if (ofAKind(s, verb)) return true;
    if (s.index() == 0 || !(verb.pos().equals("VBZ") || verb.pos().equals("VBP"))) return false;
    if (spoken(cameo) || cameo.startsWith("03") || isSpeech(verb)) return false;
    return s.children(verb.index()).stream().noneMatch(c -> c.deprel().startsWith("aux"));
  }

  // determiners and pronouns of any member of a kind
  private static final Set<String> ANY = Set.of("any", "all", "every", "those", "anyone", "anybody", "whoever", "everyone");

  /**
   * "Any hunters who do violate the law", "merchants who violate the price rules", "parents who
   * refuse contact": a present-tense relative clause of a kind of people (a bare plural, or "any",
   * "those") says what defines them, no event; "the rebels who attacked the town" tells one.
   */
  static boolean ofAKind(Sentence s, Token verb) {
    if (!verb.deprel().equals("acl:relcl") || verb.head() < 0) return false;
    boolean present = verb.pos().equals("VBZ") || verb.pos().equals("VBP")
        || verb.pos().equals("VB") && s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("aux")
            && (c.pos().equals("VBP") || c.pos().equals("VBZ")) && c.lemma().equals("do"));
    if (!present) return false;
    Token kind = s.tokens().get(verb.head());
    if (ANY.contains(kind.word().toLowerCase(Locale.ROOT))) return true;
    if (!kind.pos().equals("NNS")) return false;
    List<Token> dets = s.children(kind.index()).stream().filter(c -> c.deprel().equals("det") || c.deprel().equals("nmod:poss")).toList();
    return dets.isEmpty() || dets.stream().anyMatch(d -> ANY.contains(d.word().toLowerCase(Locale.ROOT)));
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
