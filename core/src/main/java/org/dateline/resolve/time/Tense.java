package org.dateline.resolve.time;

import java.util.List;
import java.util.Locale;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * The tense of the clause a time expression belongs to, read off the dependency parse: it
 * decides whether "Wednesday" or "August" lies before or after the article date.
 */
enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN;

  private static final int MAX_STEPS = 8;

  /**
   * The tense governing the expression on tokens [first, last] of the sentence: walk up from the
   * expression's head to the first word that carries tense (a verb, or a predicate with an
   * auxiliary or copula) and read it there.
   */
  static Tense of(Sentence s, int first, int last) {
    List<Token> tokens = s.tokens();
    if (tokens.isEmpty() || first < 0 || last >= tokens.size()) return UNKNOWN;
    int node = head(s, first, last);
    Tense marked = marked(s, node);
    if (marked != UNKNOWN) return marked;
    for (int step = 0; node >= 0 && step < MAX_STEPS; step++) {
      Token t = tokens.get(node);
      boolean inside = node >= first && node <= last;
      if (!inside && (t.isVerb() || hasAux(s, node))) return verb(s, node, 0);
      if (inside && hasAux(s, node)) return verb(s, node, 0);
      if (!inside && blocks(t)) return UNKNOWN;
      node = t.head();
    }
    return UNKNOWN;
  }

  // A date on a noun that is not an argument of the clause ("payable Dec. 7", "the Oct. 23
  // slaying", "a June agreement") is not placed by the clause's tense.
  private static boolean blocks(Token t) {
    return t.pos().startsWith("JJ") || (t.isNoun() && !t.deprel().matches("obj|nsubj.*|obl.*"));
  }

  /**
   * What the words around the expression say whatever the clause's tense: a limit lies ahead
   * ("postponed until Tuesday", "by Jan. 14", "extended to Nov. 20", "effective June 1"); a day
   * named in the possessive is one already past ("Thursday's closing price").
   */
  private static Tense marked(Sentence s, int node) {
    TimeLexicon lex = TimeLexicon.get();
    Token t = s.tokens().get(node);
    if (t.deprel().startsWith("nmod:poss")) return PAST;
    Token gov = t.head() >= 0 ? s.tokens().get(t.head()) : null;
    if (gov != null && lex.is("limitword", gov.lemma().toLowerCase(Locale.ROOT))) return FUTURE;
    for (Token c : s.children(node)) {
      if (!c.deprel().equals("case")) continue;
      String w = c.word().toLowerCase(Locale.ROOT);
      if (lex.is("limitprep", w)) return FUTURE;
      if (w.equals("to") && gov != null && lex.is("limitverb", gov.lemma().toLowerCase(Locale.ROOT))) return FUTURE;
    }
    return UNKNOWN;
  }

  /** The token of [first, last] whose head lies outside the span. */
  static int head(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      int h = s.tokens().get(i).head();
      if (h < first || h > last) return i;
    }
    return last;
  }

  private static boolean hasAux(Sentence s, int node) {
    for (Token c : s.children(node)) {
      if (c.deprel().startsWith("aux") || c.deprel().equals("cop")) return true;
    }
    return false;
  }

  /** Tense of one predicate; {@code depth} bounds the climb through infinitives. */
  private static Tense verb(Sentence s, int node, int depth) {
    TimeLexicon lex = TimeLexicon.get();
    Token v = s.tokens().get(node);
    boolean infinitive = false;
    boolean hasAux = false;
    Tense aux = UNKNOWN;
    for (Token c : s.children(node)) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("mark") && w.equals("to")) infinitive = true;
      if (!c.deprel().startsWith("aux") && !c.deprel().equals("cop")) continue;
      if (lex.is("futureaux", w)) return FUTURE;
      hasAux = true;
      // A modal ("would", "may", "should") leaves the direction open.
      if (c.pos().equals("MD")) return UNKNOWN;
      if (w.equals("to")) infinitive = true;
      else if (aux == UNKNOWN) aux = auxTense(c, v);
    }
    if (infinitive) return governing(s, v, depth);
    if (hasAux) return aux;
    return byTag(v.pos());
  }

  // "had met" and "did meet" are past; "is/are" present, "was/were" past. The present perfect
  // takes no definite time of its own ("has set Nov. 10 as the deadline"): the date is some
  // other point, so it gives no direction.
  private static Tense auxTense(Token aux, Token v) {
    String w = aux.word().toLowerCase(Locale.ROOT);
    if (w.matches("has|have|'ve") || (w.equals("'s") && v.pos().equals("VBN"))) return UNKNOWN;
    if (TimeLexicon.get().is("pastaux", w) && !w.equals("'s")) return PAST;
    if (aux.pos().equals("VBD")) return PAST;
    if (aux.pos().equals("VBZ") || aux.pos().equals("VBP")) return PRESENT;
    return UNKNOWN;
  }

  // "expected to meet on Friday" points ahead; "went on to win" takes its governor's tense.
  private static Tense governing(Sentence s, Token v, int depth) {
    if (v.head() < 0 || depth > 2) return UNKNOWN;
    // "an event to be held on October 12": an infinitive on a noun is something still to come.
    if (v.deprel().startsWith("acl")) return FUTURE;
    Token g = s.tokens().get(v.head());
    if (TimeLexicon.get().is("futureverb", g.lemma().toLowerCase(Locale.ROOT))) return FUTURE;
    // Under other verbs an infinitive may lie before or after them ("went on to win", "announced
    // an event to be held"): no direction.
    return UNKNOWN;
  }

  private static Tense byTag(String pos) {
    return switch (pos) {
      case "VBD", "VBN" -> PAST; // a participle without auxiliary: "the deal signed Friday"
      case "VBZ", "VBP" -> PRESENT;
      default -> UNKNOWN;
    };
  }
}
