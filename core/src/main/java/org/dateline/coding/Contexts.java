package org.dateline.coding;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Plover;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/** PLOVER contexts from the words of an event's clause ({@code dateline/coding/contexts.tsv}). */
final class Contexts {
  private final Map<String, String> byLemma = new HashMap<>();

  Contexts() {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/contexts.tsv")) byLemma.put(r.get("word"), r.get("context"));
  }

  /** The codebook's PLOVER reading with the contexts that the predicate's words name added. */
  Plover refine(Plover base, Sentence s, List<Integer> words) {
    Set<String> ctx = new LinkedHashSet<>(base.context());
    for (int i : words) {
      Token t = s.tokens().get(i);
      String c = byLemma.get(t.lemma().toLowerCase(Locale.ROOT));
      if (c == null) c = byLemma.get(t.word().toLowerCase(Locale.ROOT));
      if (c != null) ctx.add(c);
    }
    return new Plover(base.type(), base.mode(), List.copyOf(ctx));
  }
}
