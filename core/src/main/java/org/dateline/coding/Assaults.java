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

  // Acts of violence on a person that, done to a political figure, are an attempt on their life
  // (CAMEO 185), or their assassination (186) when they kill
  private static final Set<String> ON_A_PERSON = Set.of("180", "182", "190", "193");
  private static final Set<String> KILLING = Set.of("1823");
  private static final Set<String> GENERIC = Set.of("180", "190");
  private static final Set<String> POLITICAL = Set.of("GOV", "LEG", "JUD");

  /**
   * The code of a force event once its sides are known: an attack on a political figure is an
   * attempt to assassinate (a killing of one, an assassination); 180 for unconventional violence;
   * else its own.
   */
  static String code(String cameo, List<Actor> source, List<Actor> target) {
    // an office holder (a mayor, a judge, lawmakers), not protesters or a party; a generic attack
    // ("attacked the government") only when a person is named
    boolean personal = !GENERIC.contains(cameo);
    boolean onFigure = source.stream().noneMatch(a -> "MIL".equals(a.sector())) && target.stream().anyMatch(
        a -> a.sector() != null && POLITICAL.contains(a.sector()) && (personal || a.name() != null));
    if (onFigure && KILLING.contains(cameo)) return "186";
    if (onFigure && ON_A_PERSON.contains(cameo)) return "185";
    if (!cameo.startsWith("19")) return cameo;
    List<Actor> named = source.stream().filter(a -> !Unnamed.is(a)).toList();
    boolean irregular = named.stream().anyMatch(a -> a.sector() != null && IRREGULAR.contains(a.sector()));
    boolean onCivilians = named.isEmpty() && !target.isEmpty()
        && target.stream().allMatch(a -> a.sector() != null && CIVILIAN.contains(a.sector()));
    return irregular || onCivilians ? ASSAULT : cameo;
  }
}
