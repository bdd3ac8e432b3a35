package org.dateline.coding;

import java.util.List;
import org.dateline.model.Actor;

/**
 * The doers a story leaves unnamed but whose kind the act itself says: whoever attacks with no
 * one named is an unidentified armed force ("two soldiers were shot"), protests with no one named
 * are the people's ("protests spread across the country"), and arrests with no one named are the
 * police's ("three men were arrested"). Each is of no country here; the caller gives the story's.
 */
final class Unnamed {
  /** The roles the coder gives such doers, so that a reader and later mentions can tell them from named ones. */
  static final String ATTACKER = "Unnamed attacker";
  static final String PROTESTERS = "Unnamed protesters";
  static final String POLICE = "Unnamed police";
  // CAMEO's sectors for each
  private static final String ARMED = "UAF";
  private static final String PEOPLE = "CVL";
  private static final String COP = "COP";
  // 173 arrest, detain or charge with legal action
  private static final String ARREST = "173";

  private Unnamed() {}

  /** The doer the act says, for an act of violence, protest or arrest; null for any other act, which needs a named doer. */
  static Actor doer(String trigger, String cameo) {
    if (cameo.compareTo("18") >= 0 && cameo.compareTo("21") < 0) return new Actor(trigger, null, ARMED, null, ARMED, ATTACKER);
    if (cameo.startsWith("14")) return new Actor(trigger, null, PEOPLE, null, PEOPLE, PROTESTERS);
    if (cameo.equals(ARREST)) return new Actor(trigger, null, COP, null, COP, POLICE);
    return null;
  }

  /** What an unnamed doer stands for, for explanations. */
  static String what(Actor a) {
    return switch (a.sector()) {
      case ARMED -> "unidentified armed forces";
      case PEOPLE -> "the people (civilians)";
      default -> "the police";
    };
  }

  /** Whether the actor is one the coder supplied, not one the text names. */
  static boolean is(Actor a) {
    return a.name() == null && (ATTACKER.equals(a.role()) || PROTESTERS.equals(a.role()) || POLICE.equals(a.role()));
  }

  /** Whether an event's sides name anyone: an unnamed doer alone names no one. */
  static boolean namesSides(List<Actor> source, List<Actor> target) {
    return !target.isEmpty() || source.stream().anyMatch(a -> !is(a));
  }
}
