package org.dateline.coding;

import java.util.List;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

/**
 * Which time and place a predicate's own clause gives: a time or place whose words hang from the
 * predicate without crossing into another clause ("agreed ..., restoring a process that had been
 * on hold since 2019": 2019 belongs to the relative clause, not to "agreed").
 */
final class Attachment {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "on",
      "across", "throughout", "within", "off");

  private Attachment() {}

  /** The date attached to p (TIMEX3 DATE with a calendar value, or a TIME on a known day), or null. */
  static TimeExpression time(Document doc, Sentence s, Token p) {
    for (TimeExpression x : doc.times()) {
      boolean day = x.type().equals("DATE") || x.type().equals("TIME") && x.value().matches("\\d{4}-\\d{2}-\\d{2}.*");
      if (x.sentence() != s.index() || !day || !x.value().matches("\\d{4}.*")) continue;
      if (attached(s, x.start(), x.end(), p, false) && !datesAnotherNoun(s, x, p)) return x;
    }
    return null;
  }

  private static final Set<String> NOUN_MODIFIERS = Set.of("compound", "nummod", "amod", "nmod:poss");

  /**
   * "A grant to survivors of the 1994 genocide", "last year's election": a time that modifies a
   * noun that itself modifies another noun dates that noun, not the predicate. A noun that is the
   * predicate's own argument or adjunct shares its time ("the 1994 genocide killed 800,000",
   * "supported the 2008 campaign", "in last week's action, a judge sentenced").
   */
  private static boolean datesAnotherNoun(Sentence s, TimeExpression x, Token p) {
    List<Token> words = s.tokensIn(x.start(), x.end());
    for (Token t : words) {
      if (t.head() < 0 || !NOUN_MODIFIERS.contains(t.deprel())) continue;
      Token noun = s.tokens().get(t.head());
      if (!noun.isNoun() || noun.index() == p.index() || words.contains(noun)) continue;
      return noun.deprel().startsWith("nmod") && !noun.deprel().equals("nmod:tmod") || earlierEvent(s, noun);
    }
    for (Token t : words) {
      if (t.head() < 0 || !t.deprel().endsWith(":tmod")) continue;
      Token noun = s.tokens().get(t.head());
      if (noun.isNoun() && noun.index() != p.index() && earlierEvent(s, noun)) return true;
    }
    return false;
  }

  // "has granted asylum since last month's invasion": "since" names when a span began, not when
  // the act was told ("after his conviction last summer, he agreed" does date the act: no earlier)
  private static boolean earlierEvent(Sentence s, Token noun) {
    return s.children(noun.index()).stream()
        .anyMatch(c -> c.deprel().equals("case") && c.word().equalsIgnoreCase("since"));
  }

  /** A place put under p by a locative preposition ("talks in Busan"), or null. */
  static Place place(Document doc, Sentence s, Token p) {
    for (Place pl : doc.locations()) {
      if (pl.sentence() != s.index()) continue;
      if (attached(s, pl.start(), pl.end(), p, true) && locative(s, pl)) return pl;
    }
    return null;
  }

  private static final Set<String> IN_AT = Set.of("in", "at", "near", "outside", "inside");

  /** "in Busan", "at the UN in Geneva", "near Goma", or "the city of Busan" after such a word. */
  static boolean strictlyLocative(Sentence s, Place pl) {
    return locative(s, pl, IN_AT);
  }

  private static boolean locative(Sentence s, Place pl) {
    return locative(s, pl, LOCATIVE);
  }

  private static boolean locative(Sentence s, Place pl, Set<String> words) {
    for (Token t : s.tokensIn(pl.start(), pl.end())) {
      for (Token c : s.children(t.index())) {
        if (c.deprel().equals("case") && words.contains(c.word().toLowerCase())) return true;
      }
      // "the city of Busan": the preposition sits on the noun the name modifies
      if (t.head() >= 0) {
        Token h = s.tokens().get(t.head());
        for (Token c : s.children(h.index())) {
          if (c.deprel().equals("case") && words.contains(c.word().toLowerCase())) return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the span's words hang under p, leaving no subordinate clause on the way up.
   *
   * @param throughParticiples places pass up through a bare participle describing a noun ("the
   *     curfew imposed in Sudan"); times do not ("weapons seized last year" is not dated so)
   */
  private static boolean attached(Sentence s, int start, int end, Token p, boolean throughParticiples) {
    for (Token t : s.tokensIn(start, end)) {
      Token cur = t;
      for (int hops = 0; hops < 12; hops++) {
        if (cur.index() == p.index()) return true;
        // "the curfew imposed in Sudan": a bare participle describing the noun keeps its place
        boolean participle = throughParticiples && cur.deprel().equals("acl") && cur.pos().equals("VBN");
        if (cur.head() < 0 || Arguments.isClause(cur.deprel()) && !participle) break;
        cur = s.tokens().get(cur.head());
      }
    }
    return false;
  }
}
