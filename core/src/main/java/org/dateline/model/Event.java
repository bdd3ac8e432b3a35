package org.dateline.model;

import java.util.List;
import java.util.Set;

/**
 * A coded event: who did what to whom, when and where, and the words that say so.
 *
 * @param cameo     CAMEO event code (2 to 4 digits)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param date      TIMEX3 date value of when it happened
 * @param dateText  the words that gave the date, or null when the article date was used
 * @param modality  intent, future, hypothetical, reported, background (told in passing: an earlier
 *                  event, a cause), conditional ("if it is attacked"), or null for a plain report
 * @param explain   why the coder read it so, or null (records read back from elsewhere)
 */
public record Event(String id, List<Actor> source, List<Actor> target, String cameo, int quadClass,
                    double goldstein, Plover plover, String date, String dateText, Place location,
                    boolean negated, String modality, Evidence evidence, double confidence,
                    Explanation explain) {
  public static final String BACKGROUND = "background";
  public static final String CONDITIONAL = "conditional";
  public static final String HYPOTHETICAL = "hypothetical";
  public static final String FUTURE = "future";
  /**
   * Modalities of an act only supposed or still to come. Background (an earlier event told in
   * passing), reported (someone's account) and intent (a stated intent, itself an act in CAMEO)
   * are not here: each tells of something that happened.
   */
  public static final Set<String> NOT_HAPPENED = Set.of(HYPOTHETICAL, CONDITIONAL, FUTURE);

  public Event {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /** An event without an explanation. */
  public Event(String id, List<Actor> source, List<Actor> target, String cameo, int quadClass, double goldstein,
               Plover plover, String date, String dateText, Place location, boolean negated, String modality,
               Evidence evidence, double confidence) {
    this(id, source, target, cameo, quadClass, goldstein, plover, date, dateText, location, negated, modality,
        evidence, confidence, null);
  }

  /**
   * Whether an act is told as having happened, the only events GDELT, ICEWS and POLECAT count:
   * not negated ("did not attack") and not only supposed or to come ({@link #NOT_HAPPENED}).
   */
  public static boolean factual(boolean negated, String modality) {
    return !negated && (modality == null || !NOT_HAPPENED.contains(modality));
  }

  /** Whether this event is told as having happened ({@link #factual(boolean, String)}). */
  public boolean isFactual() {
    return factual(negated, modality);
  }

  /** Whether the event is what its sentence reports, not one told in passing or only supposed. */
  public boolean isNews() {
    return !BACKGROUND.equals(modality) && !CONDITIONAL.equals(modality);
  }
}
