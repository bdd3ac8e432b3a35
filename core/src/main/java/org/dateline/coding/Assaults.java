package org.dateline.coding;

import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;

/**
 * CAMEO tells two kinds of violence apart: fighting with conventional force (19: armed forces and
 * armed groups against each other) and unconventional violence (18: a gunman, criminals or a mob
 * attacking, or any attack on civilians by no named force). The verb is the same ("attacked",
 * "shot"); who acts and against whom decides. It also names the doers of violence and protest
 * that the story leaves unnamed.
 */
final class Assaults {
  // Doers that wage no conventional warfare: unidentified gunmen, criminals, civilians
  private static final Set<String> IRREGULAR = Set.of("UAF", "CRM", "CVL");
  private static final Set<String> CIVILIAN = Set.of("CVL", "REL", "EDU", "HLH", "MED");
  static final String ASSAULT = "180";
  /** The role of the doer the coder supplies when no one is named ("the attack killed twelve"). */
  static final String UNNAMED_ROLE = "Unnamed attacker";

  private Assaults() {}

  /** The code of a force event once its sides are known: 180 for unconventional violence, else its own. */
  static String code(String cameo, List<Actor> source, List<Actor> target) {
    if (!cameo.startsWith("19")) return cameo;
    List<Actor> named = source.stream().filter(a -> !unnamed(a)).toList();
    boolean irregular = named.stream().anyMatch(a -> a.sector() != null && IRREGULAR.contains(a.sector()));
    boolean onCivilians = named.isEmpty() && !target.isEmpty()
        && target.stream().allMatch(a -> a.sector() != null && CIVILIAN.contains(a.sector()));
    return irregular || onCivilians ? ASSAULT : cameo;
  }

  /** The role of the people the coder takes for protesters no one names ("protests spread"). */
  static final String UNNAMED_PROTESTERS = "Unnamed protesters";
  // CAMEO's sectors for armed attackers no one names, and for the people at large
  private static final String ARMED = "UAF";
  private static final String PEOPLE = "CVL";

  /**
   * The doer of a violent act or a protest no one is named for, of no country yet (the caller
   * takes the story's): unidentified armed forces for violence, civilians for a protest; null
   * for any other act, which needs a named doer.
   */
  static Actor unnamed(String trigger, String cameo) {
    if (cameo.compareTo("18") >= 0 && cameo.compareTo("21") < 0) return new Actor(trigger, null, ARMED, null, ARMED, UNNAMED_ROLE);
    if (cameo.startsWith("14")) return new Actor(trigger, null, PEOPLE, null, PEOPLE, UNNAMED_PROTESTERS);
    return null;
  }

  static boolean unnamed(Actor a) {
    return (UNNAMED_ROLE.equals(a.role()) || UNNAMED_PROTESTERS.equals(a.role())) && a.name() == null;
  }

  /** Whether an event's sides name anyone: an unnamed attacker alone names no one. */
  static boolean namesSides(List<Actor> source, List<Actor> target) {
    return !target.isEmpty() || source.stream().anyMatch(a -> !unnamed(a));
  }
}
