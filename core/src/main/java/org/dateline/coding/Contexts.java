package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Plover;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * PLOVER readings refined by the words of an event's clause: contexts
 * ({@code dateline/coding/contexts.tsv}) and types and modes finer than the CAMEO table
 * ({@code dateline/coding/plover-modes.tsv}: a resignation is RETREAT "resign").
 */
final class Contexts {
  private record Mode(String cameo, String trigger, String word, String type, String mode) {}

  private final Map<String, String> byLemma = new HashMap<>();
  private final List<Mode> modes = new ArrayList<>();

  Contexts() {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/contexts.tsv")) byLemma.put(r.get("word"), r.get("context"));
    for (Tsv.Row r : Tsv.resource("/dateline/coding/plover-modes.tsv")) {
      modes.add(new Mode(r.get("cameo"), r.get("trigger"), r.get("word"), r.get("type"), r.get("mode")));
    }
  }

  /**
   * The codebook's PLOVER reading of {@code cameo}, retyped where a mode row matches the trigger
   * and the clause, with the contexts that the clause's words name added.
   */
  Plover refine(Plover base, String cameo, Token trigger, Sentence s, List<Integer> words) {
    Set<String> lemmas = new HashSet<>();
    Set<String> ctx = new LinkedHashSet<>(base.context());
    for (int i : words) {
      Token t = s.tokens().get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      lemmas.add(lemma);
      lemmas.add(t.word().toLowerCase(Locale.ROOT));
      String c = byLemma.get(lemma);
      if (c == null) c = byLemma.get(t.word().toLowerCase(Locale.ROOT));
      if (c != null) ctx.add(c);
    }
    String type = base.type();
    String mode = base.mode();
    String triggerLemma = trigger.lemma().toLowerCase(Locale.ROOT);
    for (Mode m : modes) {
      if (!cameo.startsWith(m.cameo())) continue;
      if (!m.trigger().isEmpty() && !m.trigger().equals(triggerLemma)) continue;
      if (!m.word().isEmpty() && !lemmas.contains(m.word())) continue;
      type = m.type();
      mode = m.mode();
      break;
    }
    return new Plover(type, mode, List.copyOf(ctx));
  }
}
