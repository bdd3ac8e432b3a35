package org.dateline.coding;

import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * The doers a story leaves unnamed but whose kind the act itself says: whoever attacks with no
 * one named is an unidentified armed force ("two soldiers were shot"), protests with no one named
 * are the people's ("protests spread across the country"), arrests and charges with no one named
 * are the police's ("three men were arrested"), sentences and fines a court's ("he was jailed for
 * ten years", "she was fined"), and what the public is told to do the authorities' ("residents were
 * told to leave"). Each is of no country here; the caller gives the story's.
 */
final class Unnamed {
  /** The roles the coder gives such doers, so that a reader and later mentions can tell them from named ones. */
  static final String ATTACKER = "Unnamed attacker";
  static final String PROTESTERS = "Unnamed protesters";
  static final String POLICE = "Unnamed police";
  static final String COURT = "Unnamed court";
  /** The role of the government a demonstration or the people's demand is against when the story names no one. */
  static final String GOVERNMENT = "Unnamed government";
  // CAMEO's sectors for each
  private static final String ARMED = "UAF";
  private static final String PEOPLE = "CVL";
  private static final String COP = "COP";
  // 173 arrest, detain or charge with legal action; of which the police do these
  private static final String ARREST = "173";
  // the police arrest and charge (as police lay charges where news of this kind is told); courts sentence and jail
  private static final java.util.Set<String> ARRESTS = WordClasses.of("arresting");
  private static final java.util.Set<String> SENTENCES = WordClasses.of("sentencing");
  // "was fined", "was given a fine", "was handed a two-year sentence": a penalty handed down is a court's
  private static final String PENALTY = "172";
  private static final java.util.Set<String> HANDED = WordClasses.of("handing-down");
  private static final String JUD = "JUD";

  private Unnamed() {}

  /**
   * The doer the act says, for an act of violence, protest or arrest; null for any other act,
   * which needs a named doer (a charge, a sentence or an impeachment says nothing of who).
   */
  static Actor doer(Token trigger, String cameo) {
    // no words name such a doer: its text says what kind it is, not the trigger ("shooting")
    if (cameo.compareTo("18") >= 0 && cameo.compareTo("21") < 0) return new Actor("unidentified attackers", null, ARMED, null, ARMED, ATTACKER);
    if (cameo.startsWith("14")) return new Actor("protesters", null, PEOPLE, null, PEOPLE, PROTESTERS);
    String lemma = trigger.lemma().toLowerCase(java.util.Locale.ROOT);
    if (cameo.equals(ARREST) && ARRESTS.contains(lemma)) return new Actor("police", null, COP, null, COP, POLICE);
    boolean sentenced = cameo.equals(ARREST) && (SENTENCES.contains(lemma) || HANDED.contains(lemma));
    if (sentenced || cameo.equals(PENALTY) && HANDED.contains(lemma)) return new Actor("a court", null, JUD, null, JUD, COURT);
    return null;
  }

  /**
   * The doer of {@link #doer(Token, String)}, or for a directive to the public in the passive
   * ("residents were told to stay indoors", "households were asked to fly a red flag") the
   * authorities of the story's country: who tells the public what to do, unnamed, is the state.
   */
  static Actor doer(Sentence s, Token trigger, String cameo, List<Actor> target) {
    Actor said = doer(trigger, cameo);
    if (said != null || !(cameo.startsWith("02") || cameo.startsWith("10")) || target.isEmpty()) return said;
    boolean passive = s.children(trigger.index()).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
    boolean publicOnly = target.stream().allMatch(a -> a.name() == null && PEOPLE.equals(a.sector()));
    return passive && publicOnly ? new Actor("the authorities", null, "GOV", null, "GOV", GOVERNMENT) : null;
  }

  // 141 demonstrate or rally, 145 riot: news of them tells whom they are for or against, or no one
  private static final java.util.Set<String> DEMONSTRATIONS = java.util.Set.of("141", "145");
  // sectors of the people and their movements, whose demands are made to the state
  private static final java.util.Set<String> PEOPLES = java.util.Set.of("CVL", "OPP", "LAB", "EDU", "HRI");

  /**
   * "Thousands marched through the capital", "protests filled the streets": a demonstration or
   * riot against no one named is against the government of the protesters' country, as CAMEO's
   * protests are made to authorities (a strike, a boycott or a hunger strike may be against an
   * employer or anyone, and is left as told). Else the target as found.
   */
  static List<Actor> protested(String cameo, List<Actor> source, List<Actor> target) {
    if (!target.isEmpty()) return target;
    // "protesters' demands include an inquiry", "campaigners called for a ban": the people's
    // demands and appeals with no one named are made to their government
    boolean people = source.stream().anyMatch(a -> a.sector() != null && PEOPLES.contains(a.sector()));
    boolean asked = (cameo.startsWith("10") || cameo.startsWith("02")) && people;
    if (!asked && !DEMONSTRATIONS.contains(cameo.substring(0, 3))) return target;
    String country = source.stream().map(Actor::country).filter(c -> c != null && c.length() == 3).findFirst().orElse(null);
    if (country == null) return target;
    return List.of(new Actor("the government", null, org.dateline.resolve.Knowledge.code(country, "GOV"), country, "GOV", GOVERNMENT));
  }

  /** What an unnamed doer stands for, for explanations. */
  static String what(Actor a) {
    return switch (a.sector()) {
      case ARMED -> "unidentified armed forces";
      case PEOPLE -> "the people (civilians)";
      case JUD -> "a court";
      case "GOV" -> "the government";
      default -> "the police";
    };
  }

  /** Whether the actor is one the coder supplied, not one the text names. */
  static boolean is(Actor a) {
    return a.name() == null && (ATTACKER.equals(a.role()) || PROTESTERS.equals(a.role()) || POLICE.equals(a.role())
        || COURT.equals(a.role()) || GOVERNMENT.equals(a.role()));
  }

  /** Whether an event's sides name anyone: an unnamed doer alone names no one. */
  static boolean namesSides(List<Actor> source, List<Actor> target) {
    return !target.isEmpty() || source.stream().anyMatch(a -> !is(a));
  }
}
