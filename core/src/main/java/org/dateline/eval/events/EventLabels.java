package org.dateline.eval.events;

import java.util.List;
import org.dateline.model.Event;

/** Sentence-level labels from produced events, for the sets that give one class per sentence. */
public final class EventLabels {
  private EventLabels() {}

  /**
   * The event that speaks for a sentence or snippet: the most confident, the first of those on
   * ties (document order). The coder's confidence is what it stands behind; a set that gives a
   * single class per text asks for exactly one reading. Null when there is no event.
   */
  public static Event best(List<Event> events) {
    Event best = null;
    for (Event e : events) {
      if (best == null || e.confidence() > best.confidence()) best = e;
    }
    return best;
  }

  /** Two-digit CAMEO root of the best event, or {@link Classification#NONE}. */
  public static String root(List<Event> events) {
    Event e = best(events);
    return e == null || e.cameo() == null || e.cameo().length() < 2 ? Classification.NONE : e.cameo().substring(0, 2);
  }

  /** PLOVER type of the best event, or {@link Classification#NONE}. */
  public static String plover(List<Event> events) {
    Event e = best(events);
    return e == null || e.plover() == null || e.plover().type() == null || e.plover().type().isEmpty()
        ? Classification.NONE : e.plover().type();
  }

  /**
   * ConfliBERT's coarse class ("0".."4") of a CAMEO code, or {@link Classification#NONE}.
   *
   * <p>ConfliBERT does not document its labels. Read against the data: 245 of its 451 test
   * sentences are also PLOVER GSR records, and their PLOVER types fall as AGREE/SUPPORT/CONSULT
   * in 1; RETREAT/AID/CONCEDE/COOPERATE in 2; REJECT/DEMAND/THREATEN/DISAPPROVE/INVESTIGATE and
   * all 14 SANCTION in 3; PROTEST (all 21), COERCE, ASSAULT, FIGHT, MOBILIZE in 4 (3 exceptions
   * in 245). Class 0 has no overlap; its sentences read as statements and appeals ("said",
   * "claimed responsibility", "urged"). So 0 = roots 01-02, 1 = 03-05, 2 = 06-08,
   * 3 = 09-13 and 16, 4 = 14-15 and 17-20: the brief's reading (0 statements/appeals, 1 verbal
   * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) holds, but the
   * grouping is neither GDELT's QuadClass (09 and 14 move, 16 is "verbal") nor PLOVER's quads
   * (CONCEDE is material, SANCTION verbal), so the Event's quadClass cannot be used directly.
   */
  public static String conflibertClass(String cameo) {
    if (cameo == null || cameo.length() < 2 || !cameo.substring(0, 2).chars().allMatch(Character::isDigit)) {
      return Classification.NONE;
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root <= 2) return "0";
    if (root <= 5) return "1";
    if (root <= 8) return "2";
    if (root <= 13 || root == 16) return "3";
    return root <= 20 ? "4" : Classification.NONE;
  }

  /** ConfliBERT class of the best event, or {@link Classification#NONE}. */
  public static String conflibertClass(List<Event> events) {
    Event e = best(events);
    return e == null ? Classification.NONE : conflibertClass(e.cameo());
  }
}
