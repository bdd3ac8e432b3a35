package org.dateline.eval.events;

import java.util.List;

/**
 * One gold event of a sentence. Its type is a PLOVER type, or, for CAMEO gold without one, a
 * CAMEO code of which only the root (first two digits) is compared.
 *
 * @param plover PLOVER type (PLOVER 2 names), or null
 * @param cameo  CAMEO code (2 to 4 digits), or null
 * @param source source actors; empty when the gold has none
 * @param target target actors; empty when the gold has none
 */
public record GoldEvent(String plover, String cameo, List<GoldActor> source, List<GoldActor> target) {
  public GoldEvent {
    if (plover == null && cameo == null) throw new IllegalArgumentException("gold event without a type");
    source = source == null ? List.of() : List.copyOf(source);
    target = target == null ? List.of() : List.copyOf(target);
  }

  /** The type as compared: the PLOVER type, or "cameo:NN" for the CAMEO root. */
  public String typeLabel() {
    return plover != null ? plover : "cameo:" + cameo.substring(0, 2);
  }
}
