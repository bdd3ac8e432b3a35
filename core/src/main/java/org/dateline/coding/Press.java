package org.dateline.coding;

import java.util.List;
import org.dateline.model.Actor;

/**
 * What a news outlet does as the doer of an event. "Reuters reported the attack", "the paper
 * examined the records": investigating and reporting are the press's trade, no political act. An
 * outlet may still consult, criticise, demand, reject or threaten, and its staff may protest; a
 * reporter's request to those it reports on ("asked the coast guard", "sought comment from the
 * ministry") is a consultation.
 */
final class Press {
  private static final String MEDIA = "MED";
  // 040 consult
  private static final String CONSULT = "040";

  private Press() {}

  /** The code to give an event of this source, target and code: itself, 040, or null for none. */
  static String code(List<Actor> source, List<Actor> target, String cameo) {
    if (source.isEmpty() || !source.stream().allMatch(a -> MEDIA.equals(a.sector()))) return cameo;
    String root = cameo.substring(0, 2);
    if (Clauses.spoken(cameo) && !root.equals("02") || root.equals("04") || root.equals("14")) return cameo;
    return root.equals("02") && !target.isEmpty() ? CONSULT : null;
  }
}
