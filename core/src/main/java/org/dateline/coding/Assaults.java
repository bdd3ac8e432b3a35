package org.dateline.coding;

import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;

/**
 * CAMEO tells two kinds of violence apart: fighting with conventional force (19: armed forces and
 * armed groups against each other) and unconventional violence (18: a gunman, criminals or a mob
 * attacking, or any attack on civilians by no named force). The verb is the same ("attacked",
 * "shot"); who acts and against whom decides.
 */
final class Assaults {
  // Doers that wage no conventional warfare: unidentified gunmen, criminals, civilians
  private static final Set<String> IRREGULAR = Set.of("UAF", "CRM", "CVL");
  private static final Set<String> CIVILIAN = Set.of("CVL", "REL", "EDU", "HLH", "MED");
  static final String ASSAULT = "180";
  private Assaults() {}

  /** The code of a force event once its sides are known: 180 for unconventional violence, else its own. */
  static String code(String cameo, List<Actor> source, List<Actor> target) {
    if (!cameo.startsWith("19")) return cameo;
    List<Actor> named = source.stream().filter(a -> !Unnamed.is(a)).toList();
    boolean irregular = named.stream().anyMatch(a -> a.sector() != null && IRREGULAR.contains(a.sector()));
    boolean onCivilians = named.isEmpty() && !target.isEmpty()
        && target.stream().allMatch(a -> a.sector() != null && CIVILIAN.contains(a.sector()));
    return irregular || onCivilians ? ASSAULT : cameo;
  }
}
