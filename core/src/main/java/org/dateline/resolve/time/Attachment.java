package org.dateline.resolve.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

/** Which time expression modifies which predicate, by the dependency parse. */
final class Attachment {
  // Relations by which a time expression hangs on what it dates.
  private static final Set<String> TEMPORAL = Set.of("obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod", "advmod");
  private static final Set<String> PREPOSITIONAL = Set.of("obl", "nmod");
  private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during", "since", "until",
      "till", "by", "before", "after", "from", "through", "throughout", "within", "over", "for", "earlier", "later");
  private static final int MAX_HOPS = 3;

  private Attachment() {}

  static TimeExpression modifierOf(List<TimeExpression> times, Sentence s, int predicate) {
    TimeExpression best = null;
    int bestHops = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      if (t.sentence() != s.index()) continue;
      int[] range = TimeResolver.tokens(s, t);
      if (range == null || (predicate >= range[0] && predicate <= range[1])) continue;
      Token head = s.tokens().get(Tense.head(s, range[0], range[1]));
      if (!temporal(s, head)) continue;
      int hops = hops(s, head, predicate);
      if (hops < bestHops) {
        best = t;
        bestHops = hops;
      }
    }
    return best;
  }

  private static boolean temporal(Sentence s, Token head) {
    String rel = head.deprel();
    if (TEMPORAL.contains(rel)) return true;
    String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
    if (!PREPOSITIONAL.contains(base)) return false;
    if (rel.contains(":") && TIME_PREPOSITIONS.contains(rel.substring(rel.indexOf(':') + 1))) return true;
    for (Token c : s.children(head.index())) {
      if (c.deprel().equals("case") && TIME_PREPOSITIONS.contains(c.word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  // Steps up from the expression to the predicate, not through another verb; MAX_VALUE when it is not reached.
  private static int hops(Sentence s, Token from, int predicate) {
    int node = from.head();
    for (int h = 1; node >= 0 && h <= MAX_HOPS; h++) {
      if (node == predicate) return h;
      Token t = s.tokens().get(node);
      if (t.isVerb()) return Integer.MAX_VALUE;
      node = t.head();
    }
    return Integer.MAX_VALUE;
  }
}
