package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

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

  // words that name a bomb or its use; "bomber" also names an aircraft, so it needs a kind
  private static final Set<String> BOMBS = Set.of("bomb", "bombing", "ied");
  private static final String BOMBER = "bomber";
  private static final Set<String> VEHICLES = Set.of("car", "truck", "lorry", "vehicle", "van");
  // doers whose bombing is no air strike: armed groups, gunmen, criminals, civilians
  private static final Set<String> NO_AIR_FORCE = Set.of("REB", "UAF", "CRM", "CVL", "RAD", "OPP");

  /**
   * A killing, an assault or an air strike done with a bomb is a bombing (CAMEO 183), of its kind:
   * "a suicide bomber killed twelve" (1831), "a car bomb killed four" (1832), "a roadside bomb
   * killed three soldiers" (1833). A bombing by no state force ("militants bombed the pipeline")
   * is no air strike (195).
   */
  static String bombing(Sentence s, Token p, String cameo, List<Actor> source) {
    if (!cameo.startsWith("18") && !cameo.startsWith("19")) return cameo;
    // "the suicide bombing", "a car bomb": the act's own noun says its kind
    if (p.isNoun() && isBomb(s, p)) cameo = kind(s, p, cameo);
    else {
      Token bomb = instrument(s, p);
      if (bomb != null) return kind(s, bomb, "183");
    }
    boolean airStrike = cameo.equals("195") && p.lemma().toLowerCase(Locale.ROOT).startsWith("bomb");
    boolean irregular = !source.isEmpty() && source.stream().allMatch(a -> a.sector() != null && NO_AIR_FORCE.contains(a.sector()));
    return airStrike && irregular ? "183" : cameo;
  }

  // the bomb an act is done with: its subject or agent, or what it is done in or with
  private static Token instrument(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      boolean doer = c.deprel().startsWith("nsubj") || c.deprel().equals("obl:agent")
          || c.deprel().startsWith("obl") && Set.of("in", "by", "with").contains(Arguments.caseOf(s, c));
      if (doer && c.isNoun() && isBomb(s, c)) return c;
    }
    return null;
  }

  private static boolean isBomb(Sentence s, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (BOMBS.contains(lemma)) return true;
    return lemma.equals(BOMBER) && modifiers(s, t).contains("suicide");
  }

  private static String kind(Sentence s, Token bomb, String otherwise) {
    if (bomb == null) return otherwise;
    List<String> words = modifiers(s, bomb);
    if (words.contains("suicide")) return "1831";
    if (words.stream().anyMatch(VEHICLES::contains)) return "1832";
    if (words.contains("roadside")) return "1833";
    return otherwise;
  }

  private static List<String> modifiers(Sentence s, Token t) {
    return s.children(t.index()).stream().filter(c -> c.deprel().equals("compound") || c.deprel().equals("amod"))
        .map(c -> c.lemma().toLowerCase(Locale.ROOT)).toList();
  }
}
