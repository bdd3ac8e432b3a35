package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * Whose measure is judged: "said the legislation was a travesty", "rejected the plans", "called
 * for the bill to be dropped". A policy, law or plan (coding/policies.tsv) that the text gives no
 * owner is the government's, so a judgement, praise, demand, refusal or threat of it targets the
 * government ("the employers welcomed the budget"); the caller gives it the story's country. An owner named ("the Tory plans", "the
 * EU's code") is found by the argument rules instead, and a government judging is left alone: its
 * own plans are no target.
 */
final class Policies {
  private static final List<Tsv.Row> ROWS = Tsv.resource("/dateline/coding/policies.tsv");
  private static final Set<String> NOUNS = ROWS.stream().map(r -> r.get("noun")).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> ACTED_ON = ROWS.stream().filter(r -> r.get("act").equals("yes"))
      .map(r -> r.get("noun")).collect(Collectors.toUnmodifiableSet());
  // judgements, demands, refusals and threats; of root 05 only praise, defence and rallying
  // support (signing or recognising a measure is no judgement of it)
  private static final Set<String> ROOTS = Set.of("02", "051", "052", "053", "10", "11", "12", "13");
  private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final String GOV = "GOV";

  private Policies() {}

  /** The nouns of measures that a verb of changing policy acts on ("scrap the scheme"; policies.tsv). */
  static Set<String> nouns() {
    return ACTED_ON;
  }

  /** The government as target when p's act of this code is of an ownerless measure, else none. */
  static List<Actor> target(Sentence s, Token p, String cameo, List<Actor> source) {
    if (ROOTS.stream().noneMatch(cameo::startsWith)) return List.of();
    if (source.isEmpty() || source.stream().anyMatch(a -> GOV.equals(a.sector()))) return List.of();
    Token measure = measure(s, p);
    if (measure == null) return List.of();
    return List.of(new Actor(measure.word(), null, GOV, null, GOV, null));
  }

  /** The measure p is about: its object (or passive subject), or the subject of its content clause, when it has no owner. */
  private static Token measure(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      // "the move was criticised by the unions": what is judged, made the subject
      boolean judged = c.deprel().equals("obj") || c.deprel().equals("nsubj:pass");
      if (judged && ownerless(s, c)) return c;
      // "said the legislation was a travesty", "called for the bill to be dropped"
      boolean content = c.deprel().equals("ccomp") || c.deprel().equals("xcomp") || c.deprel().equals("advcl")
          || c.deprel().startsWith("obl");
      if (!content) continue;
      if (c.isNoun() && ownerless(s, c)) return c;
      for (Token g : s.children(c.index())) {
        if (g.deprel().startsWith("nsubj") && ownerless(s, g)) return g;
      }
    }
    return null;
  }

  private static boolean ownerless(Sentence s, Token t) {
    if (!t.isNoun() || !NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && !NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    // "the government's plans", "Tory plans", "the plans of the EU": an owner named is found elsewhere
    return s.children(t.index()).stream().noneMatch(c -> owner(s, c));
  }

  private static boolean owner(Sentence s, Token c) {
    if (c.deprel().equals("nmod:poss")) return true;
    boolean named = !TIMES.contains(c.ner()) && (!c.ner().equals("O") || Character.isUpperCase(c.word().charAt(0)));
    if (c.deprel().equals("compound") || c.deprel().equals("amod")) return named;
    // "the plans of the EU", "proposals by Brussels", not "the plans on Monday"
    return c.deprel().startsWith("nmod") && named && Set.of("of", "by", "from").contains(Arguments.caseOf(s, c));
  }
}
